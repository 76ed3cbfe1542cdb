/** 42 Pa.C.S. § 9771(a): the court may terminate probation at any time. */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import type { Term } from '../../../records/schema.ts';
import { usPa } from '../index.ts';

const t = (fields: Partial<Term>) =>
  term({
    jurisdiction: 'US-PA',
    sentenceDate: '2024-01-10',
    startDate: '2024-03-01',
    length: { years: 3 },
    offenses: [{ statute: '18 Pa.C.S. § 3929', level: 'misdemeanor' }],
    ...fields,
  });

describe('§ 9771(a) early termination', () => {
  it('case: eligible from the day probation starts', () => {
    const before = opportunities(evaluate(usPa, person([t({})]), '2024-02-29'), 'early_termination');
    expect(before[0]).toMatchObject({ status: 'upcoming', date: '2024-03-01' });
    const on = opportunities(evaluate(usPa, person([t({})]), '2024-03-01'), 'early_termination');
    expect(on[0]).toMatchObject({ status: 'eligible', date: '2024-03-01' });
    expect(on[0]!.citations).toContain('42 Pa.C.S. § 9771(a)');
  });

  it('case: the 2019 text is the first encoded — as of 2019-12-17 nothing, as of 2019-12-18 eligible', () => {
    const old = t({ sentenceDate: '2018-01-10', startDate: '2018-01-10' });
    expect(opportunities(evaluate(usPa, person([old]), '2019-12-17'), 'early_termination')).toHaveLength(0);
    expect(opportunities(evaluate(usPa, person([old]), '2019-12-18'), 'early_termination')[0]).toMatchObject({
      status: 'eligible',
      date: '2018-01-10',
    });
  });

  it('case: it never changes the projected end', () => {
    const e = evaluate(usPa, person([t({})]), '2025-01-01');
    expect(e.projectedEndDate).toBe('2027-03-01'); // 2024-03-01 + 3 years
    expect(e.scheduledEndDate).toBe('2027-03-01');
  });

  it('case: not for parole', () => {
    expect(opportunities(evaluate(usPa, person([t({ kind: 'parole' })]), '2025-01-01'), 'early_termination')).toHaveLength(0);
  });
});

describe('citations follow the law in force', () => {
  it('case: § 9774.1(j) is cited from 2024-06-11, not the day before', () => {
    const cites = (asOf: string) => opportunities(evaluate(usPa, person([t({})]), asOf), 'early_termination')[0]!.citations;
    expect(cites('2024-06-10')).not.toContain('42 Pa.C.S. § 9774.1(j)');
    expect(cites('2024-06-11')).toContain('42 Pa.C.S. § 9774.1(j)');
  });
});
