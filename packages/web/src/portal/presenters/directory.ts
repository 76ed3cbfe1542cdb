/**
 * Jobs and services as the person reads them: the services search's query string (need, open now,
 * distance), a place's opening hours in words in either language (HSDS schedules: RRULE weekdays and
 * `HH:MM` times, shown as the place's own clock time), and a job's pay. Weekday and time words come from
 * Intl, so they follow the language.
 */
import { localeOf, type Language } from './language.ts';

export const NEEDS = ['housing', 'treatment', 'id_documents', 'benefits', 'legal_help', 'childcare'] as const;
export type Need = (typeof NEEDS)[number];
export const DISTANCES = [5, 10, 25, 50] as const;
/** schema.org employmentType values the portal names (others are not shown). */
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM'] as const;
export const PAY_UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;

export interface ServiceFilters {
  need: Need | null;
  openNow: boolean;
  maxMiles: number;
}

export function servicesQuery(filters: ServiceFilters): string {
  const params = new URLSearchParams();
  if (filters.need) params.set('need', filters.need);
  if (filters.openNow) params.set('openNow', 'true');
  params.set('maxMiles', String(filters.maxMiles));
  return `?${params.toString()}`;
}

export interface Hours {
  freq: string | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  description: string | null;
}

const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The weekday's name: 2024-01-01 was a Monday, so Monday + n is 2024-01-0(1+n). */
function weekdayName(index: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** `HH:MM[:SS][Z|±HH:MM]` as a clock time; the offset is dropped, since hours are the place's own. */
export function clockTime(value: string, language: Language): string | null {
  const m = /^(\d{1,2}):(\d{2})/.exec(value.trim());
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return null;
  return new Intl.DateTimeFormat(localeOf(language), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, hours, minutes)),
  );
}

/**
 * One schedule row in words: "Monday, Tuesday: 9:00 AM – 5:00 PM". Monthly rules keep their ordinal
 * ("2MO") out of the words, as the day alone would mislead, and fall back to the row's own description.
 * Null when the row says nothing usable.
 */
export function hoursText(hours: Hours, language: Language): string | null {
  const opens = hours.opensAt ? clockTime(hours.opensAt, language) : null;
  const closes = hours.closesAt ? clockTime(hours.closesAt, language) : null;
  const weekly = hours.freq === null || hours.freq.toUpperCase() === 'WEEKLY';
  const days =
    weekly && hours.byday
      ? hours.byday
          .split(',')
          .map((d) => RRULE_DAYS.indexOf(d.trim().toUpperCase() as (typeof RRULE_DAYS)[number]))
          .filter((i) => i >= 0)
          .sort((a, b) => a - b)
          .map((i) => weekdayName(i, language))
      : [];
  const time = opens && closes ? `${opens} – ${closes}` : null;
  if (days.length > 0 && time) return `${days.join(', ')}: ${time}`;
  if (hours.description) return hours.description;
  if (time) return time;
  return null;
}

/** A posting's pay (schema.org baseSalary as the jobs API gives it). */
export interface Pay {
  min: number | null;
  max: number | null;
  /** HOUR, DAY, WEEK, MONTH, YEAR. */
  unit: string | null;
  currency: string | null;
}

/** "$18.00 – $22.00" and its unit key (jobs.per.HOUR …), or null when no pay is given. */
export function payRange(pay: Pay | null, language: Language): { amount: string; unitKey: string } | null {
  const low = pay?.min ?? pay?.max ?? null;
  if (pay === null || low === null) return null;
  const format = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: pay.currency ?? 'USD' });
  const high = pay.max !== null && pay.max !== low ? pay.max : null;
  const amount = high === null ? format.format(low) : `${format.format(low)} – ${format.format(high)}`;
  const unit = (pay.unit ?? '').toUpperCase();
  return { amount, unitKey: (PAY_UNITS as readonly string[]).includes(unit) ? `jobs.per.${unit}` : 'jobs.per.other' };
}
