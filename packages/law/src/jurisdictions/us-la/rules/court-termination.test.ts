/** La. C.Cr.P. art. 897: the court may end felony probation after one year, misdemeanor probation at any time. */
import { describe, expect, it } from 'vitest';
import { la, opp, run, theft } from './test-helpers.ts';

const felony2024 = { statute: 'La. R.S. 14:67', level: 'felony', description: 'theft', offenseDate: '2024-06-01' } as const;

describe('La. C.Cr.P. art. 897 early termination', () => {
  it('case: felony probation from 2024-09-13: 2024-09-13 + 12 months = 2025-09-13; upcoming the day before, eligible on it', () => {
    const record = la({ sentenceDate: '2024-09-13', startDate: '2024-09-13', offenses: [{ ...felony2024 }] });
    expect(opp(run(record, '2025-09-12'), 'early_termination')).toMatchObject({ status: 'upcoming', date: '2025-09-13' });
    const on = opp(run(record, '2025-09-13'), 'early_termination')!;
    expect(on).toMatchObject({ status: 'eligible', date: '2025-09-13', citations: ['La. C.Cr.P. art. 897(A)'] });
    expect(on.reasons.join(' ')).toContain('does not oppose it');
  });

  it('case: a start on 2024-02-29: + 12 months = 2025-02-28 (no February 29 in 2025)', () => {
    const record = la({ sentenceDate: '2024-02-29', startDate: '2024-02-29', offenses: [{ ...theft }] });
    expect(opp(run(record, '2024-12-31'), 'early_termination')?.date).toBe('2025-02-28');
  });

  it('case: misdemeanor probation may be ended at any time: open from its start', () => {
    const record = la({
      sentenceDate: '2024-10-01',
      startDate: '2024-10-01',
      length: { years: 1 },
      offenses: [{ statute: 'La. R.S. 14:35', level: 'misdemeanor', description: 'simple battery', offenseDate: '2024-09-01' }],
    });
    expect(opp(run(record, '2024-12-31'), 'early_termination')).toMatchObject({
      status: 'eligible',
      date: '2024-10-01',
      citations: ['La. C.Cr.P. art. 897(B)'],
    });
  });

  it('case: felony OWI (14:98.3), vehicular homicide (14:32.1) and 14:39.2 are excluded; a misdemeanor OWI is not, 14:39.1 is', () => {
    const felonyOf = (statute: string) =>
      la({ sentenceDate: '2024-09-13', startDate: '2024-09-13', offenses: [{ statute, level: 'felony', offenseDate: '2024-06-01' }] });
    for (const statute of ['La. R.S. 14:98.3', 'La. R.S. 14:32.1', 'La. R.S. 14:39.2']) {
      const o = opp(run(felonyOf(statute), '2025-12-31'), 'early_termination')!;
      expect(o).toMatchObject({ status: 'ineligible', date: null });
    }
    const misdemeanorOf = (statute: string) =>
      la({
        sentenceDate: '2024-09-13',
        startDate: '2024-09-13',
        length: { months: 6 },
        offenses: [{ statute, level: 'misdemeanor', offenseDate: '2024-06-01' }],
      });
    expect(opp(run(misdemeanorOf('La. R.S. 14:98.1'), '2024-12-31'), 'early_termination')?.status).toBe('eligible');
    expect(opp(run(misdemeanorOf('La. R.S. 14:39.1'), '2024-12-31'), 'early_termination')?.status).toBe('ineligible');
  });

  it('case: as of 2014-07-31 the article before Act 275 was not read: nothing offered, warned; on 2014-08-01 offered', () => {
    // Probation from 2013-09-01 for 3 years: one year is complete on 2013-09-01 + 12 months = 2014-09-01.
    const record = la({ sentenceDate: '2013-09-01', startDate: '2013-09-01', offenses: [{ ...theft, offenseDate: '2013-06-01' }] });
    const before = run(record, '2014-07-31');
    expect(opp(before, 'early_termination')).toBeUndefined();
    expect(before.warnings.some((w) => w.includes('La. C.Cr.P. art. 897'))).toBe(true);
    expect(opp(run(record, '2014-08-01'), 'early_termination')).toMatchObject({ status: 'upcoming', date: '2014-09-01' });
  });

  it("case: the research file's LA-1 probation (from 2019-03-10) as of 2020-09-30: a court could end it from 2020-03-10 (Act 275)", () => {
    // 2019-03-10 + 12 months = 2020-03-10, passed by the as-of date: eligible.
    const o = opp(run(la({ sentenceDate: '2019-03-10' }), '2020-09-30'), 'early_termination');
    expect(o).toMatchObject({ status: 'eligible', date: '2020-03-10', citations: ['La. C.Cr.P. art. 897(A)'] });
  });

  it('case: Act 648 excludes felony OWI from August 1, 2024: eligible as of 2024-07-31, ineligible on 2024-08-01', () => {
    const owi = la({
      sentenceDate: '2023-03-01',
      startDate: '2023-03-01',
      offenses: [{ statute: 'La. R.S. 14:98.3', level: 'felony', offenseDate: '2022-12-01' }],
    });
    // 2023-03-01 + 12 months = 2024-03-01.
    expect(opp(run(owi, '2024-07-31'), 'early_termination')).toMatchObject({ status: 'eligible', date: '2024-03-01' });
    expect(opp(run(owi, '2024-08-01'), 'early_termination')).toMatchObject({ status: 'ineligible', date: null });
  });

  it('case: a felony probation that ends before the year is out, or on its last day, offers nothing', () => {
    // 11 months from 2024-09-13 ends 2025-08-13, before 2025-09-13; 12 months ends on 2025-09-13 itself.
    for (const months of [11, 12]) {
      const r = run(
        la({ sentenceDate: '2024-09-13', startDate: '2024-09-13', length: { months }, offenses: [{ ...felony2024 }] }),
        '2024-10-30',
      );
      expect(opp(r, 'early_termination')).toBeUndefined();
      expect(r.explanation.map((s) => s.text).join(' ')).toContain('so this does not come into play');
    }
    // 13 months (to 2025-10-13): upcoming on 2025-09-13.
    const longer = la({ sentenceDate: '2024-09-13', startDate: '2024-09-13', length: { months: 13 }, offenses: [{ ...felony2024 }] });
    expect(opp(run(longer, '2024-10-30'), 'early_termination')).toMatchObject({ status: 'upcoming', date: '2025-09-13' });
  });

  it('case: a first degree vehicular negligent injuring count is warned of as a crime of violence in some forms', () => {
    const r = run(
      la({
        sentenceDate: '2024-09-13',
        startDate: '2024-09-13',
        offenses: [{ statute: 'La. R.S. 14:39.2', level: 'felony', offenseDate: '2024-09-01' }],
      }),
      '2025-06-30',
    );
    expect(
      r.warnings.some((w) => w.includes('only in some forms') && w.includes('no limit on custody for a technical violation applies')),
    ).toBe(true);
  });

  it('case: parole is not reached', () => {
    expect(opp(run(la({ kind: 'parole' }), '2025-06-30'), 'early_termination')).toBeUndefined();
  });
});
