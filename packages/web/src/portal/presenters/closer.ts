/**
 * "What brings your date closer", decided from evaluations the law package computed (closer/closer.ts runs
 * the engine; this file only compares its answers, so it is tested with plain numbers). Each thing counts
 * only when it changes this person's date, which is the latest end among their terms: a term's end that
 * moves sooner changes nothing while another term still ends later. A month of following the rules also
 * counts when it earns credit that the date already relies on (Missouri's projection assumes the months
 * still to come are kept, so the date itself does not move as they pass, but it holds only if they are).
 */
import { daysBetween } from '../../presenters/dates.ts';
import { latestEnd, type EvaluatedEnd } from './end-date.ts';

export interface EvaluatedTerm extends EvaluatedEnd {
  earnedCreditDays: number;
}

export type CloserItem =
  | { kind: 'monthly'; creditDays: number; daysSooner: number; dateAfter: string }
  | { kind: 'restitution'; amountUsd: number; daysSooner: number; dateAfter: string }
  | { kind: 'ged'; daysSooner: number; dateAfter: string };

/** Days by which `after` is sooner than `before` (negative: later); 0 when either is missing. */
export function daysSooner(before: string | null, after: string | null): number {
  return before === null || after === null ? 0 : daysBetween(after, before);
}

/** The person's date if one term's projected end changed to `projectedEndDate`. */
export function endWithTermChanged(evaluations: readonly EvaluatedEnd[], termId: string, projectedEndDate: string | null): string | null {
  return latestEnd(evaluations.map((e) => (e.termId === termId ? { ...e, projectedEndDate } : e)));
}

/** Following the rules for a month: the evaluations as of today against those as of a month later. */
export function monthlyChange(now: readonly EvaluatedTerm[], monthLater: readonly EvaluatedTerm[]): CloserItem | null {
  const before = latestEnd(now);
  const after = latestEnd(monthLater);
  if (before === null || after === null) return null;
  const credit = (list: readonly EvaluatedTerm[]) => list.reduce((sum, e) => sum + e.earnedCreditDays, 0);
  const creditDays = credit(monthLater) - credit(now);
  const sooner = daysSooner(before, after);
  if (sooner <= 0 && creditDays <= 0) return null;
  return { kind: 'monthly', creditDays: Math.max(creditDays, 0), daysSooner: Math.max(sooner, 0), dateAfter: after };
}

/** An event on one term (a payment, a GED): its change to the person's date, or null when there is none. */
export function eventChange(
  now: readonly EvaluatedEnd[],
  termId: string,
  projectedEndAfter: string | null,
): { daysSooner: number; dateAfter: string } | null {
  const before = latestEnd(now);
  const after = endWithTermChanged(now, termId, projectedEndAfter);
  const sooner = daysSooner(before, after);
  return sooner > 0 && after !== null ? { daysSooner: sooner, dateAfter: after } : null;
}

/** Of the same kind of step on several terms, the one that helps most (the first on a tie). */
export function biggest<T extends { daysSooner: number }>(candidates: readonly (T | null)[]): T | null {
  let best: T | null = null;
  for (const c of candidates) if (c && (best === null || c.daysSooner > best.daysSooner)) best = c;
  return best;
}

/**
 * The message for an item: its key in the locale files and its values, named as the messages name them
 * (`date` an ISO date, `amount` dollars, `count` the plural's number, shown through `n`); the screen
 * formats them in the language on screen (components/common.tsx, formatValues).
 */
export function closerMessage(item: CloserItem): { key: string; values: Record<string, string | number> } {
  switch (item.kind) {
    case 'monthly':
      return item.daysSooner > 0
        ? { key: 'home.closer.monthlySooner', values: { count: item.daysSooner } }
        : { key: 'home.closer.monthlyCredit', values: { count: item.creditDays } };
    case 'restitution':
      return { key: 'home.closer.restitution', values: { amount: item.amountUsd, date: item.dateAfter, count: item.daysSooner } };
    case 'ged':
      return { key: 'home.closer.ged', values: { date: item.dateAfter, count: item.daysSooner } };
  }
}
