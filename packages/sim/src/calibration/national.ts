/**
 * National defaults for the state calibrations, and the arithmetic that turns the per-state sources
 * into simulator inputs. Every figure names its section of docs/research/figures.md and the original
 * publisher; the states (states.ts) use these wherever the data files have no state-specific number.
 */
import type { ViolationKind } from '@pathways/law';
import { figure, type Figure } from './figure.ts';
import type { LengthDistribution, OffenseChoice, OffenseGroup } from './state-calibration.ts';

/** Where the numbers come from: figures.md sections and the publishers they cite. */
export const SRC = {
  ppi: 'figures.md §6, data/ppi_2023_probation_parole_states.csv: Prison Policy Initiative, Punishment Beyond Prisons 2023 (year-end 2021)',
  bjs2016: 'figures.md "Data files", data/bjs_states_2016.csv: BJS, Correctional Populations in the United States, 2016, appendix table 1',
  csg: 'figures.md §2 and "Data files", data/csg_supervision_violations.csv: CSG Justice Center, Confined and Costly (2017 admissions)',
  csgCost: 'figures.md §3, data/csg_supervision_violations.csv (prison_cost_per_day_2019_usd): CSG Justice Center survey, FY2019',
  csgLos: 'figures.md §5, data/csg_supervision_violations.csv (violator_los_*_months): CSG Justice Center 2021 survey',
  csgNational: 'figures.md §2c and §5: CSG Justice Center national estimates 2019 ÷ BJS PPUS 2019 year-end supervised',
  bjs1995: 'figures.md §1c: BJS, Characteristics of Adults on Probation, 1995 (Bonczar 1997)',
  fssc2000: 'figures.md §5: BJS, Felony Sentences in State Courts 2000 (summary)',
  ppus2015: 'figures.md §1b: BJS, Probation and Parole in the United States 2015 (entries and stock)',
  pew2009: 'figures.md §3: Pew Center on the States, One in 31 (2009)',
  mclennan: 'figures.md §3: McLennan County, Texas, CSCD statistics (mclennan.gov/186/Statistics)',
  tarrant: 'figures.md §5: Stevens-Martin & Liu, Federal Probation (June 2017), Tarrant County TX',
  mayzer: 'figures.md §5: Mayzer, Gray & Maxwell 2004 (Michigan 1996 probation cohort)',
  cunniff: 'figures.md §5: BJS, Felony Probationers Under Supervision (Cunniff 1986)',
  federalCosts: 'figures.md §3: uscourts data (FY2008) via wisblawg.law.wisc.edu',
  ours: 'assumption of this project (docs/simulation.md, "Synthetic populations")',
} as const;

/** Share of probationers on a felony: 58% felony, 39% misdemeanor, 3% other (counted with misdemeanors here). A stock share. */
export const FELONY_SHARE_OF_PROBATION = figure(
  0.58,
  SRC.bjs1995,
  'A',
  'A share of the people on probation on a day (the stock), not of new sentences; the 3% "other infractions" are counted as misdemeanors.',
);

/**
 * Offense groups by level (BJS 1995 most-serious offense, felony and misdemeanor columns). "Public
 * order (incl. DWI)" is split with the survey's most-common-offense line: DWI is 35% of misdemeanants.
 * For felons the survey gives no DWI share; 3 of the 12.1 points are assumed DWI (felony DUI is a repeat-offense crime).
 */
export const GROUP_SHARES: Record<'felony' | 'misdemeanor' | 'parole', Figure<Record<OffenseGroup, number>>> = {
  felony: figure(
    { violent: 19.5, property: 36.6, drug: 30.7, dui: 3, public_order: 9.1 },
    SRC.bjs1995,
    'B',
    'DWI share of felony public order (3 of 12.1) is ours (D).',
  ),
  misdemeanor: figure(
    { violent: 13.5, property: 18.2, drug: 7.6, dui: 35, public_order: 24.6 },
    SRC.bjs1995,
    'B',
    'Public order 59.6% split as DWI 35% (the survey: DWI is 35% of misdemeanants) and other 24.6%.',
  ),
  parole: figure(
    { violent: 35, property: 25, drug: 28, dui: 2, public_order: 10 },
    SRC.ours,
    'D',
    'No parole offense mix was obtained (figures.md "Gaps"); a prison-release mix heavier in violent offenses is assumed.',
  ),
};

/** Imposed felony probation lengths: mean 38 months (BJS, state courts, 2000). The shape is ours. */
export const FELONY_PROBATION_LENGTH = figure<LengthDistribution>(
  { months: lengths([12, 0.1], [24, 0.25], [36, 0.3], [48, 0.1], [60, 0.25]) },
  SRC.fssc2000,
  'C',
  'Mean 12×0.10 + 24×0.25 + 36×0.30 + 48×0.10 + 60×0.25 = 37.8 months, matching the published 38-month mean; the spread over whole years is our assumption (D). These are lengths as imposed (the flow); the stock is length-biased.',
);

export const MISDEMEANOR_PROBATION_LENGTH = figure<LengthDistribution>(
  { months: lengths([6, 0.1], [12, 0.45], [24, 0.3], [36, 0.15]) },
  SRC.ours,
  'D',
  'No national misdemeanor term figure was found; mean 6×0.10 + 12×0.45 + 24×0.30 + 36×0.15 = 18.6 months, with 3-year terms for the longest (figures.md §5: "misdemeanor 3 years" typical in California before AB 1950).',
);

export const PAROLE_LENGTH = figure<LengthDistribution>(
  { months: lengths([12, 0.2], [24, 0.3], [36, 0.25], [48, 0.1], [60, 0.15]) },
  SRC.ours,
  'D',
  'No parole term figure was found; mean 32.4 months assumed (the remaining prison sentence served in the community).',
);

/** New terms a month as a share of the stock: 1,966,100 entries ÷ 3,789,800 on probation (2015) = 0.519 a year. */
export const MONTHLY_ENTRY_SHARE = figure(
  0.519 / 12,
  SRC.ppus2015,
  'C',
  '1,966,100 ÷ 3,789,800 = 0.519 entries a year per person in the stock; ÷ 12 = 0.0432 a month. Steady state: a mean stay of 1 ÷ 0.0432 ≈ 23 months, close to Pew\'s "just under 2 years" served (figures.md §1d). Used for parole too (no parole entries figure).',
);

/**
 * What becomes of a violation where the law leaves it to discretion (national, ours). The hazards of
 * each state are derived from these so that admissions match CSG; the split between "more violations"
 * and "more revocations per violation" is not identified by the data, which is why these are shared.
 */
export const RESPONSE = {
  technicalJail: figure(
    0.3,
    SRC.ours,
    'D',
    'No national figure for jail sanctions (figures.md "Gaps": no national technical-violation rate).',
  ),
  technicalJailDays: figure({ min: 2, max: 30 }, SRC.ours, 'D', 'Short jail stays ("dips"), before any limit the law sets.'),
  revokeTechnical: figure(0.15, SRC.ours, 'D'),
  revokeNewOffense: figure(
    0.5,
    SRC.ours,
    'D',
    'BJS (Cunniff 1986): 70% of revocations followed a new arrest; not every new-offense report ends in prison.',
  ),
  revokeAbsconding: figure(0.5, SRC.ours, 'D'),
};

/** Share of technical-violation prison admissions that are absconders (51% of revoked felony technical violators). */
export const ABSCONDING_SHARE_OF_TECHNICAL_ADMISSIONS = figure(
  0.51,
  SRC.tarrant,
  'B',
  'One Texas county; used as the national split of technical admissions between absconding and other technical violations.',
);

export const RESTITUTION = {
  orderedShare: figure(
    0.25,
    SRC.ours,
    'D',
    'Not found (figures.md "Gaps"); BJS 1995 gives fees, fines or costs for 84.3% and felons with an extra penalty ≥ 39% (2000).',
  ),
  amountUsd: figure({ min: 200, max: 10_000 }, SRC.ours, 'D'),
  monthlyPayment: figure(
    0.35,
    SRC.cunniff,
    'D',
    'Chosen so that about a third of months see a payment; Cunniff 1986 found 27% of assessments paid.',
  ),
};

export const COSTS = {
  jail: figure(60, SRC.mclennan, 'A', 'One Texas county (McLennan), about FY2018.'),
  probation: figure(3.42, SRC.pew2009, 'D', "FY2008; matches McLennan County's $3.42 (A)."),
  parole: figure(7.47, SRC.pew2009, 'D', 'FY2008.'),
};

/** Median over the reporting states (24 probation, 28 parole; Florida dropped). */
export const NATIONAL_LOS = {
  probationViolator: figure(20.5, SRC.csgLos, 'C', 'Median of violator_los_probation_months over the 24 reporting states.'),
  paroleViolator: figure(11.85, SRC.csgLos, 'C', 'Median of violator_los_parole_months over the 28 reporting states.'),
};

export const PRISON_BEFORE_PAROLE = figure({ min: 12, max: 60 }, SRC.ours, 'D', 'Months between the sentence and release to parole.');

/** Shorthand for a length distribution. */
export function lengths(...pairs: [months: number, weight: number][]): { value: number; weight: number }[] {
  return pairs.map(([value, weight]) => ({ value, weight }));
}

/** A count from a rate per 100,000 residents of all ages and a population: rate × population ÷ 100,000. */
export function countFromRate(ratePer100k: number, population: number): number {
  return Math.round((ratePer100k * population) / 100_000);
}

/** CSG 2017 violation admissions for one state, and the supervised count they are divided by. */
export interface ViolationAdmissions {
  total: number;
  /** Technical and new-offense admissions where the state split them (probation and parole summed over the kinds that were split). */
  splitTechnical: number;
  splitNewOffense: number;
  supervised: number;
  supervisedSource: string;
  /** Override of the source line (US-FED uses national rates). */
  source?: string;
}

/**
 * Monthly hazards chosen so that 12 × Σ hazard × P(revoke) × 100 equals the state's violation
 * admissions per 100 supervised, with technical admissions split between absconding (51%) and other
 * technical violations. The technical share is taken from the kinds the state split.
 */
export function violationHazards(a: ViolationAdmissions): { technical: Figure; newOffense: Figure; absconding: Figure } {
  const per100 = (a.total / a.supervised) * 100;
  const techShare = a.splitTechnical / (a.splitTechnical + a.splitNewOffense);
  const tech100 = per100 * techShare;
  const new100 = per100 - tech100;
  const abscShare = ABSCONDING_SHARE_OF_TECHNICAL_ADMISSIONS.value;
  const rT = RESPONSE.revokeTechnical.value;
  const rN = RESPONSE.revokeNewOffense.value;
  const rA = RESPONSE.revokeAbsconding.value;
  const hT = (tech100 * (1 - abscShare)) / 100 / 12 / rT;
  const hA = (tech100 * abscShare) / 100 / 12 / rA;
  const hN = new100 / 100 / 12 / rN;
  const f = (x: number, d = 2) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const base =
    `Target: ${a.total.toLocaleString('en-US')} violation admissions (2017) ÷ ${a.supervised.toLocaleString('en-US')} supervised (${a.supervisedSource}) × 100 = ${f(per100)} a year per 100 supervised; ` +
    `technical share ${f(a.splitTechnical, 0)} ÷ (${f(a.splitTechnical, 0)} + ${f(a.splitNewOffense, 0)}) = ${f(techShare, 3)} (from the kinds the state split), so ${f(tech100)} technical and ${f(new100)} new-offense.`;
  const source = a.source ?? SRC.csg;
  return {
    technical: figure(
      hT,
      source,
      'C',
      `${base} Technical other than absconding: ${f(tech100)} × (1 − ${abscShare}) ÷ 100 ÷ 12 ÷ P(revoke technical) ${rT} = ${f(hT, 4)} a month.`,
    ),
    absconding: figure(
      hA,
      source,
      'C',
      `${base} Absconding: ${f(tech100)} × ${abscShare} (absconders among technical admissions) ÷ 100 ÷ 12 ÷ P(revoke absconding) ${rA} = ${f(hA, 4)} a month.`,
    ),
    newOffense: figure(
      hN,
      source,
      'C',
      `${base} New offense: ${f(new100)} ÷ 100 ÷ 12 ÷ P(revoke new offense) ${rN} = ${f(hN, 4)} a month.`,
    ),
  };
}

/** Yearly prison admissions for violations per 100 supervised that a calibration's hazards imply (no depletion, no legal limits). */
export function impliedAdmissionsPer100(h: { technical: Figure; newOffense: Figure; absconding: Figure }): number {
  return (
    1200 *
    (h.technical.value * RESPONSE.revokeTechnical.value +
      h.newOffense.value * RESPONSE.revokeNewOffense.value +
      h.absconding.value * RESPONSE.revokeAbsconding.value)
  );
}

/** An offense before weighting: statute, level, class, description, group, and Minnesota's maximum. */
export type OffenseRow = [
  statute: string,
  level: OffenseChoice['level'],
  cls: string | undefined,
  description: string,
  group: OffenseGroup,
  maxPrisonMonths?: number,
];

/**
 * Weights offenses so that each group gets its national share, split evenly among the state's
 * statutes in that group. A group the state's list lacks is left out and the rest scale up.
 */
export function weightOffenses(rows: OffenseRow[], shares: Record<OffenseGroup, number>): OffenseChoice[] {
  const perGroup = new Map<OffenseGroup, number>();
  for (const r of rows) perGroup.set(r[4], (perGroup.get(r[4]) ?? 0) + 1);
  return rows.map(([statute, level, cls, description, group, maxPrisonMonths]) => ({
    statute,
    level,
    ...(cls === undefined ? {} : { class: cls }),
    description,
    group,
    weight: shares[group] / perGroup.get(group)!,
    ...(maxPrisonMonths === undefined ? {} : { maxPrisonMonths }),
  }));
}

/** Technical violation kinds and their relative weights (ours, D: missed reporting and drug tests lead). */
export const TECHNICAL_KINDS: readonly { value: ViolationKind; weight: number }[] = [
  { value: 'missed_appointment', weight: 35 },
  { value: 'positive_drug_test', weight: 30 },
  { value: 'program_noncompliance', weight: 12 },
  { value: 'failure_to_pay', weight: 10 },
  { value: 'curfew', weight: 8 },
  { value: 'travel', weight: 5 },
];
