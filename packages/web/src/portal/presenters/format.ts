/**
 * Dates, times, money and distances as the person reads them, in the chosen language, through Intl (never
 * hand-built strings). Calendar dates (`YYYY-MM-DD`, the law's dates) are whole days: they are formatted in
 * UTC so no time zone can move them a day. Instants (an appointment's `startsAt`) are shown in the time
 * zone given: the person's, from their profile (`portalFormat`), so an appointment reads at the hour they
 * will keep it whatever zone the phone is set to; the device's own only when the profile has none.
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

/** The calendar day an instant falls on in the time zone given (a story's day told), as a long date. */
export function formatDateOf(isoInstant: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(new Date(isoInstant));
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

/** True when this browser's Intl knows the zone (one it does not would throw on every format). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every formatter a portal screen uses, in the language on screen and the person's time zone (null, or a
 * zone this browser does not know: the device's own).
 */
export function portalFormat(language: Language, timeZone: string | null) {
  const zone = timeZone !== null && isKnownTimeZone(timeZone) ? timeZone : undefined;
  return {
    language,
    /** The zone times are shown in; undefined is the device's. */
    timeZone: zone,
    date: (isoDate: string) => formatDate(isoDate, language),
    dateOf: (isoInstant: string) => formatDateOf(isoInstant, language, zone),
    dateTime: (isoInstant: string) => formatDateTime(isoInstant, language, zone),
    time: (isoInstant: string) => formatTime(isoInstant, language, zone),
    money: (usd: number) => formatMoney(usd, language),
    number: (n: number) => formatNumber(n, language),
    miles: (miles: number) => formatMiles(miles, language),
  };
}

export type PortalFormat = ReturnType<typeof portalFormat>;
