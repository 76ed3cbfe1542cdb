/**
 * 18 U.S.C. § 3583(e)(1) and § 3564(c): the court may end supervised release or probation early.
 *
 * § 3583(e): "The court may, after considering the factors set forth in section 3553(a)(1), (a)(2)(B),
 * (a)(2)(C), (a)(2)(D), (a)(4), (a)(5), (a)(6), and (a)(7)— (1) terminate a term of supervised release and
 * discharge the defendant released at any time after the expiration of one year of supervised release,
 * pursuant to the provisions of the Federal Rules of Criminal Procedure relating to the modification of
 * probation, if it is satisfied that such action is warranted by the conduct of the defendant released
 * and the interest of justice;"
 * § 3564(c): "The court, after considering the factors set forth in section 3553(a) to the extent that
 * they are applicable, may, pursuant to the provisions of the Federal Rules of Criminal Procedure relating
 * to the modification of probation, terminate a term of probation previously ordered and discharge the
 * defendant at any time in the case of a misdemeanor or an infraction or at any time after the expiration
 * of one year of probation in the case of a felony, if it is satisfied that such action is warranted by
 * the conduct of the defendant and the interest of justice."
 * (Both read 2026-11-30 in codexstanford/markdonw-chunck-of-the-usa-code, title-18 chunks 1949 and 1915.)
 * USSG §5D1.4(b) (policy statement, eff. Nov. 1, 2025) restates the one-year rule for supervised release
 * "after an individualized assessment of the need for ongoing supervision"; cited from that date.
 *
 * Output: one `early_termination` opportunity per term (its basis names the section), never a
 * `dischargeByLaw`: the court decides. No exclusions in the statute.
 *
 * Readings chosen:
 * - "after the expiration of one year" opens on the anniversary of the start date (spec § 3): start +
 *   12 months. Supervised release starts on release from prison (§ 3624(e)): the record's startDate.
 * - A term that ends before that anniversary (eight months of supervised release, say) never reaches
 *   the year the statute requires: no opportunity, and the explanation says why. Nor does a term ending
 *   on the anniversary itself: that day is its last (spec § 3), so the court could end nothing early
 *   (the same boundary the policy rule uses).
 * - An infraction is recorded as a misdemeanor; "gross misdemeanor" (not federal) is read as a
 *   misdemeanor, with a warning.
 * - Days that imprisonment stopped the term (§ 3624(e), § 3564(b); imprisonment-tolling.ts) before the
 *   anniversary move it later: they are not time on supervised release or probation.
 * - Which date selects the version: the as-of date (the court acts under the law of the day it acts).
 * - The sanction limit is § 3583(e)(3)'s, for supervised release (revocation-limit.ts).
 * - Federal parole and "conditional release" (old-law, U.S. Parole Commission) are not encoded.
 */
import { outsideTheseRules } from '../../../engine/scope.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { FedParameters } from '../parameters.ts';
import { notCountingStopped } from './imprisonment-tolling.ts';
import { isInfraction, statutoryDate } from './shared.ts';

export const statutoryEarlyTermination: Rule<FedParameters> = (ctx) => {
  const { term } = ctx.facts;
  if (term.kind === 'parole' || term.kind === 'conditional_release') {
    outsideTheseRules(
      ctx,
      'Federal parole and mandatory release under the old (pre-1987) law are run by the U.S. Parole Commission. Their rules are not worked out here, so this shows only your end date as imposed.',
      ['18 U.S.C. § 4201 et seq. (repealed; still applies to old-law cases)'],
    );
    return;
  }
  const end = ctx.endSoFar();
  if (end !== null && end < ctx.asOf) return;
  const s = statutoryDate(ctx);
  if (s === undefined) return;
  const what = term.kind === 'supervised_release' ? 'supervised release' : 'probation';
  // A term shorter than the year the statute requires ends before the court gains the power: "after the
  // expiration of one year of supervised release" (§ 3583(e)(1)), "after the expiration of one year of
  // probation" (§ 3564(c)). The law then offers no early termination, so none is listed (spec § 2).
  // A term that ends on the anniversary itself has nothing left to end early on it.
  if (end !== null && s.day >= end) {
    ctx.explain(
      `The judge may end ${what} early only after one year of it has passed (${ctx.date(s.day)}). Your ${what} is set to end ${end < s.day ? 'sooner' : 'that same day'}, on ${ctx.date(end)}, so early termination is not available under this law.`,
      [s.citation],
    );
    return;
  }
  const citations = [s.citation];
  const g = ctx.param(ctx.params.guidelines.policyStatement5D14, ctx.asOf);
  if (term.kind === 'supervised_release' && g !== undefined && g.value) citations.push(g.source.citation);
  const when =
    s.wait === null
      ? `at any time, starting ${ctx.date(s.day)}, because your offense is ${ctx.facts.offenses.every((o) => isInfraction(o.offense.class)) ? 'an infraction' : 'a misdemeanor'}`
      : `once ${s.wait} has passed, on ${ctx.date(s.day)} (one year after ${ctx.date(ctx.facts.start)}${notCountingStopped(s.unmoved, s.day)})`;
  ctx.addOpportunity({
    kind: 'early_termination',
    date: s.day,
    citations,
    reasons: [
      `The judge may end your ${what} early ${when}, if your conduct and the interest of justice support it. You, your lawyer or your probation officer can ask. It is up to the judge.`,
    ],
    basis:
      term.kind === 'supervised_release'
        ? 'the court may terminate supervised release after one year (18 U.S.C. § 3583(e)(1))'
        : s.wait === null
          ? 'the court may terminate misdemeanor probation at any time (18 U.S.C. § 3564(c))'
          : 'the court may terminate felony probation after one year (18 U.S.C. § 3564(c))',
  });
  ctx.explain(
    `The judge may end your ${what} early ${when}, if your conduct and the interest of justice support it. The judge decides, so that does not change your end date here.`,
    citations,
  );
};
