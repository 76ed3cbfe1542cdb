/**
 * What the simulator assumes about one state's supervised population and how the system responds to it.
 * Every number is a `Figure` naming its source and confidence, and docs/simulation.md lists them.
 * The law itself is never here: caps, credits and sanction limits come from the law engine.
 */
import type { OffenseLevel, SupervisingAgency, TermKind } from '@pathways/law';
import type { Figure } from './figure.ts';

/** Groups the simulator reports by (after BJS's most-serious-offense categories). */
export type OffenseGroup = 'violent' | 'property' | 'drug' | 'dui' | 'public_order';

export interface OffenseChoice {
  /** A statute the jurisdiction's offense table knows, so the engine classifies it without tags. */
  statute: string;
  level: OffenseLevel;
  class?: string;
  description: string;
  group: OffenseGroup;
  /** Relative weight within its level and term kind. */
  weight: number;
  /** The statutory maximum prison term, where a rule needs it (Minnesota's cap). */
  maxPrisonMonths?: number;
}

/** A discrete distribution of imposed lengths in months. */
export interface LengthDistribution {
  months: { value: number; weight: number }[];
}

export interface StateCalibration {
  /** `US-MO`: a jurisdiction the law engine encodes. */
  jurisdiction: string;
  name: string;
  /** People on probation and on parole on the reference date (the stock a full-size run starts from). */
  population: { probation: Figure; parole: Figure; referenceDate: string };
  /** Share of probation terms imposed for a felony (the rest misdemeanors, or gross misdemeanors where they exist). */
  felonyShareOfProbation: Figure;
  /** Offenses to choose from, by the kind of term. */
  offenses: { probation: OffenseChoice[]; parole: OffenseChoice[] };
  /** Imposed lengths by level (probation) and for parole. */
  termLength: {
    felonyProbation: Figure<LengthDistribution>;
    misdemeanorProbation: Figure<LengthDistribution>;
    parole: Figure<LengthDistribution>;
  };
  /**
   * The published flow of new terms a month, as a share of the stock. Reported beside the run's own
   * entry share, which keeps the baseline level instead (microsim/steady-entries.ts explains why).
   */
  monthlyEntryShare: Figure;
  /** Monthly probabilities, while supervised and not in custody, of a reported violation of each category. */
  monthlyHazard: { technical: Figure; newOffense: Figure; absconding: Figure };
  /** How a violation is answered where the law leaves it to discretion. */
  response: {
    /** Probability a sustained technical violation is answered with jail (when the law allows confinement). */
    technicalJail: Figure;
    /** Jail days asked for a technical violation, before the law's limit: min and max, uniform. */
    technicalJailDays: Figure<{ min: number; max: number }>;
    /** Probability of revocation to prison, by category, where the law allows it. */
    revokeTechnical: Figure;
    revokeNewOffense: Figure;
    revokeAbsconding: Figure;
  };
  /** Restitution: share of terms with an order, amounts, and the monthly chance of a payment. */
  restitution: { orderedShare: Figure; amountUsd: Figure<{ min: number; max: number }>; monthlyPayment: Figure };
  /** Months in prison after a revocation. */
  prisonStayMonths: { probationViolator: Figure; paroleViolator: Figure };
  /** Daily costs in US dollars. */
  costPerDay: { prison: Figure; jail: Figure; probation: Figure; parole: Figure };
  /**
   * Share of the stock on probation (the rest on parole). Absent: probation ÷ (probation + parole) from
   * `population`. Given where the law encoded covers only one kind (US-NY: parole only).
   */
  probationShareOfStock?: Figure;
  /** How the simulator's two kinds are written in records. Absent: as named (US-FED: parole → supervised_release). */
  recordKind?: { probation: TermKind; parole: TermKind };
  /** Who supervises each kind of term (the record's `supervisingAgency`). Absent: `state` for all. */
  supervisingAgency?: { felonyProbation: SupervisingAgency; misdemeanorProbation: SupervisingAgency; parole: SupervisingAgency };
  /** Months in prison before a parole term begins (sets the parole term's sentenceDate). Absent: 12–60, uniform. */
  prisonBeforeParoleMonths?: Figure<{ min: number; max: number }>;
}

/** The kind a synthetic term is supervised under. */
export type SynthKind = Extract<TermKind, 'probation' | 'parole'>;

/** People on probation and on parole in the state on the calibration's reference date. */
export function statePopulation(cal: StateCalibration): number {
  return Math.round(cal.population.probation.value + cal.population.parole.value);
}
