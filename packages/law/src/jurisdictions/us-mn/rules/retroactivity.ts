/**
 * Laws 2023, ch. 52: retroactive application of the 2023 felony limit (Minn. Stat. § 609.135, subd. 2(a),
 * (b)) to stays pronounced before August 1, 2023.
 *
 * What was read: H.F. 1607 (2023) as introduced, whose title reads "establishing a limit of five years on
 * the length of probation in most felony sentences; providing for retroactive application" (revisor.mn.gov,
 * bill text, opening only); the title page of Laws 2023, ch. 52 (S.F. 2909). What was NOT read: the
 * enacted retroactivity section itself (its deadlines; whether the new limit applies by operation of law
 * or by resentencing; notice; objection steps). Every summary read says people already on felony
 * probation longer than five years "will be eligible for resentencing" or "to have their terms reduced"
 * (Minnesota House Session Daily 17717; legiplex summaries of H.F. 1607 and S.F. 1950; Reason via
 * weblastinfo; Criminal Legal News, Sept. 2023).
 *
 * Searched again on 2026-11-30: the stored copies of Laws 2023, ch. 52 and of S.F. 2909 break off in
 * the title or the line numbers, and no statute mirror, court opinion or agency page quoting the section
 * was found. No source read gives a deadline (the February 1, 2024 date some summaries mention was not
 * found in any source read), so no deadline is encoded: the court route is shown for as long as the
 * stay as ordered runs past the new limit.
 *
 * Reading chosen (parameter `retro.mechanism`, default `court_order`): a felony stay pronounced before
 * August 1, 2023 whose offenses are not on the (b) list (2023 version) and which as ordered runs past the
 * new limit (stay + the lesser of 5 years and the statutory maximum) can be cut to that limit by the
 * court. Output: a `term_cap` opportunity dated at the new limit's end (eligible once that day has come
 * and the law is in force; the reasons say a court must act), and a warning that the mechanism is
 * unverified. The latest lawful end (`statutoryMaxEndDate`) stays the former law's. The alternative
 * `automatic` applies the new limit to the stay by law (`capAt`).
 *
 * Not reached: a stay whose last day (as ordered, or at the former law's limit) came before August 1,
 * 2023. Every source read speaks of people "currently serving" or "already on" probation longer than five
 * years; a stay that had expired was no longer running, and no court could reduce it (corrected
 * 2026-12-04: such a stay was offered a term_cap dated at stay + 5 years).
 *
 * Version: the values in force on August 1, 2023 (the day the law reached these stays); the as-of date
 * decides whether the law exists yet (evaluated before August 1, 2023: former law only). A count on the
 * stay that is not a felony keeps its former limit (the law speaks of felony probation), so a stay with a
 * gross misdemeanor whose former limit is longer is not shortened.
 */
import { describeMonths, minDay } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsMnParameters } from '../parameters.ts';
import {
  addTermCap,
  addTermCapIneligible,
  because,
  capitalize,
  decisionCitations,
  extensionMonths,
  plusExtension,
  fromStay,
  LISTED_LABEL,
  offenseName,
  reformDay,
  termLimit,
  valueAt,
  years,
} from './shared.ts';

export const RETRO = 'Laws 2023, ch. 52 (retroactive application)';

export const retroactiveFelonyLimit: Rule<UsMnParameters> = (ctx) => {
  const { term, sentence, level } = ctx.facts;
  if (term.kind !== 'probation' || level !== 'felony') return;
  const reform = reformDay(ctx);
  if (sentence >= reform) return;
  // The law reaches probation still running when it took effect: a stay that had expired before then (its
  // last day before August 1, 2023, as ordered or at the former law's limit) is not reached.
  const endedBefore = minDay(ctx.scheduledEnd, ctx.statutoryMax);
  if (endedBefore !== null && endedBefore < reform) {
    ctx.explain(
      `A 2023 law ${ctx.tense(reform, 'lowered', 'lowers')} the limit for most felony probation to ${years(valueAt(ctx, ctx.params.felony.generalYears, reform))} or the longest prison sentence, whichever is less, from ${ctx.date(reform)}, and ${ctx.tense(reform, 'made', 'makes')} it reach probation ordered before then that ${ctx.tense(reform, 'was', 'is')} still running on that day. Your probation ended on ${ctx.date(endedBefore)}, before the law took effect, so the law does not change it.`,
      [RETRO],
    );
    return;
  }
  if (ctx.asOf < reform) {
    ctx.explain(
      `A 2023 law lowers the limit for most felony probation to 5 years and reaches probation ordered before it. It takes effect on ${ctx.date(reform)}; on ${ctx.date(ctx.asOf)} it is not in effect yet.`,
      [RETRO],
    );
    return;
  }
  // The law reaches back to felony stays: a count that is not a felony keeps the limit of the law under
  // which the stay was pronounced.
  const limit = termLimit(ctx, reform, sentence);
  const citations = [...decisionCitations(limit.decision), RETRO];
  const y = valueAt(ctx, ctx.params.felony.generalYears, reform);
  const intro = `A 2023 law lowered the limit for most felony probation to ${years(y)} or the longest prison sentence, whichever is less, and made it reach probation ordered before ${ctx.date(reform)}.`;
  // A count that is not a felony keeps its former limit; where that is the longest, it is the most the
  // stay can be cut to, and only where the stay as it stands runs past it.
  const keptFormer = limit.offense.level !== 'felony';
  const kept = keptFormer
    ? `It speaks of felonies: this stay also covers ${offenseName(limit.offense)}, a ${limit.offense.level === 'gross_misdemeanor' ? 'gross misdemeanor' : 'misdemeanor'}, which keeps the limit of the law when the stay was pronounced`
    : '';
  if (keptFormer) {
    const end = limit.months === null ? null : fromStay(ctx, limit.months + extensionMonths(ctx, sentence));
    const current = minDay(ctx.scheduledEnd, ctx.statutoryMax);
    if (end === null || current === null || end >= current) {
      ctx.explain(
        `${intro} ${kept} (${end === null ? 'with no end date that can be worked out' : `to ${ctx.date(end)}`}), so the new limit does not shorten your probation.`,
        citations,
      );
      return;
    }
  }
  const listed = limit.decision.exceptionApplied && limit.decision.decidedBy.some((d) => d.label === LISTED_LABEL);
  if (listed) {
    // The (b) limit can itself be shorter than the former law's (609.2113, subd. 2: 4 years or the maximum,
    // against 6): the exclusion is then the reading's, not arithmetic, and is said as such.
    const listedEnd = limit.months === null ? null : fromStay(ctx, limit.months + extensionMonths(ctx, reform));
    // Against the end as it stands: the scheduled end, or the former law's limit where that comes first.
    const end = minDay(ctx.scheduledEnd, ctx.statutoryMax);
    const shorter = listedEnd !== null && (end === null || listedEnd < end);
    ctx.explain(
      shorter
        ? `${intro} ${capitalize(limit.decision.decidedBy[0]!.because ?? '')}. Its paragraph (b) limit would end your probation on ${ctx.date(listedEnd!)}, but the 2023 law's reach back to probation ordered before ${ctx.date(reform)} is read here as covering only the felonies the ${years(y)} limit covers, so it does not shorten yours.`
        : `${intro} ${capitalize(limit.decision.decidedBy[0]!.because ?? '')}, so the new limit does not shorten your probation.`,
      citations,
    );
    if (shorter)
      ctx.warn(
        `Whether the 2023 law's retroactive part reaches the offenses on the paragraph (b) list was not checked against the session law (Laws 2023, ch. 52); if it does, your probation could be cut to ${ctx.date(listedEnd!)}.`,
      );
    const fiveYears = fromStay(ctx, y * 12);
    if (ctx.scheduledEnd === null || ctx.scheduledEnd > fiveYears) {
      addTermCapIneligible(
        ctx,
        citations,
        [
          `The 2023 limit of ${years(y)} does not reach your probation: ${limit.decision.decidedBy[0]!.because ?? 'your offense is on the list'}.`,
        ],
        'Only a felony not on the paragraph (b) list can be cut to the 2023 limit.',
      );
    }
    return;
  }
  if (limit.months === null) {
    ctx.explain(`${intro} ${because(ctx, limit, reform)}, so no new end date can be worked out.`, citations);
    return;
  }
  const extra = extensionMonths(ctx, keptFormer ? sentence : reform);
  const newEnd = fromStay(ctx, limit.months + extra);
  const opening = keptFormer ? `${intro} ${kept}, the longest of the stay's counts.` : intro;
  const current = minDay(ctx.scheduledEnd, ctx.statutoryMax);
  if (current !== null && current <= newEnd) {
    ctx.explain(
      `${opening} Under it your limit is ${describeMonths(limit.months)}, to ${ctx.date(newEnd)}; your probation ${current < ctx.asOf ? 'had already ended' : 'already ends'} by then.`,
      citations,
    );
    return;
  }
  const mechanism = valueAt(ctx, ctx.params.retro.mechanism, reform);
  const why = `${describeMonths(limit.months)} from ${ctx.date(sentence)}${plusExtension(extra)}`;
  if (mechanism === 'automatic') {
    ctx.capAt(newEnd, `${opening} ${because(ctx, limit, reform)}. So by law your probation ${ctx.endBy(newEnd)}.`, citations);
    addTermCap(ctx, newEnd, citations, why, 'The 2023 law applies the new limit to probation ordered before August 1, 2023.');
    return;
  }
  ctx.warn(
    'How the 2023 limit reaches probation ordered before August 1, 2023 (by court order or by law, and by what date) was not checked against the session law; this evaluation assumes a court must reduce the term.',
  );
  ctx.explain(
    `${opening} ${because(ctx, limit, reform)}. Counting from ${ctx.date(sentence)}${plusExtension(extra)}, that limit ${newEnd < ctx.asOf ? 'ended' : 'ends'} on ${ctx.date(newEnd)}. Your probation does not shrink by itself: ${current !== null && current < ctx.asOf ? 'a court could have reduced it' : 'the court can reduce it'} to ${keptFormer ? 'that date' : 'the new limit'}.`,
    citations,
  );
  addTermCap(
    ctx,
    newEnd,
    citations,
    why,
    'The court resentences probation ordered before August 1, 2023 to the 2023 limit (Laws 2023, ch. 52).',
    keptFormer
      ? "where the longest limit of the stay's counts would end it once the 2023 law reaches the felony"
      : 'where the 2023 limit would end it',
  );
};
