import { describe, expect, it } from 'vitest';
import { otherWays } from './ways.ts';

describe('other ways supervision may end sooner', () => {
  it('case: Pennsylvania: early termination open now, a review conference from 2027-10-06; the term cap is not listed', () => {
    const evaluation = {
      termId: 'T-1',
      opportunities: [
        { kind: 'review_conference' as const, status: 'upcoming' as const, date: '2027-10-06' },
        { kind: 'early_termination' as const, status: 'eligible' as const, date: '2025-04-06' },
        { kind: 'term_cap' as const, status: 'upcoming' as const, date: '2027-01-01' },
      ],
    };
    expect(otherWays([evaluation], '2026-12-01', [{ id: 'T-1', kind: 'probation' }])).toEqual([
      { kind: 'early_termination', from: null },
      { kind: 'review_conference', from: '2027-10-06' },
    ]);
  });

  it('case: of two terms the sooner wins; ineligible is left out; an upcoming date already past is now', () => {
    const a = { termId: 'A', opportunities: [{ kind: 'early_termination' as const, status: 'upcoming' as const, date: '2027-06-01' }] };
    const b = { termId: 'B', opportunities: [{ kind: 'early_termination' as const, status: 'upcoming' as const, date: '2027-03-01' }] };
    const c = { termId: 'C', opportunities: [{ kind: 'review_conference' as const, status: 'ineligible' as const, date: null }] };
    const terms = [
      { id: 'A', kind: 'probation' as const },
      { id: 'B', kind: 'supervised_release' as const },
      { id: 'C', kind: 'probation' as const },
    ];
    expect(otherWays([a, b, c], '2026-12-01', terms)).toEqual([{ kind: 'early_termination', from: '2027-03-01' }]);
    expect(otherWays([a], '2027-06-01', terms)).toEqual([{ kind: 'early_termination', from: null }]);
    expect(otherWays([], '2026-12-01', terms)).toEqual([]);
  });

  it("case: New York parole: early termination is the parole authority's, not a judge's, and is its own way", () => {
    const parole = {
      termId: 'P',
      opportunities: [{ kind: 'early_termination' as const, status: 'upcoming' as const, date: '2027-01-01' }],
    };
    const probation = {
      termId: 'Q',
      opportunities: [{ kind: 'early_termination' as const, status: 'eligible' as const, date: '2026-01-01' }],
    };
    const terms = [
      { id: 'P', kind: 'parole' as const },
      { id: 'Q', kind: 'probation' as const },
    ];
    expect(otherWays([parole, probation], '2026-12-01', terms)).toEqual([
      { kind: 'early_termination', from: null },
      { kind: 'early_termination_parole', from: '2027-01-01' },
    ]);
  });
});
