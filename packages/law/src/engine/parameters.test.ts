import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../dates/calendar.ts';
import { inForce, parameter, ParameterWalk } from './parameters.ts';

const d = parseIsoDate;

/** Three dated values, the middle one `null` (the provision does not operate in between). */
const rate = parameter<number>({
  label: 'Credit days per month',
  description: 'A test parameter.',
  unit: 'days',
  values: [
    { from: '2010-01-01', value: 10, source: { citation: 'Test § 1(a)' } },
    { from: '2015-07-01', value: null, source: { citation: 'Test § 1(b)' } },
    { from: '2020-03-01', value: 30, source: { citation: 'Test § 1(c)' } },
  ],
});

describe('ParameterWalk', () => {
  it('case: before the first value there is no answer, as with inForce', () => {
    const walk = new ParameterWalk(rate);
    expect(walk.at(d('2009-12-31'))).toBeUndefined();
    expect(inForce(rate, d('2009-12-31'))).toBeUndefined();
    expect(walk.at(d('2010-01-01'))?.value).toBe(10);
  });

  it('case: same answers as inForce on each side of every value boundary, walking forward', () => {
    const walk = new ParameterWalk(rate);
    const days = ['2009-12-31', '2010-01-01', '2015-06-30', '2015-07-01', '2020-02-29', '2020-03-01', '2030-01-01'].map(d);
    for (const day of days) expect(walk.at(day)).toBe(inForce(rate, day));
    expect(days.map((day) => walk.at(day)?.value ?? null)).toEqual([null, 10, 10, null, null, 30, 30]);
  });

  it('case: given an as-of date, a later day reads the law in force on it (day before / day of the change)', () => {
    // As of 2020-02-29 (the leap day before the 30-day value), 2025 still reads null; as of 2020-03-01, 30.
    expect(new ParameterWalk(rate, d('2020-02-29')).at(d('2025-01-01'))?.value ?? null).toBeNull();
    expect(new ParameterWalk(rate, d('2020-03-01')).at(d('2025-01-01'))?.value).toBe(30);
    // Days up to the as-of date are read as they are.
    expect(new ParameterWalk(rate, d('2020-03-01')).at(d('2012-01-01'))?.value).toBe(10);
  });

  it('case: same answers as inForce when days go backwards across boundaries', () => {
    const walk = new ParameterWalk(rate);
    for (const iso of ['2030-01-01', '2020-03-01', '2020-02-29', '2015-07-01', '2015-06-30', '2010-01-01', '2009-12-31']) {
      expect(walk.at(d(iso))).toBe(inForce(rate, d(iso)));
    }
  });

  it('property: any sequence of days gives the answers of inForce', () => {
    const day = fc.integer({ min: d('2005-01-01'), max: d('2025-01-01') });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), (days) => {
        const walk = new ParameterWalk(rate);
        for (const x of days) expect(walk.at(x)).toBe(inForce(rate, x));
      }),
    );
  });
});
