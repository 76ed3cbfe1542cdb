// Property tests of the date arithmetic: month-end clamping and leap days hold for every date, not
// just the ones a person thought of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLength, addMonths, civilFromDay, dayFromCivil, daysInMonth, formatIsoDate, isLeapYear, parseIsoDate } from './calendar.ts';

const day = fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2150, 12, 31) });
const months = fc.integer({ min: -600, max: 600 });

describe('date arithmetic properties', () => {
  it('property: ISO text round-trips', () => {
    fc.assert(fc.property(day, (d) => parseIsoDate(formatIsoDate(d)) === d));
  });

  it('property: adding months keeps the day of month, or clamps to the last day', () => {
    fc.assert(
      fc.property(day, months, (d, n) => {
        const from = civilFromDay(d);
        const to = civilFromDay(addMonths(d, n));
        const monthIndex = from.year * 12 + from.month - 1 + n;
        expect(to.year * 12 + to.month - 1).toBe(monthIndex);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it('property: adding months is monotonic', () => {
    fc.assert(
      fc.property(day, day, months, (a, b, n) => (a <= b ? addMonths(a, n) <= addMonths(b, n) : addMonths(a, n) >= addMonths(b, n))),
    );
  });

  it('property: a leap day plus whole years lands on Feb 29 in leap years and Feb 28 otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1904, max: 2096 }).map((y) => y - (y % 4)),
        fc.integer({ min: 1, max: 50 }),
        (y, years) => {
          if (!isLeapYear(y)) return;
          const to = civilFromDay(addMonths(dayFromCivil(y, 2, 29), years * 12));
          expect(to.month).toBe(2);
          expect(to.day).toBe(isLeapYear(y + years) ? 29 : 28);
        },
      ),
    );
  });

  it('property: a longer length never ends earlier', () => {
    const len = fc.record({
      years: fc.integer({ min: 0, max: 20 }),
      months: fc.integer({ min: 0, max: 24 }),
      days: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(day, len, fc.integer({ min: 0, max: 3 }), (d, l, extra) => {
        expect(addLength(d, { ...l, months: l.months + extra })).toBeGreaterThanOrEqual(addLength(d, l));
      }),
    );
  });
});
