/**
 * Va. Code § 19.2-304 (text read 2026-11-30; history "Code 1950, § 53-273; 1974, c. 205; 1975, c. 495"):
 *
 *   "The court may subsequently increase or decrease the probation period and may revoke or modify any
 *   condition of probation, but only upon a hearing after reasonable notice to both the defendant and
 *   the attorney for the Commonwealth."
 *
 * Reading chosen: a discretionary power with no waiting period, so an `early_termination` opportunity
 * open from the start date, for probation terms only. Never a `dischargeByLaw`: the court decides.
 * Version: the as-of date (a court acting after it applies the law then in force).
 *
 * Not encoded: 2025 HB 2252 / SB 936 (mandatory reductions of supervised probation for education, work,
 * treatment, insurance and housing) — its reductions take effect only if reenacted by the 2026 Session
 * [secondary sources: pluralpolicy, fastdemocracy, billtrack50]; the text in force on 2026-11-30 (the
 * mirror read) is still the single sentence above. README open question.
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsVaParameters } from '../parameters.ts';
import { isProbation } from './shared.ts';

const CITE = 'Va. Code § 19.2-304';

export const earlyTermination: Rule<UsVaParameters> = (ctx) => {
  if (!isProbation(ctx) || ctx.scheduledEndPassed()) return;
  const power = ctx.param(ctx.params.earlyTermination.courtMayDecrease, ctx.asOf);
  if (power?.value !== true) return;
  ctx.addOpportunity({
    kind: 'early_termination',
    date: ctx.facts.start,
    citations: [CITE],
    reasons: [
      'The court may shorten your probation at any time, after a hearing that you and the prosecutor are told about. You, your lawyer or your probation officer can ask. It is up to the judge.',
    ],
    basis: 'The sentencing court may decrease the probation period after a hearing with notice (Va. Code § 19.2-304).',
  });
  ctx.explain(
    'The court may also shorten your probation at any time after a hearing. That is the judge’s choice, so it does not change your end date here.',
    [CITE],
  );
};
