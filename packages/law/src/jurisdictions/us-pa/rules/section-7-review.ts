/**
 * Act 44 of 2023, Section 7 (uncodified; 42 Pa.C.S. Appendix), the review of probation imposed before
 * the Act took effect. Read 2026-11-30 in the lexace.ai copy, which breaks off after (2)(i)(A)(IV):
 *
 * (1)(i) "the courts shall ensure that the probation of all individuals sentenced or resentenced prior
 *   to the effective date of this section are reviewed to determine whether the individuals should be
 *   considered for early termination of probation or modification of the terms and conditions of
 *   probation. The review shall occur at the later of one year after the effective date of this section
 *   or: (A) For a probation sentence on a misdemeanor conviction, the date the defendant has completed
 *   two years of probation. (B) For a felony conviction, … four years of probation. (C) multiple
 *   offenses of one criminal episode: two years if all misdemeanors, four if any felony."
 * (1)(ii) Both sides may give written comments before the decision; local rules may set procedure.
 * (2)(i) "This section shall not apply if: (A) The defendant committed one of the following technical
 *   violations within the six months immediately preceding the defendant's probation review
 *   conference: (I) … sexual in nature. (II) … assaultive behavior or … credible threat to cause bodily
 *   injury …, including incidents involving domestic violence. (III) … firearm or dangerous weapon.
 *   (IV) … manufacture, sale, delivery or possession with the intent …" [copy ends]
 *
 * Kind: `review_conference`. Section 7 makes the review mandatory ("the courts shall ensure … are
 * reviewed") on a date the law fixes, which is what the spec calls "a review the law requires"; the
 * court's decision is open (no presumption of termination). The court's general power to end probation
 * at any time is reported separately as `early_termination` (rules/early-termination.ts).
 *
 * Version: the sentence date (before June 11, 2024) decides that Section 7 and not § 9774.1 applies;
 * the Act must be in force on the as-of date. Values are read on the effective date (they exist only
 * from then, and Section 7 has one version).
 *
 * Readings chosen: no 50% alternative and no achievement credit (the text has none). "The defendant's
 * probation review conference" in (2)(i)(A) is read as the review (1)(i) orders, the only one Section 7
 * creates (in the part read, Section 7 neither cites § 9774.1 nor gives the review its procedure), so the
 * look-back counts back 6 months from the review date, both ends included, and counts only violations
 * the record marks `sustained`. (§ 9774.1(g) is read with the first end left out, because (g)(2) holds
 * the next conference exactly six months after the violation and that conference must not be barred by
 * it again; Section 7 has no such second conference, so nothing calls for the narrower reading.) No later review after an excluding violation is encoded: the part read
 * has no rule like § 9774.1(g)(2). Items beyond (IV) are not read (no other copy of Section 7 was
 * found when searched again on 2026-11-30): absconding and public-safety-threat
 * violations are treated as excluding too (parameters `section7.abscondingExcludes`,
 * `section7.excludedViolationKinds`, with alternatives). Whether Section 7(2) also excludes offense
 * types (REFORM Alliance lists crimes of violence, registration and domestic violence offenses, and
 * M1/M2/felony convictions on probation) is open: those are warned about, not applied.
 */
import { addMonths, parseIsoDate } from '../../../dates/calendar.ts';
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { PaParameters } from '../parameters.ts';
import { coveredBySection7, endsBeforeReview, enumeratedViolation, isCrimeOfViolence, isFelony, valueAt, type Ctx } from './shared.ts';

const S7 = (sub: string) => `Act 44 of 2023, § 7${sub}`;

export const section7Review: Rule<PaParameters> = (ctx) => {
  if (!coveredBySection7(ctx)) return;
  const s = ctx.params.section7;
  const effective = ctx.param(ctx.params.act44.inForce, ctx.asOf)!.from;
  const first = parseIsoDate(valueAt(ctx, s.firstReviewDate, effective));
  const felony = isFelony(ctx);
  const months = valueAt(ctx, felony ? s.felonyMonths : s.misdemeanorMonths, effective);
  const completed = addMonths(ctx.facts.start, months);
  const review = completed > first ? completed : first;
  const cite = felony ? S7('(1)(i)(B)') : S7('(1)(i)(A)');
  ctx.explain(
    `You were sentenced on ${ctx.date(ctx.facts.sentence)}, before the new probation law took effect. For probation like yours, that law orders a court review to decide whether to end it early or change your conditions, unless one of its exceptions applies. The review ${ctx.tense(review, 'came', 'comes')} on the later of ${ctx.date(first)} and the day you ${ctx.tense(completed, 'finished', 'finish')} ${months / 12} years of probation (${ctx.date(completed)}): ${ctx.date(review)}.`,
    [S7('(1)(i)'), cite],
  );

  if (endsBeforeReview(ctx, review, S7('(1)(i)'))) return;

  const back = valueAt(ctx, s.lookBackMonths, effective);
  const from = addMonths(review, -back);
  const kinds = valueAt(ctx, s.excludedViolationKinds, effective);
  const absconding = valueAt(ctx, s.abscondingExcludes, effective);
  let recent: CriterionResult | undefined;
  for (const v of ctx.facts.violations) {
    if (v.day < from || v.day > review) continue;
    const words = enumeratedViolation(ctx, v, kinds, absconding);
    if (words === undefined) continue;
    if (v.status !== 'sustained') {
      if (v.status === 'reported')
        ctx.warn(
          `A violation reported on ${ctx.date(v.day)} (${words}) has not been decided. If the court finds it happened, the Section 7 review does not apply (Act 44 of 2023, § 7(2)(i)(A)).`,
        );
      continue;
    }
    recent = {
      id: 'recent_enumerated_violation',
      met: false,
      exclusion: true,
      reason: `On ${ctx.date(v.day)} you had a violation for ${words}. That is within the ${back} months before your review date (${ctx.date(from)} to ${ctx.date(review)}), so this review does not apply to you. You can still ask the court to end your probation early.`,
      citations: [S7('(2)(i)(A)')],
    };
  }
  warnPossibleOffenseExclusions(ctx);

  const criteria: CriterionResult[] = [
    {
      id: 'review_date',
      met: true,
      date: review,
      reason: `The court must review your probation on or after ${ctx.date(review)}. You and the prosecutor can send written comments before the court decides. There is no rule that the court must end your probation.`,
      citations: [S7('(1)(i)'), cite, S7('(1)(ii)')],
    },
  ];
  if (recent !== undefined) {
    criteria.push(recent);
    ctx.explain(recent.reason, recent.citations);
  }
  addOpportunityFromCriteria(
    ctx,
    { kind: 'review_conference', citations: [S7('(1)')], basis: 'court review of pre-Act probation (Act 44 of 2023, § 7)' },
    criteria,
  );
};

function warnPossibleOffenseExclusions(ctx: Ctx): void {
  const flagged = ctx.facts.offenses.some((o) => isCrimeOfViolence(o) || o.tags.has('sex_registration') || o.tags.has('domestic_violence'));
  if (flagged) {
    ctx.warn(
      'Your offense may be one that Section 7 of Act 44 leaves out of the pre-Act review (crimes of violence, registration and domestic violence offenses are reported to be excluded); that part of Section 7 was not read, so the review is shown as if it applies.',
    );
  }
}
