/** 18 U.S.C. § 3561(c) and § 3564(d): the longest term of federal probation, extensions included. */
import { describe, expect, it } from 'vitest';
import { fed, run } from './test-helpers.ts';

const probation = (years: number, fields: Parameters<typeof fed>[0] = {}) =>
  fed({ kind: 'probation', sentenceDate: '2022-03-01', startDate: '2022-03-01', length: { years }, ...fields });
const cap = (r: ReturnType<typeof run>) => r.opportunities.find((o) => o.kind === 'term_cap');

describe('§ 3561(c) authorized terms of probation', () => {
  it('case: felony probation of exactly 5 years is within the limit: no cap reported', () => {
    // 2022-03-01 + 5 years = 2027-03-01 = the scheduled end: the limit does not bind.
    const r = run(probation(5), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(cap(r)).toBeUndefined();
    expect(r.projectedEndDate).toBe('2027-03-01');
  });

  it('case: 5 years and 1 day runs past it: capped at 2027-03-01, term_cap upcoming', () => {
    // endDate 2027-03-02 > 2022-03-01 + 5 years = 2027-03-01.
    const r = run(probation(0, { length: undefined, endDate: '2027-03-02' }), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-03-01');
    expect(r.projectedEndDate).toBe('2027-03-01');
    expect(cap(r)).toMatchObject({ status: 'upcoming', date: '2027-03-01', citations: ['18 U.S.C. § 3561(c)', '18 U.S.C. § 3564(d)'] });
  });

  it('case: a 7-year felony probation ends by law on 2027-03-01, not 2029-03-01', () => {
    const r = run(probation(7), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2029-03-01');
    expect(r.statutoryMaxEndDate).toBe('2027-03-01');
    expect(r.projectedEndDate).toBe('2027-03-01');
    expect(r.explanation.some((s) => s.text.includes('at most 5 years for a felony or a misdemeanor'))).toBe(true);
  });

  it('case: a misdemeanor is limited to 5 years too (6 years → 2028-03-01)', () => {
    const r = run(probation(6, { offenses: [{ statute: '18 U.S.C. § 641', level: 'misdemeanor' }] }), '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-03-01');
  });

  it('case: an infraction is limited to 1 year: 2 years → 2023-03-01, eligible on it, not the day before', () => {
    const rec = probation(2, { offenses: [{ statute: '36 C.F.R. § 2.34', level: 'misdemeanor', class: 'infraction' }] });
    expect(cap(run(rec, '2023-02-28'))).toMatchObject({ status: 'upcoming', date: '2023-03-01' });
    expect(run(rec, '2023-03-01').statutoryMaxEndDate).toBe('2023-03-01');
  });

  it('case: the 18-month policy date (2023-09-01) after a 1-year infraction limit (2023-03-01) is not offered', () => {
    const rec = probation(2, { offenses: [{ statute: '36 C.F.R. § 2.34', level: 'misdemeanor', class: 'infraction' }] });
    const r = run(rec, '2022-06-30');
    expect(r.projectedEndDate).toBe('2023-03-01');
    expect(r.opportunities.filter((o) => o.kind === 'early_termination')).toHaveLength(1);
    expect(r.opportunities.find((o) => o.kind === 'early_termination')?.reasons[0]).toContain('because your offense is an infraction');
  });

  it('case: an extension past the limit (§ 3564(d)) is capped: 4 years + 2-year extension → 2027-03-01', () => {
    const r = run(probation(4, { orders: [{ type: 'extension', date: '2023-01-10', months: 24 }] }), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2028-03-01');
    expect(r.statutoryMaxEndDate).toBe('2027-03-01');
  });

  it('case: a start on Feb 29 clamps: 2024-02-29 + 5 years = 2029-02-28', () => {
    const r = run(probation(6, { sentenceDate: '2024-02-29', startDate: '2024-02-29' }), '2024-06-30');
    expect(r.statutoryMaxEndDate).toBe('2029-02-28');
  });

  it('case: sentenced before the Sentencing Reform Act (1987-10-31) → former § 3651 limits it to 5 years too; on 1987-11-01 → § 3561(c)', () => {
    // Former § 3651: "The period of probation, together with any extension thereof, shall not exceed five
    // years." 1987-10-31 + 5 years = 1992-10-31.
    const before = run(probation(7, { sentenceDate: '1987-10-31', startDate: '1987-10-31' }), '1990-01-01');
    expect(before.statutoryMaxEndDate).toBe('1992-10-31');
    expect(cap(before)?.citations).toEqual(['former 18 U.S.C. § 3651']);
    const on = run(probation(7, { sentenceDate: '1987-11-01', startDate: '1987-11-01' }), '1990-01-01');
    expect(on.statutoryMaxEndDate).toBe('1992-11-01');
    expect(cap(on)?.citations).toEqual(['18 U.S.C. § 3561(c)', '18 U.S.C. § 3564(d)']);
  });

  it('case: old law from a Feb 29 start clamps too: 1984-02-29 + 5 years = 1989-02-28 (former § 3651)', () => {
    // No offense date: the sentence date (before the Sentencing Reform Act) selects old law. 6 years would run to 1990-02-28.
    const r = run(probation(6, { sentenceDate: '1984-02-29', startDate: '1984-02-29' }), '1986-01-01');
    expect(r.statutoryMaxEndDate).toBe('1989-02-28');
    expect(cap(r)).toMatchObject({ status: 'upcoming', date: '1989-02-28', citations: ['former 18 U.S.C. § 3651'] });
  });

  it('case: old law, 6 years from 1988-03-01 for an offense of 1987-10-31 → 1993-03-01 (former § 3651); 5 years → within it', () => {
    // 1988-03-01 + 5 years = 1993-03-01 < 1988-03-01 + 6 years = 1994-03-01.
    const old = (years: number) =>
      probation(years, {
        sentenceDate: '1988-03-01',
        startDate: '1988-03-01',
        offenses: [{ statute: '18 U.S.C. § 1343', level: 'felony', offenseDate: '1987-10-31' }],
      });
    const r = run(old(6), '1990-01-01');
    expect(r.statutoryMaxEndDate).toBe('1993-03-01');
    expect(r.projectedEndDate).toBe('1993-03-01');
    expect(cap(r)).toMatchObject({ status: 'upcoming', date: '1993-03-01' });
    expect(
      r.explanation.some((s) => s.text.includes('before November 1, 1987 allows probation of at most 5 years, extensions included')),
    ).toBe(true);
    expect(run(old(5), '1990-01-01').statutoryMaxEndDate).toBeNull();
  });

  it('case: the offense date decides the law: an offense of 1987-10-31 sentenced 1988-01-04 → former § 3651; of 1987-11-01 → § 3561(c)', () => {
    const sentenced = (offenseDate: string) =>
      probation(7, {
        sentenceDate: '1988-01-04',
        startDate: '1988-01-04',
        offenses: [{ statute: '18 U.S.C. § 641', level: 'felony', offenseDate }],
      });
    // Old law: only former § 3651's five years (1988-01-04 + 5 years = 1993-01-04) is encoded, and the warning says so.
    const old = run(sentenced('1987-10-31'), '1990-01-01');
    expect(old.statutoryMaxEndDate).toBe('1993-01-04');
    expect(old.warnings.some((w) => w.includes('Only its limit of 5 years'))).toBe(true);
    const oldLaw = /before November 1, 1987 .*former 18 U\.S\.C\. §§ 3651–3656/;
    expect(old.warnings.some((w) => oldLaw.test(w))).toBe(true);
    // 1988-01-04 + 5 years = 1993-01-04.
    const sra = run(sentenced('1987-11-01'), '1990-01-01');
    expect(sra.statutoryMaxEndDate).toBe('1993-01-04');
    expect(sra.warnings.some((w) => oldLaw.test(w))).toBe(false);
    // Before 1948-09-01 (Title 18 as enacted; the earliest date encoded) nothing is applied, and the warning says so.
    const older = run(sentenced('1948-08-31'), '1990-01-01');
    expect(older.statutoryMaxEndDate).toBeNull();
    expect(older.warnings.some((w) => w.includes('no limit on the term is applied'))).toBe(true);
  });

  it('case: supervised release is not limited by § 3561(c)', () => {
    expect(run(fed({ length: { years: 7 } }), '2024-06-30').statutoryMaxEndDate).toBeNull();
  });
});
