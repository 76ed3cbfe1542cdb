import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { Offense, Term } from '../../../records/schema.ts';
import { usCa } from '../index.ts';

function misdemeanor(offense: Offense, fields: Partial<Term> = {}) {
  const grant = fields.sentenceDate ?? '2022-02-10';
  return person([
    term({ jurisdiction: 'US-CA', sentenceDate: grant, startDate: grant, length: { years: 3 }, offenses: [offense], ...fields }),
  ]);
}
const pettyTheft: Offense = { statute: 'PC 488', level: 'misdemeanor', description: 'Petty theft' };

describe('PC 1203a(a): the one-year misdemeanor limit (AB 1950)', () => {
  it('case: research example 4 contrast, petty theft, 3 years ordered, cut to 1 year', () => {
    // 2022-02-10 + 12 months = 2023-02-10; ordered to 2025-02-10.
    const r = evaluate(usCa, misdemeanor(pettyTheft), '2022-06-30');
    expect(r.scheduledEndDate).toBe('2025-02-10');
    expect(r.statutoryMaxEndDate).toBe('2023-02-10');
    expect(r.projectedEndDate).toBe('2023-02-10');
    expect(opportunities(r, 'term_cap')).toEqual([
      expect.objectContaining({ status: 'upcoming', date: '2023-02-10', citations: ['Cal. Penal Code § 1203a(a)'] }),
    ]);
  });

  it('case: a "gross misdemeanor" is read as a misdemeanor, with a warning', () => {
    const r = evaluate(usCa, misdemeanor({ statute: 'PC 488', level: 'gross_misdemeanor' }), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2023-02-10');
    expect(r.warnings.some((w) => w.includes('gross misdemeanor'))).toBe(true);
  });
});

describe('PC 1203a(b): offenses with their own probation length', () => {
  it('case: research example 4, misdemeanor DUI, 3 years lawful; the DUI law allows up to 5', () => {
    // VC 23600(b)(1): 5 years. 2022-02-10 + 60 months = 2027-02-10; ordered 2025-02-10.
    const r = evaluate(usCa, misdemeanor({ statute: 'Veh. Code § 23152(a)', level: 'misdemeanor' }), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-02-10');
    expect(r.projectedEndDate).toBe('2025-02-10');
    // The offense's own statute is cited beside the exception, not only named in the words.
    expect(opportunities(r, 'term_cap')[0]).toMatchObject({
      status: 'ineligible',
      date: null,
      citations: ['Cal. Penal Code § 1203a(b)', 'Cal. Veh. Code § 23600(b)(1)'],
    });
  });

  it("case: DUI ordered for 6 years runs past the DUI law's 5", () => {
    // 2022-02-10 + 60 months = 2027-02-10; ordered 2028-02-10.
    const r = evaluate(usCa, misdemeanor({ statute: 'VC 23152(b)', level: 'misdemeanor' }, { length: { years: 6 } }), '2022-06-30');
    expect(opportunities(r, 'term_cap')).toEqual([expect.objectContaining({ status: 'upcoming', date: '2027-02-10' })]);
    // The reason stands alone, so it names the law it means (it said "that law allows at most 5 years").
    const reason = opportunities(r, 'term_cap')[0]!.reasons[0]!;
    expect(reason).toContain('the law for driving under the influence (VC 23152(b)) allows at most 5 years');
    expect(reason).not.toContain('(that law');
  });

  it('case: misdemeanor domestic battery: 36-month minimum, no maximum, so no cap date', () => {
    const r = evaluate(usCa, misdemeanor({ statute: 'PC 243(e)(1)', level: 'misdemeanor' }), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2025-02-10');
    expect(r.explanation.some((s) => s.citations.includes('Cal. Penal Code § 1203a(b)') && s.text.includes('at least 36 months'))).toBe(
      true,
    );
  });

  it('case: an unlisted statute warns that it could not be classified', () => {
    const r = evaluate(usCa, misdemeanor({ statute: 'PC 594(a)', level: 'misdemeanor' }), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2023-02-10');
    expect(r.warnings.some((w) => w.includes('PC 594(a)') && w.includes('own_probation_length'))).toBe(true);
  });

  it('case: a record-tagged own-length statute the table does not know: 1203a(b) lifts the year, and no longest term is claimed', () => {
    // PC 272 tagged own_probation_length, not in the table: the one-year limit (2023-02-10) does not apply,
    // and what PC 272 allows is not known here, so no cap; the term runs as ordered, to 2025-02-10.
    const r = evaluate(usCa, misdemeanor({ statute: 'PC 272', level: 'misdemeanor', tags: ['own_probation_length'] }), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2025-02-10');
    const step = r.explanation.find((s) => s.citations.includes('Cal. Penal Code § 1203a(b)'))!;
    expect(step.citations).toEqual(['Cal. Penal Code § 1203a(b)', 'PC 272']);
    expect(step.citations).not.toContain('Cal. Penal Code § 1203.1(l)(1)');
    expect(step.text).not.toContain('shortest term but no longest');
    expect(step.text).toContain('does not know the longest probation the law for PC 272 allows');
    // The name is the statute: it is not said twice ("PC 272 (PC 272)").
    expect(step.text).not.toContain('PC 272 (PC 272)');
    expect(r.warnings.some((w) => w.includes('PC 272') && w.includes('offense table does not list'))).toBe(true);
  });
});

describe('PC 1203g: shoplifting and petty theft, from 2025-01-01', () => {
  it('case: granted 2024-12-31 (day before): 1 year', () => {
    // 2024-12-31 + 12 months = 2025-12-31.
    const r = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2024-12-31', length: { years: 2 } }), '2025-06-30');
    expect(r.statutoryMaxEndDate).toBe('2025-12-31');
  });

  it('case: granted 2025-01-01 (day of): 2 years, so a 2-year grant is lawful', () => {
    // 2025-01-01 + 24 months = 2027-01-01.
    const r = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2025-01-01', length: { years: 2 } }), '2025-06-30');
    expect(r.statutoryMaxEndDate).toBe('2027-01-01');
    expect(opportunities(r, 'term_cap')[0]).toMatchObject({ status: 'ineligible', citations: ['Cal. Penal Code § 1203g(a)'] });
  });

  it('case: petty theft committed 2024-12-15, granted 2025-02-01 for 2 years: 1203g does not reach it, 1 year', () => {
    // 1203g lengthens what the court may order, so it reaches only offenses from 2025-01-01 (Pen. Code § 3; Tapia):
    // 1203a(a)'s one year, 2025-02-01 + 12 months = 2026-02-01.
    const before = { ...pettyTheft, offenseDate: '2024-12-15' };
    const r = evaluate(usCa, misdemeanor(before, { sentenceDate: '2025-02-01', length: { years: 2 } }), '2025-06-01');
    expect(r.statutoryMaxEndDate).toBe('2026-02-01');
    expect(opportunities(r, 'term_cap')).toEqual([expect.objectContaining({ status: 'upcoming', date: '2026-02-01' })]);
    // Committed on 2025-01-01: 2 years, 2025-02-01 + 24 months = 2027-02-01, and no warning about the date.
    const on = evaluate(
      usCa,
      misdemeanor({ ...pettyTheft, offenseDate: '2025-01-01' }, { sentenceDate: '2025-02-01', length: { years: 2 } }),
      '2025-06-01',
    );
    expect(on.statutoryMaxEndDate).toBe('2027-02-01');
    expect(on.warnings.some((w) => w.includes('gives no date for the offense'))).toBe(false);
    // No offense date: the grant date stands in, with a warning.
    const undated = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2025-02-01', length: { years: 2 } }), '2025-06-01');
    expect(undated.statutoryMaxEndDate).toBe('2027-02-01');
    expect(undated.warnings.some((w) => w.includes('gives no date for the offense') && w.includes('January 1, 2025'))).toBe(true);
  });

  it('case: petty theft charged as "484(a)/488 PC", committed 2025-02-01, granted 2025-03-01 for 3 years: 1203g, cut to 2', () => {
    // PC 484 defines theft, PC 488 makes it petty theft, which 1203g(a) names ("petty theft, as described in
    // Section 488"). 2025-03-01 + 24 months = 2027-03-01; ordered to 2028-03-01. Read as PC 484 alone, it got
    // 1203a(a)'s one year (2026-03-01).
    for (const statute of ['PC 484(a)/488', '484(a)/488 PC']) {
      const offense: Offense = { statute, level: 'misdemeanor', offenseDate: '2025-02-01' };
      const r = evaluate(usCa, misdemeanor(offense, { sentenceDate: '2025-03-01' }), '2025-06-01');
      expect(r.statutoryMaxEndDate).toBe('2027-03-01');
      expect(opportunities(r, 'term_cap')).toEqual([
        expect.objectContaining({ status: 'upcoming', date: '2027-03-01', citations: ['Cal. Penal Code § 1203g(a)'] }),
      ]);
      // The rule first, then the offense (it said "Petty theft (PC 484(a)/488) is shoplifting or petty theft").
      const step = r.explanation.find((s) => s.citations.includes('Cal. Penal Code § 1203g(a)'))!;
      expect(step.text).toContain(
        `because since January 1, 2025 the court may order up to 2 years of probation for shoplifting or petty theft, and petty theft (${statute}) is one of those.`,
      );
    }
  });

  it('case: shoplifting granted 2025-03-01 for 3 years: cut to 2', () => {
    // 2025-03-01 + 24 months = 2027-03-01.
    const r = evaluate(usCa, misdemeanor({ statute: 'P.C. 459.5', level: 'misdemeanor' }, { sentenceDate: '2025-03-01' }), '2025-06-30');
    expect(opportunities(r, 'term_cap')).toEqual([expect.objectContaining({ status: 'upcoming', date: '2027-03-01' })]);
  });
});

describe('former PC 1203a and retroactivity (misdemeanor)', () => {
  it('case: a 2019 grant evaluated in 2020: 3 years', () => {
    // 2019-03-01 + 36 months = 2022-03-01.
    const r = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2019-03-01', length: { years: 5 } }), '2020-06-30');
    expect(r.statutoryMaxEndDate).toBe('2022-03-01');
    expect(opportunities(r, 'term_cap')).toEqual([expect.objectContaining({ status: 'upcoming', date: '2022-03-01' })]);
  });

  it('case: the former proviso, a maximum sentence over 3 years allows that long', () => {
    // 48 months: 2019-03-01 + 48 months = 2023-03-01.
    const r = evaluate(
      usCa,
      misdemeanor({ statute: 'PC 488', level: 'misdemeanor', maxPrisonMonths: 48 }, { sentenceDate: '2019-03-01', length: { years: 5 } }),
      '2020-06-30',
    );
    expect(r.statutoryMaxEndDate).toBe('2023-03-01');
  });

  it('case: as of 2020-12-31, a grant still to come in 2021 is told under the law then in force (3 years), not AB 1950', () => {
    // The law on the as-of date is the former PC 1203a: 2021-04-20 + 36 months = 2024-04-20. AB 1950's one
    // year (to 2022-04-20) is not yet law on 2020-12-31.
    const r = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2021-04-20', length: { years: 3 } }), '2020-12-31');
    expect(r.statutoryMaxEndDate).toBe('2024-04-20');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'Under the law before 2021, misdemeanor probation could last up to 3 years.',
    );
  });

  it('case: nonfinal 2020 grant: as of 2020-12-31 the former 3 years; as of 2021-01-01 one year', () => {
    const record = misdemeanor(pettyTheft, { sentenceDate: '2020-03-01', caseFinalBefore2021: false } as Partial<Term>);
    // Former: 2020-03-01 + 36 months = 2023-03-01.
    expect(evaluate(usCa, record, '2020-12-31').statutoryMaxEndDate).toBe('2023-03-01');
    // AB 1950, reaching back: 2020-03-01 + 12 months = 2021-03-01.
    const r = evaluate(usCa, record, '2021-01-01');
    expect(r.statutoryMaxEndDate).toBe('2021-03-01');
    expect(opportunities(r, 'term_cap')[0]!.citations).toContain('People v. Prudholme (2023) 14 Cal.5th 961');
  });

  it('case: record silent: a misdemeanor grant has 30 days to appeal (2020-12-01 final, 2020-12-02 not)', () => {
    // Cal. Rules of Court, rule 8.853(a): 30 days. 2020-12-01 + 30 days = 2020-12-31 < 2021-01-01: final
    // (assumed, with a warning), former 3 years: 2020-12-01 + 36 months = 2023-12-01. 2020-12-02 + 30 days =
    // 2021-01-01 ≥ 2021-01-01: not final, AB 1950's one year: 2020-12-02 + 12 months = 2021-12-02.
    const final = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2020-12-01' }), '2021-06-30');
    expect(final.statutoryMaxEndDate).toBe('2023-12-01');
    expect(final.warnings.some((w) => w.includes('caseFinalBefore2021'))).toBe(true);
    // Within the felony case's 60 days: a felony charge would change the answer, so the warning says so.
    expect(final.warnings.some((w) => w.includes('If a felony was charged in this case') && w.includes('rule 8.304(a)(2)'))).toBe(true);
    const open = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2020-12-02' }), '2021-06-30');
    expect(open.statutoryMaxEndDate).toBe('2021-12-02');
    expect(open.explanation.map((e) => e.text).join(' ')).toContain(
      'An order granting probation in a misdemeanor case can be appealed for 30 days, and that time had not run out on January 1, 2021',
    );
  });

  it('case: a misdemeanor grant more than 60 days before 2021 gets no felony-charge warning', () => {
    // 2020-11-01 + 60 days = 2020-12-31: neither time to appeal was open on 2021-01-01.
    const r = evaluate(usCa, misdemeanor(pettyTheft, { sentenceDate: '2020-11-01' }), '2021-06-30');
    expect(r.warnings.some((w) => w.includes('If a felony was charged'))).toBe(false);
  });

  it('case: the "assume not final" alternative applies AB 1950 and warns', () => {
    const reformed = applyReform(usCa, {
      name: 'assume not final',
      citations: ['test'],
      parameters: { 'us-ca.retroactivity.assumeFinalWhenUnknown': [{ from: '2021-01-01', value: false, source: { citation: 'test' } }] },
    });
    const r = evaluate(reformed, misdemeanor(pettyTheft, { sentenceDate: '2020-03-01' }), '2021-06-30');
    // 2020-03-01 + 12 months = 2021-03-01.
    expect(r.statutoryMaxEndDate).toBe('2021-03-01');
    expect(r.warnings.some((w) => w.includes('treated as not final'))).toBe(true);
  });
});
