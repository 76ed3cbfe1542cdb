/**
 * Quiet hours: no reminder lands on a person's phone or in their inbox between 21:00 and 08:00 their own
 * time. Pure arithmetic over IANA time zones (Intl, no library), so it is tested on its own: the dispatcher
 * asks `quietUntil(now, zone)` and, when the answer is a time, holds the message until then.
 *
 * The window may cross midnight (21:00–08:00) or not (12:00–13:00); start equal to end means no quiet
 * hours. The end is found on the person's own calendar day, so a daylight-saving change during the night
 * moves the UTC instant, not the local 08:00.
 */

export interface QuietHours {
  /** Local wall-clock time, `HH:MM` (24-hour). */
  start: string;
  end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };
/** The zone assumed when a person has none, or an unknown one (the demo agencies' Pacific time). */
export const FALLBACK_TIME_ZONE = 'America/Los_Angeles';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone itself when Intl knows it, otherwise the fallback (a typo must not turn quiet hours off). */
export function usableTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return FALLBACK_TIME_ZONE;
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

/** What a clock on the wall in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The zone's offset from UTC at `instant`, in milliseconds (−7 h for Los Angeles in summer). */
function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall clock in `timeZone` shows the given local date and time. The offset is taken at a
 * first guess and checked once more, which settles it on either side of a daylight-saving change.
 */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  return new Date(second);
}

function minutesOf(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`not a time of day (HH:MM): ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * When the quiet hours around `now` end in `timeZone`, or null when `now` is outside them (send now).
 */
export function quietUntil(now: Date, timeZone: string | null | undefined, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date | null {
  const zone = usableTimeZone(timeZone);
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const w = wallClock(now, zone);
  const minute = w.hour * 60 + w.minute;
  const crossesMidnight = start > end;
  const quietNow = crossesMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!quietNow) return null;
  // Before midnight in a window that crosses it, the end is on the next local day.
  const nextDay = crossesMidnight && minute >= start;
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day + (nextDay ? 1 : 0)));
  return zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), Math.floor(end / 60), end % 60, zone);
}
