/**
 * How the statutes count violations: by incident, not by report. Michigan counts violations "arising out
 * of the same transaction" once (MCL 771.4b(5)); Virginia counts "by course of conduct, incident or
 * hearing" (Va. Code § 19.2-306.1(C)). The record marks such violations with one `episodeId`
 * (spec § 1, Event); a violation without one is an incident of its own.
 */
import type { ViolationFacts } from './term-facts.ts';

/** The first violation of each episode, in the order given: one entry per incident counted. */
export function onePerEpisode(violations: Iterable<ViolationFacts>): ViolationFacts[] {
  const counted: ViolationFacts[] = [];
  const episodes = new Set<string>();
  for (const v of violations) {
    if (v.episodeId !== undefined) {
      if (episodes.has(v.episodeId)) continue;
      episodes.add(v.episodeId);
    }
    counted.push(v);
  }
  return counted;
}
