/**
 * Dates, times, money and distances as the person reads them, in the chosen language, through Intl (never
 * hand-built strings). Calendar dates (`YYYY-MM-DD`, the law's dates) are whole days: they are formatted in
 * UTC so no time zone can move them a day. Instants (an appointment's `startsAt`) are shown in the time
 * zone given, the device's own by default.
 */
import { localeOf, type Language } from './language.ts';

export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatDateTime(isoInstant: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(isoInstant));
}

/** A time of day alone (a message's time, an opening hour). */
export function formatTime(isoInstant: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { hour: 'numeric', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(
    new Date(isoInstant),
  );
}

/** A count as the language writes it in the US: 1,222 in both. */
export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(n);
}

export function formatMoney(usd: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'USD' }).format(usd);
}

export function formatMiles(miles: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit: 'mile', unitDisplay: 'long', maximumFractionDigits: 1 }).format(
    miles,
  );
}
