// Formatting in both languages through Intl (Node's full ICU, as in the browser).
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMiles, formatMoney, formatNumber, formatTime } from './format.ts';

describe('formatting in English and Spanish', () => {
  it('case: a calendar date is the same day in every time zone', () => {
    expect(formatDate('2027-08-01', 'en')).toBe('August 1, 2027');
    expect(formatDate('2027-08-01', 'es')).toBe('1 de agosto de 2027');
    // The first of the month stays the first even where midnight UTC is still the day before.
    expect(formatDate('2026-01-01', 'en')).toBe('January 1, 2026');
  });

  it('case: an appointment at 17:30 UTC is 9:30 in the morning in Los Angeles (UTC−8 in December)', () => {
    expect(formatDateTime('2026-12-03T17:30:00Z', 'en', 'America/Los_Angeles')).toBe('Thursday, December 3, 2026 at 9:30 AM');
    expect(formatDateTime('2026-12-03T17:30:00Z', 'es', 'America/Los_Angeles')).toBe('jueves, 3 de diciembre de 2026, 9:30 a.m.');
    expect(formatTime('2026-12-03T17:30:00Z', 'es', 'America/New_York')).toBe('12:30 p.m.');
  });

  it('case: counts are grouped from 1,000 in both (US Spanish writes numbers the US way, unlike Spain’s 1222)', () => {
    expect(formatNumber(1222, 'en')).toBe('1,222');
    expect(formatNumber(1222, 'es')).toBe('1,222');
    expect(formatNumber(999, 'es')).toBe('999');
  });

  it('case: dollars and miles', () => {
    expect(formatMoney(1234.5, 'en')).toBe('$1,234.50');
    expect(formatMoney(1234.5, 'es')).toBe('$1,234.50');
    expect(formatMiles(2.54, 'en')).toBe('2.5 miles');
    expect(formatMiles(1, 'es')).toBe('1 milla');
    expect(formatMiles(12, 'es')).toBe('12 millas');
  });
});
