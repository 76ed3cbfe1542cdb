import { describe, expect, it } from 'vitest';
import { biggest, closerMessage, daysSooner, endWithTermChanged, eventChange, monthlyChange } from './closer.ts';

const now = [
  { termId: 'T-1', projectedEndDate: '2027-08-01', earnedCreditDays: 660 },
  { termId: 'T-2', projectedEndDate: '2027-03-01', earnedCreditDays: 0 },
];

describe('what brings the date closer', () => {
  it('case: 2027-06-02 is 60 days sooner than 2027-08-01 (30 in June after the 2nd... counted: 29 + 31 = 60)', () => {
    // 2027-06-02 → 2027-07-01: 29 days; → 2027-08-01: 31 more.
    expect(daysSooner('2027-08-01', '2027-06-02')).toBe(60);
    expect(daysSooner('2027-08-01', '2027-08-11')).toBe(-10);
    expect(daysSooner(null, '2027-08-11')).toBe(0);
  });

  it('case: moving the later term moves the date; moving the earlier term does not', () => {
    expect(endWithTermChanged(now, 'T-1', '2027-06-02')).toBe('2027-06-02');
    expect(eventChange(now, 'T-1', '2027-06-02')).toEqual({ daysSooner: 60, dateAfter: '2027-06-02' });
    // T-1 moved to before T-2's end: the date becomes T-2's 2027-03-01, 153 days sooner (2027-03-01 → 2027-08-01).
    expect(eventChange(now, 'T-1', '2026-12-15')).toEqual({ daysSooner: 153, dateAfter: '2027-03-01' });
    expect(eventChange(now, 'T-2', '2026-12-15')).toBeNull();
  });

  it('case: a month of following the rules: 30 more days of credit with the date unchanged still counts', () => {
    const later = [{ ...now[0]!, earnedCreditDays: 690 }, now[1]!];
    expect(monthlyChange(now, later)).toEqual({ kind: 'monthly', creditDays: 30, daysSooner: 0, dateAfter: '2027-08-01' });
  });

  it('case: a month that moves the date 30 days sooner; a month that changes nothing is not listed', () => {
    const later = [{ ...now[0]!, projectedEndDate: '2027-07-02', earnedCreditDays: 690 }, now[1]!];
    expect(monthlyChange(now, later)).toEqual({ kind: 'monthly', creditDays: 30, daysSooner: 30, dateAfter: '2027-07-02' });
    expect(monthlyChange(now, now)).toBeNull();
  });

  it('case: the biggest change of several wins, the first on a tie', () => {
    expect(biggest([null, { daysSooner: 10, id: 'a' }, { daysSooner: 30, id: 'b' }, { daysSooner: 30, id: 'c' }])).toEqual({
      daysSooner: 30,
      id: 'b',
    });
    expect(biggest([null, null])).toBeNull();
  });
});

describe('the words for each item', () => {
  it('case: each kind names its message and values; a month that moves the date says so, else the credit', () => {
    expect(closerMessage({ kind: 'monthly', creditDays: 30, daysSooner: 0, dateAfter: '2027-08-01' })).toEqual({
      key: 'home.closer.monthlyCredit',
      values: { count: 30 },
    });
    expect(closerMessage({ kind: 'monthly', creditDays: 30, daysSooner: 30, dateAfter: '2027-07-02' })).toEqual({
      key: 'home.closer.monthlySooner',
      values: { count: 30 },
    });
    expect(closerMessage({ kind: 'restitution', amountUsd: 946, daysSooner: 720, dateAfter: '2027-07-10' })).toEqual({
      key: 'home.closer.restitution',
      values: { amount: 946, date: '2027-07-10', count: 720 },
    });
    expect(closerMessage({ kind: 'ged', daysSooner: 60, dateAfter: '2027-11-11' })).toEqual({
      key: 'home.closer.ged',
      values: { date: '2027-11-11', count: 60 },
    });
  });
});
