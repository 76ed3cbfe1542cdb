import { describe, expect, it } from 'vitest';
import type { TermSummary } from '../api/types.ts';
import { mostPressing, opportunityStatus, termNextDate, termStatus } from './opportunity-status.ts';

const today = '2026-06-01';

describe('opportunityStatus', () => {
  it('case: eligible stays eligible, ineligible is blocked', () => {
    expect(opportunityStatus({ kind: 'early_termination', status: 'eligible', date: '2025-01-01' }, today)).toBe('eligible');
    expect(opportunityStatus({ kind: 'earned_discharge', status: 'ineligible', date: null }, today)).toBe('blocked');
  });

  it('case: an upcoming date that has passed since the evaluation is eligible now', () => {
    expect(opportunityStatus({ kind: 'earned_discharge', status: 'upcoming', date: '2026-05-31' }, today)).toBe('eligible');
    expect(opportunityStatus({ kind: 'earned_discharge', status: 'upcoming', date: today }, today)).toBe('eligible');
  });

  it('case: 30 and 90 days are inclusive bounds', () => {
    expect(opportunityStatus({ kind: 'x', status: 'upcoming', date: '2026-07-01' }, today)).toBe('within30');
    expect(opportunityStatus({ kind: 'x', status: 'upcoming', date: '2026-07-02' }, today)).toBe('within90');
    expect(opportunityStatus({ kind: 'x', status: 'upcoming', date: '2026-08-30' }, today)).toBe('within90');
    expect(opportunityStatus({ kind: 'x', status: 'upcoming', date: '2026-08-31' }, today)).toBe('later');
  });

  it('case: an upcoming opportunity without a date is not yet', () => {
    expect(opportunityStatus({ kind: 'x', status: 'upcoming', date: null }, today)).toBe('later');
  });
});

describe('term chips', () => {
  const term = (opportunities: TermSummary['opportunities']): TermSummary => ({
    termId: 'T-1',
    actions: [],
    jurisdiction: 'US-CA',
    asOf: today,
    projectedEndDate: '2027-03-14',
    sanctionLimit: null,
    opportunities,
  });

  it('case: the most pressing opportunity sets the term chip', () => {
    const t = term([
      { kind: 'term_cap', status: 'ineligible', date: null },
      { kind: 'early_termination', status: 'upcoming', date: '2026-06-20' },
      { kind: 'earned_discharge', status: 'upcoming', date: '2026-12-01' },
    ]);
    expect(termStatus(t, today)).toBe('within30');
    expect(termNextDate(t)).toBe('2026-06-20');
  });

  it('case: a term with no opportunity says so', () => {
    expect(termStatus(term([]), today)).toBe('none');
    expect(termNextDate(term([]))).toBeNull();
    expect(mostPressing(['blocked', 'later'])).toBe('later');
  });
});
