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
 *   conviction" when the record holds a conviction dated on or after the custody began (the charge ended in
 *   one). The record cannot show that the new sentence credited the detention (Mont's condition): that is
 *   assumed, and a warning says so. Without a conviction nothing moves; a warning says the days would
 *   stop the term if the charge ends in a conviction that credits them.
 * - Custody for a violation of supervision is not imprisonment for a crime: it does not stop the term.
 *   Custody for another reason (`other`) of 30 days or more is not counted; a warning says it would be if
 *   it was imprisonment on a conviction.
 * - "30 consecutive days": spells for a new charge that overlap or follow one another without a free day
 *   are one period; a period of 30 days or more (first and last day both counted) stops the term for
 *   every one of its days that falls on or after the start; 29 days stop nothing. A spell still open on
 *   the as-of date is counted through that date (the projection assumes release then).
 * - The scheduled end moves one day later per day stopped. So do the days that count time on the term:
 *   the one-year mark of § 3583(e)(1) and § 3564(c), the policy's 18 months, and the longest authorized
 *   probation of § 3561(c) ("the term" does not run while it is stopped), each by the days stopped before it.
 * - Which date selects the version: the as-of date (the text has not changed since 1987).
 */
import type { Day } from '../../../dates/calendar.ts';
import { oncePerTerm } from '../../../engine/term-context.ts';
import { formatCount } from '../../../engine/words.ts';
import type { Ctx } from './shared.ts';

/** A period the term did not run: first and last day, both counted. */
export interface StoppedPeriod {
  start: Day;
  end: Day;
}

interface Stopped {
  periods: StoppedPeriod[];
  days: number;
}

const NOTHING_STOPPED: Stopped = { periods: [], days: 0 };

/** The periods imprisonment stopped this term, in date order, once per term. */
export const stoppedPeriods = oncePerTerm((ctx: Ctx): Stopped => {
  const { term, start, custody, convictions, asOf } = ctx.facts;
  if (term.kind !== 'supervised_release' && term.kind !== 'probation') return NOTHING_STOPPED;
  const rule = ctx.param(ctx.params.tolling.imprisonmentDays, asOf);
  if (rule === undefined) return NOTHING_STOPPED;
  const least = term.kind === 'supervised_release' ? rule.value.supervisedRelease : rule.value.probation;
  const periods: StoppedPeriod[] = [];
  let from: Day | null = null;
  let to: Day = 0;
  const close = () => {
    if (from === null || to - from + 1 < least) return;
    const first = Math.max(from, start);
    if (convictions.some((c) => c.day >= from!) && to >= first) periods.push({ start: first, end: to });
  };
  // Custody comes in order of its start; a new charge's spells that touch make one period.
  for (const c of custody) {
    if (c.reason !== 'new_charge') continue;
    const end = c.end ?? asOf;
    if (from !== null && c.start <= to + 1) {
      if (end > to) to = end;
      continue;
    }
    close();
    from = c.start;
    to = end;
  }
  close();
  let days = 0;
  for (const p of periods) days += p.end - p.start + 1;
  return { periods, days };
});

/**
 * `day` moved later by the days the term did not run on or before it: a date reached by counting time on
 * the term (one year of supervised release, the longest authorized term).
 */
export function afterStoppedDays(ctx: Ctx, day: Day): Day {
  let moved = day;
  for (const p of stoppedPeriods(ctx).periods) if (p.start <= moved) moved += p.end - p.start + 1;
  return moved;
}

export function imprisonmentTolling(ctx: Ctx): void {
  const { term, custody, absconded, asOf } = ctx.facts;
  if (term.kind !== 'supervised_release' && term.kind !== 'probation') return;
  const what = term.kind === 'supervised_release' ? 'supervised release' : 'probation';
  const stopped = stoppedPeriods(ctx);
  const end = ctx.scheduledEnd;
  if (stopped.days > 0 && end !== null) {
    const moved = end + stopped.days;
    const spans = stopped.periods.map((p) => `${ctx.date(p.start)} to ${ctx.date(p.end)}`).join(' and ');
    ctx.moveScheduledEnd(
      moved,
      `You were held in custody on a new charge that ended in a conviction, from ${spans}: 30 days in a row or more. Your ${what} does not run while you are imprisoned in connection with a conviction for that long, so these ${formatCount(stopped.days)} days do not count, and your scheduled end moves from ${ctx.date(end)} to ${ctx.date(moved)}.`,
      [citationFor(term.kind)],
    );
    ctx.warn(
      `The custody of ${spans} is counted as time that does not run on your ${what}: this assumes the sentence for the new conviction gave you credit for it (Mont v. United States, 2019). If it did not, the end date is earlier than shown.`,
    );
    if (custody.some((c) => c.end === null && c.reason === 'new_charge')) {
      ctx.warn(`Custody was still open on ${ctx.date(asOf)}; the projection assumes you were released that day.`);
    }
  }
  for (const c of custody) {
    const days = (c.end ?? asOf) - c.start + 1;
    if (days < 30 || stopped.periods.some((p) => p.start <= (c.end ?? asOf) && p.end >= c.start)) continue;
    if (c.reason === 'new_charge') {
      ctx.warn(
        `You were held for ${formatCount(days)} days from ${ctx.date(c.start)} on a new charge, and the record shows no conviction after it. If the charge ends in a conviction whose sentence gives you credit for that time, your ${what} did not run during it (${citationFor(term.kind)}; Mont v. United States, 2019), and it ends that much later.`,
      );
    } else if (c.reason === 'other') {
      ctx.warn(
        `You were in custody for ${formatCount(days)} days from ${ctx.date(c.start)}, for a reason the record does not give. If that was imprisonment on a conviction for a crime, your ${what} did not run during it (${citationFor(term.kind)}); that is not counted here.`,
      );
    }
  }
  if (absconded.length > 0) {
    ctx.warn(
      `Time away from supervision (absconding) is recorded. Federal law stops the term only during imprisonment; whether absconding extends it is for the court (for example by a warrant or summons issued before the term ends, 18 U.S.C. § ${term.kind === 'supervised_release' ? '3583(i)' : '3565(c)'}), so the end date does not move for it here.`,
    );
  }
}

const citationFor = (kind: 'supervised_release' | 'probation'): string =>
  kind === 'supervised_release' ? '18 U.S.C. § 3624(e)' : '18 U.S.C. § 3564(b)';
