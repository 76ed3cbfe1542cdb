/**
 * The record's `maxPrisonMonths` as a whole number of months, for rules that count a date from it. The
 * spec allows any number, but a date is counted in calendar months (calendar.ts `addMonths`), so a part
 * month is dropped, with a warning: the earlier date, as California's aggregate ceiling already counts.
 */
import type { ParameterTree } from './parameters.ts';
import type { TermContext } from './term-context.ts';
import type { OffenseFacts } from './term-facts.ts';

export function wholeMaxPrisonMonths<P extends ParameterTree>(ctx: TermContext<P>, o: OffenseFacts): number | undefined {
  const months = o.offense.maxPrisonMonths;
  if (months === undefined || Number.isInteger(months)) return months;
  const whole = Math.floor(months);
  ctx.warn(
    `The record gives ${months} months as the longest prison term for ${o.offense.statute}. Dates are counted in whole months, so ${whole} months is used here; the part month left out can only make the dates earlier.`,
  );
  return whole;
}
