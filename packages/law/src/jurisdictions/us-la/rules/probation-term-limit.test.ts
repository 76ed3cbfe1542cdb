import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import { usLa } from '../index.ts';
import { la, opp, run } from './test-helpers.ts';

const violentThreeYears = applyReform(usLa, {
  name: 'a first crime of violence under the general three years after Act 280',
  citations: ['Act 280 of 2017, résumé digest'],
  parameters: {
    'us-la.term.crimeOfViolenceProbationMaxYears': [
      { from: '2017-11-01', value: 3, source: { citation: 'La. C.Cr.P. art. 893(A)(1)(a)' } },
    ],
  },
});
const count = (statute: string, offenseDate: string, description?: string) => [
  { statute, level: 'felony' as const, offenseDate, ...(description === undefined ? {} : { description }) },
];

const off = (offenseDate: string) => [{ statute: 'La. R.S. 14:67', level: 'felony' as const, description: 'theft', offenseDate }];

describe('La. C.Cr.P. art. 893(A)(1)(a) longest felony probation, by offense date', () => {
  it('case: offense 2017-10-31 (before Act 280): 5-year probation from 2018-01-15 is within the 5-year maximum', () => {
    // 2018-01-15 + 5 years = 2023-01-15 = the scheduled end: no term_cap.
    const r = run(la({ startDate: '2018-01-15', length: { years: 5 }, offenses: off('2017-10-31') }), '2018-06-30');
    expect(r.statutoryMaxEndDate).toBe('2023-01-15');
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: offense 2017-11-01 (Act 280): the same 5-year order is capped at 3 years → 2021-01-15, term_cap', () => {
    const r = run(la({ startDate: '2018-01-15', length: { years: 5 }, offenses: off('2017-11-01') }), '2018-06-30');
    expect(r.statutoryMaxEndDate).toBe('2021-01-15');
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2021-01-15' });
  });

  it('case: counts of 2017-10-31 and 2017-11-01 on one term → the earlier count keeps its 5 years: no cap below the 5-year order', () => {
    // The 2017-10-31 count carries the pre-Act 280 limit (5 years: 2018-01-15 + 5 = 2023-01-15); the 2017-11-01
    // count, 3 years (2021-01-15). The probation may run as long as the longest allows: 2023-01-15, no term_cap.
    const both = [...off('2017-10-31'), { ...off('2017-11-01')[0]!, statute: 'La. R.S. 14:62', description: 'burglary' }];
    const r = run(la({ startDate: '2018-01-15', length: { years: 5 }, offenses: both }), '2018-06-30');
    expect(r.statutoryMaxEndDate).toBe('2023-01-15');
    expect(opp(r, 'term_cap')).toBeUndefined();
    expect(r.explanation.map((x) => x.text).join(' ')).toContain('Your count committed on October 31, 2017 carries the longest limit');
    // Counts of 2024-07-31 and 2024-08-01: Act 8's 5 years (the later count) govern, as before.
    const act8 = [...off('2024-07-31'), { ...off('2024-08-01')[0]!, statute: 'La. R.S. 14:62' }];
    expect(run(la({ startDate: '2024-09-01', length: { years: 5 }, offenses: act8 }), '2024-12-31').statutoryMaxEndDate).toBe('2029-09-01');
  });

  it('case: offense 2024-07-31 → 3 years; offense 2024-08-01 (Act 8) → 5 years', () => {
    // Start 2024-09-01, 5 years ordered. 3-year cap: 2027-09-01; 5-year: 2029-09-01 (= scheduled, no term_cap).
    const before = run(la({ startDate: '2024-09-01', length: { years: 5 }, offenses: off('2024-07-31') }), '2024-12-31');
    expect(before.statutoryMaxEndDate).toBe('2027-09-01');
    expect(opp(before, 'term_cap')?.date).toBe('2027-09-01');
    const after = run(la({ startDate: '2024-09-01', length: { years: 5 }, offenses: off('2024-08-01') }), '2024-12-31');
    expect(after.statutoryMaxEndDate).toBe('2029-09-01');
    expect(opp(after, 'term_cap')).toBeUndefined();
    expect(after.projectedEndDate).toBe('2029-09-01');
  });

  it('case: the cap passed before the as-of date → term_cap eligible, projected end = the cap', () => {
    // Offense 2019-02-01 (a crime of violence, so no credits; art. 893(A)(2): 5 years): 6 years ordered from
    // 2019-03-10, cap 2019-03-10 + 5 years = 2024-03-10, passed by the as-of date 2024-06-01.
    const r = run(
      la({ length: { years: 6 }, offenses: [{ statute: 'La. R.S. 14:65', level: 'felony', offenseDate: '2019-02-01' }] }),
      '2024-06-01',
    );
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'eligible', date: '2024-03-10' });
    expect(r.projectedEndDate).toBe('2024-03-10');
  });

  it('case: set within the cap and extended past it → read as an art. 894.4 extension (money owed): no cap, a warning', () => {
    // Offense 2024-05-01 (3 years): 3 years ordered from 2024-06-01, to 2027-06-01 = the cap; extended 12
    // months on 2026-01-15, to 2028-06-01. Art. 894.4 reaches felony probation as it does misdemeanor.
    const extended = la({
      startDate: '2024-06-01',
      sentenceDate: '2024-06-01',
      length: { years: 3 },
      offenses: off('2024-05-01'),
      orders: [{ type: 'extension', date: '2026-01-15', months: 12 }],
    });
    const r = run(extended, '2026-03-01');
    expect(r).toMatchObject({ scheduledEndDate: '2028-06-01', statutoryMaxEndDate: null, projectedEndDate: '2028-06-01' });
    expect(opp(r, 'term_cap')).toBeUndefined();
    expect(r.warnings.join(' ')).toContain('art. 894.4');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('until June 1, 2027');
    // An extension ordered before art. 894.4 was law (Act 823 of 2006, from 2006-08-15) is not one it
    // allows: 5 years from 2003-01-01 (offense 2002, before Act 280: 5 years) = 2008-01-01, extended 12
    // months on 2006-08-14, the day before → capped on 2008-01-01; the same order on 2006-08-15 → no cap.
    const early = (date: string) =>
      run(
        la({
          sentenceDate: '2003-01-01',
          startDate: '2003-01-01',
          length: { years: 5 },
          offenses: off('2002-06-01'),
          orders: [{ type: 'extension', date, months: 12 }],
        }),
        '2024-07-31',
      );
    expect(early('2006-08-14')).toMatchObject({ statutoryMaxEndDate: '2008-01-01', projectedEndDate: '2008-01-01' });
    expect(early('2006-08-15')).toMatchObject({ statutoryMaxEndDate: null, projectedEndDate: '2009-01-01' });
    // Ordered for 4 years (past the cap) and then extended: the order itself ran past it: capped.
    const over = run({ ...extended, terms: [{ ...extended.terms[0]!, length: { years: 4 } }] }, '2026-03-01');
    expect(over).toMatchObject({ statutoryMaxEndDate: '2027-06-01', projectedEndDate: '2027-06-01' });
    expect(opp(over, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2027-06-01' });
  });

  it('case: no offense date → the sentence date stands in, with a warning', () => {
    // Sentence 2024-09-01 ≥ 2024-08-01 → 5 years.
    const r = run(
      la({ startDate: '2024-09-01', length: { years: 5 }, offenses: [{ statute: 'La. R.S. 14:67', level: 'felony' }] }),
      '2024-12-31',
    );
    expect(r.statutoryMaxEndDate).toBe('2029-09-01');
    expect(r.warnings.some((w) => w.includes('sentence date'))).toBe(true);
  });

  it('case: specialty court program (art. 893(G), (H)) → no cap given', () => {
    const r = run(la({ length: { years: 5 }, specialtyCourt: true } as never), '2019-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(opp(r, 'term_cap')).toBeUndefined();
  });

  it('case: start 2020-02-29 (leap day), offense 2019-06-01: the 3-year cap clamps to 2023-02-28', () => {
    // 2020-02-29 + 36 months = February 2023, which has no 29th → 2023-02-28. Ordered 5 years → term_cap.
    const r = run(la({ startDate: '2020-02-29', length: { years: 5 }, offenses: off('2019-06-01') }), '2020-06-30');
    expect(r.statutoryMaxEndDate).toBe('2023-02-28');
    expect(opp(r, 'term_cap')?.date).toBe('2023-02-28');
  });

  it('case: molestation of a juvenile (R.S. 14:81.2), offense 2017-11-01: 5 years allowed, no term_cap', () => {
    // 2018-01-15 + 5 years = 2023-01-15 = the scheduled end. Under the general 3-year rule it would be 2021-01-15.
    const r = run(la({ startDate: '2018-01-15', length: { years: 5 }, offenses: count('La. R.S. 14:81.2', '2017-11-01') }), '2018-06-30');
    expect(r.statutoryMaxEndDate).toBe('2023-01-15');
    expect(opp(r, 'term_cap')).toBeUndefined();
    expect(r.explanation.some((e) => e.text.includes('molestation of a juvenile (R.S. 14:81.2)'))).toBe(true);
    // Offense 2017-10-31: the general five-year maximum before Act 280 gives the same day.
    const before = run(
      la({ startDate: '2018-01-15', length: { years: 5 }, offenses: count('La. R.S. 14:81.2', '2017-10-31') }),
      '2018-06-30',
    );
    expect(before.statutoryMaxEndDate).toBe('2023-01-15');
  });

  it('case: an earlier conviction under R.S. 14:81.2 in the record: not a first conviction, warned; the five years still shown', () => {
    const rec = (statute: string) =>
      la({ startDate: '2018-01-15', length: { years: 5 }, offenses: count('La. R.S. 14:81.2', '2017-11-01') }, [], {
        priorConvictions: [{ date: '2015-01-01', level: 'felony', statute }],
      });
    const second = run(rec('R.S. 14:81.2'), '2018-06-30');
    expect(second.statutoryMaxEndDate).toBe('2023-01-15');
    expect(second.warnings.some((w) => w.includes('not a first conviction of R.S. 14:81.1 or 81.2'))).toBe(true);
    // An earlier theft is no bar.
    expect(run(rec('La. R.S. 14:67'), '2018-06-30').warnings.some((w) => w.includes('not a first conviction'))).toBe(false);
  });

  it('case: pornography involving juveniles (R.S. 14:81.1), 6 years ordered from 2019-03-10 → capped at 5: 2024-03-10', () => {
    const r = run(la({ length: { years: 6 }, offenses: count('La. R.S. 14:81.1', '2018-06-01') }), '2019-12-31');
    expect(r.statutoryMaxEndDate).toBe('2024-03-10');
    expect(opp(r, 'term_cap')?.date).toBe('2024-03-10');
  });

  it('case: crime of violence, offense 2019-02-01: five years under art. 893(A)(2) (2024-03-10); the other reading gives 3 (2022-03-10)', () => {
    // Start 2019-03-10 + 5 years = 2024-03-10 (5 ordered: the cap does not bind); + 3 years = 2022-03-10 (binds).
    const rec = la({ length: { years: 5 }, offenses: count('La. R.S. 14:34.1', '2019-02-01', 'second degree battery') });
    const r = run(rec, '2019-12-31');
    expect(r.statutoryMaxEndDate).toBe('2024-03-10');
    expect(opp(r, 'term_cap')).toBeUndefined();
    expect(r.explanation.some((s) => s.citations.includes('La. C.Cr.P. art. 893(A)(2)'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('art. 893(A)(2)'))).toBe(true);
    const alt = run(rec, '2019-12-31', violentThreeYears);
    expect(alt.statutoryMaxEndDate).toBe('2022-03-10');
    expect(opp(alt, 'term_cap')?.date).toBe('2022-03-10');
  });

  it('case: crime of violence with an earlier crime of violence in the record: not a first, warned as such; the five years still shown', () => {
    const rec = (statute: string) =>
      la({ length: { years: 5 }, offenses: count('La. R.S. 14:34.1', '2019-02-01', 'second degree battery') }, [], {
        priorConvictions: [{ date: '2012-05-01', level: 'felony', statute }],
      });
    const second = run(rec('La. R.S. 14:34'), '2019-12-31');
    expect(second.statutoryMaxEndDate).toBe('2024-03-10');
    expect(second.warnings.some((w) => w.includes('earlier conviction under La. R.S. 14:34 (May 1, 2012), a crime of violence'))).toBe(
      true,
    );
    expect(second.warnings.some((w) => w.includes('it was assumed to be such a case'))).toBe(false);
    // An earlier theft leaves the assumption of a first conviction, as without any.
    const theft = run(rec('La. R.S. 14:67'), '2019-12-31');
    expect(theft.warnings.some((w) => w.includes('it was assumed to be such a case'))).toBe(true);
  });

  it('case: crime of violence, 6 years ordered: the five-year cap binds (start 2019-03-10 + 5 = 2024-03-10)', () => {
    const r = run(la({ length: { years: 6 }, offenses: count('La. R.S. 14:34.1', '2019-02-01') }), '2019-12-31');
    expect(r.statutoryMaxEndDate).toBe('2024-03-10');
    expect(opp(r, 'term_cap')?.date).toBe('2024-03-10');
  });

  it('case: crime of violence, offense 2017-10-31 → the law before Act 280 (5 years, general); 2017-11-01 → art. 893(A)(2)', () => {
    // Start 2019-03-10, 6 years ordered; either way 5 years: 2024-03-10. Only the citation differs.
    const before = run(la({ length: { years: 6 }, offenses: count('La. R.S. 14:34.1', '2017-10-31') }), '2019-12-31');
    expect(before.statutoryMaxEndDate).toBe('2024-03-10');
    expect(before.explanation.some((s) => s.citations.includes('La. C.Cr.P. art. 893(A)(2)'))).toBe(false);
    const after = run(la({ length: { years: 6 }, offenses: count('La. R.S. 14:34.1', '2017-11-01') }), '2019-12-31');
    expect(after.statutoryMaxEndDate).toBe('2024-03-10');
    expect(after.explanation.some((s) => s.citations.includes('La. C.Cr.P. art. 893(A)(2)'))).toBe(true);
  });

  it('case: crime of violence, offense 2024-07-31 and 2024-08-01 → 5 years either way (art. 893(A)(2), then Act 8)', () => {
    // Start 2024-09-01, 6 years ordered: cap 2029-09-01 on both sides of Act 8's offense date.
    for (const offenseDate of ['2024-07-31', '2024-08-01']) {
      const r = run(la({ startDate: '2024-09-01', length: { years: 6 }, offenses: count('La. R.S. 14:34.1', offenseDate) }), '2024-12-31');
      expect(r.statutoryMaxEndDate).toBe('2029-09-01');
    }
  });

  it('case: specialty court and a crime of violence together → the longest permission wins: no cap', () => {
    const r = run(
      la({ length: { years: 5 }, specialtyCourt: true, offenses: count('La. R.S. 14:34.1', '2019-02-01') } as never),
      '2019-12-31',
    );
    expect(r.statutoryMaxEndDate).toBeNull();
  });

  it('case: a reentry court on probation is a specialty court program → no cap', () => {
    const r = run(la({ length: { years: 5 }, reentryCourt: true } as never), '2019-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
  });

  it('case: parole and misdemeanor probation are not capped by art. 893', () => {
    expect(run(la({ kind: 'parole', length: { years: 5 } }), '2019-12-31').statutoryMaxEndDate).toBeNull();
    // Misdemeanor probation has art. 894's two years instead: 2019-03-10 + 2 years = 2021-03-10, not 893's three.
    const misd = run(
      la({ length: { years: 2 }, offenses: [{ statute: 'La. R.S. 14:35', level: 'misdemeanor', offenseDate: '2018-06-01' }] }),
      '2019-12-31',
    );
    expect(misd.statutoryMaxEndDate).toBe('2021-03-10');
    expect(misd.explanation.map((s) => s.text).join(' ')).not.toContain('felony probation may not be longer');
  });
});
