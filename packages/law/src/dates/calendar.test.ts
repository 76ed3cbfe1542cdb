import { describe, expect, it } from 'vitest';
import {
  addHalfLength,
  addLength,
  addMonths,
  addYears,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  describeLength,
  formatIsoDate,
  formatLongDate,
  describeMonths,
  describeMonthCount,
  addMonthsAndPart,
  subtractMonthsAndPart,
  monthsAsLength,
  firstOfMonth,
  isIsoDate,
  parseIsoDate,
  tryParseIsoDate,
  wholeMonthsBetween,
} from './calendar.ts';

const d = parseIsoDate;
const iso = formatIsoDate;

describe('ISO dates', () => {
  it('case: the epoch and both sides of it', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(d('1969-12-31')).toBe(-1);
    expect(iso(d('2000-02-29'))).toBe('2000-02-29');
  });

  it('case: impossible and malformed dates are refused', () => {
    for (const bad of [
      '2023-02-29',
      '2021-02-30',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '1900-02-29',
      '21-01-01',
      '2021-1-01',
      '2021/01/01',
      '2021-01-01T00:00:00Z',
      '',
      'abcd-ef-gh',
      ' 2021-01-01',
    ]) {
      expect(tryParseIsoDate(bad), bad).toBeUndefined();
      expect(isIsoDate(bad), bad).toBe(false);
    }
    // 2000 is a leap year (divisible by 400); 1900 is not (divisible by 100); 2024 is (by 4).
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('case: long dates read as a person writes them', () => {
    expect(formatLongDate(d('2026-03-15'))).toBe('March 15, 2026');
  });
});

describe('calendar arithmetic clamps to the month end (spec § 3)', () => {
  it('case: one month after the 31st', () => {
    expect(iso(addMonths(d('2021-05-31'), 1))).toBe('2021-06-30'); // June has 30 days
    expect(iso(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29'); // 2024 is a leap year
    expect(iso(addMonths(d('2023-01-31'), 1))).toBe('2023-02-28');
    expect(iso(addMonths(d('2021-03-31'), -1))).toBe('2021-02-28');
  });

  it('case: a leap day plus a year', () => {
    expect(iso(addYears(d('2024-02-29'), 1))).toBe('2025-02-28');
    expect(iso(addYears(d('2024-02-29'), 4))).toBe('2028-02-29');
  });

  it('case: years and months are one step, then days', () => {
    // 2023-01-31 + 13 months = 2024-02-29 in one step (not 2024-01-31 + 1 month via 2024-02-28 + …).
    expect(iso(addLength(d('2023-01-31'), { years: 1, months: 1 }))).toBe('2024-02-29');
    // 2021-03-15 + 5 years = 2026-03-15: 1,826 days, because it includes 2024-02-29.
    expect(addLength(d('2021-03-15'), { years: 5 }) - d('2021-03-15')).toBe(1826);
    expect(iso(addLength(d('2021-12-25'), { days: 10 }))).toBe('2022-01-04');
  });

  it('case: half a term', () => {
    // 3 years = 36 months; half = 18 months: 2022-05-10 + 18 months = 2023-11-10.
    expect(iso(addHalfLength(d('2022-05-10'), { years: 3 }))).toBe('2023-11-10');
    // 5 months: 2 months + 15 days: 2024-01-31 + 2 months = 2024-03-31, + 15 days = 2024-04-15.
    expect(iso(addHalfLength(d('2024-01-31'), { months: 5 }))).toBe('2024-04-15');
    // 15 days rounds up to 8.
    expect(iso(addHalfLength(d('2024-01-01'), { days: 15 }))).toBe('2024-01-09');
  });

  it('case: whole months between', () => {
    expect(wholeMonthsBetween(d('2021-01-31'), d('2021-02-28'))).toBe(1); // clamped anniversary
    expect(wholeMonthsBetween(d('2021-01-15'), d('2021-02-14'))).toBe(0);
    expect(wholeMonthsBetween(d('2021-01-15'), d('2022-01-15'))).toBe(12);
  });

  it('case: lengths in words', () => {
    expect(describeLength({ years: 1, months: 6 })).toBe('1 year and 6 months');
    expect(describeLength({ years: 2, months: 1, days: 3 })).toBe('2 years, 1 month and 3 days');
    expect(describeMonths(30)).toBe('2 years and 6 months');
    expect(describeMonths(12.5)).toBe('1 year and 15 days');
    // 3 × 12.03 = 36.09 months: 0.09 × 30 = 2.7 → 3 days (not "36.089999999999996 months").
    expect(describeMonthCount(3 * 12.03)).toBe('36 months and 3 days');
    expect(describeMonthCount(36)).toBe('36 months');
  });

  it('case: a part month counts as days at 30 a month, rounded to the nearest day', () => {
    // 12.5 months from 2024-01-31: 12 months → 2025-01-31, + 0.5 × 30 = 15 days → 2025-02-15.
    expect(iso(addMonthsAndPart(d('2024-01-31'), 12.5))).toBe('2025-02-15');
    // A year and a day written as 12.03 months: 0.03 × 30 = 0.9 → 1 day: 2024-02-29 + 12 months = 2025-02-28, + 1 = 2025-03-01.
    expect(iso(addMonthsAndPart(d('2024-02-29'), 12.03))).toBe('2025-03-01');
    // 0.99 × 30 = 29.7 → 30 days, kept as days, not carried into a month: 2024-01-10 + 59 months = 2028-12-10, + 30 = 2029-01-09.
    expect(monthsAsLength(59.99)).toEqual({ years: 4, months: 11, days: 30 });
    expect(iso(addMonthsAndPart(d('2024-01-10'), 59.99))).toBe('2029-01-09');
    // Never past the next whole month: 2024-03-01 + 59 months = 2029-02-01, + 30 days = 2029-03-03, past
    // 2024-03-01 + 60 months = 2029-03-01, so 2029-03-01.
    expect(iso(addMonthsAndPart(d('2024-03-01'), 59.99))).toBe('2029-03-01');
    // Whole months are plain calendar months: 2024-01-31 + 13 = 2025-02-28.
    expect(iso(addMonthsAndPart(d('2024-01-31'), 13))).toBe('2025-02-28');
  });

  it('case: a part month counted back: whole months first, then the days', () => {
    // 2022-05-15 − 0.5 month = − 15 days = 2022-04-30; − 3.5 = 2022-02-15 − 15 days = 2022-01-31.
    expect(iso(subtractMonthsAndPart(d('2022-05-15'), 0.5))).toBe('2022-04-30');
    expect(iso(subtractMonthsAndPart(d('2022-05-15'), 3.5))).toBe('2022-01-31');
    // 2024-03-31 − 1 month = 2024-02-29 (clamped); − 1.99 = 2024-02-29 − 30 days = 2024-01-30, not before
    // 2024-03-31 − 2 months = 2024-01-31: 2024-01-31.
    expect(iso(subtractMonthsAndPart(d('2024-03-31'), 1))).toBe('2024-02-29');
    expect(iso(subtractMonthsAndPart(d('2024-03-31'), 1.99))).toBe('2024-01-31');
  });
});

describe('civil conversions', () => {
  it('case: every day of 1900–2200 round-trips', () => {
    for (let day = dayFromCivil(1900, 1, 1); day <= dayFromCivil(2200, 12, 31); day++) {
      const c = civilFromDay(day);
      if (dayFromCivil(c.year, c.month, c.day) !== day) throw new Error(`round trip fails at ${day}`);
    }
  });

  // The conversions look days up in tables for 1900–2299 and compute them outside it: the two must agree
  // where they meet, and each day in the tables must follow the one before (the next day of the month, or
  // the 1st after the month's last day, its length from the leap-year rule).
  it('case: each day from 1899 to 2301 follows the one before, across both ends of the tables', () => {
    let prev = civilFromDay(dayFromCivil(1899, 1, 1) - 1);
    expect(prev).toEqual({ year: 1898, month: 12, day: 31 });
    for (let day = dayFromCivil(1899, 1, 1); day <= dayFromCivil(2301, 1, 1); day++) {
      const c = civilFromDay(day);
      const rolls = prev.day === daysInMonth(prev.year, prev.month);
      const expected = !rolls
        ? { year: prev.year, month: prev.month, day: prev.day + 1 }
        : prev.month === 12
          ? { year: prev.year + 1, month: 1, day: 1 }
          : { year: prev.year, month: prev.month + 1, day: 1 };
      if (c.year !== expected.year || c.month !== expected.month || c.day !== expected.day) {
        throw new Error(`day ${day} is ${JSON.stringify(c)}, expected ${JSON.stringify(expected)}`);
      }
      prev = c;
    }
    // 1900 is not a leap year (divisible by 100), 2000 is (by 400), 2100 and 2300 are not; 1970-01-01 is day 0.
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(formatIsoDate(parseIsoDate('1899-12-31') + 1)).toBe('1900-01-01');
    expect(formatIsoDate(parseIsoDate('2299-12-31') + 1)).toBe('2300-01-01');
    expect(tryParseIsoDate('1900-02-29')).toBeUndefined();
    expect(tryParseIsoDate('2000-02-29')).toBe(dayFromCivil(2000, 3, 1) - 1);
    expect(tryParseIsoDate('2300-02-29')).toBeUndefined();
    expect(tryParseIsoDate('2299-13-01')).toBeUndefined();
    // Month arithmetic leaving the tables: 2299-01-31 + 1 month = 2299-02-28; + 11 months = 2299-12-31;
    // + 12 months = 2300-01-31 (computed outside); 1900-01-31 − 1 month = 1899-12-31.
    expect(formatIsoDate(addMonths(parseIsoDate('2299-01-31'), 1))).toBe('2299-02-28');
    expect(formatIsoDate(addMonths(parseIsoDate('2299-01-31'), 11))).toBe('2299-12-31');
    expect(formatIsoDate(addMonths(parseIsoDate('2299-01-31'), 12))).toBe('2300-01-31');
    expect(formatIsoDate(addMonths(parseIsoDate('1900-01-31'), -1))).toBe('1899-12-31');
    expect(formatIsoDate(firstOfMonth(parseIsoDate('2299-12-31')))).toBe('2299-12-01');
    expect(formatIsoDate(firstOfMonth(parseIsoDate('2300-02-15')))).toBe('2300-02-01');
  });
});
