/**
 * Calendar arithmetic on whole days, with no time zones and no `Date` objects.
 *
 * A date is held as a `Day`: the number of days since 1970-01-01 (negative before it). Integers keep
 * the engine fast and make "days between" a plain subtraction. The conversions use the proleptic
 * Gregorian calendar (Howard Hinnant's `days_from_civil` / `civil_from_days`), exact for every year
 * from 0001 to 9999, which is the range an ISO `YYYY-MM-DD` string can name.
 *
 * Conventions (spec § 3, shared/domain README "Date and counting conventions"):
 * - adding months or years is calendar arithmetic clamped to the month's end:
 *   2024-01-31 + 1 month = 2024-02-29, 2024-02-29 + 1 year = 2025-02-28;
 * - the result of start + length is the term's last day;
 * - days served on D = D − start.
 */

/** Days since 1970-01-01. */
export type Day = number;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function dayFromCivil(year: number, month: number, day: number): Day {
  const i = monthIndex(year, month);
  return i >= 0 ? MONTH_STARTS[i]! + day - 1 : hinnantDayFromCivil(year, month, day);
}

/** Howard Hinnant's `days_from_civil`, for any year. */
function hinnantDayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDay(d: Day): CivilDate {
  const i = monthOfDay(d);
  if (i < 0) return hinnantCivilFromDay(d);
  return { year: TABLE_FROM_YEAR + Math.floor(i / 12), month: (i % 12) + 1, day: d - MONTH_STARTS[i]! + 1 };
}

/** Howard Hinnant's `civil_from_days`, for any day. */
function hinnantCivilFromDay(d: Day): CivilDate {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Tables for the years records name (1900 to 2299, a whole 400-year cycle), so that the arithmetic the
 * rules do month after month is a lookup that makes no object: the first day of each month (one entry
 * past the last month, so that a month's length is the difference of two entries), and for each day the
 * month it falls in, counted from January 1900. Days outside the tables take Hinnant's formulas.
 */
const TABLE_FROM_YEAR = 1900;
const TABLE_TO_YEAR = 2299;
const TABLE_MONTHS = (TABLE_TO_YEAR - TABLE_FROM_YEAR + 1) * 12;
const MONTH_STARTS = new Int32Array(TABLE_MONTHS + 1);
const TABLE_FROM_DAY = hinnantDayFromCivil(TABLE_FROM_YEAR, 1, 1);
const TABLE_END_DAY = hinnantDayFromCivil(TABLE_TO_YEAR + 1, 1, 1);
const MONTH_OF_DAY = new Uint16Array(TABLE_END_DAY - TABLE_FROM_DAY);
for (let i = 0; i <= TABLE_MONTHS; i++) {
  MONTH_STARTS[i] = hinnantDayFromCivil(TABLE_FROM_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
  if (i > 0) MONTH_OF_DAY.fill(i - 1, MONTH_STARTS[i - 1]! - TABLE_FROM_DAY, MONTH_STARTS[i]! - TABLE_FROM_DAY);
}

/** The month's place in the tables, or -1 outside them (or for a month that is not 1–12). */
function monthIndex(year: number, month: number): number {
  if (year < TABLE_FROM_YEAR || year > TABLE_TO_YEAR || month < 1 || month > 12) return -1;
  return (year - TABLE_FROM_YEAR) * 12 + month - 1;
}

/** The place in the tables of the month `d` falls in, or -1 outside them (or for a day that is not whole). */
function monthOfDay(d: Day): number {
  const offset = d - TABLE_FROM_DAY;
  return offset >= 0 && offset < MONTH_OF_DAY.length && Number.isInteger(d) ? MONTH_OF_DAY[offset]! : -1;
}

/** True for a string of the form YYYY-MM-DD that names a real calendar day (2023-02-29 is not one). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && tryParseIsoDate(value) !== undefined;
}

/** The day a `YYYY-MM-DD` string names, or undefined when it is malformed or not a real date. */
export function tryParseIsoDate(value: string): Day | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const i = monthIndex(year, month);
  if (i >= 0) return day > MONTH_STARTS[i + 1]! - MONTH_STARTS[i]! ? undefined : MONTH_STARTS[i]! + day - 1;
  if (day > daysInMonth(year, month)) return undefined;
  return hinnantDayFromCivil(year, month, day);
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Parses a date that has already been validated; throws on a malformed one (a programming error). */
export function parseIsoDate(value: IsoDate): Day {
  const d = tryParseIsoDate(value);
  if (d === undefined) throw new RangeError(`not a real YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return d;
}

/**
 * Formatting is memoised for the days a record can name: an evaluation writes the same few dates many
 * times, and the strings are immutable.
 */
const CACHE_FROM = dayFromCivil(1900, 1, 1);
const CACHE_TO = dayFromCivil(2299, 12, 31);
const isoCache = new Array<string | undefined>(CACHE_TO - CACHE_FROM + 1);
const longCache = new Array<string | undefined>(CACHE_TO - CACHE_FROM + 1);

function memo(cache: (string | undefined)[], d: Day, format: (d: Day) => string): string {
  if (d < CACHE_FROM || d > CACHE_TO || !Number.isInteger(d)) return format(d);
  const i = d - CACHE_FROM;
  return (cache[i] ??= format(d));
}

export function formatIsoDate(d: Day): IsoDate {
  return memo(isoCache, d, isoText);
}

function isoText(d: Day): IsoDate {
  const { year, month, day } = civilFromDay(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "March 15, 2026": the form a person reads in the explanation. */
export function formatLongDate(d: Day): string {
  return memo(longCache, d, longText);
}

function longText(d: Day): string {
  const { year, month, day } = civilFromDay(d);
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

/** "September 2023". */
export function formatMonthYear(d: Day): string {
  const { year, month } = civilFromDay(d);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * Adds calendar months, clamping to the last day of the target month when the day does not exist
 * there: 2021-05-31 + 1 month = 2021-06-30; 2024-01-31 + 1 month = 2024-02-29. Negative counts go back.
 */
export function addMonths(d: Day, months: number): Day {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs whole months, got ${months}`);
  const from = monthOfDay(d);
  const to = from + months;
  if (from >= 0 && to >= 0 && to < TABLE_MONTHS) {
    const start = MONTH_STARTS[to]!;
    return start + Math.min(d - MONTH_STARTS[from]!, MONTH_STARTS[to + 1]! - start - 1);
  }
  const { year, month, day } = civilFromDay(d);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Adds calendar years, clamped like `addMonths`: 2024-02-29 + 1 year = 2025-02-28. */
export function addYears(d: Day, years: number): Day {
  return addMonths(d, years * 12);
}

export function addDays(d: Day, days: number): Day {
  return d + days;
}

/** The first day of the month that `d` falls in. */
export function firstOfMonth(d: Day): Day {
  const i = monthOfDay(d);
  if (i >= 0) return MONTH_STARTS[i]!;
  const { year, month } = civilFromDay(d);
  return dayFromCivil(year, month, 1);
}

/** The first day of the month after the one `d` falls in. */
export function firstOfNextMonth(d: Day): Day {
  return addMonths(firstOfMonth(d), 1);
}

/** A length as a court imposes it. */
export interface TermLength {
  years?: number;
  months?: number;
  days?: number;
}

/** Total whole months in a length, ignoring its days. */
export function lengthInMonths(length: TermLength): number {
  return (length.years ?? 0) * 12 + (length.months ?? 0);
}

/**
 * start + length: years and months as one calendar-month step (so that 1 year 1 month from
 * 2023-01-31 is 2024-02-29, not 2024-02-28 + 1 month), then days. The result is the term's last day.
 */
export function addLength(start: Day, length: TermLength): Day {
  return addMonths(start, lengthInMonths(length)) + (length.days ?? 0);
}

/**
 * start + half a length (spec § 3): months halved; an odd month count adds 15 days for the half month;
 * half of any days component rounds up so that the half is never reached early.
 * Half of 3 years from 2022-05-10 = 18 months = 2023-11-10. Half of 5 months from 2024-01-31 = 2 months
 * (2024-03-31) + 15 days = 2024-04-15.
 */
export function addHalfLength(start: Day, length: TermLength, oddMonthHalfDays = 15): Day {
  const months = lengthInMonths(length);
  const halfMonths = Math.floor(months / 2);
  const extraDays = (months % 2 === 1 ? oddMonthHalfDays : 0) + Math.ceil((length.days ?? 0) / 2);
  return addMonths(start, halfMonths) + extraDays;
}

/** Whole calendar months from `from` to `to` (how many times `addMonths(from, n) <= to`). */
export function wholeMonthsBetween(from: Day, to: Day): number {
  if (to < from) return -wholeMonthsBetween(to, from);
  const a = civilFromDay(from);
  const b = civilFromDay(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** Words for the lengths records name, made once each: `describeLength` runs for nearly every term. */
const lengthWords = new Map<number, string>();

/** Describes a length in words: "2 years", "1 year and 6 months", "90 days". */
export function describeLength(length: TermLength): string {
  const { years = 0, months = 0, days = 0 } = length;
  const small = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000;
  if (!small(years) || !small(months) || !small(days)) return lengthText(length);
  const key = (years * 1000 + months) * 1000 + days;
  let words = lengthWords.get(key);
  if (words === undefined) {
    words = lengthText(length);
    lengthWords.set(key, words);
  }
  return words;
}

function lengthText(length: TermLength): string {
  const parts: string[] = [];
  const unit = (n: number | undefined, word: string) => {
    if (n) parts.push(`${n} ${word}${n === 1 ? '' : 's'}`);
  };
  unit(length.years, 'year');
  unit(length.months, 'month');
  unit(length.days, 'day');
  if (parts.length === 0) return '0 days';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * A count of months that may hold a part month (a record's `maxPrisonMonths` of 12.5) as a length: the
 * whole months, and the part month as days at 30 a month, rounded to the nearest day (spec § 3 counts
 * half a month as 15 days). 12.5 → 1 year and 15 days; 12.03 (a year and a day) → 1 year and 1 day.
 */
export function monthsAsLength(months: number): TermLength {
  const whole = Math.floor(months);
  const days = Math.round((months - whole) * 30);
  return { years: Math.floor(whole / 12), months: whole % 12, days };
}

/**
 * start + a count of months that may hold a part month (`monthsAsLength`): 2024-01-31 + 12.5 = 2025-02-15.
 * Never past start + the next whole month (59.99 months from 2024-03-01: 2029-02-01 + 30 days would be
 * March 3, past 60 months, March 1), so that more months never end earlier and "whichever is less" or
 * "longer", compared in months, picks the earlier or later date.
 */
export function addMonthsAndPart(start: Day, months: number): Day {
  const whole = Math.floor(months);
  if (whole === months) return addMonths(start, months);
  return Math.min(addLength(start, monthsAsLength(months)), addMonths(start, whole + 1));
}

/**
 * start − a count of months that may hold a part month, the mirror of `addMonthsAndPart`: the whole
 * months back as calendar months, then the part month's days (2022-05-15 − 3.5 = 2022-02-15 − 15 days =
 * 2022-01-31); never before start − the next whole month.
 */
export function subtractMonthsAndPart(start: Day, months: number): Day {
  const whole = Math.floor(months);
  if (whole === months) return addMonths(start, -months);
  return Math.max(addMonths(start, -whole) - (monthsAsLength(months).days ?? 0), addMonths(start, -(whole + 1)));
}

/** A count of months as months: 36 → "36 months", 36.09 → "36 months and 3 days" (a part month as `monthsAsLength`). */
export function describeMonthCount(months: number): string {
  const { years = 0, months: rest = 0, days } = monthsAsLength(months);
  return describeLength({ months: years * 12 + rest, days });
}

/** Describes a count of months in words: 30 → "2 years and 6 months", 12 → "1 year", 12.5 → "1 year and 15 days". */
export function describeMonths(months: number): string {
  return describeLength(monthsAsLength(months));
}

export function minDay(...days: (Day | null | undefined)[]): Day | null {
  let best: Day | null = null;
  for (const d of days) if (d !== null && d !== undefined && (best === null || d < best)) best = d;
  return best;
}

export function maxDay(...days: (Day | null | undefined)[]): Day | null {
  let best: Day | null = null;
  for (const d of days) if (d !== null && d !== undefined && (best === null || d > best)) best = d;
  return best;
}
