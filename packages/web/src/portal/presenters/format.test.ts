// Formatting in both languages through Intl (Node's full ICU, as in the browser).
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateOf, formatDateTime, formatMiles, formatMoney, formatNumber, formatTime, portalFormat } from './format.ts';

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

describe('the portal’s formatters in the person’s time zone', () => {
  // 10:00 UTC on December 11 is 2:00 in the morning in Los Angeles, and the evening before in Honolulu.
  const appointment = '2026-12-11T10:00:00Z';

  it('case: an appointment reads at the hour in the profile’s zone, whatever zone the device is in', () => {
    const la = portalFormat('en', 'America/Los_Angeles');
    expect(la.timeZone).toBe('America/Los_Angeles');
    expect(la.dateTime(appointment)).toBe('Friday, December 11, 2026 at 2:00 AM');
    expect(la.time(appointment)).toBe('2:00 AM');
    expect(portalFormat('es', 'America/New_York').dateTime(appointment)).toBe('viernes, 11 de diciembre de 2026, 5:00 a.m.');
  });

  it('case: the day an instant falls on is the day in the profile’s zone', () => {
    expect(portalFormat('en', 'Pacific/Honolulu').dateOf(appointment)).toBe('December 11, 2026');
    expect(portalFormat('en', 'Pacific/Honolulu').dateOf('2026-12-11T06:00:00Z')).toBe('December 10, 2026');
    expect(formatDateOf('2026-12-11T06:00:00Z', 'es', 'Europe/Madrid')).toBe('11 de diciembre de 2026');
    // A calendar date (the law's) is the same day in every zone.
    expect(portalFormat('en', 'Pacific/Honolulu').date('2026-12-11')).toBe('December 11, 2026');
  });

  it('case: no zone on the profile, or one this browser does not know, falls back to the device’s', () => {
    for (const zone of [null, 'Mars/Olympus_Mons']) {
      const format = portalFormat('en', zone);
      expect(format.timeZone).toBeUndefined();
      expect(format.dateTime(appointment)).toBe(formatDateTime(appointment, 'en'));
    }
  });
});
