/**
 * The longest total term of confinement the offenses of a term carry, for the rules that compare a
 * probation ordered with "the maximum term for which the defendant could be confined" (42 Pa.C.S.
 * § 9754(a)) or "the statutory maximum period for which the defendant might originally have been
 * sentenced to be imprisoned" (Va. Code § 19.2-303).
 *
 * Each count's `maxPrisonMonths` where the record gives it, else the months its class carries, plus any
 * `added` months a count carries by law, summed: sentences on several counts may run consecutively, so
 * their maxima add up. Undefined where nothing can be compared: a count whose maximum is unknown, life
 * (tag `life_eligible`, or `null` from `byClass`), or a fine only (0 months).
 */
import type { ParameterTree } from './parameters.ts';
import type { TermContext } from './term-context.ts';
import type { OffenseFacts } from './term-facts.ts';

export function aggregateMaximumMonths<P extends ParameterTree>(
  ctx: TermContext<P>,
  /** The months the count's class carries; null for life; undefined where the class says nothing. */
  byClass: (o: OffenseFacts) => number | null | undefined,
  added: (o: OffenseFacts) => number = () => 0,
): number | undefined {
  let total = 0;
  for (const o of ctx.facts.offenses) {
    if (o.tags.has('life_eligible')) return undefined;
    let months: number | null | undefined = o.offense.maxPrisonMonths;
    if (months === undefined) months = byClass(o);
    if (months === null || months === undefined || months === 0) return undefined;
    total += months + added(o);
  }
  return total;
}
