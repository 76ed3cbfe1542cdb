import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import { usMo } from '../index.ts';
import { mo, opp, run } from './test-helpers.ts';

describe('RSMo § 217.703.5: a jail sanction with no custody recorded', () => {
  const felony = {
    startDate: '2022-01-01',
    sentenceDate: '2022-01-01',
    length: { years: 4 },
    offenses: [{ statute: 'RSMo 570.030', level: 'felony' as const, class: 'D' }],
  };
  const jail = (date: string, days: number) =>
    ({ type: 'violation', date, category: 'technical', status: 'sustained', sanction: { type: 'jail', days } }) as const;

  it('case: 20 days from 2022-07-25 would run to 2022-08-13: August is not taken away, and a warning says it may be lost', () => {
    // January–June earn (6 × 30 = 180 by 2022-07-01); July is the report month; August–December earn 5 × 30 = 150.
    const r = run(mo(felony, [jail('2022-07-25', 20)]), '2023-01-01');
    expect(r.earnedCreditDays).toBe(330);
    expect(
      r.warnings.some((w) => w.includes('jail sanction of 20 days for the violation of July 25, 2022') && w.includes('after July 2022')),
    ).toBe(true);
  });

  it('case: within the month (6 days from 2022-07-25 end on 07-30), or with custody recorded for it: no warning', () => {
    const within = run(mo(felony, [jail('2022-07-25', 6)]), '2023-01-01');
    expect(within.warnings.some((w) => w.includes('jail sanction'))).toBe(false);
    const recorded = run(
      mo(felony, [jail('2022-07-25', 20), { type: 'custody', start: '2022-07-26', end: '2022-08-14', reason: 'violation' }]),
      '2023-01-01',
    );
    expect(recorded.warnings.some((w) => w.includes('jail sanction'))).toBe(false);
    // The recorded custody takes August away: 180 + 4 × 30 = 300.
    expect(recorded.earnedCreditDays).toBe(300);
  });
});

describe('RSMo § 217.703.3–.6 earning, losing and rescinding credits', () => {
  it('case: a term begun before September 2012 earns only from September 2012 (first credit 2012-10-01)', () => {
    // Start 2011-06-01, 5 years → 2016-06-01 = 1,827 days (2012 and 2016 leap days).
    const rec = mo({
      startDate: '2011-06-01',
      sentenceDate: '2011-06-01',
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }],
    });
    // 2012-09-30: September 2012 not yet posted → 0. 2012-10-01: 30.
    expect(run(rec, '2012-09-30').earnedCreditDays).toBe(0);
    expect(run(rec, '2012-10-01').earnedCreditDays).toBe(30);
    // Posting k = 1 on 2012-10-01 … k = 23 on 2014-08-01: served 2011-06-01 → 2014-06-01 = 366 + 365 + 365 = 1,096,
    // + 61 = 1,157; credits 23 × 30 = 690; 1,847 ≥ 1,827. At k = 22 (2014-07-01): 1,126 + 660 = 1,786 < 1,827, and
    // the term would be satisfied between postings only on start + (1,827 − 660) = start + 1,167 = 2014-08-11.
    expect(run(rec, '2013-01-01').projectedEndDate).toBe('2014-08-01');
  });

  it('case: the law took effect 2012-08-28: as of the day before there are no credits and no earned discharge', () => {
    const rec = mo({
      startDate: '2011-06-01',
      sentenceDate: '2011-06-01',
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }],
    });
    const before = run(rec, '2012-08-27');
    expect(before.earnedCreditDays).toBe(0);
    expect(before.projectedEndDate).toBe('2016-06-01');
    expect(opp(before, 'earned_discharge')).toBeUndefined();
    // Before the 2012 session passed H.B. 1525 (2012-05-18), the credits are not spoken of as a law to come.
    const words = (asOf: string) =>
      run(rec, asOf)
        .explanation.map((s) => s.text)
        .join(' ');
    expect(words('2012-05-17')).toContain('Missouri law in force on May 17, 2012 gave no earned compliance credits');
    expect(words('2012-05-18')).toContain("Missouri's earned compliance credits begin on August 28, 2012.");
    const on = run(rec, '2012-08-28');
    expect(on.earnedCreditDays).toBe(0);
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2014-08-01' });
  });

  it('case: the first full month is the month after a mid-month start; a start on the 1st counts its own month', () => {
    // Start 2021-04-01: April 2021 is full and earns (posts 2021-05-01). As of 2021-05-01 → 30.
    expect(run(mo({ startDate: '2021-04-01' }), '2021-05-01').earnedCreditDays).toBe(30);
    // Start 2021-04-02: first full month is May 2021 (posts 2021-06-01). As of 2021-05-31 → 0; 2021-06-01 → 30.
    expect(run(mo({ startDate: '2021-04-02' }), '2021-05-31').earnedCreditDays).toBe(0);
    expect(run(mo({ startDate: '2021-04-02' }), '2021-06-01').earnedCreditDays).toBe(30);
  });

  it('case: the other reading of "after the first full calendar month" shifts MO-1 to 2023-10-27', () => {
    // April 2021 earns nothing; May 2021 posts 2021-06-01. By 2023-10-01: 29 months = 870 + 930 = 1,800 < 1,826;
    // satisfied on start + (1,826 − 870) = start + 956 = 2023-10-27.
    const alt = applyReform(usMo, {
      name: 'first full month waits',
      citations: ['RSMo § 217.703.3'],
      parameters: { 'us-mo.ecc.firstFullMonthEarns': [{ from: '2012-08-28', value: false, source: { citation: 'RSMo § 217.703.3' } }] },
    });
    expect(run(mo(), '2021-12-31', alt).projectedEndDate).toBe('2023-10-27');
    expect(run(mo(), '2021-12-31', alt).earnedCreditDays).toBe(210);
  });

  it('case: a report later dismissed still costs its month (subsection 5 keys on the report)', () => {
    // Report 2021-06-10, dismissed. As of 2021-12-31: April–November = 8 months − June = 7 × 30 = 210.
    const r = run(mo({}, [{ type: 'violation', date: '2021-06-10', category: 'technical', status: 'dismissed' }]), '2021-12-31');
    expect(r.earnedCreditDays).toBe(210);
    expect(r.explanation.some((s) => s.text.includes('June 2021 (a violation report was filed that month)'))).toBe(true);
  });

  it('case: a report made after the law required the discharge holds no credits and brings no warning', () => {
    // 3 years from 2020-01-15 (1,096 days), compliant: by 2022-01-01, 23 postings (February 2020 – December
    // 2021) = 690; served 2020-01-15 → 2022-01-15 = 731 days; 731 + 690 = 1,421 ≥ 1,096 long before, and the
    // two years (§ 217.703.7) end 2022-01-15: discharged then. A report pending from 2022-03-10 comes after.
    const three = { startDate: '2020-01-15', sentenceDate: '2020-01-15', length: { years: 3 } };
    const report = (date: string) => ({ type: 'violation', date, category: 'technical', status: 'reported' }) as const;
    const after = run(mo(three, [report('2022-03-10')]), '2022-06-30');
    expect(after.projectedEndDate).toBe('2022-01-15');
    expect(after.warnings.some((w) => w.includes('March 10, 2022'))).toBe(false);
    // One made before the discharge day is still warned of.
    expect(
      run(mo(three, [report('2022-01-10')]), '2022-06-30').warnings.some((w) => w.startsWith('The violation report of January 10, 2022')),
    ).toBe(true);
  });

  it('case: custody across a month boundary costs both months', () => {
    // Custody 2021-08-30 to 2021-09-02 touches August and September: 8 − 2 = 6 months = 180 as of 2021-12-31.
    const r = run(mo({}, [{ type: 'custody', start: '2021-08-30', end: '2021-09-02', reason: 'new_charge' }]), '2021-12-31');
    expect(r.earnedCreditDays).toBe(180);
  });

  it('case: custody still open on the as-of date is taken to end that day, and warned about', () => {
    // Custody from 2021-12-20, no end: December 2021 is lost; later months are projected compliant.
    // Like MO-2 (one month lost): discharge 2023-10-27.
    const r = run(mo({}, [{ type: 'custody', start: '2021-12-20', reason: 'violation' }]), '2021-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(r.projectedEndDate).toBe('2023-10-27');
    expect(r.warnings.some((w) => w.includes('still open'))).toBe(true);
  });

  it('case: absconding earns nothing for the months it touches (subsection 6)', () => {
    // Absconded 2021-07-15 to 2021-08-05: July and August lost → 6 × 30 = 180 as of 2021-12-31.
    const r = run(mo({}, [{ type: 'absconded', start: '2021-07-15', end: '2021-08-05' }]), '2021-12-31');
    expect(r.earnedCreditDays).toBe(180);
  });

  it('case: a 120-day program placement (prison sanction on probation) rescinds credits; earning resumes after it', () => {
    // Violation 2022-03-10, sustained, prison 120 days → out about 2022-07-08; earning resumes 2022-08-01.
    // Rescinded: April 2021–February 2022 (posted by 2022-03-01) = 11 × 30 = 330.
    // As of 2022-12-31: August–November 2022 posted = 4 × 30 = 120.
    const r = run(
      mo({}, [
        { type: 'violation', date: '2022-03-10', category: 'technical', status: 'sustained', sanction: { type: 'prison', days: 120 } },
      ]),
      '2022-12-31',
    );
    expect(r.earnedCreditDays).toBe(120);
    expect(r.explanation.some((s) => s.text.includes('330 days of credit were taken away'))).toBe(true);
  });
});
