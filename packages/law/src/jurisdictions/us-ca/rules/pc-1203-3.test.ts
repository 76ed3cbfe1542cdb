import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import type { Offense, Term } from '../../../records/schema.ts';
import { usCa } from '../index.ts';

function probation(offense: Offense, fields: Partial<Term> = {}) {
  const grant = fields.sentenceDate ?? '2021-03-15';
  return person([
    term({
      jurisdiction: 'US-CA',
      sentenceDate: grant,
      startDate: fields.startDate ?? grant,
      length: { years: 2 },
      offenses: [offense],
      ...fields,
    }),
  ]);
}
const burglary: Offense = { statute: 'PC 459', level: 'felony' };

describe('PC 1203.3(a): early termination at any time', () => {
  it('case: open from the grant date: upcoming the day before, eligible on the day', () => {
    // Granted 2021-03-15; no waiting period.
    expect(opportunities(evaluate(usCa, probation(burglary), '2021-03-14'), 'early_termination')[0]).toMatchObject({
      status: 'upcoming',
      date: '2021-03-15',
    });
    expect(opportunities(evaluate(usCa, probation(burglary), '2021-03-15'), 'early_termination')[0]).toMatchObject({
      status: 'eligible',
      date: '2021-03-15',
    });
  });

  it('case: opens at the grant even where supervision starts later', () => {
    // Granted 2021-03-01 (jail as a condition first); supervision from 2021-06-01: opens 2021-03-01.
    const r = evaluate(usCa, probation(burglary, { sentenceDate: '2021-03-01', startDate: '2021-06-01' }), '2021-12-31');
    expect(opportunities(r, 'early_termination')[0]).toMatchObject({
      status: 'eligible',
      date: '2021-03-01',
      citations: expect.arrayContaining(['Cal. Penal Code § 1203.3(a)']),
    });
  });

  it("case: offered on the term's last day, withdrawn the day after", () => {
    // Misdemeanor 2021-03-15 + 12 months = 2022-03-15, the last day of probation (spec § 3): still open
    // that day; from 2022-03-16 the term is over.
    const theft = probation({ statute: 'PC 488', level: 'misdemeanor' }, { length: { years: 1 } });
    expect(opportunities(evaluate(usCa, theft, '2022-03-15'), 'early_termination')).toHaveLength(1);
    expect(opportunities(evaluate(usCa, theft, '2022-03-16'), 'early_termination')).toHaveLength(0);
  });

  it('case: a 3-year felony grant capped at 2 years keeps the opportunity on the cap day', () => {
    // Granted 2021-01-31; PC 1203.1(a) cap 2021-01-31 + 2 years = 2023-01-31, the last lawful day.
    const r = evaluate(usCa, probation(burglary, { sentenceDate: '2021-01-31', length: { years: 3 } }), '2023-01-31');
    expect(r.statutoryMaxEndDate).toBe('2023-01-31');
    expect(opportunities(r, 'early_termination')[0]).toMatchObject({ status: 'eligible', date: '2021-01-31' });
    const after = evaluate(usCa, probation(burglary, { sentenceDate: '2021-01-31', length: { years: 3 } }), '2023-02-01');
    expect(opportunities(after, 'early_termination')).toHaveLength(0);
  });

  it('case: a domestic-violence minimum term does not bar it (Killion)', () => {
    const r = evaluate(
      usCa,
      probation({ statute: 'PC 273.5(a)', level: 'felony', maxPrisonMonths: 48 }, { length: { years: 3 } }),
      '2021-12-31',
    );
    const [et] = opportunities(r, 'early_termination');
    expect(et!.status).toBe('eligible');
    expect(et!.citations).toContain('People v. Killion (Cal. Ct. App. 2018, E068225)');
  });

  it('case: parole is not encoded: no opportunities, no cap', () => {
    const r = evaluate(usCa, probation(burglary, { kind: 'parole' }), '2021-12-31');
    expect(r.opportunities).toEqual([]);
    expect(r.statutoryMaxEndDate).toBeNull();
  });

  it('case: restitution still owed — a reason names the (b)(2)(B) continuance; paid in full — no such reason', () => {
    const owed = evaluate(usCa, probation(burglary, { restitutionOrderedUsd: 900 }), '2021-12-31');
    const reasons = (r: typeof owed) => JSON.stringify(opportunities(r, 'early_termination')[0]);
    expect(reasons(owed)).toContain('Cal. Penal Code § 1203.3(b)(2)(B)');
    const paid = evaluate(
      usCa,
      {
        ...probation(burglary, { restitutionOrderedUsd: 900 }),
        events: [{ type: 'payment', date: '2021-06-01', amountUsd: 900, kind: 'restitution' }],
      },
      '2021-12-31',
    );
    expect(reasons(paid)).not.toContain('(b)(2)(B)');
    expect(opportunities(paid, 'early_termination')[0]?.status).toBe('eligible');
  });
});
