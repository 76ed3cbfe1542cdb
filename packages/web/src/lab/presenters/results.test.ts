// Key numbers, exits by reason, groups and the brief's input, read off a small hand-made Summary.
import type { Compared, Summary } from '@pathways/sim/core';
import { calibrationFor } from '@pathways/sim/core';
import { describe, expect, it } from 'vitest';
import { briefInput } from './brief.ts';
import { assumptionList, avoided, exitsByReason, formatInterval, formatNumber, groupRows, keyNumbers, type LabResult } from './results.ts';

const est = (mean: number, low: number, high: number) => ({ mean, low, high });
const cmp = (b: number, r: number, d: [number, number, number]): Compared => ({
  baseline: est(b, b, b),
  reform: est(r, r, r),
  difference: est(...d),
});

const summary: Summary = {
  replications: 3,
  monthly: {
    population: [cmp(1000, 1000, [0, 0, 0]), cmp(1010, 950, [-60, -70, -50])],
    exitsCompleted: [cmp(20, 15, [-5, -6, -4]), cmp(22, 16, [-6, -7, -5])],
    exitsEarnedDischarge: [cmp(0, 30, [30, 28, 33]), cmp(0, 32, [32, 30, 35])],
  },
  totals: {
    exitsBeforeScheduledEnd: cmp(10, 72, [62, 58, 66]),
    supervisionYears: cmp(2000, 1900, [-100, -120, -80]),
    prisonAdmissions: cmp(50, 44, [-6, -9, -2]),
    prisonYears: cmp(30, 27, [-3, -4, -1]),
    totalCostUsd: cmp(5e7, 4.8e7, [-2_000_000, -2_500_000, -1_500_000]),
  },
  groups: [
    { level: 'felony', group: 'drug', metric: 'people', value: cmp(400, 400, [0, 0, 0]) },
    {
      level: 'felony',
      group: 'drug',
      metric: 'supervisionDays',
      value: cmp(365.25 * 300, 365.25 * 280, [-365.25 * 20, -365.25 * 25, -365.25 * 15]),
    },
    { level: 'felony', group: 'drug', metric: 'exitsBeforeScheduledEnd', value: cmp(5, 30, [25, 20, 30]) },
    { level: 'felony', group: 'drug', metric: 'prisonAdmissions', value: cmp(20, 18, [-2, -4, 0]) },
  ],
};

describe('keyNumbers', () => {
  it('case: avoided and saved are baseline minus reform, with the interval ends swapped', () => {
    expect(avoided(cmp(0, 0, [-100, -120, -80]))).toEqual({ mean: 100, low: 80, high: 120 });
    const k = Object.fromEntries(keyNumbers(summary).map((n) => [n.key, n]));
    expect(k.earlyExits).toMatchObject({ mean: 62, low: 58, high: 66, unit: 'people' });
    expect(k.supervisionYearsAvoided).toMatchObject({ mean: 100, low: 80, high: 120, unit: 'years' });
    expect(k.revocationsAvoided).toMatchObject({ mean: 6, low: 2, high: 9, unit: 'count' });
    expect(k.costsSaved).toMatchObject({ mean: 2_000_000, low: 1_500_000, high: 2_500_000, unit: 'usd' });
    expect(formatNumber(k.costsSaved!.mean, 'usd')).toBe('$2.0 million');
    expect(formatInterval(k.earlyExits!)).toBe('58 to 66');
    expect(formatNumber(-1234.4, 'count')).toBe('−1,234');
  });
});

describe('exitsByReason and groupRows', () => {
  it('case: sums of monthly means per reason; a reason the summary lacks is zero', () => {
    const rows = exitsByReason(summary);
    expect(rows.find((r) => r.reason === 'Term completed as scheduled')).toEqual({
      reason: 'Term completed as scheduled',
      baseline: 42,
      reform: 31,
      difference: -11,
    });
    expect(rows.find((r) => r.reason === 'Earned discharge (credits)')!.reform).toBe(62);
    expect(rows.find((r) => r.reason === 'Revoked: absconding')!.baseline).toBe(0);
  });
  it('case: one row per level and group, days in years', () => {
    const [row] = groupRows(summary);
    expect(row!.group).toBe('Felony, drug');
    expect(row!.people).toBe(400);
    expect(row!.supervisionYears).toEqual({ baseline: 300, reform: 280 });
    expect(row!.supervisionYearsAvoided).toEqual({ mean: 20, low: 15, high: 25 });
    expect(row!.prisonAdmissionsAvoided).toEqual({ mean: 2, low: 0, high: 4 });
  });
});

describe('briefInput', () => {
  it('case: the brief gets the key numbers, the series by month and the assumptions', () => {
    const cal = calibrationFor('US-MO');
    const result: LabResult = {
      summary,
      reform: { name: 'Test bill', citations: ['RSMo § 217.703'], jurisdiction: 'US-MO' },
      calibration: cal,
      grantRates: { early_termination: 0.01 },
      entryShare: 0.03,
      entrantsPerMonth: 30,
      totalPeople: 1060,
      statePopulation: 53_671,
      seconds: 1.5,
      personMonths: 2_000_000,
      helped: [],
      spec: { start: '2012-09-01', months: 2, people: 1000, seed: 1, replications: 3 },
    };
    const input = briefInput(result, 'Missouri', '2026-12-03');
    expect(input.reformName).toBe('Test bill');
    expect(input.keyNumbers.map((k) => k.label)).toContain('Costs saved');
    expect(input.series.map((p) => [p.month, p.reform])).toEqual([
      ['2012-09-01', 1000],
      ['2012-10-01', 950],
    ]);
    expect(input.assumptions.length).toBe(assumptionList(result).length);
    expect(input.assumptions.join(' ')).toContain(`prison $${cal.costPerDay.prison.value}`);
  });
});
