/**
 * Open now, at given instants. June 2026: the 1st is a Monday, the 5th a Friday, the 6th a Saturday;
 * Los Angeles is on PDT (UTC−7) in June and PST (UTC−8) in January.
 */
import { describe, expect, it } from 'vitest';
import type { DirectoryScheduleInput } from '@pathways/store';
import { appliesOn, isOpenAt, localInstant, parseByday, parseScheduleTime, scheduleOpenAt, timeZoneForState } from './open-now.ts';

const LA = 'America/Los_Angeles';
const schedule = (extra: Partial<DirectoryScheduleInput>): DirectoryScheduleInput => ({
  freq: 'WEEKLY',
  byday: 'MO,TU,WE,TH,FR',
  bymonthday: null,
  opensAt: '09:00',
  closesAt: '17:00',
  validFrom: null,
  validTo: null,
  utcOffsetMinutes: null,
  description: null,
  ...extra,
});
const at = (iso: string) => new Date(iso);

describe('open now', () => {
  const weekdays = schedule({});

  it('case: Mon–Fri 09:00–17:00 in Los Angeles: 16:30Z is 09:30 PDT (open), 15:30Z is 08:30 (closed)', () => {
    expect(isOpenAt([weekdays], at('2026-06-01T16:30:00Z'), LA)).toBe(true);
    expect(isOpenAt([weekdays], at('2026-06-01T15:30:00Z'), LA)).toBe(false);
    // 17:00 local (00:00Z on the 2nd) is closing time: closed.
    expect(isOpenAt([weekdays], at('2026-06-02T00:00:00Z'), LA)).toBe(false);
    expect(isOpenAt([weekdays], at('2026-06-01T23:59:00Z'), LA)).toBe(true);
    // Saturday 6 June, 10:00 PDT = 17:00Z: not in byday.
    expect(isOpenAt([weekdays], at('2026-06-06T17:00:00Z'), LA)).toBe(false);
  });

  it('case: daylight saving is followed: in January 16:30Z is 08:30 PST (closed), 17:30Z is 09:30 (open)', () => {
    expect(isOpenAt([weekdays], at('2026-01-05T16:30:00Z'), LA)).toBe(false);
    expect(isOpenAt([weekdays], at('2026-01-05T17:30:00Z'), LA)).toBe(true);
  });

  it('case: Friday 20:00–02:00 runs past midnight: open Saturday 01:00, closed Saturday 03:00 and Friday 01:00', () => {
    const late = schedule({ byday: 'FR', opensAt: '20:00', closesAt: '02:00' });
    // Saturday 01:00 PDT = 08:00Z on the 6th.
    expect(scheduleOpenAt(late, at('2026-06-06T08:00:00Z'), LA)).toBe(true);
    // Saturday 03:00 PDT = 10:00Z.
    expect(scheduleOpenAt(late, at('2026-06-06T10:00:00Z'), LA)).toBe(false);
    // Friday 01:00 PDT = 08:00Z on the 5th: Thursday had no late hours.
    expect(scheduleOpenAt(late, at('2026-06-05T08:00:00Z'), LA)).toBe(false);
    // Friday 21:00 PDT = 04:00Z on the 6th.
    expect(scheduleOpenAt(late, at('2026-06-06T04:00:00Z'), LA)).toBe(true);
  });

  it('case: an offset on the time, or the schedule’s timezone, wins over the location’s zone', () => {
    // 09:00−05:00 is 14:00Z; at 14:30Z it is 09:30 at that offset although 07:30 in Los Angeles.
    const eastern = schedule({ opensAt: '09:00-05:00', closesAt: '17:00-05:00' });
    expect(scheduleOpenAt(eastern, at('2026-06-01T14:30:00Z'), LA)).toBe(true);
    expect(scheduleOpenAt(schedule({ utcOffsetMinutes: -300 }), at('2026-06-01T14:30:00Z'), LA)).toBe(true);
    expect(scheduleOpenAt(schedule({ opensAt: '09:00Z', closesAt: '17:00Z' }), at('2026-06-01T08:30:00Z'), LA)).toBe(false);
  });

  it('case: MONTHLY 2MO is the second Monday (8 June), -1FR the last Friday (26 June)', () => {
    const second = schedule({ freq: 'MONTHLY', byday: '2MO' });
    expect(scheduleOpenAt(second, at('2026-06-08T17:00:00Z'), LA)).toBe(true);
    expect(scheduleOpenAt(second, at('2026-06-01T17:00:00Z'), LA)).toBe(false);
    const last = schedule({ freq: 'MONTHLY', byday: '-1FR' });
    expect(scheduleOpenAt(last, at('2026-06-26T17:00:00Z'), LA)).toBe(true);
    expect(scheduleOpenAt(last, at('2026-06-19T17:00:00Z'), LA)).toBe(false);
    expect(
      appliesOn(schedule({ freq: 'MONTHLY', byday: null, bymonthday: '1,-1' }), {
        date: '2026-06-30',
        year: 2026,
        month: 6,
        day: 30,
        weekday: 2,
      }),
    ).toBe(true);
  });

  it('case: outside valid_from…valid_to is closed; no hours at all is unknown (null), not closed', () => {
    const ended = schedule({ validTo: '2026-05-31' });
    expect(isOpenAt([ended], at('2026-06-01T17:00:00Z'), LA)).toBe(false);
    expect(isOpenAt([schedule({ opensAt: null, closesAt: null })], at('2026-06-01T17:00:00Z'), LA)).toBeNull();
    expect(isOpenAt([], at('2026-06-01T17:00:00Z'), LA)).toBeNull();
    // One schedule closed and one open: open.
    expect(isOpenAt([ended, schedule({ byday: 'MO' })], at('2026-06-01T17:00:00Z'), LA)).toBe(true);
  });

  it('case: 00:00–23:59 is open all day, to midnight', () => {
    const allDay = schedule({ byday: null, opensAt: '00:00', closesAt: '23:59' });
    // 23:59:30 PDT on Monday = 06:59:30Z on Tuesday.
    expect(scheduleOpenAt(allDay, at('2026-06-02T06:59:30Z'), LA)).toBe(true);
  });

  it('case: the parsers: times with seconds and offsets, byday ordinals, state zones', () => {
    expect(parseScheduleTime('10:00:00')).toEqual({ minutes: 600 });
    expect(parseScheduleTime('09:00-05:00')).toEqual({ minutes: 540, offsetMinutes: -300 });
    expect(parseScheduleTime('09:30+0130')).toEqual({ minutes: 570, offsetMinutes: 90 });
    expect(parseScheduleTime('9am')).toBeUndefined();
    expect(parseScheduleTime('25:00')).toBeUndefined();
    expect(parseByday('MO, 2TU,-1FR')).toEqual([
      { ordinal: null, day: 1 },
      { ordinal: 2, day: 2 },
      { ordinal: -1, day: 5 },
    ]);
    expect(parseByday('Monday')).toBeUndefined();
    expect(timeZoneForState('mo')).toBe('America/Chicago');
    expect(timeZoneForState('PA')).toBe('America/New_York');
    expect(timeZoneForState('ZZ')).toBeNull();
    expect(localInstant(at('2026-06-01T16:30:00Z'), { timeZone: 'America/Chicago' })).toEqual({
      date: '2026-06-01',
      year: 2026,
      month: 6,
      day: 1,
      weekday: 1,
      minutes: 11 * 60 + 30,
    });
  });
});
