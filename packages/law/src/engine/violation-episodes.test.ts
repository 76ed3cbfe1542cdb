import { describe, expect, it } from 'vitest';
import type { ViolationEvent } from '../records/schema.ts';
import type { ViolationFacts } from './term-facts.ts';
import { onePerEpisode } from './violation-episodes.ts';

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
