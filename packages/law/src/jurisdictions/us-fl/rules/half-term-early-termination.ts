/**
 * Fla. Stat. § 948.04(4)–(5), created by ch. 2019-167 (CS/HB 7125), effective October 1, 2019.
 *
 * (4) "Except as provided in subsection (5), for defendants sentenced to probation on or after October 1,
 *     2019, the court, upon motion by the probationer or the probation officer, shall early terminate the
 *     term of probation or convert the term to administrative probation if all of the following criteria
 *     are met:" (verbatim to here, 2023 Florida Statutes; the criteria below are a close paraphrase read
 *     in a secondary source, Sammis Law Firm, read 2026-11-30)
 *     (a) the probationer does not qualify as a violent felony offender of special concern (§ 948.06(8)(b));
 *     (b) the probationer was not sentenced to community control;
 *     (c) the parties did not specifically exclude early termination or conversion to administrative
 *         probation as part of a negotiated sentence;
 *     (d) the court has not found the probationer in violation of probation pursuant to a filed affidavit
 *         of violation at any point during the current supervisory term;
 *     (e) the probationer has successfully completed all other conditions of probation; and
 *     (f) the probationer has completed at least half of the term of probation to which he or she was
 *         sentenced.
 * (5) The court may decline to early terminate or convert the term for a probationer otherwise eligible
 *     under (4) (its grounds were not read).
 *
 * Output: an `early_termination` opportunity on the day half the term is completed, never a
 * `dischargeByLaw`: the statute requires a motion and lets the court choose administrative probation
 * instead of termination, and (5) lets it decline.
 *
 * Readings chosen:
 * - "sentenced … on or after October 1, 2019" is read on the record's `sentenceDate` (the statute's own
 *   key); the subsection must also exist on the as-of date.
 * - "half of the term … to which he or she was sentenced": start + half the length as imposed (months
 *   halved; an odd month adds 15 days, parameter halfTerm.oddMonthHalfDays); extensions do not move it.
 * - (a) VFOSC from the offense table (§ 948.06(8)(c) list, unverified) and priorConvictions; exclusion.
 * - (b), (c): the record cannot show community control or a plea term; assumed not, with warnings.
 * - (d) a violation the record marks `sustained` is a finding; exclusion for the term. A `reported` one
 *   is pending: assumed not to end in a finding, with a warning.
 * - (e) restitution from the record (a balance is a curable gate; the date is the later of half-term and
 *   the day it was paid in full); every other condition (fines, costs, community service, classes) is
 *   assumed complete, with a warning.
 * Open: the grounds of (5); whether a finding on an affidavit later withdrawn counts under (d).
 */
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { FlParameters } from '../parameters.ts';
import { halfTermDay, notFoundInViolation, restitutionPaid, vfoscBecause } from './shared.ts';

const C = (sub: string) => `Fla. Stat. § 948.04${sub}`;

export const halfTermEarlyTermination: Rule<FlParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const p = ctx.params.halfTerm;
  // The subsection must exist on the as-of date, and it reaches only sentences on or after its effective date.
  if (ctx.param(p.inForce, ctx.asOf) === undefined) return;
  const { sentence } = ctx.facts;
  const inForce = ctx.param(p.inForce, sentence);
  if (inForce === undefined) {
    ctx.explain(
      `You were sentenced on ${ctx.date(sentence)}, before October 1, 2019, so the rule that the court must end probation at the halfway point does not apply to you. The judge may still end it early (see below).`,
      [C('(4)')],
    );
    return;
  }
  const odd = ctx.param(p.oddMonthHalfDays, sentence)?.value ?? 15;
  const half = halfTermDay(ctx, odd);
  if (half === null) {
    // A lifetime term has no halfway point, so (4)(f) is never met; said, not left out without a word.
    ctx.explain(
      'Your probation is for life, so it has no halfway point, and the rule that the court must end probation once half the term is done does not give you a date. The judge may still end it early (see below).',
      [C('(4)(f)')],
    );
    return;
  }
  // Exception (the term ends by law first): the department's reductions (§ 948.05(2)(c), earlier rule)
  // can end the term on or before the halfway point; a court cannot end early a term already over, so
  // the law offers no early termination (spec § 2: `upcoming` is a date reached by staying compliant).
  const end = ctx.endSoFar();
  if (end !== null && half >= end) {
    ctx.explain(
      `Half of your probation term is ${ctx.date(half)}, but your probation ends by law ${end < half ? 'before then' : 'that same day'}, on ${ctx.date(end)}, so the court's early termination at the halfway point does not come into play.`,
      [C('(4)(f)')],
    );
    return;
  }

  const criteria: CriterionResult[] = [];

  // (f) half the term.
  criteria.push({
    id: 'half_term',
    met: true,
    date: half,
    reason: `You ${half <= ctx.asOf ? 'completed' : 'complete'} half of your probation term on ${ctx.date(half)}.`,
    citations: [C('(4)(f)')],
  });

  // (a) violent felony offender of special concern.
  const vfosc = vfoscBecause(ctx);
  criteria.push(
    vfosc !== undefined
      ? {
          id: 'not_vfosc',
          met: false,
          exclusion: true,
          reason: `The rule that the court must end probation at the halfway point does not cover you: ${vfosc}.`,
          citations: [C('(4)(a)'), 'Fla. Stat. § 948.06(8)(b)'],
        }
      : {
          id: 'not_vfosc',
          met: true,
          reason: 'You are not a "violent felony offender of special concern" on the facts in the record.',
          citations: [C('(4)(a)')],
        },
  );

  // (b) and (c): not in the record.
  criteria.push({
    id: 'not_community_control',
    met: 'unknown',
    reason: 'You were sentenced to probation, not community control.',
    assumption:
      'The record cannot show community control (house arrest); this term was treated as regular probation. Community control is not covered by Fla. Stat. § 948.04(4).',
    citations: [C('(4)(b)')],
  });
  criteria.push({
    id: 'no_plea_exclusion',
    met: 'unknown',
    reason: 'Your plea deal did not rule out early termination.',
    assumption:
      'The record does not say whether a plea agreement ruled out early termination; it was assumed not to. If it did, the court need not end your probation at the halfway point (Fla. Stat. § 948.04(4)(c)).',
    citations: [C('(4)(c)')],
  });

  // (d) never found in violation on this term.
  criteria.push(
    notFoundInViolation(ctx, [C('(4)(d)')], {
      found: (finding) =>
        `The court found you in violation of probation (${finding}), so the rule that the court must end probation at the halfway point no longer applies to this probation. The judge may still end it early on other grounds.`,
      notFound: 'The court has not found you in violation of this probation.',
      pending: (dated) =>
        `A violation report dated ${dated} has not been decided; it was assumed the court will not find you in violation. A finding would close this path (Fla. Stat. § 948.04(4)(d)).`,
    }),
  );

  // (e) all other conditions: restitution from the record, the rest assumed.
  criteria.push(
    restitutionPaid(ctx, 'other_conditions', [C('(4)(e)')], {
      owing: (amount) =>
        `You still owe ${amount} in restitution. All your other conditions, including restitution, must be finished first.`,
      assumed: 'Your other conditions (fines, court costs, community service, classes, treatment) are complete',
      assumption:
        'The record does not show your other conditions (fines, court costs, community service, classes, treatment); they were assumed complete. All of them must be done before the court must end probation at the halfway point (Fla. Stat. § 948.04(4)(e)).',
    }),
  );

  const opening = addOpportunityFromCriteria(
    ctx,
    {
      kind: 'early_termination',
      citations: [C('(4)')],
      basis:
        'on a motion, the court shall end probation early or convert it to administrative probation at half the term (Fla. Stat. § 948.04(4))',
    },
    criteria,
  );
  if (opening !== null) {
    ctx.explain(
      `From ${ctx.date(opening)}, if you or your officer files a motion, the court must either end your probation or move you to administrative (non-reporting) probation. The court may still say no in the cases the law allows.`,
      [C('(4)'), C('(5)')],
    );
  } else {
    // Said in the explanation too, not only in the opportunity's reasons: why this route is closed.
    ctx.explain(`Early termination at the halfway point is not open to you now. ${ctx.opportunities.at(-1)!.reasons.join(' ')}`, [
      C('(4)'),
    ]);
  }
};
