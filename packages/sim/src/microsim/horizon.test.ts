import { formatIsoDate, parseIsoDate } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { horizonFrom, monthLabel } from './horizon.ts';

describe('the simulation calendar', () => {
  it('case: months from 2012-09-01, across a leap February', () => {
    const h = horizonFrom('2012-09-01', 18);
    expect(formatIsoDate(h.monthStart[0]!)).toBe('2012-09-01');
    expect(formatIsoDate(h.monthStart[18]!)).toBe('2014-03-01');
    // February 2013 has 28 days: 2013-03-01 − 2013-02-01 = 28.
    expect(h.monthStart[6]! - h.monthStart[5]!).toBe(28);
    expect(monthLabel(h, 4)).toBe('2013-01');
  });
  it('case: a leap February, from a Day', () => {
    // 2024 is a leap year: 2024-03-01 − 2024-02-01 = 29 days; twelve months from 2024-01-01 is 2025-01-01.
    const h = horizonFrom(parseIsoDate('2024-01-01'), 12);
    expect(h.monthStart[2]! - h.monthStart[1]!).toBe(29);
    expect(formatIsoDate(h.monthStart[12]!)).toBe('2025-01-01');
  });
  it('case: a first day that is not the first of a month is refused', () => {
    expect(() => horizonFrom('2012-09-15', 12)).toThrow(/first of a month/);
  });
  it('case: a horizon of no months is refused', () => {
    expect(() => horizonFrom('2012-09-01', 0)).toThrow(/1 to 600 months/);
  });
});
