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
import { civilFromDay, daysInMonth, type Day } from '../dates/calendar.ts';
import { overlaps, type Interval } from './term-facts.ts';
import { formatCount } from './words.ts';

export interface CalendarMonth {
  /** First and last day of the month. */
  first: Day;
  last: Day;
  /** The day its credit posts: the first of the next month. */
  posts: Day;
}

/**
 * The full calendar months from `start` on, walked one at a time by month lengths (integer arithmetic,
 * no calendar conversion per month), without building a list: a ledger walks every month of every term.
 * A term that starts on the first of a month counts that month; one that starts on the 2nd does not.
 * `first`, `last` and `posts` describe the current month; `next()` moves to the following one, and
 * `current()` copies the current month out. The walk has no end: the caller stops it, typically with
 * `for (const m = new FullMonthWalk(start); m.last <= end; m.next())`.
 */
export class FullMonthWalk implements CalendarMonth {
  first: Day;
  last: Day;
  posts: Day;
  private year: number;
  private month: number;

  /** Starts on the first full month from `start` on. */
  constructor(start: Day) {
    const { year, month, day } = civilFromDay(start);
    this.year = year;
    this.month = month;
    this.first = start;
    if (day !== 1) {
      // The month of a mid-month start is not full: begin with the next one.
      this.first = start - day + 1 + daysInMonth(year, month);
      this.advanceMonth();
    }
    this.posts = this.first + daysInMonth(this.year, this.month);
    this.last = this.posts - 1;
  }

  /** Moves on to the next month. */
  next(): void {
    this.first = this.posts;
    this.advanceMonth();
    this.posts = this.first + daysInMonth(this.year, this.month);
    this.last = this.posts - 1;
  }

  /** The current month as a value that stays put when the walk moves on. */
  current(): CalendarMonth {
    return { first: this.first, last: this.last, posts: this.posts };
  }

  private advanceMonth(): void {
    if (++this.month > 12) {
      this.month = 1;
      this.year += 1;
    }
  }
}

/**
 * The full calendar months that lie wholly inside [start, end], in order. A term that starts on the
 * first of a month counts that month; one that starts on the 2nd does not.
 */
export function fullCalendarMonths(start: Day, end: Day): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  for (const m = new FullMonthWalk(start); m.last <= end; m.next()) months.push(m.current());
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

/** Credit days posted on or before `day`. */
export function creditsPostedBy(postings: readonly CreditPosting[], day: Day): number {
  let sum = 0;
  for (const p of postings) if (p.posts <= day) sum += p.days;
  return sum;
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

/**
 * As `dayCreditsSatisfyTerm`, where the term stood still on some days (a revocation later undone): those
 * days are not served, and the term is not satisfied on one of them. The first day, on or before `termEnd`,
 * on which the days served so far plus the credits posted reach `termEnd − start`; null where none does.
 * Without such days it is `dayCreditsSatisfyTerm`; with them (rare), a day-by-day walk.
 */
export function dayCreditsSatisfyTermWhileRunning(
  start: Day,
  termEnd: Day,
  postings: readonly CreditPosting[],
  stood: readonly Interval[],
): Day | null {
  const termDays = termEnd - start;
  if (stood.length === 0) return dayCreditsSatisfyTerm(start, termDays, postings);
  let credits = 0;
  let next = 0;
  let served = 0;
  for (let day = start; day <= termEnd; day++) {
    while (next < postings.length && postings[next]!.posts <= day) credits += postings[next++]!.days;
    if (stood.some((r) => day >= r.start && (r.end === null || day <= r.end))) continue;
    if (served + credits >= termDays) return day;
    served += 1;
  }
  return null;
}

/** "383 days (not counting the 55 days it stood revoked)": days served on `day`, without the days the term stood revoked. */
export function servedWords(start: Day, day: Day, stood: readonly Interval[]): string {
  const away = daysStoodBefore(stood, start, day);
  return `${formatCount(day - start - away)} days${away > 0 ? ` (not counting the ${formatCount(away)} days it stood revoked)` : ''}`;
}

/** Days of `stood` (a term standing still) from `start` to the day before `day`: days not served on the term. */
export function daysStoodBefore(stood: readonly Interval[], start: Day, day: Day): number {
  let days = 0;
  for (const r of stood) {
    const first = Math.max(r.start, start);
    const last = Math.min(r.end ?? day - 1, day - 1);
    if (last >= first) days += last - first + 1;
  }
  return days;
}
