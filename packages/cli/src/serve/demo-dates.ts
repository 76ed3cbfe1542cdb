/**
 * The demo's dates, written relative to the day it is seeded: ISO days moved by the law package's calendar
 * (whose month ends and leap days are tested there), and a local wall-clock time in a zone as a UTC instant
 * by the server's own conversion (the one reminders and quiet hours use).
 */
import { addMonths, formatIsoDate, parseIsoDate } from '@pathways/law';
import { zonedInstant } from '@pathways/server';

export const addDays = (day: string, n: number): string => formatIsoDate(parseIsoDate(day) + n);

/** The same day `n` years on; 29 February becomes 28 February in a common year (addMonths). */
export const addYears = (day: string, n: number): string => formatIsoDate(addMonths(parseIsoDate(day), 12 * n));

/** `time` (HH:MM) on `day` in `timeZone`, as a UTC ISO instant. */
export function zonedIso(day: string, time: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return zonedInstant(year, month, date, hour, minute, timeZone).toISOString();
}
