/** Va. Code § 19.2-304 (court may decrease the probation period) and the § 19.2-303 statutory-maximum check. */
import { describe, expect, it } from 'vitest';
import { opp, run, va, withReading } from './test-helpers.ts';

describe('§ 19.2-304 the court may shorten probation', () => {
  it('case: early termination is eligible from the start date (2022-06-01)', () => {
    const r = run(va(), '2023-06-30');
    expect(opp(r, 'early_termination')).toMatchObject({ status: 'eligible', date: '2022-06-01', citations: ['Va. Code § 19.2-304'] });
    // Discretionary: it never moves the projected end.
    expect(r.projectedEndDate).toBe('2027-06-01');
  });

  it('case: a split sentence — the opportunity opens on release, after the as-of date: upcoming', () => {
    const r = run(va({ sentenceDate: '2023-01-10', startDate: '2023-09-01' }), '2023-06-30');
    expect(opp(r, 'early_termination')).toMatchObject({ status: 'upcoming', date: '2023-09-01' });
  });

  it('case: after the term has ended, no opportunity', () => {
    // 2022-06-01 + 1 year = 2023-06-01 < 2023-06-30.
    expect(opp(run(va({ length: { years: 1 } }), '2023-06-30'), 'early_termination')).toBeUndefined();
  });
});

describe('§ 19.2-303 probation up to the statutory maximum (warning only)', () => {
  it('case: Class 1 misdemeanor (12 months), two years ordered from 2022-03-01 — warned, not capped by it', () => {
    // Sentence 2022-03-01 + 12 months = 2023-03-01; ordered 2022-06-01 + 2 years = 2024-06-01 > 2023-03-01.
    const r = run(
      va({ length: { years: 2 }, offenses: [{ statute: 'Va. Code § 18.2-96', level: 'misdemeanor', class: 'Class 1' }] }),
      '2023-06-30',
    );
    expect(r.warnings.join(' ')).toContain('12 months in all');
    expect(r.warnings.join(' ')).toContain('March 1, 2023');
    expect(r.statutoryMaxEndDate).toBe('2027-06-01');
  });

  it('case: two counts add up (§ 19.2-308): 12 + 12 months from 2022-03-01 = 2024-03-01 < 2024-06-01 → warned', () => {
    const m = { statute: 'Va. Code § 18.2-96', level: 'misdemeanor', class: '1' } as const;
    const r = run(va({ length: { years: 2 }, offenses: [m, { ...m }] }), '2023-06-30');
    expect(r.warnings.join(' ')).toContain('24 months in all');
  });

  it('case: Class 6 felony: 60 + 36 months (§ 18.2-10 added term) from 2022-03-01 = 2030-03-01 < 2032-06-01 → warned', () => {
    const r = run(va({ offenses: [{ statute: 'Va. Code § 18.2-308.2', level: 'felony', class: '6' }] }), '2023-06-30');
    expect(r.warnings.join(' ')).toContain('96 months in all');
    expect(r.warnings.join(' ')).toContain('March 1, 2030');
  });

  it('case: alternative reading without the added term: 60 months from 2022-03-01 = 2027-03-01', () => {
    const r = run(
      va({ length: { years: 5 }, offenses: [{ statute: 'Va. Code § 18.2-308.2', level: 'felony', class: '6' }] }),
      '2023-06-30',
      withReading('statutoryMaximum.felonyAdditionalTermMonths', 0),
    );
    // Ordered 2022-06-01 + 5 years = 2027-06-01 > 2027-03-01.
    expect(r.warnings.join(' ')).toContain('60 months in all');
  });

  it('case: within the maximum (Class 6 felony, 96 months; 2022-03-01 + 96 months = 2030-03-01 ≥ 2025-06-01) — no warning', () => {
    const r = run(va({ length: { years: 3 }, offenses: [{ statute: 'Va. Code § 18.2-95', level: 'felony', class: '6' }] }), '2023-06-30');
    expect(r.warnings.join(' ')).not.toContain('longest prison or jail term');
  });

  it('case: lifetime probation for a Class 6 felony runs past any maximum (96 months from 2022-03-01 = 2030-03-01): warned', () => {
    const r = run(
      va({ length: undefined, lifetime: true, offenses: [{ statute: 'Va. Code § 18.2-95', level: 'felony', class: '6' }] }),
      '2023-06-30',
    );
    expect(r.warnings.find((w) => w.includes('longest prison or jail term'))).toContain('runs for life');
    expect(r.warnings.join(' ')).toContain('March 1, 2030');
  });

  it('case: sentence before July 1, 2021 — no check', () => {
    const r = run(
      va({
        sentenceDate: '2021-06-30',
        startDate: '2021-06-30',
        length: { years: 2 },
        offenses: [{ statute: 'Va. Code § 18.2-96', level: 'misdemeanor', class: '1' }],
      }),
      '2021-12-31',
    );
    expect(r.warnings.join(' ')).not.toContain('longest prison or jail term');
  });
});
