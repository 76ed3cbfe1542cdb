import { describe, expect, it } from 'vitest';
import { la, opp, run } from './test-helpers.ts';

/** A misdemeanor theft committed 2024-08-15; probation from 2024-09-01. */
const theft = { statute: 'La. R.S. 14:67', level: 'misdemeanor', description: 'theft', offenseDate: '2024-08-15' } as const;
const misdemeanor = (fields: Parameters<typeof la>[0] = {}) =>
  la({ sentenceDate: '2024-09-01', startDate: '2024-09-01', length: { years: 3 }, offenses: [{ ...theft }], ...fields });

describe('C.Cr.P. art. 894(A): misdemeanor probation, at most two years', () => {
  it('case: 3 years ordered: capped at start + 2 years (2024-09-01 + 24 months = 2026-09-01)', () => {
    const r = run(misdemeanor(), '2025-06-01');
    expect(r).toMatchObject({ scheduledEndDate: '2027-09-01', statutoryMaxEndDate: '2026-09-01', projectedEndDate: '2026-09-01' });
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2026-09-01', citations: ['La. C.Cr.P. art. 894(A)(1)–(3)'] });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'Misdemeanor probation may not be longer than 2 years, so your probation can run at most until September 1, 2026',
    );
  });

  it('case: exactly 2 years ordered (ends on the cap) or less: the cap is shown, no term_cap', () => {
    // 2024-02-29 + 2 years = 2026-02-28 (clamped), the end as ordered too.
    const leap = run(misdemeanor({ sentenceDate: '2024-02-29', startDate: '2024-02-29', length: { years: 2 } }), '2025-01-01');
    expect(leap).toMatchObject({ scheduledEndDate: '2026-02-28', statutoryMaxEndDate: '2026-02-28', projectedEndDate: '2026-02-28' });
    expect(opp(leap, 'term_cap')).toBeUndefined();
    const year = run(misdemeanor({ length: { years: 1 } }), '2025-01-01');
    expect(year).toMatchObject({ statutoryMaxEndDate: '2026-09-01', projectedEndDate: '2025-09-01' });
  });

  it('case: a day past the two years is past the cap', () => {
    // 2 years and 1 day: 2026-09-02 ordered; the cap 2026-09-01.
    const r = run(misdemeanor({ length: { years: 2, days: 1 } }), '2025-01-01');
    expect(opp(r, 'term_cap')).toMatchObject({ date: '2026-09-01' });
  });

  it('case: a term with a felony count is art. 893’s (3 years for an offense before 2024-08-01), not this rule’s', () => {
    const r = run(
      misdemeanor({
        length: { years: 4 },
        offenses: [
          { ...theft, offenseDate: '2024-07-01' },
          { statute: 'La. R.S. 14:62', level: 'felony', offenseDate: '2024-07-01' },
        ],
      }),
      '2025-01-01',
    );
    // 2024-09-01 + 3 years = 2027-09-01.
    expect(r.statutoryMaxEndDate).toBe('2027-09-01');
    expect(r.explanation.map((s) => s.text).join(' ')).not.toContain('Misdemeanor probation may not be longer');
  });

  it('case: criminal neglect of family and stalking are outside (A)(1): no cap, said', () => {
    for (const statute of ['La. R.S. 14:74', 'La. R.S. 14:40.2']) {
      const r = run(misdemeanor({ offenses: [{ statute, level: 'misdemeanor', offenseDate: '2024-08-15' }] }), '2025-01-01');
      expect(r.statutoryMaxEndDate, statute).toBeNull();
      expect(opp(r, 'term_cap'), statute).toBeUndefined();
      expect(r.explanation.map((s) => s.text).join(' ')).toContain('whose probation other law sets');
    }
  });

  it('case: a specialty court program: no cap', () => {
    const r = run(misdemeanor({ specialtyCourt: true } as never), '2025-01-01');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('specialty court program');
  });

  it('case: an extension past the two years is read as one art. 894.4 allows (money owed): no cap, a warning', () => {
    // 2 years ordered (to 2026-09-01), extended 6 months on 2026-06-01: to 2027-03-01, past the cap of 2026-09-01.
    const r = run(misdemeanor({ length: { years: 2 }, orders: [{ type: 'extension', date: '2026-06-01', months: 6 }] }), '2026-07-01');
    expect(r).toMatchObject({ scheduledEndDate: '2027-03-01', statutoryMaxEndDate: null, projectedEndDate: '2027-03-01' });
    expect(opp(r, 'term_cap')).toBeUndefined();
    expect(r.warnings.join(' ')).toContain('art. 894.4');
    // Revoked later: the assumption that decided there is no cap is still said.
    const revoked = run(
      misdemeanor({
        length: { years: 2 },
        orders: [
          { type: 'extension', date: '2026-06-01', months: 6 },
          { type: 'revocation', date: '2026-12-01' },
        ],
      }),
      '2027-06-01',
    );
    expect(revoked.statutoryMaxEndDate).toBeNull();
    expect(revoked.warnings.join(' ')).toContain('art. 894.4');
    // Ordered past the cap from the start (3 years), then extended: the order itself ran past it: capped.
    const over = run(misdemeanor({ orders: [{ type: 'extension', date: '2026-06-01', months: 6 }] }), '2026-07-01');
    expect(over).toMatchObject({ statutoryMaxEndDate: '2026-09-01', projectedEndDate: '2026-09-01' });
  });

  it('case: a discharge ordered after the two years: supervision ended on the cap, the order told alone', () => {
    // 3 years from 2024-09-01, discharged 2027-01-15: the cap (2026-09-01) came first.
    const r = run(misdemeanor({ orders: [{ type: 'discharge', date: '2027-01-15' }] }), '2027-06-01');
    expect(r.projectedEndDate).toBe('2026-09-01');
    const words = r.explanation.map((s) => s.text).join(' ');
    expect(words).toContain('On January 15, 2027 the term was discharged.');
    expect(words).not.toContain('so your supervision on this term ended that day');
    expect(words).toContain('by law your supervision on it ended on September 1, 2026');
  });

  it('case: parole is not probation: no cap', () => {
    const r = run(misdemeanor({ kind: 'parole' }), '2025-01-01');
    expect(r.statutoryMaxEndDate).toBeNull();
  });
});
