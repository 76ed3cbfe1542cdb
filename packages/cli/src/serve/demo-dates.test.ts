import { describe, expect, it } from 'vitest';
import { addDays, addYears, zonedIso } from './demo-dates.ts';

describe('the demo’s dates', () => {
  it('case: days across a month end, a leap day and a year end', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29'); // 2028 is a leap year
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01'); // 2027 is not
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-30', -420)).toBe('2025-10-06'); // 365 days back is 30 Nov 2025; 55 more: 30 to 31 Oct, 25 to 6 Oct
  });

  it('case: a year on from 29 February is 28 February; other days keep their date', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2026-11-30', 2)).toBe('2028-11-30');
  });

  it('case: Missouri wall-clock times on either side of the change to daylight time (8 March 2026)', () => {
    expect(zonedIso('2026-03-07', '18:00', 'America/Chicago')).toBe('2026-03-08T00:00:00.000Z'); // CST, −6
    expect(zonedIso('2026-03-09', '18:00', 'America/Chicago')).toBe('2026-03-09T23:00:00.000Z'); // CDT, −5
  });
});
