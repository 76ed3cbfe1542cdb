/**
 * 42 Pa.C.S. § 9771(a): "The court has inherent power to at any time terminate continued supervision,
 * lessen the conditions upon which an order of probation has been imposed or increase the conditions
 * … upon a finding by clear and convincing evidence that a person presents an identifiable threat to
 * public safety." (As amended by Act 44 of 2023; before June 11, 2024, the 2019 text, Act 2019-115:
 * the court "may at any time terminate continued supervision".) § 9771(d): probation "may be
 * eliminated or the term decreased without a hearing". § 9774.1(j) keeps these powers for everyone,
 * including people § 9774.1(i) leaves out of review conferences; Section 6 of Act 44 keeps any
 * petition "as otherwise permitted by law".
 *
 * Output: an `early_termination` opportunity from the start of probation (the earliest day the court
 * may end it; a discretionary act, so it never sets the projected end). No exclusions.
 *
 * Version: the as-of date (the court's power on the day it would act). Read as-of; the power predates
 * 2019, but the parameter starts with the 2019 text read, so earlier as-of dates get nothing here.
 * Only probation (State parole is governed by 61 Pa.C.S.), and only while the term has not ended.
 */
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { PaParameters } from '../parameters.ts';
import { actInForce } from './shared.ts';

const BASIS = 'the court may end probation at any time, on its own or on your petition';
const LATER = ['42 Pa.C.S. § 9771(d)', '42 Pa.C.S. § 9774.1(j)'];

export const earlyTermination: Rule<PaParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation' || ctx.scheduledEndPassed()) return;
  const power = ctx.param(ctx.params.earlyTermination.atAnyTime, ctx.asOf);
  if (power === undefined || !power.value) return;
  const { start } = ctx.facts;
  // One criterion, a date: added directly (the criteria helper would add nothing but cost).
  // § 9774.1(j) exists only from June 11, 2024 (the as-of date decides whether to cite it).
  ctx.addOpportunity({
    kind: 'early_termination',
    date: start,
    citations: actInForce(ctx, ctx.asOf) ? [power.source.citation, ...LATER] : [power.source.citation, LATER[0]!],
    reasons: [
      `The court can end your probation at any time, starting ${ctx.date(start)}. You or your lawyer can ask it to. This does not depend on a review conference.`,
    ],
    basis: BASIS,
  });
};
