/**
 * RSMo § 559.036.2: the court may end probation early at any time.
 *
 * "The court may terminate a period of probation and discharge the defendant at any time before
 * completion of the specific term fixed under section 559.016 if warranted by the conduct of the
 * defendant and the ends of justice." (Text read 2026-11-30; in substance since L. 1977 S.B. 60.)
 *
 * Reading chosen: a discretionary power with no waiting period, so an `early_termination` opportunity
 * open from the start date, for probation terms only (parole has its own board rules, not encoded).
 * Never a `dischargeByLaw`: the court decides. No parameter: the power has no number in it.
 * Which date selects the version: none (the power has not changed in the period the records cover).
 */
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsMoParameters } from '../parameters.ts';

export function courtEarlyDischarge(ctx: TermContext<UsMoParameters>): void {
  if (ctx.facts.term.kind !== 'probation') return;
  ctx.addOpportunity({
    kind: 'early_termination',
    date: ctx.facts.start,
    citations: ['RSMo § 559.036.2'],
    reasons: [
      'The court may end your probation and discharge you at any time if your conduct and the ends of justice warrant it. You, your lawyer or your officer can ask. It is up to the judge.',
    ],
    basis: 'The sentencing court may terminate probation at any time (RSMo § 559.036.2).',
  });
  ctx.explain(
    'Separately from credits, the court may end your probation at any time if your conduct and the ends of justice warrant it. That is the judge’s choice, so it does not change your end date here.',
    ['RSMo § 559.036.2'],
  );
}
