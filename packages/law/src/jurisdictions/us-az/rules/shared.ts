/**
 * Pieces the Arizona rules share: citations and the days § 13-903 stops the term
 * (computed once per term and cached on the context).
 */
import { addMonths, formatLongDate, type Day } from '../../../dates/calendar.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { Interval, OrderFacts } from '../../../engine/term-facts.ts';
import { formatCount } from '../../../engine/words.ts';
import type { UsAzParameters } from '../parameters.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';

export type Ctx = TermContext<UsAzParameters>;

export const CITE = {
  A: 'A.R.S. § 13-924(A)',
  B: 'A.R.S. § 13-924(B)',
  C: 'A.R.S. § 13-924(C)',
  D: 'A.R.S. § 13-924(D)',
  E: 'A.R.S. § 13-924(E)',
  F: 'A.R.S. § 13-924(F)',
  T903A: 'A.R.S. § 13-903(A)',
  T903B: 'A.R.S. § 13-903(B)',
  T903C: 'A.R.S. § 13-903(C)',
  T903D: 'A.R.S. § 13-903(D)',
  T901E: 'A.R.S. § 13-901(E)',
} as const;

// ---------------------------------------------------------------------------------------------------
// § 13-903: days the term does not run.

export interface TolledSpan {
  /** First and last day not counted, both inclusive. */
  start: Day;
  end: Day;
  why: 'absconding' | 'violation';
  text: string;
}

export interface Tolling {
  spans: TolledSpan[];
  /** Spans merged where they overlap, for counting. */
  merged: Interval[];
  days: number;
  /** Sustained violations with no reinstatement order: the stopped time cannot be counted. */
  unresolved: Day[];
}

/**
 * The spans § 13-903 takes out of the term: (C) absconding, each recorded spell from its first to its
 * last day (a spell still open on the as-of date runs to that date: the projection assumes the person
 * returns then); (B) a violation found and probation reinstated, from the violation date to the day
 * before reinstatement.
 */
export const tolling: (ctx: Ctx) => Tolling = oncePerTerm(computeTolling);

function computeTolling(ctx: Ctx): Tolling {
  const { start, absconded, violations, orders } = ctx.facts;
  const asOf = ctx.asOf;
  const spans: TolledSpan[] = [];
  const abscondingStops = ctx.param(ctx.params.tolling.abscondingStopsTerm, asOf)?.value ?? false;
  if (abscondingStops) {
    for (const i of absconded) {
      const from = Math.max(i.start, start);
      const to = i.end ?? asOf;
      if (to < from) continue;
      spans.push({
        start: from,
        end: to,
        why: 'absconding',
        text:
          i.end === null
            ? `the days you have been away from supervision since ${formatLongDate(from)} (counted through ${formatLongDate(to)}, as if you came back now)`
            : `the days you were away from supervision, ${formatLongDate(from)} to ${formatLongDate(to)}`,
      });
    }
  }
  // (B): pair each reinstatement with the violations found (or a revocation) on or before its day and after
  // the previous reinstatement. A finding on the reinstatement's own day is the hearing that reinstated:
  // it stops no day, but it is not a finding still waiting for one.
  const unresolved: Day[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  const sustained: Day[] = [];
  for (const v of violations) if (v.status === 'sustained') sustained.push(v.day);
  /** Whether each sustained violation was paired with a reinstatement. */
  const used: boolean[] = [];
  for (const o of orders) {
    if (o.type !== 'reinstatement') continue;
    let from: Day | undefined;
    for (let i = sustained.length - 1; i >= 0; i--) {
      const day = sustained[i]!;
      if (day <= o.day && day > previous) {
        used[i] = true;
        // The earliest finding before the reinstatement's day starts the span: walk back to it.
        if (day < o.day) from = day;
      }
    }
    if (from === undefined) from = lastRevocationIn(orders, previous, o.day);
    previous = o.day;
    if (from === undefined || o.day <= from) continue;
    spans.push({
      start: from,
      end: o.day - 1,
      why: 'violation',
      text: `the ${formatCount(o.day - from)} days from the violation on ${formatLongDate(from)} until the court put you back on probation on ${formatLongDate(o.day)}`,
    });
  }
  const sorted = spans.length > 1 ? [...spans].sort((a, b) => a.start - b.start) : spans;
  let merged: Interval[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.end !== null && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  // Only a probation still running stops: spans that begin after the end (as moved by the extensions and
  // the spans before them) are left out, and so is a finding after it.
  let end = Number.POSITIVE_INFINITY;
  let kept = spans;
  if (ctx.facts.imposedEnd !== null) {
    const moved = endWithStops(ctx, ctx.facts.imposedEnd, orders, merged);
    end = moved.end;
    if (moved.counted < merged.length) {
      merged = merged.slice(0, moved.counted);
      const through = merged.length === 0 ? Number.NEGATIVE_INFINITY : merged[merged.length - 1]!.end!;
      kept = spans.filter((s) => s.start <= through);
    }
  }
  for (let i = 0; i < sustained.length; i++) {
    const day = sustained[i]!;
    if (used[i] !== true && day >= start && day <= end) unresolved.push(day);
  }
  let days = 0;
  for (const m of merged) days += m.end! - m.start + 1;
  return { spans: kept, merged, days, unresolved };
}

/** The day of the last revocation order after `after` and on or before `through`, in record order. */
function lastRevocationIn(orders: readonly OrderFacts[], after: number, through: Day): Day | undefined {
  let day: Day | undefined;
  for (const r of orders) if (r.type === 'revocation' && r.day <= through && r.day > after) day = r.day;
  return day;
}

/**
 * (A): "an extended period of probation commences on the day the original period lapses". The imposed
 * end moved by the extensions and by the stopped days (merged, in date order), each extension counted
 * from the day the period before it lapsed: stopped days that begin on or before that day move it first,
 * later ones move the end of the extended period. With no extension this is the end plus the days; with
 * one, the order matters where the months run through months of different lengths or a month end clamps
 * (January 29 + 2 days + 1 month is February 28, not January 29 + 1 month + 2 days, March 2): the end can
 * then move by a few days more or less than were stopped, and the explanation says why. Parameter
 * `tolling.extensionFromLapse` (alternative: the months first, then every stopped day).
 * Stopped days that begin after the end so far stop nothing: the period had already lapsed, and (B) and
 * (C) speak of a probation still running. They, and every span after them, are left out; `counted` is
 * how many of the spans (a prefix, as the end only grows) moved the end.
 */
export function endWithStops(
  ctx: Ctx,
  imposedEnd: Day,
  orders: readonly OrderFacts[],
  stopped: readonly Interval[],
): { end: Day; counted: number } {
  const fromLapse = ctx.param(ctx.params.tolling.extensionFromLapse, ctx.asOf)?.value ?? true;
  let end = imposedEnd;
  let next = 0;
  const moveBy = () => {
    for (; next < stopped.length && stopped[next]!.start <= end; next++) end += stopped[next]!.end! - stopped[next]!.start + 1;
  };
  for (const o of orders) {
    if (o.type !== 'extension' || o.months === undefined) continue;
    if (fromLapse) moveBy();
    end = addMonths(end, o.months);
  }
  moveBy();
  return { end, counted: next };
}
