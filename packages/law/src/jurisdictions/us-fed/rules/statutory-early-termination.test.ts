/** 18 U.S.C. § 3583(e)(1) and § 3564(c): early termination by the court. */
import { describe, expect, it } from 'vitest';
import { fed, misdemeanorProbation, opp, run } from './test-helpers.ts';

describe('§ 3583(e)(1) supervised release', () => {
  it('case: FED-1 — released 2023-04-03 → eligible after one year, on 2024-04-03 (upcoming the day before)', () => {
    // 2023-04-03 + 12 months = 2024-04-03.
    expect(opp(run(fed(), '2024-04-02'), '§ 3583(e)(1)')).toMatchObject({ status: 'upcoming', date: '2024-04-03' });
    const on = run(fed(), '2024-04-03');
    expect(opp(on, '§ 3583(e)(1)')).toMatchObject({ status: 'eligible', date: '2024-04-03' });
    expect(on.scheduledEndDate).toBe('2026-04-03');
    expect(on.projectedEndDate).toBe('2026-04-03');
    expect(on.statutoryMaxEndDate).toBeNull();
    expect(on.earnedCreditDays).toBe(0);
    expect(on.sanctionLimit).toBeNull();
  });

  it('case: a start on Feb 29 clamps: 2024-02-29 + 12 months = 2025-02-28', () => {
    expect(opp(run(fed({ startDate: '2024-02-29' }), '2024-06-01'), '§ 3583(e)(1)')!.date).toBe('2025-02-28');
  });

  it('case: USSG §5D1.4(b) is cited from 2025-11-01, not the day before', () => {
    const cites = (asOf: string) => opp(run(fed(), asOf), '§ 3583(e)(1)')!.citations;
    expect(cites('2025-10-31')).not.toContain('USSG §5D1.4(b) (policy statement)');
    expect(cites('2025-11-01')).toContain('USSG §5D1.4(b) (policy statement)');
  });

  it('case: no exclusions in the statute — a sex offense keeps the statutory opportunity', () => {
    const r = run(fed({ offenses: [{ statute: '18 U.S.C. § 2252A(a)(5)(B)', level: 'felony' }] }), '2024-05-01');
    expect(opp(r, '§ 3583(e)(1)')!.status).toBe('eligible');
  });
});

describe('§ 3564(c) probation', () => {
  it('case: felony probation → after one year (2024-01-15 + 12 months = 2025-01-15)', () => {
    const r = run(fed({ kind: 'probation', startDate: '2024-01-15', sentenceDate: '2024-01-15', length: { years: 3 } }), '2025-01-14');
    expect(opp(r, '§ 3564(c)')).toMatchObject({ status: 'upcoming', date: '2025-01-15' });
    expect(opp(r, '§ 3564(c)')!.basis).toContain('felony');
  });

  it('case: FED-2 — misdemeanor probation from 2025-01-10 → at any time (eligible on the start date)', () => {
    const misd = misdemeanorProbation('2025-01-10', 2);
    expect(opp(run(misd, '2025-01-09'), '§ 3564(c)')).toMatchObject({ status: 'upcoming', date: '2025-01-10' });
    expect(opp(run(misd, '2025-01-10'), '§ 3564(c)')).toMatchObject({ status: 'eligible', date: '2025-01-10' });
  });

  it('case: old-law parole is not encoded — no opportunity, an explanation says so', () => {
    const r = run(fed({ kind: 'parole' }), '2024-06-01');
    expect(r.opportunities).toHaveLength(0);
    expect(r.explanation.some((s) => s.text.includes('Parole Commission'))).toBe(true);
  });

  it('case: supervised release of 8 months never reaches the one-year mark — no opportunity (§ 3583(e)(1))', () => {
    // Start 2024-01-01 + 8 months = end 2024-09-01; one year would expire only on 2025-01-01, after the end.
    const r = run(fed({ startDate: '2024-01-01', length: { months: 8 } }), '2024-06-01');
    expect(r.scheduledEndDate).toBe('2024-09-01');
    expect(r.opportunities).toHaveLength(0);
    expect(r.explanation.some((s) => s.text.includes('only after one year') && s.citations.includes('18 U.S.C. § 3583(e)(1)'))).toBe(true);
  });

  it('case: felony probation of 11 or 12 months has no early end after the one-year mark; 13 months has (§ 3564(c))', () => {
    // 2024-03-01 + 11 months = end 2025-02-01, before 2024-03-01 + 12 months = 2025-03-01: no opportunity.
    // 2024-03-01 + 12 months = end 2025-03-01, the anniversary itself and the term's last day: none either.
    // 2024-03-01 + 13 months = end 2025-04-01, after the anniversary: the opportunity, dated 2025-03-01.
    const probation = (months: number) =>
      fed({ kind: 'probation', sentenceDate: '2024-03-01', startDate: '2024-03-01', length: { months } });
    expect(opp(run(probation(11), '2024-06-01'), '§ 3564(c)')).toBeUndefined();
    const twelve = run(probation(12), '2024-06-01');
    expect(opp(twelve, '§ 3564(c)')).toBeUndefined();
    expect(twelve.explanation.some((s) => s.text.includes('set to end that same day, on March 1, 2025'))).toBe(true);
    expect(opp(run(probation(13), '2024-06-01'), '§ 3564(c)')).toMatchObject({ status: 'upcoming', date: '2025-03-01' });
  });

  it('case: nothing after the term has ended', () => {
    // 2023-04-03 + 3 years = 2026-04-03; as of 2026-04-04 it is over.
    expect(run(fed(), '2026-04-04').opportunities).toHaveLength(0);
  });
});

describe('a revocation, told with the provision it acts under', () => {
  it('case: supervised release revoked 2024-01-01: the step cites § 3583(e)(3) and says "all or part"', () => {
    const r = run(
      fed({ startDate: '2022-01-01', length: { years: 5 }, orders: [{ type: 'revocation', date: '2024-01-01' }] }),
      '2024-02-01',
    );
    const step = r.explanation.find((s) => s.text.includes('this term was revoked'))!;
    expect(step.citations).toEqual(['18 U.S.C. § 3583(e)(3)']);
    expect(step.text).toContain('for all or part of the term the law allows');
  });
});
