/** Reading JobPosting workHours, and shifts against a curfew on the 24-hour circle (minutes after midnight). */
import { describe, expect, it } from 'vitest';
import { minutesOf, parseWorkHours, shiftOverlapsCurfew } from './work-hours.ts';

const hm = (h: number, m = 0) => h * 60 + m;

describe('parseWorkHours', () => {
  it('case: 24-hour ranges, with en dash and across midnight', () => {
    expect(parseWorkHours('09:00-17:00')).toEqual({ start: hm(9), end: hm(17), approximate: false });
    expect(parseWorkHours('Shift: 22:00–06:00, Sun-Thu')).toEqual({ start: hm(22), end: hm(6), approximate: false });
    expect(parseWorkHours('9-17')).toEqual({ start: hm(9), end: hm(17), approximate: false });
  });

  it('case: am/pm forms; a missing meridiem takes the other end’s unless the shift would start after it ends', () => {
    expect(parseWorkHours('9am-5pm')).toEqual({ start: hm(9), end: hm(17), approximate: false });
    expect(parseWorkHours('8:30 a.m. to 4:30 p.m.')).toEqual({ start: hm(8, 30), end: hm(16, 30), approximate: false });
    // 9 pm > 5 pm, so 9 am; 1 pm < 5 pm stays pm.
    expect(parseWorkHours('9-5pm')).toEqual({ start: hm(9), end: hm(17), approximate: false });
    expect(parseWorkHours('1-5pm')).toEqual({ start: hm(13), end: hm(17), approximate: false });
    expect(parseWorkHours('11pm-7am')).toEqual({ start: hm(23), end: hm(7), approximate: false });
    expect(parseWorkHours('12pm-8pm')).toEqual({ start: hm(12), end: hm(20), approximate: false });
    expect(parseWorkHours('12am-8am')).toEqual({ start: 0, end: hm(8), approximate: false });
  });

  it('case: named shifts get their usual hours, marked approximate; unreadable text is unknown', () => {
    expect(parseWorkHours('Night shift')).toEqual({ start: hm(23), end: hm(7), approximate: true });
    expect(parseWorkHours('2nd shift, some weekends')).toEqual({ start: hm(15), end: hm(23), approximate: true });
    expect(parseWorkHours('Day shift')).toEqual({ start: hm(7), end: hm(15), approximate: true });
    expect(parseWorkHours('Overnight, Fri–Sun')).toEqual({ start: hm(23), end: hm(7), approximate: true });
    // "night" without "shift" is not a shift's name.
    expect(parseWorkHours('No night work')).toBeUndefined();
    expect(parseWorkHours('Flexible')).toBeUndefined();
    // 09:00 to 05:00 on a 24-hour clock would be 20 hours (300 + 1440 − 540 = 1200 minutes > 960).
    expect(parseWorkHours('40 hours a week, 9-5')).toBeUndefined();
    expect(parseWorkHours('13pm-5pm')).toBeUndefined();
    expect(parseWorkHours('25:00-26:00')).toBeUndefined();
    expect(parseWorkHours('')).toBeUndefined();
    expect(parseWorkHours(null)).toBeUndefined();
  });
});

describe('shiftOverlapsCurfew (curfew 22:00–06:00 = [1320, 360+1440=1800))', () => {
  const curfew = { start: minutesOf('22:00'), end: minutesOf('06:00') };
  it('case: 09:00–17:00 = [540, 1020) meets no copy of [1320, 1800): fits', () => {
    expect(shiftOverlapsCurfew({ start: hm(9), end: hm(17) }, curfew)).toBe(false);
  });
  it('case: 14:00–22:00 ends exactly at curfew start (1320 < 1320 is false): fits', () => {
    expect(shiftOverlapsCurfew({ start: hm(14), end: hm(22) }, curfew)).toBe(false);
  });
  it('case: 16:00–23:00 = [960, 1380) overlaps [1320, 1800) at 1320–1380: conflicts', () => {
    expect(shiftOverlapsCurfew({ start: hm(16), end: hm(23) }, curfew)).toBe(true);
  });
  it('case: 05:00–13:00 = [300, 780) overlaps the previous night’s copy [−120, 360): conflicts', () => {
    expect(shiftOverlapsCurfew({ start: hm(5), end: hm(13) }, curfew)).toBe(true);
  });
  it('case: 06:00–14:00 starts exactly when curfew ends: fits', () => {
    expect(shiftOverlapsCurfew({ start: hm(6), end: hm(14) }, curfew)).toBe(false);
  });
  it('case: an overnight shift 23:00–07:00 = [1380, 1860) overlaps: conflicts', () => {
    expect(shiftOverlapsCurfew({ start: hm(23), end: hm(7) }, curfew)).toBe(true);
  });
  it('case: a curfew that does not cross midnight (20:00–23:00) and a shift crossing it (22:30–02:00)', () => {
    expect(shiftOverlapsCurfew({ start: hm(22, 30), end: hm(2) }, { start: hm(20), end: hm(23) })).toBe(true);
    expect(shiftOverlapsCurfew({ start: hm(23), end: hm(2) }, { start: hm(20), end: hm(23) })).toBe(false);
  });
});
