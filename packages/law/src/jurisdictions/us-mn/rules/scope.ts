/**
 * What the Minnesota rules cover, and what Minnesota law does not do here.
 *
 * Minn. Stat. § 609.135, subd. 1: a court may stay imposition or execution of sentence and place the
 * defendant on probation (read in the M.S.A. copy quoted by the Restorative Justice clearinghouse,
 * rjclearinghouse.org, 2026-11-30). Subdivision 2 limits how long that stay may last; the other rules
 * encode it. No Minnesota provision read gives earned-time credits on probation or limits the jail
 * time for a technical violation: on revocation the court may execute the stayed sentence (Minn. Stat.
 * § 609.14). So `earnedCreditDays` is 0 and `sanctionLimit` stays null.
 *
 * Readings:
 * - Only `probation` terms are stays under § 609.135; supervised release and conditional release (§§
 *   244.05, 609.3455) are not encoded: the rules explain and stop.
 * - A stay of adjudication (disposition `deferred`, § 609.095(b)) is not named in subd. 2; the limits are
 *   applied to it as to a stay of imposition, with a warning. Open question.
 */
import { outsideTheseRules } from '../../../engine/scope.ts';
import type { Rule } from '../../../engine/jurisdiction.ts';
import type { UsMnParameters } from '../parameters.ts';

export const scope: Rule<UsMnParameters> = (ctx) => {
  ctx.setEarnedCredits(0);
  const { term } = ctx.facts;
  if (term.kind !== 'probation') {
    outsideTheseRules(
      ctx,
      'The Minnesota rules in this report cover probation, that is, a stayed sentence. This term is not probation, so no limit or date is worked out for it.',
      [],
    );
    return;
  }
  ctx.explain(
    'In Minnesota, probation is a stayed sentence: the court holds back the sentence while you follow the conditions. The law limits how long the stay may last. Minnesota does not give earned-time credits on probation, and the law covered here sets no fixed limit on jail time for breaking a condition.',
    ['Minn. Stat. § 609.135, subds. 1, 2', 'Minn. Stat. § 609.14'],
  );
  if (term.disposition === 'deferred') {
    ctx.warn(
      'This term is recorded as a stay of adjudication. Minn. Stat. § 609.135, subd. 2 speaks of stays of imposition or execution; its limits were applied as if this were a stay of imposition.',
    );
  }
};
