import { describe, expect, it } from 'vitest';
import { plainSteps } from './explanation.ts';

describe('the plain explanation under the end date', () => {
  it('case: Missouri credits: 5 years from 2025-01-15 with 660 days of credit, ending 2027-08-01', () => {
    const steps = plainSteps(
      { scheduledEndDate: '2030-01-15', statutoryMaxEndDate: null, earnedCreditDays: 660, projectedEndDate: '2027-08-01' },
      '2025-01-15',
      '2026-12-01',
      0,
    );
    expect(steps).toEqual([
      { key: 'home.steps.started', values: { date: '2025-01-15' } },
      { key: 'home.steps.scheduled', values: { date: '2030-01-15' } },
      { key: 'home.steps.credit', values: { count: 660 } },
      { key: 'home.steps.result', values: { date: '2027-08-01' } },
    ]);
  });

  it('case: a legal limit earlier than the court set is named; a later one is not', () => {
    const base = { scheduledEndDate: '2029-01-01', earnedCreditDays: 0, projectedEndDate: '2027-01-01' };
    expect(plainSteps({ ...base, statutoryMaxEndDate: '2027-01-01' }, '2026-01-01', '2026-06-01', 0).map((s) => s.key)).toEqual([
      'home.steps.started',
      'home.steps.scheduled',
      'home.steps.lawLimit',
      'home.steps.result',
    ]);
    expect(plainSteps({ ...base, statutoryMaxEndDate: '2030-01-01' }, '2026-01-01', '2026-06-01', 0).map((s) => s.key)).not.toContain(
      'home.steps.lawLimit',
    );
  });

  it('case: a date already past reads as reached, and other terms are counted', () => {
    const steps = plainSteps(
      { scheduledEndDate: '2027-07-12', statutoryMaxEndDate: null, earnedCreditDays: 900, projectedEndDate: '2025-02-01' },
      '2022-07-12',
      '2026-12-01',
      2,
    );
    expect(steps.slice(-2)).toEqual([
      { key: 'home.steps.reached', values: { date: '2025-02-01' } },
      { key: 'home.steps.otherTerms', values: { count: 2 } },
    ]);
  });
});
