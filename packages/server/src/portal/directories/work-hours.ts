/**
 * The hours of a job's shift, read from schema.org JobPosting `workHours`, which is free text ("The typical
 * working hours for this job (e.g. 1st shift, night shift, 8am-5pm)"). The matching compares them with a
 * curfew, so a wrong reading could hide a job that fits or show one that breaks a condition: anything this
 * does not recognise is "unknown" (the portal then says to ask), never a guess.
 *
 * Read, in this order:
 * - a time range: `09:00-17:00`, `9am-5pm`, `8:30 a.m. to 4:30 p.m.`, `22:00–06:00`, `9-5pm` (a missing
 *   am/pm takes the other end's, unless that would start the shift after it ends: `9-5pm` is 9 am to 5 pm);
 *   with no am/pm anywhere the clock is 24-hour (`9-17`); a range longer than 16 hours is unreadable (`9-5`);
 * - a named shift, given the hours such shifts usually have and marked approximate: day / 1st shift
 *   07:00–15:00, swing / evening / 2nd shift 15:00–23:00, night shift / overnight / graveyard / 3rd shift
 *   23:00–07:00.
 */

export interface Shift {
  /** Minutes after midnight, local time. */
  start: number;
  /** Minutes after midnight; at or before `start` when the shift runs past midnight. */
  end: number;
  /** From a shift's name, not from times the posting gave. */
  approximate: boolean;
}

export const DAY_MINUTES = 24 * 60;
const MAX_SHIFT_MINUTES = 16 * 60;

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*(?:m\b\.?)?`;
const RANGE = new RegExp(String.raw`(?<![\d:])${TIME}\s*(?:-|–|—|to|until|till)\s*${TIME}`, 'i');

const NAMED: [RegExp, number, number][] = [
  [/\b(overnight|graveyard)\b|\b(night|3rd|third)[\s-]*shift\b/i, 23 * 60, 7 * 60],
  [/\b(swing|evening|2nd|second)\b[\s-]*shift/i, 15 * 60, 23 * 60],
  [/\b(day|1st|first)\b[\s-]*shift/i, 7 * 60, 15 * 60],
];

/** Hour 1–12 with am/pm → 0–23. */
function to24(hour: number, meridiem: 'a' | 'p'): number {
  return (hour % 12) + (meridiem === 'p' ? 12 : 0);
}

export function parseWorkHours(text: string | null | undefined): Shift | undefined {
  if (!text) return undefined;
  const m = RANGE.exec(text);
  if (m) {
    const [, h1, m1, ap1, h2, m2, ap2] = m;
    let startHour = Number(h1);
    let endHour = Number(h2);
    const startMin = Number(m1 ?? 0);
    const endMin = Number(m2 ?? 0);
    const mer1 = ap1?.toLowerCase() as 'a' | 'p' | undefined;
    const mer2 = ap2?.toLowerCase() as 'a' | 'p' | undefined;
    if (mer1 !== undefined || mer2 !== undefined) {
      if (startHour < 1 || startHour > 12 || endHour < 1 || endHour > 12) return undefined;
      const end = to24(endHour, (mer2 ?? mer1)!);
      let start: number;
      if (mer1 !== undefined) start = to24(startHour, mer1);
      else {
        // `9-5pm`: 9 pm would start after 5 pm ends, so it is 9 am; `1-5pm` stays 1 pm.
        start = to24(startHour, mer2!);
        if (start * 60 + startMin > end * 60 + endMin) start = to24(startHour, mer2 === 'p' ? 'a' : 'p');
      }
      startHour = start;
      endHour = end;
    } else if (startHour > 24 || endHour > 24) return undefined;
    if (startMin > 59 || endMin > 59) return undefined;
    const start = (startHour % 24) * 60 + startMin;
    const end = (endHour % 24) * 60 + endMin;
    // No one works a 16-hour shift as a matter of course: `9-5` on a 24-hour clock is 20 hours, unreadable.
    const length = end > start ? end - start : end + DAY_MINUTES - start;
    if (start === end || length > MAX_SHIFT_MINUTES) return undefined;
    return { start, end, approximate: false };
  }
  for (const [pattern, start, end] of NAMED) if (pattern.test(text)) return { start, end, approximate: true };
  return undefined;
}

/**
 * Whether a shift overlaps a curfew, on the 24-hour circle. Each becomes an interval [start, end) with
 * `end` moved a day on when it crosses midnight; they overlap when some copy of one, shifted by −1, 0 or +1
 * day, meets the other: s < c_end + k·1440 and c_start + k·1440 < s_end. A shift ending exactly when the
 * curfew starts does not overlap (the portal warns that it is close).
 */
export function shiftOverlapsCurfew(shift: { start: number; end: number }, curfew: { start: number; end: number }): boolean {
  const sEnd = shift.end <= shift.start ? shift.end + DAY_MINUTES : shift.end;
  const cEnd = curfew.end <= curfew.start ? curfew.end + DAY_MINUTES : curfew.end;
  for (const k of [-1, 0, 1]) {
    const cs = curfew.start + k * DAY_MINUTES;
    const ce = cEnd + k * DAY_MINUTES;
    if (shift.start < ce && cs < sEnd) return true;
  }
  return false;
}

/** `HH:MM` → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}
