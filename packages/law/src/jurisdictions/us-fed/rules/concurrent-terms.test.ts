/** 18 U.S.C. § 3564(b), § 3624(e): federal probation and supervised release run concurrently with other terms. */
import { describe, expect, it } from 'vitest';
import { evaluate, person } from '../../../../test/builders.ts';
import { usFed } from '../index.ts';
import { fedTerm } from './test-helpers.ts';

describe('a federal term recorded as consecutive', () => {
  it('case: probation imposed 2023-01-10 recorded to start 2026-01-11 after T-1: dates from the record, the law named', () => {
    // From the record's start: 2026-01-11 + 3 years = 2029-01-11. From imposition (§ 3564(a)): 2023-01-10 + 3 years = 2026-01-10.
    const terms = [
      fedTerm({ id: 'T-1', kind: 'probation', sentenceDate: '2023-01-10', startDate: '2023-01-10' }),
      fedTerm({ id: 'T-2', kind: 'probation', sentenceDate: '2023-01-10', startDate: '2026-01-11', consecutiveTo: 'T-1' }),
    ];
    const r = evaluate(usFed, person(terms), '2024-06-01', 'T-2');
    expect(r.scheduledEndDate).toBe('2029-01-11');
    const step = r.explanation.find((s) => s.citations.includes('18 U.S.C. § 3564(b)'))!;
    expect(step.text).toContain('Federal law runs every term of probation at the same time as the others');
    expect(step.text).toContain('Had it begun when it was imposed, on January 10, 2023, it would end on January 10, 2026.');
    expect(
      r.warnings.some((w) => w.includes('Term T-2 is recorded as following term T-1, but 18 U.S.C. § 3564(b) runs it at the same time')),
    ).toBe(true);
    expect(r.warnings.some((w) => w.includes('generally run at the same time'))).toBe(false);
  });

  it('case: supervised release after another: from the start of the term it follows (2023-04-03 + 3 years = 2026-04-03)', () => {
    const terms = [fedTerm({ id: 'T-1' }), fedTerm({ id: 'T-2', startDate: '2026-04-04', consecutiveTo: 'T-1' })];
    const r = evaluate(usFed, person(terms), '2026-12-01', 'T-2');
    const step = r.explanation.find((s) => s.citations.includes('18 U.S.C. § 3624(e)'))!;
    expect(step.text).toContain('Had it begun with term T-1, on April 3, 2023, it ended on April 3, 2026.');
  });

  it('case: supervised release after a state parole: no alternative end (not released from federal imprisonment)', () => {
    const terms = [
      fedTerm({ id: 'P', jurisdiction: 'US-NY', kind: 'parole', startDate: '2023-04-03' }),
      fedTerm({ id: 'T-2', startDate: '2026-04-04', consecutiveTo: 'P' }),
    ];
    const step = evaluate(usFed, person(terms), '2026-12-01', 'T-2').explanation.find((s) => s.citations.includes('18 U.S.C. § 3624(e)'))!;
    expect(step.text).not.toContain('Had it begun');
  });

  it('case: a federal parole term recorded as consecutive is warned of, as each term is evaluated on its own', () => {
    const terms = [fedTerm({ id: 'T-1' }), fedTerm({ id: 'T-2', kind: 'parole', startDate: '2026-04-04', consecutiveTo: 'T-1' })];
    const r = evaluate(usFed, person(terms), '2026-12-01', 'T-2');
    expect(r.warnings).toContain('This term runs after term T-1; each term is evaluated on its own here.');
  });

  it('case: a term with no consecutiveTo says nothing of it', () => {
    const r = evaluate(usFed, person([fedTerm()]), '2024-06-01');
    expect(r.explanation.some((s) => s.citations.includes('18 U.S.C. § 3624(e)'))).toBe(false);
  });
});
