/** Minn. Stat. § 609.135, subd. 2(a)–(f): the longest stay, by the law in force on the stay date. */
import { describe, expect, it } from 'vitest';
import { opportunities } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { Offense } from '../../../records/schema.ts';
import type { TermEvaluation } from '../../../engine/evaluation.ts';
import { usMn } from '../index.ts';
import { drug5, run, says, stayed, theft20, warns } from './test-helpers.ts';

describe('subd. 2(a): felonies, five years or the statutory maximum, whichever is less (stays from 2023-08-01)', () => {
  it('case: research example 1, fifth-degree possession, 7 years ordered, cut to 5', () => {
    // min(60, 60) = 60 months. 2023-09-15 + 60 months = 2028-09-15; ordered 2023-09-15 + 7 years = 2030-09-15.
    const e = run(stayed('2023-09-15', [drug5]), '2024-06-30');
    expect(e.scheduledEndDate).toBe('2030-09-15');
    expect(e.statutoryMaxEndDate).toBe('2028-09-15');
    expect(e.projectedEndDate).toBe('2028-09-15');
    expect(e.earnedCreditDays).toBe(0);
    expect(e.sanctionLimit).toBeNull();
    expect(opportunities(e, 'term_cap')).toEqual([
      expect.objectContaining({ status: 'upcoming', date: '2028-09-15', citations: ['Minn. Stat. § 609.135, subd. 2(a)'] }),
    ]);
  });

  it('case: the term_cap opens on the cap day (day before / on)', () => {
    // Cap 2028-09-15.
    expect(opportunities(run(stayed('2023-09-15', [drug5]), '2028-09-14'), 'term_cap')[0]!.status).toBe('upcoming');
    expect(opportunities(run(stayed('2023-09-15', [drug5]), '2028-09-15'), 'term_cap')[0]!.status).toBe('eligible');
  });

  it('case: research example 2, theft with a 20-year maximum: 5 years, not 20', () => {
    // min(60, 240) = 60 months. 2024-01-10 + 60 months = 2029-01-10.
    expect(run(stayed('2024-01-10', [theft20]), '2024-06-30').statutoryMaxEndDate).toBe('2029-01-10');
  });

  it('case: lifetime probation for the same theft runs past its 5 years (2024-01-10 + 60 months = 2029-01-10), said plainly', () => {
    const e = run(stayed('2024-01-10', [theft20], { length: undefined, lifetime: true }), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2029-01-10');
    const cap = opportunities(e, 'term_cap')[0]!;
    expect(cap.reasons[0]).toMatch(/^Your probation as ordered has no end date, so it runs past January 10, 2029, /);
  });

  it('case: § 609.2113 without its subdivision: treated as not listed, and said; subd. 2 keeps the longer limit', () => {
    // Stayed 2024-09-10 for 4 years, maximum 36 months. Not listed: min(60, 36) = 36 months → 2027-09-10. Subd. 2 is on
    // the (b) list: four years or the statutory maximum, whichever is longer: max(48, 36) = 48 months → 2028-09-10.
    const bare = { statute: 'Minn. Stat. § 609.2113', level: 'felony' as const, maxPrisonMonths: 36, offenseDate: '2024-08-15' };
    const e = run(stayed('2024-09-10', [bare], { length: { years: 4 } }), '2025-01-01');
    expect(e.statutoryMaxEndDate).toBe('2027-09-10');
    expect(
      warns(e, 'name only part of this section (subd. 2 for (b); subd. 3 for (c)), and the record does not give the subdivision'),
    ).toBe(true);
    const subd2 = run(
      stayed('2024-09-10', [{ ...bare, statute: 'Minn. Stat. § 609.2113, subd. 2' }], { length: { years: 4 } }),
      '2025-01-01',
    );
    expect(subd2.statutoryMaxEndDate).toBe('2028-09-10');
    expect(warns(subd2, 'name only part of this section')).toBe(false);
  });

  it('case: research example 2, a felony with a 3-year maximum: the maximum is less, so 3 years', () => {
    // min(60, 36) = 36 months. 2024-01-10 + 36 months = 2027-01-10.
    const e = run(stayed('2024-01-10', [{ statute: '609.999', level: 'felony', maxPrisonMonths: 36 }]), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2027-01-10');
    expect(says(e, 'whichever is less; the longest prison sentence for it is 3 years, so the limit is 3 years')).toBe(true);
  });

  it('case: a maximum of 5 years and 1 month: the 5 years is less', () => {
    // min(60, 61) = 60 months. 2024-01-10 + 60 = 2029-01-10.
    expect(
      run(stayed('2024-01-10', [{ statute: '609.999', level: 'felony', maxPrisonMonths: 61 }]), '2024-06-30').statutoryMaxEndDate,
    ).toBe('2029-01-10');
  });

  it('case: a felony maximum of a year or less is an error in the record: set aside (12 months), kept at 13', () => {
    // 0 or 12 months: read as not given, so 5 years: 2024-01-10 + 60 months = 2029-01-10, with a warning.
    for (const months of [0, 12]) {
      const e = run(stayed('2024-01-10', [{ statute: '609.999', level: 'felony', maxPrisonMonths: months }]), '2024-06-30');
      expect(e.statutoryMaxEndDate).toBe('2029-01-10');
      expect(warns(e, `The record gives ${months} months as the longest prison sentence`)).toBe(true);
    }
    // 12.5 months is more than a year: kept, the part month as days (0.5 × 30 = 15): 2024-01-10 + 12 months =
    // 2025-01-10, + 15 days = 2025-01-25. Whole months alone (2025-01-10) would end the stay before the law does.
    const part = run(stayed('2024-01-10', [{ statute: '609.999', level: 'felony', maxPrisonMonths: 12.5 }]), '2025-01-15');
    expect(part.statutoryMaxEndDate).toBe('2025-01-25');
    expect(part.explanation.map((s) => s.text).join(' ')).toContain('the longest prison sentence for it is 1 year and 15 days');
    // 59.99 months from 2024-03-01: 59 months + 30 days = 2029-03-03 would pass 5 years (2029-03-01), which
    // "whichever is less" never does: a part month never reaches past the next whole month.
    expect(
      run(stayed('2024-03-01', [{ statute: '609.999', level: 'felony', maxPrisonMonths: 59.99 }]), '2024-06-30').statutoryMaxEndDate,
    ).toBe('2029-03-01');
    // 13 months is more than a year: min(60, 13) = 13. 2024-01-10 + 13 months = 2025-02-10.
    expect(
      run(stayed('2024-01-10', [{ statute: '609.999', level: 'felony', maxPrisonMonths: 13 }]), '2024-06-30').statutoryMaxEndDate,
    ).toBe('2025-02-10');
  });

  it('case: no maximum in the record or the table: 5 years, with a warning', () => {
    // 2024-01-10 + 60 months = 2029-01-10.
    const e = run(stayed('2024-01-10', [{ statute: '609.582', level: 'felony' }]), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2029-01-10');
    expect(warns(e, 'does not give the longest prison sentence (field maxPrisonMonths) for Burglary (609.582)')).toBe(true);
  });

  it('case: the limit counts from the stay, not a later start of supervision', () => {
    // Stayed 2023-09-15, supervision from 2023-12-01 (after jail): 2023-09-15 + 60 months = 2028-09-15.
    const e = run(stayed('2023-09-15', [drug5], { startDate: '2023-12-01' }), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2028-09-15');
    expect(says(e, 'counts from the day the court stayed your sentence, September 15, 2023')).toBe(true);
  });

  it('case: a leap-day stay ends on February 28', () => {
    // 2024-02-29 + 60 months = 2029-02-29, which does not exist: 2029-02-28.
    expect(run(stayed('2024-02-29', [drug5]), '2024-06-30').statutoryMaxEndDate).toBe('2029-02-28');
  });

  it('case: an extension order moves the lawful end by its months', () => {
    // 2023-09-15 + 60 + 12 months = 2029-09-15; scheduled 2030-09-15 + 12 months = 2031-09-15.
    const e = run(stayed('2023-09-15', [drug5], { orders: [{ type: 'extension', date: '2028-06-01', months: 12 }] }), '2028-07-01');
    expect(e.scheduledEndDate).toBe('2031-09-15');
    expect(e.statutoryMaxEndDate).toBe('2029-09-15');
    expect(warns(e, 'extended this stay by 1 year')).toBe(true);
    expect(e.explanation.map((s) => s.text).join(' ')).toContain(
      "Your sentence was stayed on September 15, 2023, so, with the court's extension of 1 year, by law your probation must end by September 15, 2029.",
    );
    // The term_cap reason shows the same arithmetic: 5 years plus the extension, not 5 years alone.
    expect(opportunities(e, 'term_cap')[0]!.reasons[0]).toBe(
      "Your probation as ordered runs to September 15, 2031, past September 15, 2029, the latest end the law allows (5 years from September 15, 2023, plus the court's extension of 1 year).",
    );
  });
});

describe('the 2023 effective date (stay date selects the law)', () => {
  it('case: stayed 2023-07-31, the former law: four years or the maximum, whichever is longer', () => {
    // max(48, 240) = 240 months. 2023-07-31 + 240 months = 2043-07-31; 10 years ordered is within it.
    const e = run(stayed('2023-07-31', [theft20], { length: { years: 10 } }), '2023-07-31');
    expect(e.statutoryMaxEndDate).toBe('2043-07-31');
    expect(opportunities(e, 'term_cap')).toEqual([]);
  });

  it('case: stayed 2023-08-01, the 2023 law: 5 years', () => {
    // min(60, 240) = 60. 2023-08-01 + 60 months = 2028-08-01; ordered 2033-08-01.
    const e = run(stayed('2023-08-01', [theft20], { length: { years: 10 } }), '2023-08-01');
    expect(e.statutoryMaxEndDate).toBe('2028-08-01');
    expect(opportunities(e, 'term_cap')[0]).toMatchObject({ status: 'upcoming', date: '2028-08-01' });
  });

  it('case: former law, a short maximum gives four years', () => {
    // max(48, 36) = 48 months. 2022-03-01 + 48 months = 2026-03-01.
    const e = run(
      stayed('2022-03-01', [{ statute: '609.999', level: 'felony', maxPrisonMonths: 36 }], { length: { years: 3 } }),
      '2022-12-31',
    );
    expect(e.statutoryMaxEndDate).toBe('2026-03-01');
  });

  it('case: former law, a felony cited under the 2012 numbering (§ 609.21, subd. 1a(b)): read under the general former rule (open question)', () => {
    // Former (a) leaves it out but (b) does not name it; read as four years or the maximum, whichever is longer:
    // max(48, 60) = 60 months. 2022-05-01 + 60 months = 2027-05-01 (six years would be 2028-05-01).
    const e = run(
      stayed('2022-05-01', [{ statute: 'Minn. Stat. § 609.21, subd. 1a(b)', level: 'felony', maxPrisonMonths: 60 }]),
      '2022-12-31',
    );
    expect(e.statutoryMaxEndDate).toBe('2027-05-01');
  });

  it('case: former law without a maximum: no date, with a warning', () => {
    const e = run(stayed('2022-03-01', [{ statute: '609.999', level: 'felony' }]), '2022-12-31');
    expect(e.statutoryMaxEndDate).toBeNull();
    expect(warns(e, 'whichever is longer, so no latest end date')).toBe(true);
  });

  it('case: former law, criminal vehicular operation felony: six years', () => {
    // 2022-05-01 + 72 months = 2028-05-01.
    const e = run(
      stayed('2022-05-01', [{ statute: 'Minn. Stat. § 609.2113, subd. 2', level: 'felony', maxPrisonMonths: 60 }]),
      '2022-12-31',
    );
    expect(e.statutoryMaxEndDate).toBe('2028-05-01');
  });
});

describe('subd. 2(b): listed felonies keep four years or the maximum, whichever is longer', () => {
  const csc4: Offense = { statute: '609.345', level: 'felony', maxPrisonMonths: 120 };

  it('case: research example 3, CSC 4th degree stayed 2023-10-02: 10 years', () => {
    // max(48, 120) = 120 months. 2023-10-02 + 120 months = 2033-10-02.
    const e = run(stayed('2023-10-02', [csc4], { length: { years: 10 } }), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2033-10-02');
    expect(e.projectedEndDate).toBe('2033-10-02');
    const [cap] = opportunities(e, 'term_cap');
    expect(cap).toMatchObject({ status: 'ineligible', date: null });
    expect(cap!.reasons[0]).toContain('October 2, 2028');
  });

  it('case: a listed felony with a short maximum still gets four years', () => {
    // max(48, 36) = 48 months. 2023-10-02 + 48 months = 2027-10-02.
    expect(
      run(stayed('2023-10-02', [{ statute: '609.749', level: 'felony', maxPrisonMonths: 36 }]), '2024-06-30').statutoryMaxEndDate,
    ).toBe('2027-10-02');
  });

  it('case: a listed felony without maxPrisonMonths uses the table maximum, with a warning', () => {
    // CSC 1st degree: 360 months from the table. 2023-10-02 + 360 months = 2053-10-02.
    const e = run(stayed('2023-10-02', [{ statute: 'Minn. Stat. § 609.342, subd. 1(a)', level: 'felony' }]), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2053-10-02');
    expect(warns(e, 'taken from the offense table')).toBe(true);
  });

  it('case: a listed felony with no maximum anywhere: no date, with a warning', () => {
    const e = run(stayed('2023-10-02', [{ statute: '609.749', level: 'felony' }]), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBeNull();
    expect(warns(e, 'For a listed offense the limit is 4 years')).toBe(true);
  });

  it('case: attempted first-degree murder is listed in both versions', () => {
    // max(48, 240) = 240 months. 2023-09-01 + 240 months = 2043-09-01.
    const e = run(
      stayed('2023-09-01', [{ statute: '609.185', level: 'felony', maxPrisonMonths: 240, inchoate: 'attempt' } as Offense]),
      '2024-06-30',
    );
    expect(e.statutoryMaxEndDate).toBe('2043-09-01');
  });
});

describe('the (b) list as amended August 1, 2024 (offense date selects the list)', () => {
  const extortion = (offenseDate?: string): Offense =>
    offenseDate === undefined
      ? { statute: '609.3458', level: 'felony', maxPrisonMonths: 120 }
      : { statute: '609.3458', level: 'felony', maxPrisonMonths: 120, offenseDate };

  const restsOnTheReconstruction = (e: TermEvaluation) => warns(e, 'The 2023 text, which applies here, was not read');

  it('case: sexual extortion stayed 2024-07-31: 2023 list, five years, warned that the 2023 list was reconstructed', () => {
    // min(60, 120) = 60. 2024-07-31 + 60 months = 2029-07-31. Listed in the 2024 text (read), not in the
    // reconstructed 2023 text: the warning names the other reading.
    const e = run(stayed('2024-07-31', [extortion('2024-05-01')]), '2024-12-31');
    expect(e.statutoryMaxEndDate).toBe('2029-07-31');
    expect(restsOnTheReconstruction(e)).toBe(true);
  });

  it('case: the same evaluated before the 2024 text took effect: still warned, the assumption is the same', () => {
    // Stayed 2023-09-01, as of 2024-06-01 (before 2024-08-01): 2023-09-01 + 60 months = 2028-09-01, and
    // the 2024 text (read) lists the offense, so the warning stands on this as-of date too.
    const e = run(stayed('2023-09-01', [extortion('2023-08-15')]), '2024-06-01');
    expect(e.statutoryMaxEndDate).toBe('2028-09-01');
    expect(restsOnTheReconstruction(e)).toBe(true);
  });

  it('case: evaluated before the 2023 text took effect (as of 2023-07-31): the former limit governs, nothing rests on the list', () => {
    // Stayed 2020-01-02, 10 years, § 609.3458 (maximum 120 months): former (a), the longer of 4 years and the
    // maximum = 120 months → 2030-01-02; no (b) list is in force on 2023-07-31, so no warning about it.
    const before = run(stayed('2020-01-02', [extortion('2019-12-01')], { length: { years: 10 } }), '2023-07-31');
    expect(before.statutoryMaxEndDate).toBe('2030-01-02');
    expect(restsOnTheReconstruction(before)).toBe(false);
  });

  it('case: sexual extortion committed and stayed 2024-08-01: 2024 list, ten years, nothing to warn', () => {
    // max(48, 120) = 120. 2024-08-01 + 120 months = 2034-08-01.
    const e = run(stayed('2024-08-01', [extortion('2024-08-01')]), '2024-12-31');
    expect(e.statutoryMaxEndDate).toBe('2034-08-01');
    expect(restsOnTheReconstruction(e)).toBe(false);
  });

  it('case: committed 2024-07-31, stayed after the amendment: the 2023 list still governs', () => {
    // Offense date 2024-07-31 selects the 2023 list: 2024-09-01 + 60 months = 2029-09-01.
    expect(run(stayed('2024-09-01', [extortion('2024-07-31')]), '2024-12-31').statutoryMaxEndDate).toBe('2029-09-01');
  });

  it('case: no offense date: the stay date selects, with a warning', () => {
    // 2024-09-01 + 120 months = 2034-09-01.
    const e = run(stayed('2024-09-01', [extortion()]), '2024-12-31');
    expect(e.statutoryMaxEndDate).toBe('2034-09-01');
    expect(warns(e, 'gives no offense date')).toBe(true);
  });

  it('case: the alternative reading "stay_date": the list in force on the stay date, whatever the offense date', () => {
    const byStayDate = applyReform(usMn, {
      name: 'the (b) list by stay date',
      citations: ['test'],
      parameters: {
        'us-mn.felony.listVersionSelectedBy': [{ from: '2023-08-01', value: 'stay_date', source: { citation: 'test' } }],
      },
    }) as typeof usMn;
    // Committed 2024-07-31 and stayed 2024-09-01: the 2024 list, max(48, 120) = 120 months; 2024-09-01 + 120 months = 2034-09-01.
    expect(run(stayed('2024-09-01', [extortion('2024-07-31')]), '2024-12-31', [], byStayDate).statutoryMaxEndDate).toBe('2034-09-01');
    // Stayed 2024-07-31 (the day before the amendment): the 2023 list, min(60, 120) = 60 months; 2024-07-31 + 60 months = 2029-07-31.
    expect(run(stayed('2024-07-31', [extortion('2024-05-01')]), '2024-12-31', [], byStayDate).statutoryMaxEndDate).toBe('2029-07-31');
  });

  it('case: attempted CSC 1st degree: not listed in 2023, listed from 2024', () => {
    // 2023 list: min(60, 180) = 60. 2024-01-15 + 60 = 2029-01-15.
    const attempt = (offenseDate: string): Offense =>
      ({ statute: '609.342', level: 'felony', maxPrisonMonths: 180, offenseDate, inchoate: 'attempt' }) as Offense;
    expect(run(stayed('2024-01-15', [attempt('2023-11-01')]), '2024-12-31').statutoryMaxEndDate).toBe('2029-01-15');
    // 2024 list: max(48, 180) = 180. 2024-09-01 + 180 months = 2039-09-01.
    expect(run(stayed('2024-09-01', [attempt('2024-08-05')]), '2024-12-31').statutoryMaxEndDate).toBe('2039-09-01');
  });
});

describe('subd. 2(c)–(f): gross misdemeanors and misdemeanors', () => {
  const gmDwi: Offense = { statute: '169A.20', level: 'gross_misdemeanor' };

  it('case: gross misdemeanor DWI stayed 2023-08-01: four years', () => {
    // 2023-08-01 + 48 months = 2027-08-01.
    const e = run(stayed('2023-08-01', [gmDwi], { length: { years: 6 } }), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2027-08-01');
    expect(opportunities(e, 'term_cap')[0]).toMatchObject({
      status: 'upcoming',
      date: '2027-08-01',
      citations: ['Minn. Stat. § 609.135, subd. 2(c)'],
    });
  });

  it('case: gross misdemeanor DWI stayed 2023-07-31: six years under the former law', () => {
    // 2023-07-31 + 72 months = 2029-07-31.
    expect(run(stayed('2023-07-31', [gmDwi], { length: { years: 6 } }), '2024-06-30').statutoryMaxEndDate).toBe('2029-07-31');
  });

  it('case: gross misdemeanor fifth-degree criminal sexual conduct (§ 609.3451): six years before August 1, 2023, four from then', () => {
    // Former (b) (as amended by Laws 2014, ch. 270): 2023-07-31 + 72 months = 2029-07-31.
    // 2023 (c): 2023-08-01 + 48 months = 2027-08-01.
    const gm3451: Offense = { statute: '609.3451', level: 'gross_misdemeanor' };
    expect(run(stayed('2023-07-31', [gm3451], { length: { years: 6 } }), '2024-06-30').statutoryMaxEndDate).toBe('2029-07-31');
    expect(run(stayed('2023-08-01', [gm3451], { length: { years: 6 } }), '2024-06-30').statutoryMaxEndDate).toBe('2027-08-01');
  });

  it('case: former law, other gross misdemeanor and misdemeanors: two years, two years and one year (stayed 2023-07-31)', () => {
    // Former (c): 2023-07-31 + 24 months = 2025-07-31. Former (d), misdemeanor DWI: + 24 months = 2025-07-31.
    // Former (e), other misdemeanor: + 12 months = 2024-07-31.
    expect(run(stayed('2023-07-31', [{ statute: '609.52', level: 'gross_misdemeanor' }]), '2023-12-31').statutoryMaxEndDate).toBe(
      '2025-07-31',
    );
    expect(run(stayed('2023-07-31', [{ statute: '169A.20', level: 'misdemeanor' }]), '2023-12-31').statutoryMaxEndDate).toBe('2025-07-31');
    expect(run(stayed('2023-07-31', [{ statute: '609.52', level: 'misdemeanor' }]), '2023-12-31').statutoryMaxEndDate).toBe('2024-07-31');
  });

  it('case: other gross misdemeanor: two years', () => {
    // 2024-03-01 + 24 months = 2026-03-01.
    expect(run(stayed('2024-03-01', [{ statute: '609.52', level: 'gross_misdemeanor' }]), '2024-06-30').statutoryMaxEndDate).toBe(
      '2026-03-01',
    );
  });

  it('case: a misdemeanor with a felony maximum (36 months): the recorded level kept (one year), the conflict warned', () => {
    // § 609.13 may have deemed a felony a misdemeanor: 2024-03-01 + 12 months = 2025-03-01. 12 months: no warning.
    const r = run(stayed('2024-03-01', [{ statute: '609.52', level: 'misdemeanor', maxPrisonMonths: 36 }]), '2024-06-30');
    expect(r.statutoryMaxEndDate).toBe('2025-03-01');
    expect(r.warnings.join(' ')).toContain('with a longest prison sentence of 3 years, which only a felony carries');
    const gm = run(stayed('2024-03-01', [{ statute: '609.52', level: 'gross_misdemeanor', maxPrisonMonths: 12 }]), '2024-06-30');
    expect(gm.warnings.join(' ')).not.toContain('which only a felony carries');
  });

  it('case: domestic assault misdemeanor: two years', () => {
    // 2024-03-01 + 24 months = 2026-03-01.
    expect(run(stayed('2024-03-01', [{ statute: '609.2242', level: 'misdemeanor' }]), '2024-06-30').statutoryMaxEndDate).toBe('2026-03-01');
  });

  it('case: fifth-degree assault misdemeanor: two years against a household member, one year otherwise (warned)', () => {
    // 2024-03-01 + 24 months = 2026-03-01; + 12 months = 2025-03-01.
    const dv = run(
      stayed('2024-03-01', [{ statute: '609.224, subd. 1', level: 'misdemeanor', tags: ['domestic_violence'] }]),
      '2024-06-30',
    );
    expect(dv.statutoryMaxEndDate).toBe('2026-03-01');
    const plain = run(stayed('2024-03-01', [{ statute: '609.224, subd. 1', level: 'misdemeanor' }]), '2024-06-30');
    expect(plain.statutoryMaxEndDate).toBe('2025-03-01');
    expect(warns(plain, 'family or household member')).toBe(true);
    // Tags listed without domestic_violence: the record has said so, one year and no warning.
    const said = run(stayed('2024-03-01', [{ statute: '609.224, subd. 1', level: 'misdemeanor', tags: [] }]), '2024-06-30');
    expect(said.statutoryMaxEndDate).toBe('2025-03-01');
    expect(warns(said, 'family or household member')).toBe(false);
  });

  it('case: other misdemeanor: one year', () => {
    // 2024-03-01 + 12 months = 2025-03-01.
    expect(run(stayed('2024-03-01', [{ statute: '609.52', level: 'misdemeanor' }]), '2024-06-30').statutoryMaxEndDate).toBe('2025-03-01');
  });

  it('case: several offenses: the longest limit governs', () => {
    // Felony drug 60 months and misdemeanor theft 12 months: 60. 2024-03-01 + 60 = 2029-03-01.
    const e = run(stayed('2024-03-01', [drug5, { statute: '609.52', level: 'misdemeanor' }]), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2029-03-01');
  });
});
