import { describe, expect, it } from 'vitest';
import type { ViolationEvent } from '../records/schema.ts';
import type { OrderFacts, ViolationFacts } from './term-facts.ts';
import { firstViolationFound, onePerEpisode, violationsFound } from './violation-episodes.ts';

function violation(day: number, episodeId?: string): ViolationFacts {
  const event = { type: 'violation', date: '2024-01-01', category: 'technical', status: 'sustained', episodeId } as ViolationEvent;
  return { day, event, category: 'technical', status: 'sustained', kinds: new Set(), episodeId };
}

describe('violations counted one per episode', () => {
  it('case: violations sharing an episode count once, as the first of them', () => {
    const a = violation(10, 'E-1');
    const b = violation(12, 'E-1');
    const c = violation(20, 'E-2');
    expect(onePerEpisode([a, b, c])).toEqual([a, c]);
  });

  it('case: a violation without an episode is an incident of its own', () => {
    const a = violation(10);
    const b = violation(10);
    expect(onePerEpisode([a, b])).toEqual([a, b]);
  });

  it('case: episodes need not be next to each other; order is kept', () => {
    const a = violation(10, 'E-1');
    const b = violation(11);
    const c = violation(12, 'E-1');
    const d = violation(13, 'E-2');
    expect(onePerEpisode([a, b, c, d])).toEqual([a, b, d]);
  });

  it('case: unmarked violations of one day: one incident where the reading says so, each noted', () => {
    const a = violation(10);
    const b = violation(10);
    const c = violation(11);
    const marked = violation(10, 'E-1');
    const noted: number[] = [];
    expect(onePerEpisode([a, b, c, marked], { once: true, noted: (d) => noted.push(d) })).toEqual([a, c]);
    expect(noted).toEqual([10, 10]);
    expect(onePerEpisode([a, b, c], { once: false, noted: () => {} })).toEqual([a, b, c]);
  });

  it('case: marking one of two violations of a day does not count them as two where unmarked ones of a day count once', () => {
    // Both unmarked: one incident. One marked E-1, the other unmarked, in either order: still one, not two.
    const once = { once: true, noted: () => {} };
    const marked = violation(10, 'E-1');
    const unmarked = violation(10);
    expect(onePerEpisode([marked, unmarked], once)).toEqual([marked]);
    expect(onePerEpisode([unmarked, marked], once)).toEqual([unmarked]);
    // Two episodes of one day stay two; an unmarked violation joins only one of them.
    const other = violation(10, 'E-2');
    expect(onePerEpisode([unmarked, marked, other], once)).toEqual([unmarked, other]);
    // Where same-day violations count apart, nothing merges.
    expect(onePerEpisode([marked, unmarked], { once: false, noted: () => {} })).toEqual([marked, unmarked]);
    // Without a reading (the rule does not merge unmarked violations), marked and unmarked stay apart.
    expect(onePerEpisode([marked, unmarked])).toEqual([marked, unmarked]);
  });

  it('case: none in, none out', () => {
    expect(onePerEpisode([])).toEqual([]);
  });
});

describe('violations found: sustained ones and the revocations that rest on one', () => {
  const revocation = (day: number): OrderFacts => ({
    type: 'revocation',
    day,
    months: undefined,
    order: { type: 'revocation', date: '2024-01-01' },
  });
  const reinstatement = (day: number): OrderFacts => ({
    type: 'reinstatement',
    day,
    months: undefined,
    order: { type: 'reinstatement', date: '2024-01-01' },
  });

  it('case: the first finding is the earlier of the first sustained violation and the first revocation, up to a day', () => {
    expect(firstViolationFound({ violations: [], orders: [] })).toBeUndefined();
    expect(firstViolationFound({ violations: [violation(30)], orders: [revocation(20), reinstatement(25)] })).toBe(20);
    expect(firstViolationFound({ violations: [violation(10)], orders: [revocation(20)] })).toBe(10);
    // Through day 15: the revocation of day 20 is not yet.
    expect(firstViolationFound({ violations: [], orders: [revocation(20)] }, 15)).toBeUndefined();
    // A report not sustained is not a finding.
    const reported = { ...violation(5), status: 'reported' as const };
    expect(firstViolationFound({ violations: [reported], orders: [] })).toBeUndefined();
  });

  it('case: a revocation counts once unless a sustained violation since the one before it stands for it', () => {
    // Day 10 sustained, revoked on 12 (rests on it): 1. Revoked again on 40 with nothing since: 2.
    expect(violationsFound({ orders: [revocation(12), reinstatement(13), revocation(40)] }, [violation(10)])).toBe(2);
    // Two violations of one episode and no revocation: 1.
    expect(violationsFound({ orders: [] }, [violation(10, 'E-1'), violation(11, 'E-1')])).toBe(1);
    // A revocation with no violation listed at all: 1.
    expect(violationsFound({ orders: [revocation(12)] }, [])).toBe(1);
  });
});
