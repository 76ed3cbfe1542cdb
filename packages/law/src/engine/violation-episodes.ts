/**
 * How the statutes count violations: by incident, not by report. Michigan counts violations "arising out
 * of the same transaction" once (MCL 771.4b(5)); Virginia counts "by course of conduct, incident or
 * hearing" (Va. Code § 19.2-306.1(C)). The record marks such violations with one `episodeId`
 * (spec § 1, Event); a violation without one is an incident of its own.
 */
import type { ViolationFacts } from './term-facts.ts';

/**
 * Where the record leaves two violations of one day unmarked: whether they are read as one incident
 * (`once`), and a callback told of each such day, so the rule can name the reading in a warning.
 */
export interface SameDayReading {
  once: boolean;
  noted: (day: ViolationFacts['day']) => void;
}

/** The first violation of each episode, in the order given: one entry per incident counted. */
export function onePerEpisode(violations: Iterable<ViolationFacts>, sameDay?: SameDayReading): ViolationFacts[] {
  const counted: ViolationFacts[] = [];
  const episodes = new Set<string>();
  const unmarkedDays = new Set<number>();
  for (const v of violations) {
    if (v.episodeId !== undefined) {
      if (episodes.has(v.episodeId)) continue;
      episodes.add(v.episodeId);
    } else if (sameDay !== undefined) {
      if (unmarkedDays.has(v.day)) {
        sameDay.noted(v.day);
        if (sameDay.once) continue;
      }
      unmarkedDays.add(v.day);
    }
    counted.push(v);
  }
  return counted;
}
