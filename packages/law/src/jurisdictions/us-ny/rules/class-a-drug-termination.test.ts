/** N.Y. Correction Law § 205(4): termination after three years of unrevoked parole for a class A drug felony. */
import { describe, expect, it } from 'vitest';
import type { Offense, Term } from '../../../records/schema.ts';
import { isClassADrugFelony } from './class-a-drug-termination.ts';
import { ny, opp, run } from './test-helpers.ts';

const POSSESSION_2: Offense = {
  statute: 'PL 220.18',
  level: 'felony',
  description: 'criminal possession of a controlled substance in the second degree',
};
const lifer = (fields: Partial<Term> = {}): Partial<Term> => ({
  startDate: '2018-01-01',
  sentenceDate: '1995-03-01',
  length: undefined,
  lifetime: true,
  offenses: [POSSESSION_2],
  ...fields,
});
const order = (type: 'revocation' | 'reinstatement', date: string) => ({ type, date });

describe('§ 205(4): three years of unrevoked parole end a class A drug sentence', () => {
  it('case: released 2018-01-01 — 2018-01-01 + 3 years = 2021-01-01, a discharge the law requires', () => {
    const r = run(ny(lifer()), '2022-06-01');
    expect(r.projectedEndDate).toBe('2021-01-01');
    expect(r.scheduledEndDate).toBeNull();
    expect(opp(r, 'earned_discharge')).toBeDefined();
    expect(r.explanation.some((s) => s.citations.includes('N.Y. Correction Law § 205(4)'))).toBe(true);
  });

  it('case: the day before the three years (2020-12-31) — upcoming on 2021-01-01; on the day itself — eligible', () => {
    const before = run(ny(lifer()), '2020-12-31');
    expect(before.projectedEndDate).toBe('2021-01-01');
    expect(before.opportunities.find((o) => o.citations.includes('N.Y. Correction Law § 205(4)'))).toMatchObject({
      kind: 'earned_discharge',
      status: 'upcoming',
      date: '2021-01-01',
    });
    const on = run(ny(lifer()), '2021-01-01');
    expect(on.opportunities.find((o) => o.citations.includes('N.Y. Correction Law § 205(4)'))?.status).toBe('eligible');
  });

  it('case: parole that begins after the as-of date is told as still to begin', () => {
    // 2024-03-01 + 3 years = 2027-03-01, as of 2023-06-30.
    const r = run(ny(lifer({ startDate: '2024-03-01' })), '2023-06-30');
    expect(r.projectedEndDate).toBe('2027-03-01');
    const said = r.explanation.map((s) => s.text).join(' ');
    expect(said).toContain('Your parole begins on March 1, 2024, so if your parole is not revoked');
    expect(said).not.toContain('Your parole began on March 1, 2024');
  });

  it('case: released 2016-02-29 — + 3 years = 2019-02-28 (no February 29 in 2019)', () => {
    expect(run(ny(lifer({ startDate: '2016-02-29' })), '2020-01-01').projectedEndDate).toBe('2019-02-28');
  });

  it('case: three years complete before the law (released 2001-10-11, as in Miller) — terminated on 2005-02-12, the day it took effect', () => {
    const r = run(ny(lifer({ startDate: '2001-10-11' })), '2006-01-01');
    expect(r.projectedEndDate).toBe('2005-02-12');
  });

  it('case: evaluated before the law took effect (2005-02-11) — no termination', () => {
    const r = run(ny(lifer({ startDate: '2001-10-11' })), '2005-02-11');
    expect(r.projectedEndDate).toBeNull();
  });

  it('case: revoked before the three years (2019-06-01) — the term ended by the revocation, no discharge by law (as in Ciccarelli)', () => {
    const r = run(ny(lifer({ orders: [order('revocation', '2019-06-01')] })), '2022-06-01');
    expect(r.projectedEndDate).toBe('2019-06-01');
  });

  it('case: revoked after the three years (2021-06-01) — the law had already ended the term on 2021-01-01 (as in Miller)', () => {
    const r = run(ny(lifer({ orders: [order('revocation', '2021-06-01')] })), '2022-06-01');
    expect(r.projectedEndDate).toBe('2021-01-01');
  });

  it('case: revoked 2019-06-01, put back on parole 2019-09-01 — the three years count from then: 2022-09-01', () => {
    const r = run(ny(lifer({ orders: [order('revocation', '2019-06-01'), order('reinstatement', '2019-09-01')] })), '2022-06-01');
    expect(r.projectedEndDate).toBe('2022-09-01');
  });

  it('case: absconded 2019-03-01 to 2019-03-10 (10 days) — 2021-01-01 + 10 days = 2021-01-11', () => {
    const r = run(ny(lifer(), [{ type: 'absconded', start: '2019-03-01', end: '2019-03-10' }]), '2022-06-01');
    expect(r.projectedEndDate).toBe('2021-01-11');
  });

  it('case: absconding still open — no day can be given', () => {
    const r = run(ny(lifer(), [{ type: 'absconded', start: '2019-03-01' }]), '2022-06-01');
    expect(r.projectedEndDate).toBeNull();
    expect(r.explanation.some((s) => s.text.includes('absconder'))).toBe(true);
  });

  it('case: a class B drug felony (220.16), a parole with an end, or probation — not covered', () => {
    expect(run(ny(lifer({ offenses: [{ statute: 'PL 220.16', level: 'felony', class: 'B' }] })), '2022-06-01').projectedEndDate).toBeNull();
    const withEnd = run(ny(lifer({ lifetime: undefined, length: { years: 10 } })), '2022-06-01');
    expect(withEnd.explanation.some((s) => s.citations.includes('N.Y. Correction Law § 205(4)'))).toBe(false);
    expect(run(ny(lifer({ kind: 'probation' })), '2022-06-01').projectedEndDate).toBeNull();
  });

  it('reads the class from the record first, else from the offense table', () => {
    const o = (offense: Offense) =>
      isClassADrugFelony({
        offense,
        index: 0,
        level: offense.level,
        tags: new Set(),
        tableEntries: [],
        classified: false,
        offenseDay: undefined,
      });
    expect(run(ny(lifer({ offenses: [{ statute: 'PL 220.39', level: 'felony', class: 'A-II' }] })), '2022-06-01').projectedEndDate).toBe(
      '2021-01-01',
    );
    expect(run(ny(lifer({ offenses: [{ ...POSSESSION_2, class: 'B' }] })), '2022-06-01').projectedEndDate).toBeNull();
    expect(o(POSSESSION_2)).toBe(false); // no table entry: not known to be article 220
  });
  it('exception: a lifetime parole that also covers murder in the second degree — not terminated, warned', () => {
    const r = run(ny(lifer({ offenses: [{ statute: 'PL 125.25', level: 'felony', class: 'A-I' }, POSSESSION_2] })), '2022-06-01');
    expect(r.projectedEndDate).toBeNull();
    expect(r.warnings.some((w) => w.includes('may carry the life maximum itself'))).toBe(true);
  });

  it('case: two absconding spells that overlap (2019-03-01–03-20 and 03-10–03-30: 30 days, not 41) — 2021-01-01 + 30 = 2021-01-31', () => {
    const spells = [
      { type: 'absconded' as const, start: '2019-03-01', end: '2019-03-20' },
      { type: 'absconded' as const, start: '2019-03-10', end: '2019-03-30' },
    ];
    expect(run(ny(lifer(), spells), '2022-06-01').projectedEndDate).toBe('2021-01-31');
  });
});
