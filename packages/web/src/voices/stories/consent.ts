/**
 * The consent's dates as the forms offer them (the server checks them again, packages/server/src/voices/
 * story-consent.ts): shared for a year unless the storyteller picks another date, from tomorrow to three
 * years ahead. Dates are the server's: UTC, so a form filled late in the evening in the Americas offers
 * the same range the server accepts.
 */
import { addDays, formatIsoDate, parseIsoDate } from '@pathways/law';

export const MAX_STORY_LENGTH = 10_000;

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export function expiryRange(now: Date = new Date()): { min: string; max: string; initial: string } {
  const today = now.toISOString().slice(0, 10);
  return { min: formatIsoDate(addDays(parseIsoDate(today), 1)), max: addYears(today, 3), initial: addYears(today, 1) };
}
