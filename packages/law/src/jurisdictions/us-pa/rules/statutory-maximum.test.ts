/** 42 Pa.C.S. § 9754(a): probation no longer than the longest confinement its offenses carry (a warning). */
import { describe, expect, it } from 'vitest';
import { evaluate, person, term } from '../../../../test/builders.ts';
import type { Offense, Term } from '../../../records/schema.ts';
import { usPa } from '../index.ts';
import { gradeOf } from './statutory-maximum.ts';

const WORDS = 'may not exceed the maximum term for which the defendant could be confined';
const run = (length: Term['length'], offenses: Offense[], fields: Partial<Term> = {}, asOf = '2025-08-01') =>
  evaluate(
    usPa,
    person([
      term({
        jurisdiction: 'US-PA',
        sentenceDate: '2024-07-01',
        startDate: '2024-07-01',
        length,
        offenses,
        ...fields,
      } as Term),
    ]),
    asOf,
  );
const warned = (r: ReturnType<typeof run>) => r.warnings.find((w) => w.includes(WORDS));
const m2 = { statute: '18 Pa.C.S. § 3929(a)(1)', level: 'misdemeanor' as const, class: 'M2' };

describe('§ 9754(a): the term may not exceed the maximum term of confinement', () => {
  it('case: M2 (24 months, § 1104(2)), 5 years ordered — 2024-07-01 + 24 months = 2026-07-01 < 2029-07-01: warned, no cap', () => {
    const r = run({ years: 5 }, [m2]);
    expect(warned(r)).toContain('24 months in all');
    expect(warned(r)).toContain('July 1, 2026');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2029-07-01');
  });

  it('case: M2, exactly 24 months ordered — ends 2026-07-01, on the limit: no warning', () => {
    expect(warned(run({ months: 24 }, [m2]))).toBeUndefined();
  });

  it('case: M2, 24 months and 1 day — ends 2026-07-02, a day past: warned', () => {
    expect(warned(run({ months: 24, days: 1 }, [m2]))).toBeDefined();
  });

  it('case: the record’s maxPrisonMonths wins over the grade (M2 with 60 months: 2029-07-01, not past)', () => {
    expect(warned(run({ years: 5 }, [{ ...m2, maxPrisonMonths: 60 }]))).toBeUndefined();
  });

  it('case: two counts add up (M2 24 + M3 12 = 36 months: 2027-07-01 < 2029-07-01)', () => {
    const r = run({ years: 5 }, [m2, { statute: '18 Pa.C.S. § 3304(a)(5)', level: 'misdemeanor', class: 'M3' }]);
    expect(warned(r)).toContain('36 months in all');
  });

  it('case: F3 (84 months, § 1103(3)), 8 years ordered — 2024-07-01 + 84 months = 2031-07-01 < 2032-07-01: warned', () => {
    expect(warned(run({ years: 8 }, [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony', class: 'F3' }]))).toContain('84 months');
  });

  it('case: lifetime probation for an F3 runs past its 84 months (2024-07-01 + 84 months = 2031-07-01): warned', () => {
    const r = run(undefined, [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony', class: 'F3' }], { lifetime: true });
    expect(warned(r)).toContain('runs for life');
    expect(warned(r)).toContain('July 1, 2031');
    // Nor is a lifetime term said to end "on the date the court set".
    const said = r.explanation.map((s) => s.text).join(' ');
    expect(said).not.toContain('ends on the date the court set');
    expect(said).toContain('has no end date of its own, so it ends only if the court ends it');
  });

  it('case: a count without grade or maximum — nothing to compare, no warning', () => {
    expect(warned(run({ years: 9 }, [m2, { statute: '18 Pa.C.S. § 3921(a)', level: 'felony' }]))).toBeUndefined();
  });

  it('case: counted from the start of supervision (started 2025-01-01: + 24 months = 2027-01-01 ≥ 2026-12-31)', () => {
    expect(warned(run({ months: 24 }, [m2], { startDate: '2025-01-01', endDate: undefined }))).toBeUndefined();
  });

  it('case: started on a leap day (2024-02-29 + 24 months = 2026-02-28): 24 months ordered is on the limit, a day more is past it', () => {
    const leap = { sentenceDate: '2024-02-29', startDate: '2024-02-29' };
    expect(warned(run({ months: 24 }, [m2], leap))).toBeUndefined();
    expect(warned(run({ months: 24, days: 1 }, [m2], leap))).toContain('February 28, 2026');
  });

  it('case: parole is not a term of probation — no warning', () => {
    expect(warned(run({ years: 5 }, [m2], { kind: 'parole' }))).toBeUndefined();
  });

  it('reads grades written several ways, and nothing else', () => {
    expect(['F1', 'f-2', 'M3', 'Felony 1', 'misdemeanor 2'].map(gradeOf)).toEqual(['F1', 'F2', 'M3', 'F1', 'M2']);
    expect([undefined, 'F', 'S', 'M4', 'Class 1'].map(gradeOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
