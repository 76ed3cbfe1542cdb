/**
 * Fla. Stat. § 948.04(3): the Department of Corrections may recommend early termination.
 *
 * "If the probationer has performed satisfactorily, has not been found in violation of any terms or
 * conditions of supervision, and has met all financial sanctions imposed by the court, including, but not
 * limited to, fines, court costs, and restitution, the Department of Corrections may recommend early
 * termination of probation to the court at any time before the scheduled termination date."
 * (2023 Florida Statutes, verbatim copy read 2026-11-30.)
 *
 * Output: an `early_termination` opportunity (the earliest day the Department may recommend and the
 * court may act), never a `dischargeByLaw`: both steps are discretionary.
 *
 * Readings chosen:
 * - "the Department of Corrections" recommends only for terms it supervises (supervisingAgency
 *   `state`; absent → assumed state, with a warning). County or private misdemeanor probation: not offered.
 * - "has not been found in violation": any violation the record marks `sustained` on this term is a
 *   finding and closes this path for the term (an exclusion). A `reported` one is pending: assumed not
 *   to end in a finding, with a warning. Dismissed ones never count.
 * - "met all financial sanctions": restitution is read from the record (ordered minus paid); the path
 *   opens on the day it was paid in full. Fines and court costs have no ordered amount in the record:
 *   assumed paid, with a warning. A restitution balance is a gate (curable), not an exclusion.
 * - "performed satisfactorily" is the Department's judgment: assumed, and said in the reasons.
 * - "before the scheduled termination date": not on the term's last day (its scheduled end, spec § 3).
 * Which date selects the version: the as-of date (the Department acts under the law in force then). The
 * text read is the 2023 statute; it is quoted identically in 2015, the earliest value encoded.
 */
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { FlParameters } from '../parameters.ts';
import { notFoundInViolation, restitutionPaid, supervisedByDepartment } from './shared.ts';

const CITE = 'Fla. Stat. § 948.04(3)';
const RULE = 'The Department of Corrections’ recommendation (Fla. Stat. § 948.04(3))';

export const departmentRecommendation: Rule<FlParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const power = ctx.param(ctx.params.departmentRecommendation.atAnyTime, ctx.asOf);
  if (power === undefined || !power.value) return;
  if (!supervisedByDepartment(ctx, RULE)) {
    ctx.explain(
      'Your probation is supervised by a county or a private provider, not the Florida Department of Corrections, so the Department’s early-termination recommendation does not apply to it.',
      [CITE],
    );
    return;
  }
  // "at any time before the scheduled termination date": the term's last day is that date (spec § 3), so
  // on it the Department can no longer recommend; the court's own powers (§ 948.04(4), § 948.05) remain.
  const end = ctx.scheduledEnd;
  if (end !== null && end <= ctx.asOf) {
    ctx.explain(
      `Today, ${ctx.date(end)}, is the day your probation is set to end. The Department of Corrections can recommend early termination only before that day, so it no longer can.`,
      [CITE],
    );
    return;
  }
  const { start } = ctx.facts;
  const criteria: CriterionResult[] = [];

  criteria.push(
    notFoundInViolation(ctx, [CITE], {
      found: (finding) =>
        `The court found you in violation (${finding}). The Department can recommend early termination only for someone never found in violation on this probation.`,
      notFound: 'The court has not found you in violation of your probation.',
      pending: (dated) =>
        `A violation report dated ${dated} has not been decided. It was assumed that the court will not find you in violation; if it does, the Department can no longer recommend early termination (Fla. Stat. § 948.04(3)).`,
    }),
  );

  criteria.push(
    restitutionPaid(ctx, 'financial_sanctions', [CITE], {
      owing: (amount) =>
        `You still owe ${amount} in restitution. The Department can recommend early termination once all restitution, fines and court costs are paid.`,
      assumed: 'Your fines and court costs are paid',
      assumption:
        'The record does not show the fines and court costs the court ordered; they were assumed paid. The Department recommends early termination only when all of them are paid (Fla. Stat. § 948.04(3)).',
    }),
  );

  criteria.push({
    id: 'start',
    met: true,
    date: start,
    reason: `The Department may recommend it at any time before your probation is set to end, so from ${ctx.date(start)} on, if it finds you have done well on probation. The judge then decides.`,
    citations: [CITE],
  });

  const opening = addOpportunityFromCriteria(
    ctx,
    {
      kind: 'early_termination',
      citations: [power.source.citation],
      basis: 'the Department of Corrections may recommend early termination (Fla. Stat. § 948.04(3))',
    },
    criteria,
  );
  if (opening === null) {
    ctx.explain(`The Department cannot recommend early termination now. ${ctx.opportunities.at(-1)!.reasons.join(' ')}`, [
      power.source.citation,
    ]);
  }
};
