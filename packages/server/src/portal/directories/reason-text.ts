/**
 * The words of a match's reasons ("why this fits", things to check, why a job is left out), in English and
 * Spanish, from the server's i18next catalogues (../locales, key `reasons.<code>`). They are worded on the
 * server because they carry the person's numbers (miles, limits, shift and curfew hours). Every reason also
 * goes out as `code` and `params`, so a client may word it itself instead.
 */
import { translator, type Language } from '../i18n.ts';
import { roundMiles } from './distance.ts';

export type Lang = Language;

export type ReasonCode =
  // Why a job fits.
  | 'fair_chance'
  | 'distance'
  | 'distance_within_limit'
  | 'remote'
  | 'curfew_fits'
  | 'no_driving_needed'
  | 'not_around_children'
  | 'not_alcohol_venue'
  // Things to check.
  | 'close_to_curfew'
  | 'hours_unknown_curfew'
  | 'hours_approximate'
  | 'distance_unknown'
  | 'distance_unknown_limit'
  // Why a job is left out.
  | 'over_travel_limit'
  | 'too_far'
  | 'remote_other_state'
  | 'curfew_conflict'
  | 'needs_driving'
  | 'around_children'
  | 'alcohol_venue'
  | 'posting_closed';

export type ReasonParams = Record<string, string | number>;

export interface Reason {
  code: ReasonCode;
  /** Miles to one decimal (under 1: less than a mile), limits in miles, times `HH:MM`, dates `YYYY-MM-DD`. */
  params: ReasonParams;
  /** The reason in the requested language. */
  text: string;
}

/** The locale numbers and dates are written in: the US forms of English and Spanish. */
const localeOf = (lang: Lang): string => (lang === 'es' ? 'es-US' : 'en-US');

/** `HH:MM` as a person reads it: "10 pm", "9:30 am" in English; "22:00" in Spanish. */
export function clock(hhmm: string, lang: Lang): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (lang === 'es') return `${h}:${String(m).padStart(2, '0')}`;
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`} ${h < 12 ? 'am' : 'pm'}`;
}

/**
 * "8.5 miles from home" / "A 8.5 millas de su casa", to one decimal; under a mile, "less than 1 mile". The
 * portal's job and service cards word a distance the same way (packages/web/src/portal/screens/Jobs.tsx).
 */
export function distancePhrase(miles: number, lang: Lang): string {
  const t = translator(lang);
  if (miles < 1) return t('distance.under');
  const count = roundMiles(miles);
  return t('distance.miles', { count, miles: new Intl.NumberFormat(localeOf(lang)).format(count) });
}

function longDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const CLOCK_PARAMS = ['shiftStart', 'shiftEnd', 'curfewStart', 'curfewEnd'] as const;

/** The reason's values as the sentence shows them: clock times, the distance phrase, a long date. */
function shown(params: ReasonParams, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const key of CLOCK_PARAMS) if (typeof params[key] === 'string') out[key] = clock(params[key], lang);
  if (params.miles !== undefined) out.distance = distancePhrase(Number(params.miles), lang);
  if (typeof params.date === 'string') out.date = longDate(params.date, lang);
  return out;
}

export function reason(code: ReasonCode, params: ReasonParams, lang: Lang): Reason {
  return { code, params, text: translator(lang)(`reasons.${code}`, shown(params, lang)) };
}
