/**
 * From one tally per replication to what a reader needs: for every output, the mean over the
 * replications and a 90% interval (the 5th and 95th percentiles of the replications), for the
 * baseline, the reform and their difference. The difference is taken within each replication, where
 * both scenarios met the same people and the same luck, so its interval is the narrow one that
 * answers "what does the bill change".
 */
import type { StateCalibration } from '../calibration/state-calibration.ts';
import { GROUP_METRICS, GROUPS, LEVELS, MONTHLY, SCENARIOS, TOTALS, type Tally } from './metrics.ts';

export interface Estimate {
  mean: number;
  /** 5th percentile over the replications. */
  low: number;
  /** 95th percentile over the replications. */
  high: number;
}

export interface Compared {
  baseline: Estimate;
  reform: Estimate;
  /** reform − baseline, replication by replication. */
  difference: Estimate;
}

/** Totals derived from the counts: years and dollars. */
export const DERIVED = [
  'supervisionYears',
  'prisonYears',
  'jailDays',
  'prisonAdmissions',
  'technicalRevocations',
  'newOffenseRevocations',
  'abscondingRevocations',
  'exits',
  'populationAtEnd',
  'supervisionCostUsd',
  'jailCostUsd',
  'prisonCostUsd',
  'totalCostUsd',
  'averageMonthsCutByCredits',
] as const;
export type Derived = (typeof DERIVED)[number];

export interface Summary {
  replications: number;
  monthly: Record<string, Compared[]>;
  totals: Record<string, Compared>;
  groups: { level: string; group: string; metric: string; value: Compared }[];
}

/** Linear interpolation between order statistics (Hyndman and Fan type 7, the R and NumPy default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function estimate(values: readonly number[]): Estimate {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { mean, low: quantile(sorted, 0.05), high: quantile(sorted, 0.95) };
}

function compared(per: (t: Tally, scenario: number) => number, tallies: readonly Tally[]): Compared {
  return {
    baseline: estimate(tallies.map((t) => per(t, 0))),
    reform: estimate(tallies.map((t) => per(t, 1))),
    difference: estimate(tallies.map((t) => per(t, 1) - per(t, 0))),
  };
}

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

/** One derived total of one scenario of one replication. */
export function derived(t: Tally, s: number, name: Derived, cal: StateCalibration): number {
  const series = (m: (typeof MONTHLY)[number]) => sum(t.monthlySeries(s, m));
  const c = cal.costPerDay;
  switch (name) {
    case 'supervisionYears':
      return (series('probationDays') + series('paroleDays')) / 365.25;
    case 'prisonYears':
      return series('prisonDays') / 365.25;
    case 'jailDays':
      return series('jailDays');
    case 'prisonAdmissions':
      return series('prisonAdmissions');
    case 'technicalRevocations':
      return series('revocationsTechnical');
    case 'newOffenseRevocations':
      return series('revocationsNewOffense');
    case 'abscondingRevocations':
      return series('revocationsAbsconding');
    case 'exits':
      return (
        series('exitsCompleted') +
        series('exitsStatutoryCap') +
        series('exitsEarnedDischarge') +
        series('exitsEarlyTermination') +
        series('revocationsTechnical') +
        series('revocationsNewOffense') +
        series('revocationsAbsconding')
      );
    case 'populationAtEnd': {
      const p = t.monthlySeries(s, 'population');
      return p[p.length - 1]!;
    }
    case 'supervisionCostUsd':
      return series('probationDays') * c.probation.value + series('paroleDays') * c.parole.value;
    case 'jailCostUsd':
      return series('jailDays') * c.jail.value;
    case 'prisonCostUsd':
      return series('prisonDays') * c.prison.value;
    case 'totalCostUsd':
      return derived(t, s, 'supervisionCostUsd', cal) + derived(t, s, 'jailCostUsd', cal) + derived(t, s, 'prisonCostUsd', cal);
    case 'averageMonthsCutByCredits': {
      const exits = t.total(s, 'creditExits');
      return exits === 0 ? 0 : t.total(s, 'daysCutByCredits') / exits / (365.25 / 12);
    }
  }
}

export function summarize(tallies: readonly Tally[], cal: StateCalibration): Summary {
  const months = tallies[0]!.months;
  const monthly: Summary['monthly'] = {};
  for (const metric of MONTHLY) {
    monthly[metric] = [];
    for (let m = 0; m < months; m++) monthly[metric].push(compared((t, s) => t.monthlySeries(s, metric)[m]!, tallies));
  }
  const totals: Summary['totals'] = {};
  for (const metric of TOTALS) totals[metric] = compared((t, s) => t.total(s, metric), tallies);
  for (const name of DERIVED) totals[name] = compared((t, s) => derived(t, s, name, cal), tallies);
  const groups: Summary['groups'] = [];
  LEVELS.forEach((level, l) =>
    GROUPS.forEach((group, g) => {
      if (tallies.every((t) => SCENARIOS.every((_, s) => t.group(s, l, g, 'people') === 0))) return;
      for (const metric of GROUP_METRICS)
        groups.push({ level, group, metric, value: compared((t, s) => t.group(s, l, g, metric), tallies) });
    }),
  );
  return { replications: tallies.length, monthly, totals, groups };
}
