/**
 * RSMo § 559.036.2: the court may end probation early at any time; § 559.105.2: not while restitution
 * is owed.
 *
 * 559.036.2 "The court may terminate a period of probation and discharge the defendant at any time before
 * completion of the specific term fixed under section 559.016 if warranted by the conduct of the
 * defendant and the ends of justice." (Current text read 2026-11-30; in substance since L. 1977 S.B. 60.)
 * 559.105.2 "No person ordered by the court to pay restitution pursuant to this section shall be released
 * from probation until such restitution is complete. If full restitution is not made within the original
 * term of probation, the court shall order the maximum term of probation allowed for such offense." (Text
 * in force from August 28, 2013 and current text read 2026-11-30.)
 *
 * Readings chosen:
 * - A discretionary power with no waiting period, so an `early_termination` opportunity open from the start
 *   date, for probation terms only (parole has its own board rules, not encoded). Never a `dischargeByLaw`:
 *   the court decides.
 * - § 559.105.2 covers any release from probation, so with restitution ordered the opportunity opens only
 *   on the day it is paid in full; unpaid on the as-of date, it is "almost" (cured by paying). Parameter
 *   probation.restitutionBarsEarlyTermination, with the other reading (the court's power is not limited).
 * - Which date selects the version: the as-of date for the restitution bar; the power itself has not
 *   changed in the period the records cover.
 */
import { addOpportunityFromCriteria, type CriterionResult } from '../../../engine/criteria.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import { restitutionPaidInFullOn } from '../../../engine/term-facts.ts';
import type { UsMoParameters } from '../parameters.ts';
import { restitutionCriterion } from './restitution-criterion.ts';

const CITE = 'RSMo § 559.036.2';
const CITE_RESTITUTION = 'RSMo § 559.105.2';

export function courtEarlyDischarge(ctx: TermContext<UsMoParameters>): void {
  if (ctx.facts.term.kind !== 'probation') return;
  const criteria: CriterionResult[] = [
    {
      id: 'court_discretion',
      met: true,
      date: ctx.facts.start,
      reason:
        'The court may end your probation and discharge you at any time if your conduct and the ends of justice warrant it. You, your lawyer or your officer can ask. It is up to the judge.',
      citations: [CITE],
    },
  ];
  const bars = ctx.param(ctx.params.probation.restitutionBarsEarlyTermination, ctx.asOf)?.value ?? false;
  const ordered = ctx.facts.term.restitutionOrderedUsd ?? 0;
  const paidOn = bars && ordered > 0 ? restitutionPaidInFullOn(ctx.facts) : ctx.facts.start;
  if (bars && ordered > 0) {
    criteria.push(
      restitutionCriterion(ctx, paidOn, [CITE_RESTITUTION], {
        paid: '; the law does not let the court release you from probation before that.',
        owed: (owed) => `The court cannot release you from probation until your restitution is paid in full: ${owed} is still owed.`,
      }),
    );
  }
  addOpportunityFromCriteria(
    ctx,
    { kind: 'early_termination', citations: [CITE], basis: 'The sentencing court may terminate probation at any time (RSMo § 559.036.2).' },
    criteria,
  );
  // While restitution is owed, "at any time" waits for it (the criterion above): said here too.
  ctx.explain(
    `Separately from credits, the court may end your probation at any time${paidOn === undefined ? ' once your restitution is paid in full' : ''} if your conduct and the ends of justice warrant it. That is the judge’s choice, so it does not change your end date here.`,
    paidOn === undefined ? [CITE, CITE_RESTITUTION] : [CITE],
  );
}
