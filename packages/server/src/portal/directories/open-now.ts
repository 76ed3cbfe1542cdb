/**
 * Whether a service is open at an instant, from Open Referral HSDS schedules (HSDS 3.0 `schedule`: RFC 5545
 * RRULE parts `freq`, `byday`, `bymonthday`, with `opens_at` / `closes_at`, `valid_from` / `valid_to` and a
 * `timezone` given as hours from UTC; https://docs.openreferral.org/en/latest/hsds/schema_reference.html
 * #schedule).
 *
 * The instant is read as a local date, weekday and time in the schedule's clock: the offset written on
 * `opens_at` (`09:00-05:00`, `09:00Z`) when there is one, else the schedule's `timezone` offset, else the
 * location's IANA zone (from its state, `timeZoneForState`, which follows daylight saving time).
 *
 * A schedule applies on a date when the date is within valid_from…valid_to and, for WEEKLY (or no freq),
 * its weekday is in `byday` (no `byday`: every day); for MONTHLY, `byday` may carry an ordinal (`2MO` the
 * second Monday, `-1FR` the last Friday) and `bymonthday` lists days of the month (−1 the last). Open from
 * opens_at up to, not including, closes_at; when closes_at is at or before opens_at the hours run past
 * midnight into the next day (a Friday 20:00–02:00 schedule is open at 01:00 on Saturday). `23:59` closes
 * at midnight. `interval`, `count` and `until` are not read: such a schedule is taken as every week.
 *
 * The answer is three-valued: true, false, or null when no schedule gives hours (unknown, not closed).
 */
import type { DirectoryScheduleInput } from '@pathways/store';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Where each state's people mostly live: the one zone the portal reads a state's hours in. */
const STATE_ZONES: Record<string, string> = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
  KY: 'America/New_York',
  LA: 'America/Chicago',
  ME: 'America/New_York',
  MD: 'America/New_York',
  MA: 'America/New_York',
  MI: 'America/Detroit',
  MN: 'America/Chicago',
  MS: 'America/Chicago',
  MO: 'America/Chicago',
  MT: 'America/Denver',
  NE: 'America/Chicago',
  NV: 'America/Los_Angeles',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  NM: 'America/Denver',
  NY: 'America/New_York',
  NC: 'America/New_York',
  ND: 'America/Chicago',
  OH: 'America/New_York',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  PA: 'America/New_York',
  RI: 'America/New_York',
  SC: 'America/New_York',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  UT: 'America/Denver',
  VT: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  WV: 'America/New_York',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  PR: 'America/Puerto_Rico',
};

/** The IANA zone for a two-letter state code (or null). States spanning two zones get the more populous one. */
export function timeZoneForState(state: string | null | undefined): string | null {
  return STATE_ZONES[(state ?? '').trim().toUpperCase()] ?? null;
}

export interface ParsedTime {
  minutes: number;
  /** Minutes east of UTC written on the time (`-05:00` → −300, `Z` → 0); undefined when none was. */
  offsetMinutes?: number;
}

/** HSDS `opens_at` / `closes_at`: `HH:MM`, `HH:MM:SS`, optionally `Z` or `±HH:MM`; undefined if malformed. */
export function parseScheduleTime(value: string): ParsedTime | undefined {
  const m = TIME.exec(value.trim());
  if (!m) return undefined;
  const [, hh, mm, , zone] = m;
  const h = Number(hh);
  const min = Number(mm);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  const parsed: ParsedTime = { minutes: h * 60 + min };
  if (zone === 'Z') parsed.offsetMinutes = 0;
  else if (zone !== undefined) {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    parsed.offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return parsed;
}

/** `MO`, `2MO`, `-1FR`: each comma-separated part of `byday`; undefined when a part is not one. */
export function parseByday(byday: string): { ordinal: number | null; day: number }[] | undefined {
  const parts = byday
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter((p) => p !== '');
  const out: { ordinal: number | null; day: number }[] = [];
  for (const p of parts) {
    const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(p);
    if (!m) return undefined;
    out.push({ ordinal: m[1] === undefined ? null : Number(m[1]), day: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) });
  }
  return out;
}

interface LocalDay {
  /** YYYY-MM-DD */
  date: string;
  year: number;
  month: number;
  day: number;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
}

interface LocalInstant extends LocalDay {
  minutes: number;
}

const dayFrom = (year: number, month: number, day: number): LocalDay => {
  const utc = new Date(Date.UTC(year, month - 1, day));
  return {
    date: utc.toISOString().slice(0, 10),
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    weekday: utc.getUTCDay(),
  };
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The instant as a wall-clock date and time in a zone, or at a fixed offset from UTC. */
export function localInstant(instant: Date, clock: { timeZone: string } | { offsetMinutes: number }): LocalInstant {
  if ('offsetMinutes' in clock) {
    const shifted = new Date(instant.getTime() + clock.offsetMinutes * 60_000);
    const d = dayFrom(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
    return { ...d, minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
  }
  let f = formatters.get(clock.timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: clock.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(clock.timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  const d = dayFrom(Number(parts.year), Number(parts.month), Number(parts.day));
  return { ...d, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether the schedule's recurrence and validity include this local date. */
export function appliesOn(schedule: DirectoryScheduleInput, d: LocalDay): boolean {
  if (schedule.validFrom && d.date < schedule.validFrom.slice(0, 10)) return false;
  if (schedule.validTo && d.date > schedule.validTo.slice(0, 10)) return false;
  const byday = schedule.byday ? parseByday(schedule.byday) : [];
  if (byday === undefined) return false;
  const monthly = (schedule.freq ?? '').toUpperCase() === 'MONTHLY';
  if (monthly && schedule.bymonthday) {
    const last = daysInMonth(d.year, d.month);
    const days = schedule.bymonthday.split(',').map((p) => Number(p.trim()));
    if (!days.some((n) => (n > 0 ? n === d.day : last + n + 1 === d.day))) return false;
  }
  if (byday.length === 0) return true;
  return byday.some(({ ordinal, day }) => {
    if (day !== d.weekday) return false;
    if (!monthly || ordinal === null) return true;
    // The nth such weekday from the start (2MO: days 8–14) or from the end (-1FR: the last 7 days).
    if (ordinal > 0) return Math.ceil(d.day / 7) === ordinal;
    return Math.ceil((daysInMonth(d.year, d.month) - d.day + 1) / 7) === -ordinal;
  });
}

/** Whether one schedule has the place open at the instant; undefined when it gives no readable hours. */
export function scheduleOpenAt(schedule: DirectoryScheduleInput, instant: Date, timeZone: string): boolean | undefined {
  if (!schedule.opensAt || !schedule.closesAt) return undefined;
  const opens = parseScheduleTime(schedule.opensAt);
  const closes = parseScheduleTime(schedule.closesAt);
  if (!opens || !closes) return undefined;
  const offset = opens.offsetMinutes ?? closes.offsetMinutes ?? schedule.utcOffsetMinutes ?? undefined;
  const now = localInstant(instant, offset !== undefined ? { offsetMinutes: offset } : { timeZone });
  // 23:59 is how HSDS says "until midnight".
  const close = closes.minutes === 23 * 60 + 59 ? 24 * 60 : closes.minutes;
  if (close > opens.minutes) return appliesOn(schedule, now) && now.minutes >= opens.minutes && now.minutes < close;
  // Past midnight (or round the clock when they are equal): today from opening, or yesterday's hours running on.
  if (appliesOn(schedule, now) && now.minutes >= opens.minutes) return true;
  const yesterday = dayFrom(now.year, now.month, now.day - 1);
  return appliesOn(schedule, yesterday) && now.minutes < close;
}

/** Open if any schedule says open; closed if some give hours and none says open; null if none gives hours. */
export function isOpenAt(schedules: readonly DirectoryScheduleInput[], instant: Date, timeZone: string): boolean | null {
  let known = false;
  for (const s of schedules) {
    const open = scheduleOpenAt(s, instant, timeZone);
    if (open === true) return true;
    if (open === false) known = true;
  }
  return known ? false : null;
}
