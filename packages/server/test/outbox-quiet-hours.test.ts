/**
 * Quiet hours (21:00–08:00 in the person's own zone), pure: each case gives the arithmetic from UTC to the
 * local wall clock and back, so a wrong answer can be checked by hand.
 */
import { describe, expect, it } from 'vitest';
import { quietUntil, usableTimeZone, wallClock, zonedInstant } from '../src/portal/quiet-hours.ts';

const at = (iso: string) => new Date(iso);
const until = (iso: string, zone: string | null, quiet?: { start: string; end: string }) =>
  quietUntil(at(iso), zone, quiet)?.toISOString() ?? null;

describe('quiet hours across midnight, Los Angeles in summer (PDT, UTC−7)', () => {
  const LA = 'America/Los_Angeles';
  it('case: 20:59 local is still daytime', () => {
    // 2026-06-02 03:59Z − 7 h = 2026-06-01 20:59 PDT: before 21:00, send now.
    expect(until('2026-06-02T03:59:00Z', LA)).toBeNull();
  });
  it('case: 21:00 local starts quiet hours, held until 08:00 the next local day', () => {
    // 04:00Z − 7 h = 21:00 PDT on June 1 → 08:00 PDT June 2 = 08:00 + 7 h = 15:00Z June 2.
    expect(until('2026-06-02T04:00:00Z', LA)).toBe('2026-06-02T15:00:00.000Z');
  });
  it('case: 23:59 and 00:00 local both end at the same 08:00 (the UTC date has already turned at 17:00 local)', () => {
    // 06:59Z = 23:59 PDT June 1; 07:00Z = 00:00 PDT June 2: both → 08:00 PDT June 2 = 15:00Z.
    expect(until('2026-06-02T06:59:00Z', LA)).toBe('2026-06-02T15:00:00.000Z');
    expect(until('2026-06-02T07:00:00Z', LA)).toBe('2026-06-02T15:00:00.000Z');
  });
  it('case: 07:59 local is quiet for one more minute; 08:00 is not', () => {
    // 14:59Z = 07:59 PDT → 15:00Z; 15:00Z = 08:00 PDT → send now.
    expect(until('2026-06-02T14:59:00Z', LA)).toBe('2026-06-02T15:00:00.000Z');
    expect(until('2026-06-02T15:00:00Z', LA)).toBeNull();
  });
});

describe('the same instant in different zones', () => {
  it('case: 01:30Z is 21:30 in New York (EDT, UTC−4) but 18:30 in Los Angeles', () => {
    // New York: 01:30Z − 4 h = 21:30 EDT June 1 → 08:00 EDT June 2 = 12:00Z.
    expect(until('2026-06-02T01:30:00Z', 'America/New_York')).toBe('2026-06-02T12:00:00.000Z');
    // Los Angeles: 01:30Z − 7 h = 18:30 PDT → not quiet.
    expect(until('2026-06-02T01:30:00Z', 'America/Los_Angeles')).toBeNull();
  });
  it('case: east of UTC the quiet night starts the UTC afternoon before (Tokyo UTC+9, Kolkata UTC+5:30)', () => {
    // Tokyo: 12:30Z + 9 h = 21:30 JST June 1 → 08:00 JST June 2 = 08:00 − 9 h = 23:00Z June 1.
    expect(until('2026-06-01T12:30:00Z', 'Asia/Tokyo')).toBe('2026-06-01T23:00:00.000Z');
    // Kolkata: 16:00Z + 5:30 = 21:30 IST June 1 → 08:00 IST June 2 = 02:30Z June 2.
    expect(until('2026-06-01T16:00:00Z', 'Asia/Kolkata')).toBe('2026-06-02T02:30:00.000Z');
  });
  it('case: Los Angeles in winter is PST (UTC−8)', () => {
    // 05:00Z Jan 15 − 8 h = 21:00 PST Jan 14 → 08:00 PST Jan 15 = 16:00Z.
    expect(until('2026-01-15T05:00:00Z', 'America/Los_Angeles')).toBe('2026-01-15T16:00:00.000Z');
  });
});

describe('daylight-saving changes during the night keep the local 08:00', () => {
  it('case: spring forward (Sunday 2026-03-08, 02:00 PST → 03:00 PDT)', () => {
    // 06:00Z Mar 8 − 8 h = 22:00 PST Mar 7; the night loses an hour: 08:00 PDT Mar 8 = 15:00Z (not 16:00Z).
    expect(until('2026-03-08T06:00:00Z', 'America/Los_Angeles')).toBe('2026-03-08T15:00:00.000Z');
  });
  it('case: fall back (Sunday 2026-11-01, 02:00 PDT → 01:00 PST)', () => {
    // 05:00Z Nov 1 − 7 h = 22:00 PDT Oct 31; the night gains an hour: 08:00 PST Nov 1 = 16:00Z (not 15:00Z).
    expect(until('2026-11-01T05:00:00Z', 'America/Los_Angeles')).toBe('2026-11-01T16:00:00.000Z');
  });
  it('case: zonedInstant and wallClock agree on either side of the change', () => {
    expect(zonedInstant(2026, 3, 8, 1, 30, 'America/Los_Angeles').toISOString()).toBe('2026-03-08T09:30:00.000Z'); // PST, −8
    expect(zonedInstant(2026, 3, 8, 3, 30, 'America/Los_Angeles').toISOString()).toBe('2026-03-08T10:30:00.000Z'); // PDT, −7
    expect(wallClock(at('2026-03-08T10:30:00Z'), 'America/Los_Angeles')).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      hour: 3,
      minute: 30,
      second: 0,
    });
  });
});

describe('other windows and zones', () => {
  it('case: a window within one day (12:00–13:00 UTC)', () => {
    expect(until('2026-06-01T11:59:00Z', 'UTC', { start: '12:00', end: '13:00' })).toBeNull();
    expect(until('2026-06-01T12:00:00Z', 'UTC', { start: '12:00', end: '13:00' })).toBe('2026-06-01T13:00:00.000Z');
    expect(until('2026-06-01T12:59:00Z', 'UTC', { start: '12:00', end: '13:00' })).toBe('2026-06-01T13:00:00.000Z');
    expect(until('2026-06-01T13:00:00Z', 'UTC', { start: '12:00', end: '13:00' })).toBeNull();
  });
  it('case: start equal to end means no quiet hours; a malformed time is refused', () => {
    expect(until('2026-06-02T04:00:00Z', 'America/Los_Angeles', { start: '00:00', end: '00:00' })).toBeNull();
    expect(() => quietUntil(at('2026-06-02T04:00:00Z'), 'UTC', { start: '9pm', end: '08:00' })).toThrow(/HH:MM/);
  });
  it('case: no zone, or one Intl does not know, is read as Los Angeles (quiet hours stay on)', () => {
    expect(usableTimeZone('Mars/Olympus_Mons')).toBe('America/Los_Angeles');
    expect(usableTimeZone(null)).toBe('America/Los_Angeles');
    expect(usableTimeZone('Europe/Madrid')).toBe('Europe/Madrid');
    // 04:00Z − 7 h = 21:00 PDT → 15:00Z, as for Los Angeles above.
    expect(until('2026-06-02T04:00:00Z', 'Mars/Olympus_Mons')).toBe('2026-06-02T15:00:00.000Z');
    expect(until('2026-06-02T04:00:00Z', null)).toBe('2026-06-02T15:00:00.000Z');
  });
});
