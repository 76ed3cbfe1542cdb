/**
 * How the statutes count violations: by incident, not by report. Michigan counts violations "arising out
 * of the same transaction" once (MCL 771.4b(5)); Virginia counts "by course of conduct, incident or
 * hearing" (Va. Code § 19.2-306.1(C)). The record marks such violations with one `episodeId`
 * (spec § 1, Event); a violation without one is an incident of its own.
 */
import type { Day } from '../dates/calendar.ts';
import type { OrderFacts, TermFacts, ViolationFacts } from './term-facts.ts';

/**
 * Where the record leaves a violation unmarked and another violation falls on its day: whether they are
 * read as one incident (`once`), and a callback told of each such day, so the rule can name the reading in
 * a warning. The other violation may be marked: marking one of two violations of a day must not make the
 * count harsher than marking neither.
 */
export interface SameDayReading {
  once: boolean;
  noted: (day: ViolationFacts['day']) => void;
}

/** The first violation of each episode, in the order given: one entry per incident counted. */
export function onePerEpisode(violations: Iterable<ViolationFacts>, sameDay?: SameDayReading): ViolationFacts[] {
  const counted: ViolationFacts[] = [];
  // Made with the first violation: a term without one makes neither.
  let episodes: Set<string> | undefined;
  /** Days with a counted violation: `true` where an unmarked one was counted and no episode has claimed it yet. */
  let days: Map<number, boolean> | undefined;
  for (const v of violations) {
    days ??= new Map();
    const unmarkedBefore = days.get(v.day);
    if (v.episodeId !== undefined) {
      episodes ??= new Set();
      if (episodes.has(v.episodeId)) continue;
      episodes.add(v.episodeId);
      if (sameDay !== undefined && unmarkedBefore === true) {
        // The unmarked violation counted on this day is read as part of this new episode.
        sameDay.noted(v.day);
        days.set(v.day, false);
        if (sameDay.once) continue;
      }
      if (unmarkedBefore === undefined) days.set(v.day, false);
    } else if (sameDay !== undefined) {
      if (unmarkedBefore !== undefined) {
        sameDay.noted(v.day);
        if (sameDay.once) continue;
      }
      days.set(v.day, true);
    }
    counted.push(v);
  }
  return counted;
}

/**
 * The first day a violation was found on the term, on or before `through`: its first sustained violation
 * or its first revocation, whichever came first. A court revokes only on a violation found, so a
 * revocation (even one later reinstated) is a finding whether or not the record lists the violation.
 */
export function firstViolationFound(facts: Pick<TermFacts, 'violations' | 'orders'>, through = Number.POSITIVE_INFINITY): Day | undefined {
  const sustained = facts.violations.find((v) => v.status === 'sustained' && v.day <= through)?.day;
  const revoked = facts.orders.find((o) => o.type === 'revocation' && o.day <= through)?.day;
  return sustained === undefined ? revoked : revoked === undefined ? sustained : Math.min(sustained, revoked);
}

/**
 * How many violations were found on the term: the sustained ones by incident (`onePerEpisode`), and one
 * more for each revocation with no sustained violation recorded since the revocation before it (the
 * finding it rests on).
 */
export function violationsFound(facts: Pick<TermFacts, 'orders'>, sustained: readonly ViolationFacts[]): number {
  return onePerEpisode(sustained).length + revocationsWithoutAFinding(facts.orders, sustained);
}

/**
 * Revocations with no sustained violation recorded since the revocation before them: each rests on a
 * violation found that the record does not list (orders in date order).
 */
export function revocationsWithoutAFinding(orders: readonly OrderFacts[], sustained: readonly ViolationFacts[]): number {
  let found = 0;
  let after = Number.NEGATIVE_INFINITY;
  for (const o of orders) {
    if (o.type !== 'revocation') continue;
    if (!sustained.some((v) => v.day > after && v.day <= o.day)) found++;
    after = o.day;
  }
  return found;
}
