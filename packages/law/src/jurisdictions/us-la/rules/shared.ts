/**
 * Facts several Louisiana rules share: the offense date that selects the version of the 2024 changes,
 * and small wording helpers (no Intl: these run for every term).
 *
 * Version key (La. 2024): Act 8 of the 2024 2nd Ex. Sess. applies to offenses committed on or after
 * August 1, 2024, and the older probation maximums are read by offense date too (the law in force when
 * the offense was committed fixes the penalty). A term can hold several counts: the LATEST offense date
 * is used, so a term that includes any count committed on or after a change is read under it (a count
 * committed after August 1, 2024 is itself governed by Act 8). A count without `offenseDate` is taken
 * to have been committed on the sentence date, with a warning: the sentence date is later than the
 * offense, so the fallback can only move a term into the newer law, never out of it.
 */
import { civilFromDay, daysInMonth, formatIsoDate, type Day } from '../../../dates/calendar.ts';
import type { CalendarMonth } from '../../../engine/compliance-months.ts';
import { inForce, type Parameter, type ValueInForce } from '../../../engine/parameters.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsLaParameters } from '../parameters.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';

export type Ctx = TermContext<UsLaParameters>;

export interface OffenseDay {
  day: Day;
  /** Some count had no offense date and the sentence date stood in for it. */
  fellBackToSentence: boolean;
  /** Counts of the term fall on both sides of `day` (only known when all dates are given). */
  earliest: Day;
}

/** The latest offense date of the term (see the header). */
export const governingOffenseDay: (ctx: Ctx) => OffenseDay = oncePerTerm((ctx) => {
  const { offenses, sentence } = ctx.facts;
  let latest = Number.NEGATIVE_INFINITY;
  let earliest = Number.POSITIVE_INFINITY;
  let fell = false;
  for (const o of offenses) {
    const d = o.offenseDay ?? sentence;
    if (o.offenseDay === undefined) fell = true;
    if (d > latest) latest = d;
    if (d < earliest) earliest = d;
  }
  return { day: latest, fellBackToSentence: fell, earliest };
});

/** Says in `warnings` that the offense date was missing where a rule needed it. */
export function warnOffenseDate(ctx: Ctx, what: string): void {
  const od = governingOffenseDay(ctx);
  if (od.fellBackToSentence) {
    ctx.warn(
      `${what} depends on the date of the offense, and the record gives none for at least one offense; the sentence date (${formatIsoDate(ctx.facts.sentence)}) was used in its place. If the offense was committed earlier, an older version of the law may apply.`,
    );
  }
}

/**
 * The full calendar months from `start` on, walked one at a time by month lengths: the same months as the
 * engine's `fullCalendarMonths` (a term that starts on the first of a month counts that month; one that
 * starts on the 2nd does not), without building a list, since a ledger walks every month of every term.
 * `first`, `last` and `posts` describe the current month; `next()` moves to the following one.
 */
export class FullMonthWalk implements CalendarMonth {
  first: Day;
  last: Day;
  posts: Day;
  private year: number;
  private month: number;

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
 * The values of one parameter read on day after day (a per-month loop): the same answers as
 * `ctx.param(p, day)`, looked up again only when the day leaves the span in which the value last found
 * stays in force (from its `fromDays` entry to the next one).
 */
export class ParameterWalk<T> {
  private value: ValueInForce<T> | undefined;
  /** The span [spanStart, spanEnd) in which `value` is the answer; empty until the first lookup. */
  private spanStart = Number.POSITIVE_INFINITY;
  private spanEnd = Number.NEGATIVE_INFINITY;

  constructor(private readonly p: Parameter<T>) {}

  at(day: Day): ValueInForce<T> | undefined {
    if (day < this.spanStart || day >= this.spanEnd) {
      const from = this.p.fromDays;
      let i = from.length - 1;
      while (i >= 0 && from[i]! > day) i--;
      this.value = inForce(this.p, day);
      this.spanStart = i < 0 ? Number.NEGATIVE_INFINITY : from[i]!;
      this.spanEnd = i + 1 < from.length ? from[i + 1]! : Number.POSITIVE_INFINITY;
    }
    return this.value;
  }
}

/** 1096 → "1,096". */
export function count(x: number): string {
  const s = String(Math.trunc(x));
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out === '' ? '' : `,${out}`);
  return neg ? `-${out}` : out;
}

export const ORDINAL = ['first', 'second', 'third'] as const;

export function ordinal(n: number): string {
  return n <= 3 ? ORDINAL[n - 1]! : `${n}th`;
}

/** A term-level field the record format does not define but keeps (loose objects): `specialtyCourt: true`. */
export function termFlag(ctx: Ctx, name: string): boolean | undefined {
  const v = (ctx.facts.term as Record<string, unknown>)[name];
  return typeof v === 'boolean' ? v : undefined;
}
