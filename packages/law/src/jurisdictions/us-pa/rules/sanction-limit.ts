/**
 * 42 Pa.C.S. § 9771(c), as amended by Act 44 of 2023 (effective June 11, 2024); text read 2026-11-30.
 *
 * "There is a presumption against total confinement for technical violations of probation."
 * (c)(1) Total confinement upon revocation only if (i) convicted of another crime; (ii) clear and
 *   convincing evidence of a technical violation involving an identifiable threat to public safety and
 *   the defendant cannot be safely diverted; or (iii) by a preponderance, a technical violation that
 *   (A) was sexual, (B) assaultive or a credible threat of bodily injury, (C) involved a firearm or
 *   dangerous weapon, (D) drug manufacture, sale or delivery, (E) absconding and cannot be safely
 *   diverted, or (F) three or more separate programming failures and cannot be safely diverted ("multiple
 *   technical violations stemming from the same episode of events shall not constitute separate
 *   technical violations").
 * (c)(2) After a revocation on (ii) or (iii), the court "shall consider the employment status of the
 *   defendant" and: (i) first technical violation, at most 14 days; (ii) second, at most 30 days;
 *   (iii) third or later, any sentencing alternative available at initial sentencing; (iv) the limits do
 *   not bar a reasonable additional term, at most 30 days, to be evaluated for or take part in
 *   court-ordered drug, alcohol or mental health treatment or a problem-solving court.
 *
 * Output: the limit for the NEXT technical violation on this term.
 * - violationNumber = sustained technical violations (technical or absconding) already on this term,
 *   counting an episode once (`episodeId`), + 1. Reading chosen: the statute does not define "first" and
 *   "second"; the same-episode rule of (c)(1)(iii)(F) is applied to the count as well, and unmarked
 *   violations of one day are read as one episode, with a warning (parameter `sanction.sameDaySameEpisode`,
 *   alternative: separate). Violations before the Act count (parameter
 *   `sanction.countViolationsBeforeEffectiveDate`).
 * - maxConfinementDays: 14, 30, then null (no day limit of its own).
 * - confinementAllowed: true; the reasons say confinement needs the (c)(1) findings. Whether the next
 *   violation will qualify cannot be known in advance.
 *
 * (b.1) (added by Act 44): "Notwithstanding subsection (b), the court may not extend the period of
 *   probation, may not impose a brief sanction under section 9771.1 and may not revoke an order of
 *   probation solely due to nonpayment of fines or costs unless the court finds, with respect to the payment
 *   of fines, the defendant is financially able to pay the fines and has willfully refused to do so."
 *   Said as a further reason when a violation of kind `failure_to_pay` stands on the record (reported or
 *   sustained): whether the next violation rests on nonpayment alone cannot be known, so no number changes.
 *
 * Version: the as-of date. The limit governs a sanction imposed after the as-of date, and Act 44's
 * amendment of § 9771(c) took effect June 11, 2024 without (in the text read) a sentence-date key, so a
 * revocation on or after that date is governed by it whatever the sentence date
 * (`sanction.reachesSentencesBeforeEffectiveDate` = true). The LRB note to § 9771 says Sections 5 and 7
 * of Act 44 hold "special provisions relating to applicability"; Section 5 was not found in any readable
 * copy, so the other reading is a labelled exception: with the parameter false, probation imposed
 * before June 11, 2024 gets no limit here (the pre-Act text of § 9771(c) was not read and is not
 * encoded). Before June 11, 2024: no limit (null). Applies to probation and to administrative
 * probation (§ 9774.1(h)(2)); not to State parole, and not after the term has ended.
 */
import type { Day } from '../../../dates/calendar.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import { onePerEpisode } from '../../../engine/violation-episodes.ts';
import { ordinal } from '../../../engine/words.ts';
import type { PaParameters } from '../parameters.ts';
import { actInForce, valuesAt, type Ctx } from './shared.ts';

const C = (sub: string) => `42 Pa.C.S. § 9771${sub}`;
const ORDINAL = ['first', 'second', 'third'];
const CITES = [
  [C('(c)(1)'), C('(c)(2)(i)'), C('(c)(2)(iv)')],
  [C('(c)(1)'), C('(c)(2)(ii)'), C('(c)(2)(iv)')],
  [C('(c)(1)'), C('(c)(2)(iii)'), C('(c)(2)(iv)')],
] as const;
const PRESUMPTION =
  'The law presumes you should not be jailed for a technical violation (breaking a rule of probation without a new crime). The judge can jail you only after finding one of these: a new conviction; a technical violation that was sexual or assaultive, threatened bodily harm, involved a weapon or involved selling drugs; or one that was a real threat to public safety, absconding, or three separate program failures, where you cannot be safely kept out of jail another way.';
const NO_DAY_LIMIT =
  'For a third or later technical violation there is no special day limit: the judge can give any sentence that was possible when you were first sentenced. The judge must think about your job.';
const NONPAYMENT =
  'Not paying fines or costs cannot by itself be the reason to extend your probation, give you a brief sanction or revoke it, unless the judge finds that you were able to pay the fines and willfully refused.';

/**
 * The other reading of Section 5 (parameter `sanction.reachesSentencesBeforeEffectiveDate` = false):
 * the Act 44 limits reach only probation imposed on or after the effective date.
 */
const PRE_ACT_SENTENCE = {
  label: 'Act 44 of 2023, § 5 (reading: limits only for sentences on or after June 11, 2024)',
  citations: [C('(c)'), 'Act 44 of 2023, § 5'],
  appliesBecause: (ctx: Ctx, effective: Day, reaches: boolean): string | undefined =>
    reaches || ctx.facts.sentence >= effective
      ? undefined
      : `You were sentenced on ${ctx.date(ctx.facts.sentence)}, before Act 44 took effect on ${ctx.date(effective)}. Under the reading used here, its limits on jail for technical violations cover only sentences imposed on or after that day, so no limit is shown for this probation.`,
};

export const sanctionLimit: Rule<PaParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const day = ctx.asOf;
  if (!actInForce(ctx, day)) return;
  const s = valuesAt(ctx, ctx.params.sanction, day);
  const effective = ctx.param(ctx.params.act44.inForce, day)!.from;
  const preAct = PRE_ACT_SENTENCE.appliesBecause(ctx, effective, s.reachesSentencesBeforeEffectiveDate);
  if (preAct !== undefined) {
    ctx.explain(preAct, PRE_ACT_SENTENCE.citations);
    return;
  }

  // Sustained technical violations, one per episode; unmarked ones of one day are one episode (reading chosen).
  const found = ctx.facts.violations.filter(
    (v) =>
      v.status === 'sustained' &&
      (v.category === 'technical' || v.category === 'absconding') &&
      (s.countViolationsBeforeEffectiveDate || v.day >= effective),
  );
  const once = s.sameDaySameEpisode;
  const noted = (day: Day) =>
    ctx.warn(
      once
        ? `Two technical violations on ${ctx.date(day)} are not marked as one episode; as they are dated the same day, they were read as stemming from the same episode of events and counted as one (42 Pa.C.S. § 9771(c)(1)(iii)(F)). If they were separate episodes, they count as two.`
        : `Two technical violations on ${ctx.date(day)} are not marked as one episode, so they were counted as two. If they stemmed from the same episode of events, 42 Pa.C.S. § 9771(c)(1)(iii)(F) counts them as one.`,
    );
  const prior = onePerEpisode(found, { once, noted }).length;
  const next = prior + 1;
  const tier = next === 1 ? 0 : next < s.limitedViolations ? 1 : 2;
  const max = tier === 0 ? s.firstMaxDays : tier === 1 ? s.secondMaxDays : null;
  const nth = ORDINAL[tier]!;
  const reasons = [
    prior === 0
      ? `You have no technical violations on this probation that a court has found, so your next one would be your first.`
      : `A court has found ${prior} technical violation${prior === 1 ? '' : 's'} on this probation (violations from the same incident count once), so your next one would be your ${ordinal(next)}.`,
    PRESUMPTION,
    max !== null
      ? `When the jail is for a technical violation on those grounds (not a new conviction), a ${nth} technical violation can bring at most ${max} days. The judge must think about your job.`
      : NO_DAY_LIMIT,
    `The judge can add up to ${s.treatmentExtraDays} more days only if you need them to be assessed for, or to take part in, court-ordered drug, alcohol or mental health treatment or a problem-solving court.`,
  ];
  // A report not yet decided is the violation this limit would govern, if the court finds it.
  const pending = ctx.facts.violations.filter(
    (v) => v.status === 'reported' && (v.category === 'technical' || v.category === 'absconding'),
  );
  if (pending.length > 0)
    reasons.push(
      `A violation reported on ${pending.map((v) => ctx.date(v.day)).join(' and ')} has not been decided yet; if the court finds it is a technical violation, this limit applies to it.`,
    );
  const citations: string[] = [...CITES[tier]!];
  if (ctx.facts.violations.some((v) => v.status !== 'dismissed' && v.kinds.has('failure_to_pay'))) {
    reasons.push(NONPAYMENT);
    citations.push(C('(b.1)'));
  }
  ctx.setSanctionLimit({ violationNumber: next, confinementAllowed: true, maxConfinementDays: max, citations, reasons }, reasons.join(' '));
};
