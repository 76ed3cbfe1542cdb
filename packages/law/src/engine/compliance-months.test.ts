import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayFromCivil, formatIsoDate, parseIsoDate } from '../dates/calendar.ts';
import {
  creditsPostedBy,
  dayCreditsSatisfyTerm,
  dayCreditsSatisfyTermWhileRunning,
  daysStoodBefore,
  fullCalendarMonths,
  FullMonthWalk,
  servedWords,
  type CalendarMonth,
} from './compliance-months.ts';

const d = parseIsoDate;

describe('full calendar months', () => {
  it('case: a mid-month start skips its month; a first-of-month start counts it', () => {
    // 2021-03-15 to 2021-07-10: April, May and June are full; March (partial) and July (not ended) are not.
    expect(fullCalendarMonths(d('2021-03-15'), d('2021-07-10')).map((m) => formatIsoDate(m.first))).toEqual([
      '2021-04-01',
      '2021-05-01',
      '2021-06-01',
    ]);
    expect(fullCalendarMonths(d('2021-03-01'), d('2021-03-31')).map((m) => [formatIsoDate(m.last), formatIsoDate(m.posts)])).toEqual([
      ['2021-03-31', '2021-04-01'],
    ]);
  });

  it('case: February in a leap year and across a year end', () => {
    const months = fullCalendarMonths(d('2023-12-31'), d('2024-03-01'));
    expect(months.map((m) => `${formatIsoDate(m.first)}..${formatIsoDate(m.last)}`)).toEqual([
      '2024-01-01..2024-01-31',
      '2024-02-01..2024-02-29',
    ]);
  });

  it('property: months are consecutive, whole and inside the span', () => {
    const day = fc.integer({ min: dayFromCivil(1990, 1, 1), max: dayFromCivil(2100, 1, 1) });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4000 }), (start, length) => {
        const months = fullCalendarMonths(start, start + length);
        for (const [i, m] of months.entries()) {
          expect(formatIsoDate(m.first).endsWith('-01')).toBe(true);
          expect(m.posts).toBe(addMonths(m.first, 1));
          expect(m.last).toBe(m.posts - 1);
          expect(m.first).toBeGreaterThanOrEqual(start);
          expect(m.last).toBeLessThanOrEqual(start + length);
          if (i > 0) expect(m.first).toBe(months[i - 1]!.posts);
        }
      }),
    );
  });
});

describe('the full-month walk', () => {
  it('case: a mid-month start begins with the next month; a first-of-month start with its own', () => {
    const mid = new FullMonthWalk(d('2021-03-15'));
    expect([formatIsoDate(mid.first), formatIsoDate(mid.last), formatIsoDate(mid.posts)]).toEqual([
      '2021-04-01',
      '2021-04-30',
      '2021-05-01',
    ]);
    const first = new FullMonthWalk(d('2021-03-01'));
    expect([formatIsoDate(first.first), formatIsoDate(first.last), formatIsoDate(first.posts)]).toEqual([
      '2021-03-01',
      '2021-03-31',
      '2021-04-01',
    ]);
  });

  it('case: next() crosses a leap February and a year end; current() stays put when the walk moves on', () => {
    const m = new FullMonthWalk(d('2023-11-20'));
    const seen: CalendarMonth[] = [];
    for (let i = 0; i < 4; i++, m.next()) seen.push(m.current());
    expect(seen.map((x) => `${formatIsoDate(x.first)}..${formatIsoDate(x.last)}`)).toEqual([
      '2023-12-01..2023-12-31',
      '2024-01-01..2024-01-31',
      '2024-02-01..2024-02-29',
      '2024-03-01..2024-03-31',
    ]);
    expect(seen[0]).toEqual({ first: d('2023-12-01'), last: d('2023-12-31'), posts: d('2024-01-01') });
    expect(formatIsoDate(m.first)).toBe('2024-04-01');
  });

  it('property: walking to the end gives exactly fullCalendarMonths', () => {
    const day = fc.integer({ min: dayFromCivil(1990, 1, 1), max: dayFromCivil(2100, 1, 1) });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4000 }), (start, length) => {
        const walked: CalendarMonth[] = [];
        for (const m = new FullMonthWalk(start); m.last <= start + length; m.next()) walked.push(m.current());
        expect(walked).toEqual(fullCalendarMonths(start, start + length));
      }),
    );
  });
});

describe('the day credits satisfy a term', () => {
  it('case: MO-1 arithmetic, 1,826-day term with 30 days a month from May 2021', () => {
    // Credits post on the 1st of each month from 2021-05-01. On 2023-10-01: served 930 + 30 × 30 = 1,830 ≥ 1,826.
    // On 2023-09-30: 929 + 29 × 30 = 1,799 < 1,826.
    const start = d('2021-03-15');
    const postings = Array.from({ length: 60 }, (_, i) => ({ posts: addMonths(d('2021-05-01'), i), days: 30 }));
    expect(formatIsoDate(dayCreditsSatisfyTerm(start, 1826, postings)!)).toBe('2023-10-01');
  });

  it('case: between postings the served days finish the term; a floor holds it back', () => {
    // 100-day term, 30 credit days post on day 20: 20 + 30 = 50 < 100; then satisfied on start + 70.
    expect(dayCreditsSatisfyTerm(0, 100, [{ posts: 20, days: 30 }])).toBe(70);
    expect(dayCreditsSatisfyTerm(0, 100, [{ posts: 20, days: 30 }], 80)).toBe(80);
    expect(dayCreditsSatisfyTerm(0, 100, [])).toBe(100);
  });
});

describe('credits posted by a day', () => {
  it('case: a posting counts from its own day on, not the day before', () => {
    // Postings of 30 on 2021-05-01 and 2021-06-01: by 2021-05-31, 30; by 2021-06-01, 30 + 30 = 60.
    const postings = [
      { posts: d('2021-05-01'), days: 30 },
      { posts: d('2021-06-01'), days: 30 },
    ];
    expect(creditsPostedBy(postings, d('2021-04-30'))).toBe(0);
    expect(creditsPostedBy(postings, d('2021-05-01'))).toBe(30);
    expect(creditsPostedBy(postings, d('2021-05-31'))).toBe(30);
    expect(creditsPostedBy(postings, d('2021-06-01'))).toBe(60);
    expect(creditsPostedBy([], d('2021-06-01'))).toBe(0);
  });
});

describe('a term that stood still (revoked, later reinstated)', () => {
  it('case: days stood still are not served, and no day inside them satisfies the term', () => {
    // Term 0..100 (100 days), 30 credits posted on day 20, stood still on days 50..59 (10 days).
    // Without it: 70 served + 30 = 100 on day 70. With it: on day 80, 80 − 10 = 70 served + 30 = 100.
    expect(dayCreditsSatisfyTermWhileRunning(0, 100, [{ posts: 20, days: 30 }], [])).toBe(70);
    expect(dayCreditsSatisfyTermWhileRunning(0, 100, [{ posts: 20, days: 30 }], [{ start: 50, end: 59 }])).toBe(80);
    // Stood still over the day it would be satisfied (65..74): on day 75, 75 − 10 = 65 < 70; day 80: 70 + 30.
    expect(dayCreditsSatisfyTermWhileRunning(0, 100, [{ posts: 20, days: 30 }], [{ start: 65, end: 74 }])).toBe(80);
    // Never before the end: 100 days stood still from day 1 leave nothing to reach by day 100.
    expect(dayCreditsSatisfyTermWhileRunning(0, 100, [], [{ start: 1, end: null }])).toBeNull();
  });

  it('case: days stood still count from the start of supervision, both ends included, up to the day before', () => {
    // Revoked 2022-02-01..2022-03-31 (59 days), supervision from 2022-03-01: March alone, 31 days, before 2022-04-01.
    const span = [{ start: d('2022-02-01'), end: d('2022-03-31') }];
    expect(daysStoodBefore(span, d('2022-03-01'), d('2022-04-01'))).toBe(31);
    expect(daysStoodBefore(span, d('2022-03-01'), d('2022-03-15'))).toBe(14);
    expect(daysStoodBefore(span, d('2022-03-01'), d('2022-03-01'))).toBe(0);
    // A span still open counts to the day before.
    expect(daysStoodBefore([{ start: d('2024-02-28'), end: null }], d('2024-01-01'), d('2024-03-01'))).toBe(2);
    expect(servedWords(0, 100, [{ start: 50, end: 59 }])).toBe('90 days (not counting the 10 days it stood revoked)');
    expect(servedWords(0, 100, [])).toBe('100 days');
  });
});
