import { describe, expect, it } from 'vitest';
import type { ActionState, TermSummary } from '../api/types.ts';
import { chipStatus, mostPressing, opportunityStatus, termNextDate, termStatus } from './opportunity-status.ts';

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
    expect(termNextDate(t, today)).toBe('2026-06-20');
  });

  it('case: a term with no opportunity says so', () => {
    expect(termStatus(term([]), today)).toBe('none');
    expect(termNextDate(term([]), today)).toBeNull();
    expect(mostPressing(['blocked', 'later'])).toBe('later');
  });

  it('case: an opportunity the officer answered is "acted on", as the queue sets it apart; a blocked one stays blocked', () => {
    const eligible = { kind: 'early_termination', status: 'eligible', date: '2026-01-15' } as const;
    const acted = (status: ActionState['status'], snoozedUntil: string | null = null): ActionState => ({
      kind: 'early_termination',
      status,
      at: '2026-05-20T10:00:00Z',
      snoozedUntil,
    });
    const answered = (action: ActionState, opportunities: TermSummary['opportunities'] = [eligible]) => ({
      ...term(opportunities),
      actions: [action],
    });
    expect(termStatus(answered(acted('denied')), today)).toBe('acted');
    expect(termStatus(answered(acted('granted')), today)).toBe('acted');
    expect(termNextDate(answered(acted('denied')), today)).toBeNull();
    // A snooze to tomorrow still holds; one that ended today does not (settled: snoozedUntil > today).
    expect(termStatus(answered(acted('snoozed', '2026-06-02')), today)).toBe('acted');
    expect(termStatus(answered(acted('snoozed', today)), today)).toBe('eligible');
    // Submitted is still waiting on the court: the chip keeps saying eligible.
    expect(termStatus(answered(acted('submitted')), today)).toBe('eligible');
    // The term's other open opportunity still sets the chip and its date.
    const other = { kind: 'earned_discharge', status: 'upcoming', date: '2026-06-20' } as const;
    expect(termStatus(answered(acted('denied'), [eligible, other]), today)).toBe('within30');
    expect(termNextDate(answered(acted('denied'), [eligible, other]), today)).toBe('2026-06-20');
    // A denial recorded on an ineligible opportunity leaves it blocked.
    const blocked = { kind: 'early_termination', status: 'ineligible', date: null } as const;
    expect(termStatus(answered(acted('denied'), [blocked]), today)).toBe('blocked');
    // One blocked by a single missing fact is work in the queue ("almost"): answered, it is acted on there and here.
    const almost = { ...blocked, almost: { missing: ['restitution paid in full'], dateIfResolved: '2026-06-01' } };
    expect(termStatus(answered(acted('denied'), [almost]), today)).toBe('acted');
    expect(termStatus(term([almost]), today)).toBe('blocked');
    // The person page's chip for one opportunity says the same.
    expect(chipStatus(eligible, acted('denied'), today)).toBe('acted');
    expect(chipStatus(eligible, undefined, today)).toBe('eligible');
    expect(mostPressing(['acted', 'blocked'])).toBe('acted');
    expect(mostPressing(['later', 'acted'])).toBe('later');
  });
});
