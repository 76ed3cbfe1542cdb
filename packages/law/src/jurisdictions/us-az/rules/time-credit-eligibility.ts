/**
 * A.R.S. § 13-924(A) and (E): who may earn earned time credit and work time credit.
 *
 * (A) "The court may adjust the period of a probationer's supervised probation on the recommendation
 *     of an adult probation officer for earned time credit or work time credit." (current text, read
 *     2026-11-30 from the self-law.org copy)
 * (E) "This section does not apply to a probationer who is currently: 1. On lifetime probation. 2. On
 *     probation for any class 2 or 3 felony. 3. On probation exclusively for a misdemeanor offense.
 *     4. Required to register pursuant to section 13-3821." (2008 wording, quoted by Coconino County
 *     Adult Probation; the 2023 fact sheet lists the same four exclusions. Subsection letter inferred:
 *     (D) in 2008, (E) after HB 2055 (Laws 2023, ch. 53) inserted the work-time-credit subsection (C);
 *     no stored copy of the current text reaches past (C)(4).)
 *
 * Readings chosen:
 * - "Any class 2 or 3 felony": one such count on the term excludes the whole term. The class is the
 *   record's `class` (first digit 1–6 in it), else the class the offense table fixes for the statute
 *   (with a warning); a felony whose class neither gives is a missing fact: no credit is counted, and
 *   the opportunity is "almost" (curable), never silently eligible.
 * - "Exclusively for a misdemeanor": every offense on the term is below felony level.
 * - Registration: the `sex_registration` tag (record or offense table).
 * - "Supervised probation": `supervisingAgency` `court` is unsupervised probation and earns nothing;
 *   an absent agency is assumed supervised by an adult probation officer (warning). Intensive
 *   probation is read as supervised probation (open question).
 * - Only probation terms: Arizona's community supervision after prison is not under § 13-924.
 * - A `credits_ineligible` order is honoured as the court's finding that no credit is earned.
 * - Which date selects the version: the as-of date ("currently"); the law exists from 2008-09-26.
 */
import { citationsOf } from '../../../engine/criteria.ts';
import { firstInForce } from '../../../engine/parameters.ts';
import { eligibility } from './eligibility.ts';
import { CITE, type Ctx } from './shared.ts';

export function timeCreditEligibility(ctx: Ctx): void {
  const e = eligibility(ctx);
  if (!e.inForce) {
    const from = firstInForce(ctx.params.credits.etcDays);
    ctx.explain(
      `Arizona's earned time credit for probation began on ${from === undefined ? 'September 26, 2008' : ctx.date(from)}, after ${ctx.date(ctx.asOf)}, so no time credit applies as of that date.`,
      [CITE.A],
    );
    return;
  }
  const citations = e.eligible ? [CITE.A, CITE.E] : citationsOf(e.criteria);
  ctx.explain(e.summary, citations);
}
