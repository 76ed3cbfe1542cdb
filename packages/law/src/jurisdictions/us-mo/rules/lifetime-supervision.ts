import type { TermContext } from '../../../engine/term-context.ts';
import type { UsMoParameters } from '../parameters.ts';

/**
 * Lifetime supervision under RSMo §§ 217.735 and 559.106: a lifetime term other than probation, or a
 * lifetime probation for an offense tagged `sex_registration` (§ 559.106 reaches only the sex offenses it
 * lists). A lifetime probation for other offenses is read as a § 559.016 probation.
 */
export function lifetimeSupervision(ctx: TermContext<UsMoParameters>): boolean {
  const { term } = ctx.facts;
  return term.lifetime === true && (term.kind !== 'probation' || ctx.offensesWith('sex_registration').length > 0);
}
