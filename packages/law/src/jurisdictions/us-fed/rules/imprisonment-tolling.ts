/**
 * 18 U.S.C. § 3624(e) (supervised release) and § 3564(b) (probation): imprisonment stops the term.
 *
 * § 3624(e): "A term of supervised release does not run during any period in which the person is
 * imprisoned in connection with a conviction for a Federal, State, or local crime unless the imprisonment
 * is for a period of less than 30 consecutive days." § 3564(b): "A term of probation does not run while
 * the defendant is imprisoned in connection with a conviction for a Federal, State, or local crime unless
 * the imprisonment is for a period of less than thirty consecutive days." (Both read 2026-12-02 in the
 * US Code text of codexstanford/markdonw-chunck-of-the-usa-code, chunck-2052.md and chunck-1914.md.)
 * Mont v. United States, 139 S. Ct. 1826 (2019): "if the court's later imposed sentence credits the
 * period of pretrial detention as time served for the new offense, then the pretrial detention also tolls
 * the supervised-release period" (opinion of the Court, read 2026-12-02).
 *
 * Readings chosen:
 * - Custody recorded for a new charge (`reason: new_charge`) is imprisonment "in connection with a
 *   conviction" when the charge ended in one: a conviction in the person's record (on any term, or on
 *   none: the statute covers a conviction for any "Federal, State, or local crime") dated on or after the
 *   custody began and before the next custody for a new charge began (a conviction answers the latest
 *   charge before it). The record cannot show that the new sentence credited the detention (Mont's
 *   condition): that is assumed, and a warning says so. Without such a conviction nothing moves; a warning
 *   says the days would stop the term if the charge ends in a conviction that credits them.
 * - Custody for a violation of supervision is not imprisonment for a crime: it does not stop the term
 *   (where a conviction followed, a warning says it would if the new sentence credited it). Custody for
 *   another reason (`other`) of 30 days or more is not counted; a warning says it would be if it was
 *   imprisonment on a conviction.
 * - "30 consecutive days": spells for a new charge that overlap or follow one another without a free day
 *   are one period; a period of 30 days or more (first and last day both counted, the days before the
 *   term began included) stops the term for every one of its days from the term's start; 29 days stop
 *   nothing. A spell still open on the as-of date is counted through that date (the projection assumes
 *   release then).
 * - Only a term still running is stopped: a period that begins after the end the earlier periods left, or
 *   on or after the day an order ended the term (discharge, early termination, a revocation not
 *   reinstated), stops nothing, and one such order during custody ends the days it stops. A period that
 *   begins after the § 3561(c) limit ended a probation by law still moves the scheduled end (the limit,
 *   computed after, governs the projected end); open question in the README.
 * - The scheduled end moves one day later per day stopped, and so does the longest authorized probation of
 *   § 3561(c) (the term does not run while it is stopped), each by the periods that began on or before it.
 *   The one-year mark of § 3583(e)(1) and § 3564(c) and the policy's 18 months open "after" that much
 *   time: they move by the periods that began before them (custody from the anniversary itself comes
 *   after the year had run).
 * - Which date selects the version: the as-of date (the text has not changed since 1987).
 */
import { parseIsoDate, type Day } from '../../../dates/calendar.ts';
import { closingOrder } from '../../../engine/closing-order.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { formatCount } from '../../../engine/words.ts';
import type { Ctx } from './shared.ts';

/** Custody for a new charge without a free day in it: the whole period, and what the law makes of it. */
export interface CustodyPeriod {
  /** First and last day held (an open spell: through the as-of date). */
  from: Day;
  to: Day;
  /** The days it stopped the term (from the term's start on), or null where it stopped none. */
  stopped: { start: Day; end: Day } | null;
  /** Long enough to stop the term, but the record holds no conviction for it. */
  unconvicted: boolean;
  open: boolean;
}

interface Stopped {
  periods: CustodyPeriod[];
  /** Days stopped in all. */
  days: number;
  /** The fewest consecutive days of imprisonment that stop the term (the parameter's value). */
  least: number;
}

const NOTHING: Stopped = { periods: [], days: 0, least: Number.POSITIVE_INFINITY };

/** The days of the person's convictions through the as-of date, on any term or none, once per term. */
const personConvictionDays = oncePerTerm((ctx: Ctx): Day[] => {
  const days: Day[] = [];
  for (const e of ctx.facts.person.events ?? []) {
    if (e.type !== 'conviction') continue;
    const day = parseIsoDate(e.date);
    if (day <= ctx.facts.asOf) days.push(day);
  }
  return days;
});

/** The custody periods for a new charge and the days each stopped this term, once per term. */
export const stoppedPeriods = oncePerTerm((ctx: Ctx): Stopped => {
  const { term, start, custody, asOf, person, orders } = ctx.facts;
  if (term.kind !== 'supervised_release' && term.kind !== 'probation') return NOTHING;
  const rule = ctx.param(ctx.params.tolling.imprisonmentDays, asOf);
  if (rule === undefined) return NOTHING;
  const least = term.kind === 'supervised_release' ? rule.value.supervisedRelease : rule.value.probation;
  const periods = newChargePeriods(custody, asOf);
  if (periods.length === 0) return { ...NOTHING, least };
  // Any conviction of the person counts, whichever term (if any) the record gave it; and a conviction
  // answers the latest charge before it, whichever term that custody was recorded on.
  const convictions = personConvictionDays(ctx);
  const charged: Day[] = [];
  for (const e of person.events ?? []) if (e.type === 'custody' && e.reason === 'new_charge') charged.push(parseIsoDate(e.start));
  const endedByOrder = closingOrder(orders, term.kind)?.day ?? Number.POSITIVE_INFINITY;
  let end = ctx.scheduledEnd ?? Number.POSITIVE_INFINITY;
  let days = 0;
  for (const p of periods) {
    if (p.to < start || p.to - p.from + 1 < least) continue;
    let next = Number.POSITIVE_INFINITY;
    for (const c of charged) if (c > p.to && c < next) next = c;
    const first = Math.max(p.from, start);
    if (!convictions.some((c) => c >= p.from && c < next)) p.unconvicted = true;
    else if (first <= end && first < endedByOrder) {
      // An order that ended the term during the custody ends the days it stops (the day before the order).
      const last = p.to < endedByOrder ? p.to : endedByOrder - 1;
      p.stopped = { start: first, end: last };
      const n = last - first + 1;
      days += n;
      end += n;
    }
  }
  return { periods: periods.filter((p) => p.to >= start), days, least };
});

/** Custody spells for a new charge, merged where they overlap or touch, in date order. */
function newChargePeriods(custody: readonly { start: Day; end: Day | null; reason?: string }[], asOf: Day): CustodyPeriod[] {
  const periods: CustodyPeriod[] = [];
  for (const c of custody) {
    if (c.reason !== 'new_charge') continue;
    const to = c.end ?? asOf;
    const last = periods.at(-1);
    if (last !== undefined && c.start <= last.to + 1) {
      if (to > last.to) last.to = to;
      last.open ||= c.end === null;
      continue;
    }
    periods.push({ from: c.start, to, stopped: null, unconvicted: false, open: c.end === null });
  }
  return periods;
}

/**
 * `day` moved later by the days the term was stopped: by each period that began on or before it (the
 * term's last day, a limit on its length), or only before it where `opensAfter` (a date that opens after
 * so much time on the term: custody from that day on comes after the time had run).
 */
export function afterStoppedDays(ctx: Ctx, day: Day, opensAfter = false): Day {
  let moved = day;
  for (const p of stoppedPeriods(ctx).periods) {
    if (p.stopped !== null && (opensAfter ? p.stopped.start < moved : p.stopped.start <= moved))
      moved += p.stopped.end - p.stopped.start + 1;
  }
  return moved;
}

/** ", not counting the 30 days you were held in custody", where `moved` differs from `day`. */
export function notCountingStopped(day: Day, moved: Day): string {
  return moved === day ? '' : `, not counting the ${formatCount(moved - day)} days you were held in custody`;
}

export function imprisonmentTolling(ctx: Ctx): void {
  const { term, custody, absconded, asOf } = ctx.facts;
  if (term.kind !== 'supervised_release' && term.kind !== 'probation') return;
  const what = term.kind === 'supervised_release' ? 'supervised release' : 'probation';
  const cite = term.kind === 'supervised_release' ? '18 U.S.C. § 3624(e)' : '18 U.S.C. § 3564(b)';
  const { periods, days, least } = stoppedPeriods(ctx);
  const end = ctx.scheduledEnd;
  const span = (p: CustodyPeriod) => `${ctx.date(p.from)} to ${ctx.date(p.to)}`;
  const stopped = periods.filter((p) => p.stopped !== null);
  if (days > 0 && end !== null) {
    const moved = end + days;
    const shown = stopped.slice(0, 3).map(span).join(', ');
    const more = stopped.length - 3;
    const listed = more > 0 ? `${shown} and ${more} more period${more === 1 ? '' : 's'}` : shown;
    const beforeStart = stopped.some((p) => p.stopped!.start > p.from);
    ctx.moveScheduledEnd(
      moved,
      `You were held in custody on a new charge that ended in a conviction, for ${least} days in a row or more (${listed}). Your ${what} does not run while you are imprisoned in connection with a conviction for that long, so ${beforeStart ? `the ${formatCount(days)} days of it after your ${what} began` : `these ${formatCount(days)} days`} do not count, and your scheduled end moves from ${ctx.date(end)} to ${ctx.date(moved)}.`,
      [cite],
    );
    ctx.warn(
      `The custody counted as time that does not run on your ${what} (${listed}) assumes the sentence for the new conviction gave you credit for it (Mont v. United States, 2019). If it did not, the end date is earlier than shown.`,
    );
    if (stopped.some((p) => p.open))
      ctx.warn(`Custody was still open on ${ctx.date(asOf)}; the projection assumes you were released that day.`);
  }
  for (const p of periods) {
    if (!p.unconvicted) continue;
    // A conviction dated before the custody began answers an earlier charge (reading chosen above), but the
    // custody may have been that conviction's sentence: said, so that the record's conviction is not denied.
    let earlier: Day | undefined;
    for (const c of personConvictionDays(ctx)) if (c < p.from && (earlier === undefined || c > earlier)) earlier = c;
    const held = `You were held for ${formatCount(p.to - p.from + 1)} days (${span(p)}) on a new charge`;
    ctx.warn(
      earlier === undefined
        ? `${held}, and the record shows no conviction for it. If the charge ends in a conviction whose sentence gives you credit for that time, your ${what} did not run during it (${cite}; Mont v. United States, 2019), and it ends that much later.`
        : `${held}, and the record shows no conviction dated on or after the day it began; the conviction of ${ctx.date(earlier)} came before it and was taken as answering an earlier charge. If this custody was the sentence for that conviction, or the charge ends in a conviction whose sentence gives you credit for that time, your ${what} did not run during it (${cite}; Mont v. United States, 2019), and it ends that much later.`,
    );
  }
  const convictedFrom = (day: Day) => personConvictionDays(ctx).some((c) => c >= day);
  for (const c of custody) {
    const held = (c.end ?? asOf) - c.start + 1;
    if (held < least || (c.end ?? asOf) < ctx.facts.start) continue;
    if (c.reason === 'other') {
      ctx.warn(
        `You were in custody for ${formatCount(held)} days from ${ctx.date(c.start)}, for a reason the record does not give. If that was imprisonment on a conviction for a crime, your ${what} did not run during it (${cite}); that is not counted here.`,
      );
    } else if (c.reason === 'violation' && convictedFrom(c.start)) {
      ctx.warn(
        `You were in custody for ${formatCount(held)} days from ${ctx.date(c.start)} for a violation of supervision, and a conviction followed. Custody for a violation does not stop your ${what}, so it is not counted here; if that custody was credited to the sentence for the new conviction, your ${what} did not run during it (${cite}; Mont v. United States, 2019), and it ends that much later.`,
      );
    }
  }
  if (absconded.length > 0) {
    ctx.warn(
      `Time away from supervision (absconding) is recorded. Federal law stops the term only during imprisonment; whether absconding extends it is for the court (for example by a warrant or summons issued before the term ends, 18 U.S.C. § ${term.kind === 'supervised_release' ? '3583(i)' : '3565(c)'}), so the end date does not move for it here.`,
    );
  }
}
