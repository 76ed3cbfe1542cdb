/**
 * What the page shows of a finished run, from what the worker posts back (`LabResult`: the summary and
 * the plain parts of the run's context; the laws themselves hold functions and stay in the worker):
 * the key numbers with their 90% intervals, exits by reason, results by group, and every assumption
 * the run made, in words. "Avoided" and "saved" are the baseline minus the reform, so a bill that
 * shortens supervision shows positive numbers; their intervals swap ends accordingly.
 */
import type { Compared, Estimate, StateCalibration, Summary } from '@pathways/sim/core';
import type { HelpedPerson } from '@pathways/sim/core';

export interface LabResult {
  summary: Summary;
  reform: { name: string; citations: string[]; description?: string; jurisdiction: string };
  calibration: StateCalibration;
  grantRates: Record<string, number>;
  entryShare: number;
  entrantsPerMonth: number;
  totalPeople: number;
  statePopulation: number;
  seconds: number;
  personMonths: number;
  spec: { start: string; months: number; people: number; seed: number; replications: number };
  /** A few synthetic people whose projected end comes sooner under the reform (whoItHelps, @pathways/sim/core). */
  helped: HelpedPerson[];
}

export type KeyUnit = 'people' | 'years' | 'usd' | 'count';

export interface KeyNumber {
  key: 'earlyExits' | 'supervisionYearsAvoided' | 'revocationsAvoided' | 'costsSaved' | 'prisonYearsAvoided';
  label: string;
  mean: number;
  low: number;
  high: number;
  unit: KeyUnit;
  /** How the number is read off the summary, shown beside it. */
  note: string;
}

/** baseline − reform, replication by replication: the negated difference with its interval's ends swapped. */
export function avoided(c: Compared): Estimate {
  // 0 − x rather than −x: no "−0" where the scenarios agree.
  return { mean: 0 - c.difference.mean, low: 0 - c.difference.high, high: 0 - c.difference.low };
}

const total = (s: Summary, metric: string): Compared => {
  const c = s.totals[metric];
  if (c === undefined) throw new Error(`the summary has no total "${metric}"`);
  return c;
};

export function keyNumbers(summary: Summary): KeyNumber[] {
  const early = total(summary, 'exitsBeforeScheduledEnd').difference;
  return [
    {
      key: 'earlyExits',
      label: 'More people who exit before their scheduled end',
      ...early,
      unit: 'people',
      note: 'Reform minus baseline: exits on credits, caps or early termination.',
    },
    {
      key: 'supervisionYearsAvoided',
      label: 'Supervision-years avoided',
      ...avoided(total(summary, 'supervisionYears')),
      unit: 'years',
      note: 'Baseline minus reform: days on probation and parole, in years.',
    },
    {
      key: 'revocationsAvoided',
      label: 'Revocations and prison admissions avoided',
      ...avoided(total(summary, 'prisonAdmissions')),
      unit: 'count',
      note: 'Baseline minus reform. In this model every revocation is a prison admission, so the two are one count.',
    },
    {
      key: 'prisonYearsAvoided',
      label: 'Prison-years avoided',
      ...avoided(total(summary, 'prisonYears')),
      unit: 'years',
      note: 'Baseline minus reform: days in prison after a revocation, in years.',
    },
    {
      key: 'costsSaved',
      label: 'Costs saved',
      ...avoided(total(summary, 'totalCostUsd')),
      unit: 'usd',
      note: 'Baseline minus reform: supervision, jail and prison days at the daily costs shown.',
    },
  ];
}

export function formatNumber(value: number, unit: KeyUnit): string {
  if (unit === 'usd') {
    const abs = Math.abs(value);
    const sign = value < 0 ? '−' : '';
    if (abs >= 1e9) return `${sign}$${(abs / 1e9).toFixed(2)} billion`;
    if (abs >= 1e6) return `${sign}$${(abs / 1e6).toFixed(1)} million`;
    return `${sign}$${Math.round(abs).toLocaleString('en-US')}`;
  }
  const rounded = Math.round(value);
  return rounded < 0 ? `−${(-rounded).toLocaleString('en-US')}` : rounded.toLocaleString('en-US');
}

export function formatInterval(k: { low: number; high: number; unit: KeyUnit }): string {
  return `${formatNumber(k.low, k.unit)} to ${formatNumber(k.high, k.unit)}`;
}

/** Exits by reason over the horizon: mean counts under each scenario (a sum of monthly means is the mean of sums). */
export const EXIT_REASONS = [
  ['exitsCompleted', 'Term completed as scheduled'],
  ['exitsStatutoryCap', 'Ended by a statutory cap'],
  ['exitsEarnedDischarge', 'Earned discharge (credits)'],
  ['exitsEarlyTermination', 'Early termination by a court or board'],
  ['revocationsTechnical', 'Revoked: technical violation'],
  ['revocationsNewOffense', 'Revoked: new offense'],
  ['revocationsAbsconding', 'Revoked: absconding'],
] as const;

export interface ExitRow {
  reason: string;
  baseline: number;
  reform: number;
  difference: number;
}

export function exitsByReason(summary: Summary): ExitRow[] {
  return EXIT_REASONS.map(([metric, reason]) => {
    const series = summary.monthly[metric] ?? [];
    const baseline = series.reduce((a, c) => a + c.baseline.mean, 0);
    const reform = series.reduce((a, c) => a + c.reform.mean, 0);
    return { reason, baseline, reform, difference: reform - baseline };
  });
}

const WORDS: Record<string, string> = {
  felony: 'Felony',
  gross_misdemeanor: 'Gross misdemeanor',
  misdemeanor: 'Misdemeanor',
  violent: 'violent',
  property: 'property',
  drug: 'drug',
  dui: 'DUI',
  public_order: 'public order',
};

export interface GroupRow {
  group: string;
  people: number;
  supervisionYears: { baseline: number; reform: number };
  supervisionYearsAvoided: Estimate;
  earlyExits: Estimate;
  prisonAdmissionsAvoided: Estimate;
}

/** One row per offense level and group the run simulated anyone in. */
export function groupRows(summary: Summary): GroupRow[] {
  const byCell = new Map<string, Map<string, Compared>>();
  for (const g of summary.groups) {
    const key = `${WORDS[g.level] ?? g.level}, ${WORDS[g.group] ?? g.group}`;
    if (!byCell.has(key)) byCell.set(key, new Map());
    byCell.get(key)!.set(g.metric, g.value);
  }
  const years = (e: Estimate): Estimate => ({ mean: e.mean / 365.25, low: e.low / 365.25, high: e.high / 365.25 });
  return [...byCell.entries()].map(([group, m]) => {
    const days = m.get('supervisionDays')!;
    return {
      group,
      people: m.get('people')!.baseline.mean,
      supervisionYears: { baseline: days.baseline.mean / 365.25, reform: days.reform.mean / 365.25 },
      supervisionYearsAvoided: years(avoided(days)),
      earlyExits: m.get('exitsBeforeScheduledEnd')!.difference,
      prisonAdmissionsAvoided: avoided(m.get('prisonAdmissions')!),
    };
  });
}

/** Every assumption of the run, in words, with the calibration's sources. */
export function assumptionList(result: LabResult): string[] {
  const cal = result.calibration;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const src = (f: { source: string; confidence: string }) => ` (${f.source}; confidence ${f.confidence})`;
  const s = result.spec;
  return [
    `A synthetic population of ${cal.name}: ${s.people.toLocaleString('en-US')} people on supervision on ${s.start} (the state counts ${result.statePopulation.toLocaleString('en-US')} on ${cal.population.referenceDate}), ${result.entrantsPerMonth.toLocaleString('en-US')} new terms a month (${pct(result.entryShare)} of the stock, which keeps the baseline level).`,
    `${s.months} months from ${s.start}; ${s.replications} replication${s.replications === 1 ? '' : 's'} with seed ${s.seed}. Intervals are the 5th to 95th percentiles over the replications.`,
    `Both scenarios meet the same people and the same luck; every date and limit comes from the law engine.`,
    `Monthly chance of a reported violation: technical ${pct(cal.monthlyHazard.technical.value)}${src(cal.monthlyHazard.technical)}, new offense ${pct(cal.monthlyHazard.newOffense.value)}${src(cal.monthlyHazard.newOffense)}, absconding ${pct(cal.monthlyHazard.absconding.value)}${src(cal.monthlyHazard.absconding)}.`,
    `Revocation to prison where the law allows it: technical ${pct(cal.response.revokeTechnical.value)}, new offense ${pct(cal.response.revokeNewOffense.value)}, absconding ${pct(cal.response.revokeAbsconding.value)}${src(cal.response.revokeTechnical)}. Every revocation is a prison admission.`,
    `Daily costs: prison $${cal.costPerDay.prison.value}${src(cal.costPerDay.prison)}, jail $${cal.costPerDay.jail.value}${src(cal.costPerDay.jail)}, probation $${cal.costPerDay.probation.value}${src(cal.costPerDay.probation)}, parole $${cal.costPerDay.parole.value}${src(cal.costPerDay.parole)}.`,
    `Grant rates where the law opens an opportunity: ${Object.entries(result.grantRates)
      .map(([k, v]) => `${k.replace(/_/g, ' ')} ${pct(v)}`)
      .join(', ')}.`,
    `${(result.personMonths / 1e6).toFixed(1)} million person-months simulated in ${result.seconds.toFixed(1)} s in this browser.`,
  ];
}
