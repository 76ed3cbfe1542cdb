/**
 * O.C.G.A. § 42-8-37(b): the court may discharge a probationer at any time.
 *
 * "The court may at any time cause the probationer to appear before it to be admonished or commended
 * and, when satisfied that its action would be for the best interest of justice and the welfare of
 * society, may discharge the probationer from further supervision." (Same words in the 2018 text, the
 * Justia 2022 copy and the casetext copy through the 2023–2024 session; read 2026-11-30.)
 *
 * Output: an `early_termination` opportunity open from the start of probation, the earliest day the
 * court may act; a discretionary act, so it never sets the projected end. No exclusions.
 *
 * Version: the as-of date (the court's power on the day it would act). The power is old (the
 * State-wide Probation Act of 1956); the parameter starts early enough to cover any record.
 *
 * Reading chosen: "discharge the probationer from further supervision" is read as ending the probation
 * (the research file and practitioners treat it as the general early-termination power); it could be
 * read more narrowly as ending supervision only. Parole terms are not encoded: Georgia parole is run by
 * the State Board of Pardons and Paroles, and these rules cover probation only.
 *
 * Open: SB 105 is reported to require a prompt hearing on a petition to shorten active or unsupervised
 * probation; the Code section and its deadlines were not found.
 */
import { KIND_WORDS, outsideTheseRules } from '../../../engine/scope.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { GaParameters } from '../parameters.ts';
import { valueAt } from './shared.ts';

const B = 'O.C.G.A. § 42-8-37(b)';

export const courtDischarge: Rule<GaParameters> = (ctx) => {
  if (ctx.facts.term.kind !== 'probation') {
    outsideTheseRules(
      ctx,
      ctx.facts.term.kind === 'parole'
        ? 'Georgia parole is run by the State Board of Pardons and Paroles. The rules in this report cover probation only, so nothing here changes this term.'
        : `The Georgia rules in this report cover probation only. This term is ${KIND_WORDS[ctx.facts.term.kind]}, so nothing here changes it.`,
      [],
    );
    return;
  }
  if (ctx.scheduledEndPassed()) return;
  if (valueAt(ctx, ctx.params.courtDischarge.atAnyTime, ctx.asOf) !== true) return;
  const { start } = ctx.facts;
  const reason = `The court can end your probation at any time, starting ${ctx.date(start)}, if it decides that is best for justice and for the public. You or your lawyer can ask it to. This does not depend on your incentive date or a review.`;
  ctx.addOpportunity({
    kind: 'early_termination',
    date: start,
    citations: [B],
    reasons: [reason],
    basis: 'the court may discharge you from probation at any time (O.C.G.A. § 42-8-37(b))',
  });
  ctx.explain(
    'Separately, the court can end your probation at any time if it finds that is best for justice and for the public. That is the judge’s choice, so it does not change your end date here.',
    [B],
  );
};
