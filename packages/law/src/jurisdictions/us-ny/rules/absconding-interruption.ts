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
 * - Each recorded absconding that began on or after March 1, 2022 moves the scheduled end later by its
 *   length in days, first and last day both counted (the record's last absconding day is read as the
 *   day before the person appeared or was taken in). An absconding still open on the as-of date is taken
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
 * - An absconding that began after earned time credits had already covered the term (the day time served
 *   plus credits reached it, earned-time-credits.ts) interrupts nothing: the person was no longer on
 *   community supervision. Spells are taken in date order, each against the end the earlier ones left.
 * Which date selects the version: the day the absconding began (the law in force when the delinquency
 * arose).
 */
import { computeLedger } from './earned-time-credits.ts';
import { closedEnd, communitySupervision, kindWords, type Ctx } from './shared.ts';
import { formatCount } from '../../../engine/words.ts';

const CITE = 'N.Y. Penal Law § 70.40(3)';
const INTERRUPTED = {};

/** Days the absconding interruption added to the term's end (0 where none, or before this rule has run). */
export function interruptedDays(ctx: Ctx): number {
  return ctx.once(INTERRUPTED, () => 0);
}

export function abscondingInterruption(ctx: Ctx): void {
  if (!communitySupervision(ctx) || ctx.scheduledEnd === null) return;
  const { absconded, custody } = ctx.facts;
  let moved = 0;
  let earlier = false;
  // Spells come in order of their start; a day two recorded spells share stops the term once.
  let countedThrough = Number.NEGATIVE_INFINITY;
  for (const a of absconded) {
    const rule = ctx.param(ctx.params.tolling.abscondingInterrupts, a.start);
    if (rule !== undefined && !rule.value) continue;
    if (rule === undefined) earlier = true;
    const from = Math.max(a.start, countedThrough + 1);
    const days = closedEnd(a.end, ctx.asOf) - from + 1;
    if (days <= 0) continue;
    countedThrough = closedEnd(a.end, ctx.asOf);
    const satisfied = computeLedger(ctx)?.satisfied ?? null;
    if (satisfied !== null && satisfied < a.start) {
      ctx.explain(
        `You were recorded as absconding from ${ctx.date(a.start)}, after your credits had already covered your ${kindWords(ctx)} (${ctx.date(satisfied)}), so it does not move your end date.`,
        [CITE],
      );
      break;
    }
    moved += days;
    const end = ctx.scheduledEnd + days;
    ctx.moveScheduledEnd(
      end,
      `You were recorded as absconding from ${ctx.date(a.start)} to ${ctx.date(closedEnd(a.end, ctx.asOf))}${a.end === null ? ' (still open, so counted to today)' : ''}. When the parole board declares a person delinquent for absconding, the ${kindWords(ctx)} stops running until the person reports or is picked up on a warrant. That adds ${formatCount(days)} days${from > a.start ? ' not already counted' : ''}, which moves the scheduled end of your ${kindWords(ctx)} to ${ctx.date(end)}.`,
      [CITE],
    );
  }
  if (moved > 0) {
    ctx.once(INTERRUPTED, () => moved);
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
