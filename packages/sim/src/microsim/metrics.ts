/**
 * What a simulation counts, laid out in flat arrays so that a worker thread can add its people into
 * them and post them back without copying objects: one block of monthly series per scenario, one
 * block of totals per scenario, and one block of totals per group per scenario.
 */

/** Series counted month by month. */
export const MONTHLY = [
  /** People on supervision on the first day of the month. */
  'population',
  'entries',
  /** Exits by reason: the term ran its course as scheduled. */
  'exitsCompleted',
  /** The law's maximum (a cap) ended it. */
  'exitsStatutoryCap',
  /** Earned credits satisfied it, or another discharge the law requires. */
  'exitsEarnedDischarge',
  /** A court or board ended it early on an opportunity the law opens. */
  'exitsEarlyTermination',
  'revocationsTechnical',
  'revocationsNewOffense',
  'revocationsAbsconding',
  /** Prison admissions: every revocation sends the person to prison in this model. */
  'prisonAdmissions',
  'jailDays',
  'prisonDays',
  'probationDays',
  'paroleDays',
  /** People in prison after a revocation in the horizon, on the first day of the month. */
  'prisonPopulation',
] as const;
export type MonthlyMetric = (typeof MONTHLY)[number];

/** Totals over the horizon (beyond the sums of the monthly series). */
export const TOTALS = [
  /** People simulated: the stock on the first day plus every entrant. */
  'people',
  /** People whose evaluation showed earned credits at their exit or at the horizon. */
  'peopleWhoEarnedCredits',
  'creditDays',
  /** Exits before the scheduled end (credits, caps, early termination), and the days they cut. */
  'exitsBeforeScheduledEnd',
  'daysCutFromScheduledEnd',
  /** The same, for people whose exit came from earned credits. */
  'creditExits',
  'daysCutByCredits',
  /** Evaluations run by the law engine (every date and limit comes from one). */
  'evaluations',
  'personMonths',
] as const;
export type TotalMetric = (typeof TOTALS)[number];

/** Per group: the level of the offense × its group. */
export const GROUP_METRICS = [
  'people',
  'supervisionDays',
  'prisonAdmissions',
  'exitsBeforeScheduledEnd',
  'jailDays',
  'prisonDays',
] as const;
export type GroupMetric = (typeof GROUP_METRICS)[number];

export const LEVELS = ['felony', 'gross_misdemeanor', 'misdemeanor'] as const;
export const GROUPS = ['violent', 'property', 'drug', 'dui', 'public_order'] as const;

export const SCENARIOS = ['baseline', 'reform'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const M = MONTHLY.length;
const T = TOTALS.length;
const G = GROUP_METRICS.length;
const GROUP_CELLS = LEVELS.length * GROUPS.length;

export const monthlyIndex = Object.fromEntries(MONTHLY.map((m, i) => [m, i])) as Record<MonthlyMetric, number>;
export const totalIndex = Object.fromEntries(TOTALS.map((m, i) => [m, i])) as Record<TotalMetric, number>;
export const groupMetricIndex = Object.fromEntries(GROUP_METRICS.map((m, i) => [m, i])) as Record<GroupMetric, number>;

/** One replication's counts for both scenarios. */
export class Tally {
  readonly monthly: Float64Array;
  readonly totals: Float64Array;
  readonly groups: Float64Array;

  constructor(
    readonly months: number,
    buffers?: { monthly: Float64Array; totals: Float64Array; groups: Float64Array },
  ) {
    this.monthly = buffers?.monthly ?? new Float64Array(SCENARIOS.length * M * months);
    this.totals = buffers?.totals ?? new Float64Array(SCENARIOS.length * T);
    this.groups = buffers?.groups ?? new Float64Array(SCENARIOS.length * GROUP_CELLS * G);
  }

  addMonthly(scenario: number, metric: number, month: number, value: number): void {
    this.monthly[(scenario * M + metric) * this.months + month]! += value;
  }

  monthlySeries(scenario: number, metric: MonthlyMetric): Float64Array {
    const from = (scenario * M + monthlyIndex[metric]) * this.months;
    return this.monthly.subarray(from, from + this.months);
  }

  addTotal(scenario: number, metric: number, value: number): void {
    this.totals[scenario * T + metric]! += value;
  }

  total(scenario: number, metric: TotalMetric): number {
    return this.totals[scenario * T + totalIndex[metric]]!;
  }

  /** `cell`: level index × GROUPS.length + group index. */
  addGroup(scenario: number, cell: number, metric: number, value: number): void {
    this.groups[(scenario * GROUP_CELLS + cell) * G + metric]! += value;
  }

  group(scenario: number, level: number, group: number, metric: GroupMetric): number {
    return this.groups[(scenario * GROUP_CELLS + level * GROUPS.length + group) * G + groupMetricIndex[metric]]!;
  }

  /** Adds another tally of the same replication (another worker's people). */
  merge(other: { monthly: Float64Array; totals: Float64Array; groups: Float64Array }): void {
    for (let i = 0; i < this.monthly.length; i++) this.monthly[i]! += other.monthly[i]!;
    for (let i = 0; i < this.totals.length; i++) this.totals[i]! += other.totals[i]!;
    for (let i = 0; i < this.groups.length; i++) this.groups[i]! += other.groups[i]!;
  }
}
