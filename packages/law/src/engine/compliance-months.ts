/**
 * Full calendar months of compliance and the day credits satisfy a term (spec § 3 conventions).
 *
 * - A full calendar month of compliance lies wholly inside supervision, with no violation report dated
 *   in it and no custody or absconding in it; its credit posts on the first day of the next month.
 * - A term is satisfied by credits on the first day D on which days served (D − start) plus credits
 *   posted by D reach the term's length (scheduled end − start), and on no day before a minimum the
 *   law requires.
 *
 * Jurisdictions differ on what breaks a month (Missouri also counts a prosecutor's motion; Louisiana
 * lets an officer rescind). Each one passes its own test of a month; this file only walks the calendar.
 */
import { civilFromDay, dayFromCivil, daysInMonth, type Day } from '../dates/calendar.ts';
import { overlaps, type Interval } from './term-facts.ts';

export interface CalendarMonth {
  /** First and last day of the month. */
  first: Day;
  last: Day;
  /** The day its credit posts: the first of the next month. */
  posts: Day;
}

/**
 * The full calendar months that lie wholly inside [start, end], in order. A term that starts on the
 * first of a month counts that month; one that starts on the 2nd does not.
 */
export function fullCalendarMonths(start: Day, end: Day): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  let { year, month, day } = civilFromDay(start);
  let first = start;
  if (day !== 1) {
    // The month of a mid-month start is not full: begin with the next one.
    first = start - day + 1 + daysInMonth(year, month);
    if (++month > 12) ((month = 1), (year += 1));
  }
  // Walk by month lengths rather than by calendar conversions: this runs for every month of every term.
  for (;;) {
    const next = first + daysInMonth(year, month);
    if (next - 1 > end) break;
    months.push({ first, last: next - 1, posts: next });
    first = next;
    if (++month > 12) ((month = 1), (year += 1));
  }
  return months;
}

/** True when any interval touches the month. */
export function anyIntervalIn(intervals: readonly Interval[], month: CalendarMonth): boolean {
  for (const i of intervals) if (overlaps(i, month.first, month.last)) return true;
  return false;
}

/** True when any of the days falls in the month. */
export function anyDayIn(days: readonly Day[], month: CalendarMonth): boolean {
  for (const d of days) if (d >= month.first && d <= month.last) return true;
  return false;
}

export interface CreditPosting {
  posts: Day;
  days: number;
}

/**
 * The first day on which days served plus credits posted by that day reach `termDays`, no earlier
 * than `notBefore`; null when that does not happen before the term ends on its own.
 * Postings must be in order of `posts`.
 */
export function dayCreditsSatisfyTerm(
  start: Day,
  termDays: number,
  postings: readonly CreditPosting[],
  notBefore: Day = start,
): Day | null {
  let credits = 0;
  let candidate: Day | null = null;
  // Between postings, served days grow by one a day: the term is satisfied on start + (termDays − credits).
  for (let i = 0; i <= postings.length; i++) {
    const next = postings[i];
    const satisfiedOn = start + (termDays - credits);
    if (next === undefined || satisfiedOn < next.posts) {
      candidate = satisfiedOn;
      break;
    }
    credits += next.days;
    if (next.posts - start + credits >= termDays) {
      candidate = next.posts;
      break;
    }
  }
  if (candidate === null) return null;
  return Math.max(candidate, notBefore);
}

/** The first day of the month, as a day: for tests and for callers building months by hand. */
export function monthStart(year: number, month: number): Day {
  return dayFromCivil(year, month, 1);
}
