/**
 * The simulation's calendar: whole months from a first day that is the first of a month.
 * `monthStart[m]` is the first day of month m; `monthStart[months]` the day after the horizon.
 */
import { addMonths, firstOfMonth, formatIsoDate, parseIsoDate, type Day } from '@pathways/law';

export interface Horizon {
  start: Day;
  months: number;
  monthStart: Int32Array;
}

/** `start`: YYYY-MM-01, or that day as a `Day`. */
export function horizonFrom(start: string | Day, months: number): Horizon {
  const day = typeof start === 'string' ? parseIsoDate(start) : start;
  if (firstOfMonth(day) !== day) throw new RangeError(`the simulation starts on the first of a month; got ${formatIsoDate(day)}`);
  if (!Number.isInteger(months) || months < 1 || months > 600) throw new RangeError(`the horizon is 1 to 600 months; got ${months}`);
  const monthStart = new Int32Array(months + 1);
  for (let m = 0; m <= months; m++) monthStart[m] = addMonths(day, m);
  return { start: day, months, monthStart };
}

/** "2012-09" for month m. */
export function monthLabel(h: Horizon, m: number): string {
  return formatIsoDate(h.monthStart[m]!).slice(0, 7);
}
