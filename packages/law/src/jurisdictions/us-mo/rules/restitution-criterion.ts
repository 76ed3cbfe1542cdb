/**
 * The restitution gate as an eligibility criterion, shared by the credits discharge (RSMo § 217.703.7)
 * and the court's early termination (§ 559.036.2), which § 559.105.2 both holds back until restitution
 * is paid in full: met from the day it was paid, otherwise a gate that paying clears.
 */
import type { Day } from '../../../dates/calendar.ts';
import type { CriterionResult } from '../../../engine/criteria.ts';
import { restitutionBalance } from '../../../engine/term-facts.ts';
import { formatDollars } from '../../../engine/words.ts';
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsMoParameters } from '../parameters.ts';

export function restitutionCriterion(
  ctx: TermContext<UsMoParameters>,
  paidOn: Day | undefined,
  citations: string[],
  words: { paid: string; owed: (owed: string) => string },
): CriterionResult {
  return paidOn !== undefined
    ? {
        id: 'restitution',
        met: true,
        date: paidOn,
        reason: `Your restitution was paid in full on ${ctx.date(paidOn)}${words.paid}`,
        citations,
      }
    : { id: 'restitution', met: false, exclusion: false, reason: words.owed(formatDollars(restitutionBalance(ctx.facts))), citations };
}
