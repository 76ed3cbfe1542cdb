import { describe, expect, it } from 'vitest';
import { otherWays } from './ways.ts';

describe('other ways supervision may end sooner', () => {
  it('case: Pennsylvania: early termination open now, a review conference from 2027-10-06; the term cap is not listed', () => {
    const evaluation = {
      opportunities: [
        { kind: 'review_conference' as const, status: 'upcoming' as const, date: '2027-10-06' },
        { kind: 'early_termination' as const, status: 'eligible' as const, date: '2025-04-06' },
        { kind: 'term_cap' as const, status: 'upcoming' as const, date: '2027-01-01' },
      ],
    };
    expect(otherWays([evaluation], '2026-12-01')).toEqual([
      { kind: 'early_termination', from: null },
      { kind: 'review_conference', from: '2027-10-06' },
    ]);
  });

  it('case: of two terms the sooner wins; ineligible is left out; an upcoming date already past is now', () => {
    const a = { opportunities: [{ kind: 'early_termination' as const, status: 'upcoming' as const, date: '2027-06-01' }] };
    const b = { opportunities: [{ kind: 'early_termination' as const, status: 'upcoming' as const, date: '2027-03-01' }] };
    const c = { opportunities: [{ kind: 'review_conference' as const, status: 'ineligible' as const, date: null }] };
    expect(otherWays([a, b, c], '2026-12-01')).toEqual([{ kind: 'early_termination', from: '2027-03-01' }]);
    expect(otherWays([a], '2027-06-01')).toEqual([{ kind: 'early_termination', from: null }]);
    expect(otherWays([], '2026-12-01')).toEqual([]);
  });
});
