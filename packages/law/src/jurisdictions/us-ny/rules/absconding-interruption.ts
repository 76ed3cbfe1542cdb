/**
 * N.Y. Penal Law § 70.40(3)(a)–(b), as amended by L. 2021, ch. 427 (read in S.1144-A, page 2):
 *
 * (a) "When a person is alleged to have violated the terms of presumptive release or parole by
 *     absconding, and the state board of parole has declared such person to be delinquent, the
 *     declaration of delinquency shall interrupt the person's sentence as of the date of the delinquency
 *     and such interruption shall continue until the releasee's appearance in response to a notice of
 *     violation or the date of the execution of a warrant, whichever is earlier."
 * (b) The same for conditional release and post-release supervision "by absconding" (for post-release
 *     supervision, § 70.45 applies, which ch. 427 amended to the same effect in § 70.45(5)(d)).
 * (c) Time in custody from the execution of the warrant is credited against the sentence: custody does
 *     not stop the term.
 *
 * Reading chosen:
 * - Each recorded absconding moves the scheduled end later by its length in days within the term (a spell
 *   over before the term began, or begun after it had ended, moves nothing), first and last day both
 *   counted (the record's last absconding day is read as the day before the person appeared or was taken
 *   in). An absconding still open on the as-of date is taken
 *   to end that day (the projection assumes the person reports from then on).
 * - The record does not show a declaration of delinquency; one is assumed and a warning says so.
 * - Absconding that began before March 1, 2022 fell under the older text, which interrupted the sentence
 *   from the delinquency "until the return of the person to an institution" of DOCCS (as the engine's
 *   sources describe it; that text itself was not read): the person cannot have been returned while
 *   still at large, so the recorded days are the least the term stopped, and they are counted the same
 *   way, with a warning that the older interruption may have run longer (open question: the day of
 *   return is not in the record). Counting nothing would end the term earlier for a spell that began a
 *   day before the Act than for one that began on its first day.
 * - Custody (violation, new charge) does not move the end (§ 70.40(3)(c) credits it).
 * - A day recorded both away and in custody (a spell recorded to the day of the arrest, or custody within
 *   it) is custody, not a day the term stopped: the interruption lasts "until ... the date of the execution
 *   of a warrant", and custody is credited ((3)(c)). Only the custody days are left out of the spell: the
 *   days away after a release still stop the term. Custody runs from its start to the day before its end
 *   (the release day, README reading 6); one still open, to the as-of date. A spell under the older text
 *   keeps every recorded day, as local custody was not the return to an institution that ended it.
 * - An absconding that began after earned time credits had already covered the term (the day time served
 *   plus credits reached it, earned-time-credits.ts) interrupts nothing: the person was no longer on
 *   community supervision. Spells are taken in date order, each against the end the earlier ones left.
 * Which date selects the version: the day the absconding began (the law in force when the delinquency
 * arose).
 */
import { computeLedger } from './earned-time-credits.ts';
import { closedEnd, communitySupervision, kindWords, type Ctx } from './shared.ts';
import { formatCount } from '../../../engine/words.ts';
import type { Day } from '../../../dates/calendar.ts';
import type { Interval } from '../../../engine/term-facts.ts';

const CITE = 'N.Y. Penal Law § 70.40(3)';
const INTERRUPTED = {};

/** The days [from, to] the interruption counted, each added to the term's end (none before this rule has run). */
export function interruptions(ctx: Ctx): readonly Interval[] {
  return ctx.once(INTERRUPTED, () => [] as Interval[]);
}

/** Days of the interruption before `day`: days that passed but did not run on the term. */
export function interruptedBefore(ctx: Ctx, day: Day): number {
  let days = 0;
  for (const i of interruptions(ctx)) if (i.start < day) days += Math.min(i.end!, day - 1) - i.start + 1;
  return days;
}

/**
 * The days of [from, to] on which the person was not held in custody, as intervals in order. Custody runs
 * from its start to the day before its end, the release day; one still open, to the as-of date. `custody`
 * comes sorted by start (term-facts.ts).
 */
function daysNotHeld(from: Day, to: Day, custody: readonly Interval[], asOf: Day): Interval[] {
  const free: Interval[] = [];
  let next = from;
  for (const c of custody) {
    const heldThrough = c.end === null ? asOf : c.end - 1;
    if (heldThrough < next || c.start > to) continue;
    if (c.start > next) free.push({ start: next, end: c.start - 1 });
    next = heldThrough + 1;
    if (next > to) return free;
  }
  free.push({ start: next, end: to });
  return free;
}

export function abscondingInterruption(ctx: Ctx): void {
  if (!communitySupervision(ctx) || ctx.scheduledEnd === null) return;
  const { absconded, custody, start } = ctx.facts;
  const counted: Interval[] = [];
  let earlier = false;
  // Spells come in order of their start; a day two recorded spells share stops the term once.
  let countedThrough = Number.NEGATIVE_INFINITY;
  for (const a of absconded) {
    // A spell over before the term began, or begun after it had ended (as the earlier spells left it),
    // interrupts nothing.
    if (a.start > ctx.scheduledEnd || closedEnd(a.end, ctx.asOf) < start) continue;
    const rule = ctx.param(ctx.params.tolling.abscondingInterrupts, a.start);
    if (rule !== undefined && !rule.value) continue;
    const older = rule === undefined;
    const from = Math.max(a.start, countedThrough + 1, start);
    const last = closedEnd(a.end, ctx.asOf);
    const away = older ? [{ start: from, end: last }] : daysNotHeld(from, last, custody, ctx.asOf);
    const days = away.reduce((n, i) => n + i.end! - i.start + 1, 0);
    const held = last - from + 1 - days;
    if (days <= 0) continue;
    countedThrough = last;
    const satisfied = computeLedger(ctx)?.satisfied ?? null;
    if (satisfied !== null && satisfied < a.start) {
      ctx.explain(
        `You were recorded as absconding from ${ctx.date(a.start)}, after your credits had already covered your ${kindWords(ctx)} (${ctx.date(satisfied)}), so it does not move your end date.`,
        [CITE],
      );
      break;
    }
    if (older) earlier = true;
    counted.push(...away);
    const end = ctx.scheduledEnd + days;
    const stops = older
      ? `Before March 1, 2022, when the parole board declared a person delinquent, the ${kindWords(ctx)} stopped running until the person was returned to prison; at least the days recorded count.`
      : `When the parole board declares a person delinquent for absconding, the ${kindWords(ctx)} stops running until the person reports or is picked up on a warrant.`;
    ctx.moveScheduledEnd(
      end,
      `You were recorded as absconding from ${ctx.date(a.start)} to ${ctx.date(countedThrough)}${a.end === null ? ' (still open, so counted to today)' : ''}. ${stops} That adds ${formatCount(days)} days${from > a.start ? ' not already counted' : ''}${held === 1 ? ', leaving out the 1 day you were held in custody, which counts as time served' : held > 1 ? `, leaving out the ${formatCount(held)} days you were held in custody, which count as time served` : ''}, which moves the scheduled end of your ${kindWords(ctx)} to ${ctx.date(end)}.`,
      [CITE],
    );
  }
  if (counted.length > 0) {
    ctx.once(INTERRUPTED, () => counted);
    ctx.warn(
      'Absconding is counted as stopping the term (N.Y. Penal Law § 70.40(3)): this assumes the parole board declared you delinquent for it. The record does not show the declaration.',
    );
  }
  if (earlier) {
    ctx.warn(
      'Absconding that began before March 1, 2022 fell under the older text of N.Y. Penal Law § 70.40(3): the term stopped from the delinquency until the person was returned to prison, which may be later than the recorded end of the absconding. Only the recorded days are counted here, the least it stopped.',
    );
  }
  if (custody.length > 0) {
    ctx.explain(`Time in custody still counts as time served on your ${kindWords(ctx)}, so it does not move your end date.`, [
      'N.Y. Penal Law § 70.40(3)(c)',
    ]);
  }
}
