/**
 * Which part of Act 44 of 2023 governs this term, and the things Pennsylvania law does not do here.
 *
 * Act 44 (Act of Dec. 14, 2023, P.L. 381, No. 44) took effect June 11, 2024 ("eff. 180 days"; 1 Pa.C.S.
 * § 1908). § 9774.1 review conferences reach probation imposed on or after that date; Section 7 orders a
 * review of probation imposed before it. The version key is the sentence date; the as-of date decides
 * whether the Act exists yet. No provision read gives earned-time credits or ends an imposed term by
 * operation of law (42 Pa.C.S. § 9754(a) limits the term a court may impose to the maximum term of
 * confinement; that binds the sentencing court and is not encoded), so `statutoryMaxEndDate` stays null, `earnedCreditDays` 0 and the projected end is the
 * scheduled end. Parole (61 Pa.C.S.) is not encoded.
 *
 * This file only explains; it sets no result other than earned credits (0).
 */
import { outsideTheseRules } from '../../../engine/scope.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { PaParameters } from '../parameters.ts';
import { parseIsoDate } from '../../../dates/calendar.ts';
import { actInForce } from './shared.ts';

/** Act of Dec. 14, 2023, P.L. 381, No. 44: the day it was signed. */
const ACT_44_ENACTED = parseIsoDate('2023-12-14');

export const act44Scope: Rule<PaParameters> = (ctx) => {
  ctx.setEarnedCredits(0);
  const { term, sentence } = ctx.facts;
  if (term.kind !== 'probation') {
    outsideTheseRules(
      ctx,
      'The Pennsylvania rules in this report cover probation. This term is not probation, so no review date or jail limit is given for it.',
      [],
    );
    return;
  }
  ctx.explain(
    `Pennsylvania does not give earned-time credits on probation, and its probation reform law does not end a term on its own. ${
      ctx.facts.imposedEnd === null
        ? 'Your probation has no end date of its own, so it ends only if the court ends it.'
        : 'Your probation ends on the date the court set unless the court ends it early.'
    }`,
    ['42 Pa.C.S. § 9774.1'],
  );
  const effective = ctx.params.act44.inForce.fromDays[0]!;
  if (!actInForce(ctx, ctx.asOf)) {
    // Before it was enacted, the Act is not spoken of as a law to come: the as-of date did not know it.
    ctx.explain(
      ctx.asOf < ACT_44_ENACTED
        ? `On ${ctx.date(ctx.asOf)} Pennsylvania's probation reform law (Act 44 of 2023) was not yet law, so its review conferences and jail limits are not shown.`
        : `On ${ctx.date(ctx.asOf)} Pennsylvania's probation reform law (Act 44 of 2023) had not taken effect yet. It takes effect on ${ctx.date(effective)}, so its review conferences and jail limits are not shown.`,
      ['Act 44 of 2023 (eff. 180 days from Dec. 14, 2023)'],
    );
    return;
  }
  if (actInForce(ctx, sentence)) {
    ctx.explain(
      `You ${ctx.tense(sentence, 'were', 'are')} sentenced on ${ctx.date(sentence)}, ${sentence === effective ? 'the day Act 44 took effect' : `after Act 44 took effect on ${ctx.date(effective)}`}, so your sentence comes under the review conference rules of 42 Pa.C.S. § 9774.1, unless your offense is one they leave out.`,
      ['42 Pa.C.S. § 9774.1'],
    );
  }
};
