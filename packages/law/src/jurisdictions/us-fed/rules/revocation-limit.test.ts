/** 18 U.S.C. § 3583(e)(3): the most prison a revocation of supervised release may bring, by class. */
import { describe, expect, it } from 'vitest';
import type { Offense } from '../../../records/schema.ts';
import { fed, run } from './test-helpers.ts';

const wireFraud = (fields: Partial<Offense>): Offense[] => [
  { statute: '18 U.S.C. § 1343', level: 'felony', description: 'wire fraud', ...fields },
];

describe('18 U.S.C. § 3583(e)(3) revocation limit', () => {
  it('case: class C from the record: 2 years; as of 2024-06-30, 2024-06-30 + 2 years = 2026-06-30, 730 days', () => {
    const r = run(fed({ offenses: wireFraud({ class: 'C' }) }), '2024-06-30');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 730 });
    expect(r.sanctionLimit!.citations).toEqual(['18 U.S.C. § 3583(e)(3)']);
  });

  it('case: a leap day in the years counts: as of 2023-06-30, 2 years to 2025-06-30 = 731 days', () => {
    expect(run(fed({ offenses: wireFraud({ class: 'Class C felony' }) }), '2023-06-30').sanctionLimit?.maxConfinementDays).toBe(731);
  });

  it('case: § 3559(a) from the longest prison term: 240 months C (2 y), 300 B (3 y), 59 E (1 y), 60 D (2 y), life A (5 y)', () => {
    const days = (fields: Partial<Offense>) => run(fed({ offenses: wireFraud(fields) }), '2024-06-30').sanctionLimit?.maxConfinementDays;
    // From 2024-06-30: + 1 year = 365 days; + 2 = 730; + 3 = 1,095 (no February 29 in them); + 5 = 1,826 (2028-02-29 in them).
    expect(days({ maxPrisonMonths: 240 })).toBe(730);
    expect(days({ maxPrisonMonths: 300 })).toBe(1095);
    expect(days({ maxPrisonMonths: 299 })).toBe(730);
    expect(days({ maxPrisonMonths: 60 })).toBe(730);
    expect(days({ maxPrisonMonths: 59 })).toBe(365);
    expect(days({ tags: ['life_eligible'] })).toBe(1826);
  });

  it('case: neither class nor maximum in the record: no limit, and a warning says why', () => {
    const r = run(fed({}), '2024-06-30');
    expect(r.sanctionLimit).toBeNull();
    expect(r.warnings.some((w) => w.includes('cannot be worked out'))).toBe(true);
  });

  it('case: a misdemeanor is "any other case": 1 year', () => {
    const r = run(fed({ offenses: [{ statute: '18 U.S.C. § 641', level: 'misdemeanor' }] }), '2024-06-30');
    expect(r.sanctionLimit?.maxConfinementDays).toBe(365);
  });

  it('case: a violation found counts: the next is number 2; the most serious of two counts governs, warned', () => {
    const r = run(
      fed({ offenses: [...wireFraud({ class: 'E' }), { statute: '18 U.S.C. § 1344', level: 'felony', class: 'B' }] }, [
        { type: 'violation', date: '2024-01-10', category: 'technical', status: 'sustained' },
      ]),
      '2024-06-30',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 1095 });
    expect(r.warnings.some((w) => w.includes('more than one count'))).toBe(true);
  });

  it('case: probation has no limit of its own; a supervised release that has ended has none', () => {
    expect(
      run(fed({ kind: 'probation', sentenceDate: '2023-04-03', offenses: wireFraud({ class: 'C' }) }), '2024-06-30').sanctionLimit,
    ).toBeNull();
    // 2023-04-03 + 3 years = 2026-04-03; as of 2026-04-04 it has ended.
    expect(run(fed({ offenses: wireFraud({ class: 'C' }) }), '2026-04-04').sanctionLimit).toBeNull();
  });

  it('case: what says nothing of the class: a felony "class A misdemeanor", a felony maximum of 12 months; a known class A needs no more', () => {
    for (const fields of [{ class: 'A misdemeanor' }, { maxPrisonMonths: 12 }])
      expect(run(fed({ offenses: wireFraud(fields) }), '2024-06-30').sanctionLimit).toBeNull();
    // The warning says what the record gave, not that it gave nothing.
    const twelve = run(fed({ offenses: wireFraud({ maxPrisonMonths: 12 }) }), '2024-06-30');
    expect(
      twelve.warnings.some((w) => w.includes('gives its longest prison term as 12 months') && w.includes('cannot be worked out')),
    ).toBe(true);
    expect(twelve.warnings.some((w) => w.includes('gives neither the class nor'))).toBe(false);
    const misd = run(fed({ offenses: wireFraud({ class: 'A misdemeanor' }) }), '2024-06-30');
    expect(misd.warnings.some((w) => w.includes('gives its class as "A misdemeanor"'))).toBe(true);
    // Class A (5 years from 2024-06-30 = 1,826 days) beside a count of unknown class: 5 years is already the most.
    const r = run(fed({ offenses: [...wireFraud({ class: 'A' }), { statute: '18 U.S.C. § 1344', level: 'felony' }] }), '2024-06-30');
    expect(r.sanctionLimit?.maxConfinementDays).toBe(1826);
    // A misdemeanor is "any other case", not called a felony.
    const m = run(fed({ offenses: [{ statute: '18 U.S.C. § 641', level: 'misdemeanor' }] }), '2024-06-30');
    expect(m.sanctionLimit?.reasons?.[0]).toContain('not a felony of class A to D ("any other case")');
    expect((m.sanctionLimit?.reasons ?? []).join(' ')).toContain('more than three positive drug tests in a year');
  });
});
