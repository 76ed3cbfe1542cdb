/** Laws 2023, ch. 52: the 2023 felony limit and stays pronounced before August 1, 2023. */
import { describe, expect, it } from 'vitest';
import { opportunities } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { Offense } from '../../../records/schema.ts';
import { usMn } from '../index.ts';
import { run, says, stayed, warns } from './test-helpers.ts';

// Research example 4 (like the case Reason reported): a 2013 drug stay of 40 years, maximum 40 years.
const drug40: Offense = { statute: '152.021', level: 'felony', maxPrisonMonths: 480, description: 'First-degree drug sale' };
const longStay = stayed('2013-10-01', [drug40], { length: { years: 40 } });

describe('retroactive reach of the 2023 limit', () => {
  it('case: research example 4, as of 2023-07-31 the law is not in force: former law only', () => {
    // Former limit max(48, 480) = 480 months: 2013-10-01 + 480 months = 2053-10-01 = the term as ordered.
    const e = run(longStay, '2023-07-31');
    expect(e.statutoryMaxEndDate).toBe('2053-10-01');
    expect(opportunities(e, 'term_cap')).toEqual([]);
    expect(says(e, 'on July 31, 2023 it is not in effect yet')).toBe(true);
  });

  it('case: research example 4, as of 2023-08-01: the court can cut it to 5 years, which ended 2018-10-01', () => {
    // New limit min(60, 480) = 60 months: 2013-10-01 + 60 months = 2018-10-01 (already passed).
    const e = run(longStay, '2023-08-01');
    expect(e.statutoryMaxEndDate).toBe('2053-10-01');
    expect(e.projectedEndDate).toBe('2053-10-01');
    const caps = opportunities(e, 'term_cap');
    expect(caps).toEqual([expect.objectContaining({ status: 'eligible', date: '2018-10-01' })]);
    expect(caps[0]!.citations).toContain('Laws 2023, ch. 52 (retroactive application)');
    expect(warns(e, 'this evaluation assumes a court must reduce the term')).toBe(true);
    // The former law's limit is labelled as such, apart from the 2023 one that follows it.
    expect(e.explanation.some((s) => s.text.startsWith('Under those limits: ') && s.text.includes('October 1, 2053'))).toBe(true);
  });

  it('case: no deadline is encoded: the court route is the same on 2024-01-31, 2024-02-01 and 2026-11-30', () => {
    // No source read gives a deadline (the February 1, 2024 date in some summaries was not found in the
    // law). New limit: 2013-10-01 + 60 months = 2018-10-01, eligible on each side of February 1, 2024.
    for (const asOf of ['2024-01-31', '2024-02-01', '2026-11-30']) {
      const e = run(longStay, asOf);
      expect(e.statutoryMaxEndDate).toBe('2053-10-01');
      expect(opportunities(e, 'term_cap')).toEqual([expect.objectContaining({ status: 'eligible', date: '2018-10-01' })]);
    }
  });

  it('case: a pre-2023 stay whose 5 years are still to come: upcoming', () => {
    // Stayed 2021-03-01 for 8 years, maximum 120 months: min(60, 120) = 60; 2021-03-01 + 60 = 2026-03-01.
    const e = run(
      stayed('2021-03-01', [{ statute: '609.52', level: 'felony', maxPrisonMonths: 120 }], { length: { years: 8 } }),
      '2024-06-30',
    );
    expect(opportunities(e, 'term_cap')).toEqual([expect.objectContaining({ status: 'upcoming', date: '2026-03-01' })]);
  });

  it('case: a pre-2023 stay already within five years: nothing to reduce', () => {
    // Stayed 2022-01-01 for 4 years: ends 2026-01-01, before 2022-01-01 + 60 months = 2027-01-01.
    const e = run(
      stayed('2022-01-01', [{ statute: '609.52', level: 'felony', maxPrisonMonths: 120 }], { length: { years: 4 } }),
      '2024-06-30',
    );
    expect(opportunities(e, 'term_cap')).toEqual([]);
    expect(says(e, 'your probation already ends by then')).toBe(true);
  });

  it('case: a listed offense stayed before 2023 is not reduced (ineligible)', () => {
    // CSC 4th degree stayed 2020-01-15 for 10 years: (b) keeps max(48, 120) = 120 months.
    const e = run(
      stayed('2020-01-15', [{ statute: '609.345', level: 'felony', maxPrisonMonths: 120 }], { length: { years: 10 } }),
      '2024-06-30',
    );
    const caps = opportunities(e, 'term_cap');
    expect(caps).toEqual([expect.objectContaining({ status: 'ineligible', date: null })]);
    expect(caps[0]!.reasons[0]).toContain('Criminal sexual conduct in the fourth degree');
  });

  it('case: a listed offense whose (b) limit is shorter than its former one: not applied (the reading), but said', () => {
    // § 609.2113, subd. 2 stayed 2021-03-01 for 6 years (its former limit: 2027-03-01). (b): max(48, 36) = 48
    // months, 2025-03-01; the retroactive part is read as not reaching (b) offenses.
    const cvo = { statute: 'Minn. Stat. § 609.2113, subd. 2', level: 'felony' as const, maxPrisonMonths: 36, offenseDate: '2020-10-10' };
    const e = run(stayed('2021-03-01', [cvo], { length: { years: 6 } }), '2024-01-01');
    expect(e.statutoryMaxEndDate).toBe('2027-03-01');
    expect(opportunities(e, 'term_cap')).toEqual([expect.objectContaining({ status: 'ineligible' })]);
    expect(says(e, 'Its paragraph (b) limit would end your probation on March 1, 2025')).toBe(true);
    expect(says(e, 'so the new limit does not shorten your probation')).toBe(false);
    expect(warns(e, 'could be cut to March 1, 2025')).toBe(true);
  });

  it('case: a listed offense whose (b) limit equals its former limit: nothing to cut, so nothing is said of a cut', () => {
    // § 609.344 stayed 2020-01-01 for 20 years, maximum 180 months. Former law: the longer of 4 years and the
    // maximum = 180 months → 2035-01-01. (b): the longer of 4 years and 180 months → 2035-01-01, the same day.
    const csc = { statute: 'Minn. Stat. § 609.344', level: 'felony' as const, maxPrisonMonths: 180, offenseDate: '2019-10-10' };
    const e = run(stayed('2020-01-01', [csc], { length: { years: 20 } }), '2025-12-31');
    expect(e.statutoryMaxEndDate).toBe('2035-01-01');
    expect(says(e, 'Its paragraph (b) limit would end your probation')).toBe(false);
    expect(warns(e, 'could be cut to')).toBe(false);
  });

  it('case: the reform reading "automatic" moves the latest lawful end itself', () => {
    const automatic = applyReform(usMn, {
      name: 'automatic retroactivity',
      citations: ['test'],
      parameters: { 'us-mn.retro.mechanism': [{ from: '2023-08-01', value: 'automatic', source: { citation: 'test' } }] },
    });
    // 2013-10-01 + 60 months = 2018-10-01.
    const e = run(longStay, '2023-08-01', [], automatic as typeof usMn);
    expect(e.statutoryMaxEndDate).toBe('2018-10-01');
    expect(e.projectedEndDate).toBe('2018-10-01');
  });

  it('case: a gross misdemeanor beside a felony keeps its former limit: the stay is not cut to the gross misdemeanor’s 2023 limit', () => {
    // Stayed 2022-01-10 for 6 years: theft (felony, 24 months maximum) and DWI (§ 169A.20, gross misdemeanor,
    // former limit 6 years). The 2023 law gives the felony min(5 years, 2 years) = 2 years; the DWI keeps its
    // 6 years (to 2028-01-10), so the stay as ordered (to 2028-01-10) is lawful and nothing is offered.
    const mixed = stayed(
      '2022-01-10',
      [
        { statute: '609.52', level: 'felony', maxPrisonMonths: 24 },
        { statute: '169A.20', level: 'gross_misdemeanor' },
      ],
      {
        length: { years: 6 },
      },
    );
    const e = run(mixed, '2024-06-30');
    expect(e).toMatchObject({ statutoryMaxEndDate: '2028-01-10', projectedEndDate: '2028-01-10' });
    expect(opportunities(e, 'term_cap')).toEqual([]);
    expect(says(e, 'a gross misdemeanor, which keeps the limit of the law when the stay was pronounced (to January 10, 2028)')).toBe(true);
  });

  it('case: where the gross misdemeanor’s former limit ends before the stay does, the stay can be cut to it', () => {
    // Stayed 2019-07-30 for 12 years (to 2031-07-30): § 152.024 (felony, 180 months: former limit 15 years) and DWI
    // (gross misdemeanor, former limit 6 years). 2023: the felony min(5, 15) = 5 years (2024-07-30); the DWI keeps
    // 6 years, 2019-07-30 + 72 months = 2025-07-30, the longest, so the court can cut the stay to 2025-07-30.
    const mixed = stayed(
      '2019-07-30',
      [
        { statute: '152.024', level: 'felony', maxPrisonMonths: 180 },
        { statute: '169A.20', level: 'gross_misdemeanor' },
      ],
      { length: { years: 12 } },
    );
    const e = run(mixed, '2025-09-30');
    expect(opportunities(e, 'term_cap')).toEqual([expect.objectContaining({ status: 'eligible', date: '2025-07-30' })]);
    expect(says(e, "which keeps the limit of the law when the stay was pronounced, the longest of the stay's counts")).toBe(true);
  });

  it('case: a stay that expired before August 1, 2023 is not reached: no term_cap (audit 2026-12-04)', () => {
    // Stayed 2015-01-01 for 7 years, maximum 120 months: ordered end 2015-01-01 + 84 months = 2022-01-01;
    // former limit max(48, 120) = 120 months, 2025-01-01. The stay ran out on 2022-01-01, before the 2023
    // law took effect (2023-08-01), so the law's reach to people still on probation does not touch it; a
    // cut to 2015-01-01 + 60 months = 2020-01-01 was wrongly offered as "eligible".
    const theft10 = { statute: '609.52', level: 'felony' as const, maxPrisonMonths: 120 };
    const e = run(stayed('2015-01-01', [theft10], { length: { years: 7 } }), '2025-01-01');
    expect(e).toMatchObject({ scheduledEndDate: '2022-01-01', statutoryMaxEndDate: '2025-01-01', projectedEndDate: '2022-01-01' });
    expect(opportunities(e, 'term_cap')).toEqual([]);
    expect(says(e, 'Your probation ended on January 1, 2022, before the law took effect')).toBe(true);
    expect(warns(e, 'this evaluation assumes a court must reduce the term')).toBe(false);
  });

  it('case: the edge: a stay whose last day is July 31, 2023 is not reached; one whose last day is August 1, 2023 is', () => {
    // 2016-07-31 + 84 months = 2023-07-31 (ended the day before the law); 2016-08-01 + 84 months = 2023-08-01
    // (still running on the law's first day): cut to 2016-08-01 + 60 months = 2021-08-01, already passed.
    const theft10 = { statute: '609.52', level: 'felony' as const, maxPrisonMonths: 120 };
    const eve = run(stayed('2016-07-31', [theft10], { length: { years: 7 } }), '2025-01-01');
    expect(opportunities(eve, 'term_cap')).toEqual([]);
    const day = run(stayed('2016-08-01', [theft10], { length: { years: 7 } }), '2025-01-01');
    expect(opportunities(day, 'term_cap')).toEqual([expect.objectContaining({ status: 'eligible', date: '2021-08-01' })]);
  });

  it('case: a stay the former law had already ended before August 1, 2023 is not reached either', () => {
    // § 609.2113, subd. 1 stayed 2016-01-15 for 10 years (to 2026-01-15); former (b) six years: 2016-01-15 +
    // 72 months = 2022-01-15, before the 2023 law. Only the former limit's term_cap is shown (dated 2022-01-15).
    const cvo = { statute: 'Minn. Stat. § 609.2113, subd. 1', level: 'felony' as const, maxPrisonMonths: 60 };
    const e = run(stayed('2016-01-15', [cvo], { length: { years: 10 } }), '2025-01-01');
    expect(e.statutoryMaxEndDate).toBe('2022-01-15');
    expect(opportunities(e, 'term_cap')).toEqual([expect.objectContaining({ status: 'eligible', date: '2022-01-15' })]);
    expect(opportunities(e, 'term_cap')[0]!.citations).not.toContain('Laws 2023, ch. 52 (retroactive application)');
  });

  it('case: not for misdemeanors', () => {
    const e = run(stayed('2022-01-01', [{ statute: '609.52', level: 'misdemeanor' }], { length: { years: 1 } }), '2024-06-30');
    expect(says(e, '2023 law')).toBe(false);
  });
});
