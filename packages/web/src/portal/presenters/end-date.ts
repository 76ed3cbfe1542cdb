/**
 * The one date the Home screen leads with, "Your supervision can end on DATE", and the progress toward it.
 *
 * A person may serve more than one term at once; supervision ends when the last of them does, so the date
 * is the latest projected end among the terms (each from the law package's stored evaluation). A term with
 * no projected end (a lifetime term, or one the law encoded here gives no end) means there is no date to
 * promise, and the screen says so instead of showing the latest of the others.
 *
 * Progress runs from the start of the term that sets the date to that date, in whole days (UTC), so that
 * the bar and its words agree with the dates shown.
 */
import { daysBetween } from '../../presenters/dates.ts';

export interface EvaluatedEnd {
  termId: string;
  projectedEndDate: string | null;
}

export type EndDateChoice =
  | { kind: 'none' }
  | { kind: 'open-ended'; termId: string }
  | { kind: 'date'; date: string; termId: string; startDate: string | null; reached: boolean };

/** The latest projected end, or null when there is none or any term has none. */
export function latestEnd(evaluations: readonly EvaluatedEnd[]): string | null {
  if (evaluations.length === 0) return null;
  let latest: string | null = null;
  for (const e of evaluations) {
    if (e.projectedEndDate === null) return null;
    if (latest === null || e.projectedEndDate > latest) latest = e.projectedEndDate;
  }
  return latest;
}

export function chooseEndDate(
  evaluations: readonly EvaluatedEnd[],
  terms: readonly { id: string; startDate: string }[],
  today: string,
): EndDateChoice {
  if (evaluations.length === 0) return { kind: 'none' };
  const open = evaluations.find((e) => e.projectedEndDate === null);
  if (open) return { kind: 'open-ended', termId: open.termId };
  const date = latestEnd(evaluations)!;
  // Of terms ending on the same day, the first listed sets the start (ISO dates compare as text).
  const deciding = evaluations.find((e) => e.projectedEndDate === date)!;
  const startDate = terms.find((t) => t.id === deciding.termId)?.startDate ?? null;
  return { kind: 'date', date, termId: deciding.termId, startDate, reached: date < today };
}

export interface Progress {
  /** Whole percent, 0–100, rounded down so 100 means the day has come. */
  percent: number;
  daysDone: number;
  daysLeft: number;
}

export function progressToward(start: string, end: string, today: string): Progress {
  const total = daysBetween(start, end);
  const done = Math.min(Math.max(daysBetween(start, today), 0), Math.max(total, 0));
  const daysLeft = Math.max(daysBetween(today, end), 0);
  // A term that ends the day it starts (credits covered it at once): nothing to measure but the day itself.
  if (total <= 0) return { percent: daysLeft === 0 ? 100 : 0, daysDone: 0, daysLeft };
  return { percent: Math.floor((done / total) * 100), daysDone: done, daysLeft };
}
