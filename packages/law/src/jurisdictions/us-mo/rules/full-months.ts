/**
 * The full calendar months of a term, walked one at a time with integer arithmetic: the same months, in
 * the same order, as the engine's `fullCalendarMonths`, without an array of month objects per term.
 */
import { civilFromDay, daysInMonth, type Day } from '../../../dates/calendar.ts';
import type { CalendarMonth } from '../../../engine/compliance-months.ts';

export class FullMonths implements CalendarMonth {
  first: Day;
  last: Day;
  posts: Day;
  private year: number;
  private month: number;

  /** The first full month from `start` on: a term that starts on the 1st counts that month. */
  constructor(start: Day) {
    let { year, month, day } = civilFromDay(start);
    let first = start;
    if (day !== 1) {
      // The month of a mid-month start is not full: begin with the next one.
      first = start - day + 1 + daysInMonth(year, month);
      if (++month > 12) ((month = 1), (year += 1));
    }
    this.year = year;
    this.month = month;
    this.first = first;
    this.posts = first + daysInMonth(year, month);
    this.last = this.posts - 1;
  }

  /** Moves on to the next month. */
  next(): void {
    this.first = this.posts;
    if (++this.month > 12) ((this.month = 1), (this.year += 1));
    this.posts = this.first + daysInMonth(this.year, this.month);
    this.last = this.posts - 1;
  }

  /** The current month as a value of its own. */
  snapshot(): CalendarMonth {
    return { first: this.first, last: this.last, posts: this.posts };
  }
}
