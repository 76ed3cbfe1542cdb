import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { Offense, Term } from '../../../records/schema.ts';
import { usCa } from '../index.ts';
import { usd } from './pc-1203-1.ts';

function felony(fields: Partial<Term> & { offenses: Offense[] }) {
  const grant = fields.sentenceDate ?? '2021-03-15';
  return person([
    term({ jurisdiction: 'US-CA', sentenceDate: grant, startDate: fields.startDate ?? grant, length: { years: 3 }, ...fields }),
  ]);
}
const burglary: Offense = { statute: 'PC 459', level: 'felony', description: 'Second-degree commercial burglary' };

describe('PC 1203.1(a): the two-year felony limit (AB 1950)', () => {
  it('case: research example 1, ordinary felony, 3 years ordered, cut to 2', () => {
    // 2021-03-15 + 2 years = 2023-03-15; ordered 2021-03-15 + 3 years = 2024-03-15.
    const r = evaluate(usCa, felony({ offenses: [burglary] }), '2021-12-31');
    expect(r.scheduledEndDate).toBe('2024-03-15');
    expect(r.statutoryMaxEndDate).toBe('2023-03-15');
    expect(r.projectedEndDate).toBe('2023-03-15');
    expect(r.earnedCreditDays).toBe(0);
    expect(r.sanctionLimit).toBeNull();
    expect(opportunities(r, 'term_cap')).toEqual([
      expect.objectContaining({ status: 'upcoming', date: '2023-03-15', citations: ['Cal. Penal Code § 1203.1(a)'] }),
    ]);
  });

  it('case: the term_cap opens on the cap day itself (day before / on)', () => {
    // Cap 2023-03-15: as of 2023-03-14 it is upcoming, as of 2023-03-15 eligible.
    expect(opportunities(evaluate(usCa, felony({ offenses: [burglary] }), '2023-03-14'), 'term_cap')[0]!.status).toBe('upcoming');
    expect(opportunities(evaluate(usCa, felony({ offenses: [burglary] }), '2023-03-15'), 'term_cap')[0]!.status).toBe('eligible');
  });

  it('case: no term_cap where the term ordered is within 2 years', () => {
    // 2021-03-15 + 2 years = 2023-03-15 both ways.
    const r = evaluate(usCa, felony({ offenses: [burglary], length: { years: 2 } }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-03-15');
    expect(opportunities(r, 'term_cap')).toEqual([]);
  });

  it('case: the limit counts from the grant, not the later start of supervision', () => {
    // Granted 2021-03-01, supervision from 2021-04-15: 2021-03-01 + 24 months = 2023-03-01.
    const r = evaluate(usCa, felony({ sentenceDate: '2021-03-01', startDate: '2021-04-15', offenses: [burglary] }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-03-01');
    expect(r.explanation.some((s) => s.text.includes('counts from the day the court granted probation, March 1, 2021'))).toBe(true);
  });

  it('case: a leap-day grant clamps to February 28', () => {
    // 2024-02-29 + 24 months = 2026-02-29, which does not exist: 2026-02-28.
    const r = evaluate(usCa, felony({ sentenceDate: '2024-02-29', offenses: [burglary] }), '2024-12-31');
    expect(r.statutoryMaxEndDate).toBe('2026-02-28');
  });

  it('case: a home burglary with someone present may be violent; the record must say so, and the rule warns', () => {
    const r = evaluate(usCa, felony({ offenses: [burglary] }), '2021-12-31');
    expect(r.warnings.some((w) => w.includes('667.5(c)') && w.includes('someone other than an accomplice present'))).toBe(true);
    // A record that lists the offense's tags, "violent" not among them, has said it is not: no warning.
    const said = evaluate(usCa, felony({ offenses: [{ ...burglary, tags: [] }] }), '2021-12-31');
    expect(said.warnings.some((w) => w.includes('someone other than an accomplice present'))).toBe(false);
  });

  it('case: PC 191.5 gets the 2-year limit (no length of its own; Bowden)', () => {
    // 2021-03-15 + 2 years = 2023-03-15.
    const r = evaluate(usCa, felony({ offenses: [{ statute: 'PC 191.5(a)', level: 'felony', maxPrisonMonths: 120 }] }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-03-15');
  });
});

describe('PC 1203.1(l)(1): violent felonies and offenses with their own probation length', () => {
  // The Kite counts: felony DUI (36 months) and a second count (8 months), 5 years ordered on 2021-05-10.
  const kiteDui = (duiMaxMonths = 36) =>
    felony({
      sentenceDate: '2021-05-10',
      length: { years: 5 },
      offenses: [
        { statute: 'VC 23153(a)', level: 'felony', maxPrisonMonths: duiMaxMonths },
        { statute: 'VC 20001', level: 'felony', maxPrisonMonths: 8 },
      ],
    });

  it('case: a part month of the prison maximum counts as days, not dropped', () => {
    // Kite's counts with 36.5 and 8 months: 44.5 months = 3 years, 8 months and 15 days (0.5 × 30). From the
    // grant 2021-05-10: + 44 months = 2025-01-10, + 15 days = 2025-01-25 (whole months alone: 2025-01-10).
    const r = evaluate(usCa, kiteDui(36.5), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2025-01-25');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('3 years, 8 months and 15 days');
  });

  it('case: research example 2, robbery, ceiling = the 5-year prison maximum, 3 years ordered is lawful', () => {
    // 2021-06-01 + 60 months = 2026-06-01; ordered 2021-06-01 + 3 years = 2024-06-01.
    const r = evaluate(
      usCa,
      felony({ sentenceDate: '2021-06-01', offenses: [{ statute: 'Cal. Penal Code § 212.5(c)', level: 'felony', maxPrisonMonths: 60 }] }),
      '2021-12-31',
    );
    expect(r.statutoryMaxEndDate).toBe('2026-06-01');
    expect(r.projectedEndDate).toBe('2024-06-01');
    const [cap] = opportunities(r, 'term_cap');
    expect(cap).toMatchObject({ status: 'ineligible', date: null });
    expect(cap!.citations).toContain('Cal. Penal Code § 667.5(c)');
  });

  it('case: a violent felony without maxPrisonMonths has no computable ceiling', () => {
    const r = evaluate(usCa, felony({ offenses: [{ statute: 'PC 211', level: 'felony' }] }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2024-03-15');
    expect(r.warnings.some((w) => w.includes('maxPrisonMonths'))).toBe(true);
  });

  it('case: a life-eligible count leaves no ceiling', () => {
    const r = evaluate(usCa, felony({ offenses: [{ statute: 'PC 209', level: 'felony', maxPrisonMonths: 96 }] }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
  });

  it('case: Kite, felony DUI with a second count, ceiling = aggregate 3 years 8 months', () => {
    // 36 + 8 = 44 months (less than the DUI law's own 5 years). 2021-05-10 + 44 months = 2025-01-10.
    const r = evaluate(usCa, kiteDui(), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2025-01-10');
    expect(opportunities(r, 'term_cap')).toEqual([expect.objectContaining({ status: 'upcoming', date: '2025-01-10' })]);
    expect(r.warnings.some((w) => w.includes('1170.1'))).toBe(true);
  });

  /** A felony DUI (VC 23153) probation of `years` granted on `granted`, with the count's prison maximum. */
  const felonyDui = (granted: string, years: number, maxPrisonMonths: number) =>
    felony({ sentenceDate: granted, length: { years }, offenses: [{ statute: 'VC 23153', level: 'felony', maxPrisonMonths }] });

  it('case: a DUI maximum with a part month: VC 23600(b)(1) allows it to the day (84.5 months = 7 years and 15 days)', () => {
    // 2023-03-01 + 84 months = 2030-03-01, + 15 days = 2030-03-16 (whole months alone: 2030-03-01).
    expect(evaluate(usCa, felonyDui('2023-03-01', 8, 84.5), '2025-01-01').statutoryMaxEndDate).toBe('2030-03-16');
  });

  it('case: felony DUI (Kite) names its own statute, VC 23600(b)(1), in the explanation', () => {
    // VC 23153 felony, 44-month prison maximum, 5 years ordered on 2022-01-15: PC 1203.1(l)(1) ceiling
    // 2022-01-15 + 44 months = 2025-09-15; the words say why the 2-year limit gave way, citing § 23600(b)(1).
    const r = evaluate(usCa, felonyDui('2022-01-15', 5, 44), '2024-06-01');
    expect(r.statutoryMaxEndDate).toBe('2025-09-15');
    expect(r.explanation.some((s) => s.text.includes('DUI probation runs 3 to 5 years, Cal. Veh. Code § 23600(b)(1)'))).toBe(true);
    // Forester decided a domestic violence case: it is not cited for a DUI.
    expect(r.explanation.some((s) => s.citations.includes('People v. Forester (2022) 78 Cal.App.5th 447'))).toBe(false);
  });

  it("case: the DUI law's own 5 years bounds the aggregate when the counts add up to more", () => {
    // Aggregate 36 + 36 = 72 months; VC 23600(b)(1) allows max(60, 36) = 60. 2021-05-10 + 60 months = 2026-05-10.
    const r = evaluate(
      usCa,
      felony({
        sentenceDate: '2021-05-10',
        length: { years: 6 },
        offenses: [
          { statute: 'VC 23153(a)', level: 'felony', maxPrisonMonths: 36 },
          { statute: 'PC 4532', level: 'felony', maxPrisonMonths: 36, tags: [] },
        ],
      }),
      '2021-12-31',
    );
    expect(r.statutoryMaxEndDate).toBe('2026-05-10');
  });

  it('case: aggregation alternative "largest_count" through a reform', () => {
    // Largest count 36 months: 2021-05-10 + 36 months = 2024-05-10.
    const reformed = applyReform(usCa, {
      name: 'principal count only',
      citations: ['test'],
      parameters: { 'us-ca.exceptions.aggregateTerm': [{ from: '2021-01-01', value: 'largest_count', source: { citation: 'test' } }] },
    });
    const r = evaluate(reformed, kiteDui(), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2024-05-10');
  });

  it('case: Forester, felony stalking of a domestic-violence victim keeps a 3-year grant', () => {
    // Own length via PC 1203.097; ceiling = prison maximum 36 months. 2021-03-15 + 36 months = 2024-03-15.
    const r = evaluate(
      usCa,
      felony({ offenses: [{ statute: 'PC 646.9(b)', level: 'felony', maxPrisonMonths: 36, tags: ['stalking', 'domestic_violence'] }] }),
      '2021-12-31',
    );
    expect(r.statutoryMaxEndDate).toBe('2024-03-15');
    expect(r.projectedEndDate).toBe('2024-03-15');
    expect(r.explanation.some((s) => s.citations.includes('People v. Forester (2022) 78 Cal.App.5th 447'))).toBe(true);
  });

  it('case: a felony case with a misdemeanor DUI count keeps the DUI law its own length', () => {
    // PC 1203.1(l)(1) speaks of "an offense that includes specific probation lengths", whatever its level.
    // Aggregate 36 + 6 = 42 months, under the DUI law's max(60, 6) = 60: 2022-01-10 + 42 months = 2025-07-10,
    // so the 3 years ordered (to 2025-01-10) are lawful: the term_cap is ineligible, not upcoming.
    const r = evaluate(
      usCa,
      felony({
        sentenceDate: '2022-01-10',
        offenses: [
          { statute: 'PC 459', level: 'felony', maxPrisonMonths: 36 },
          { statute: 'VC 23152(a)', level: 'misdemeanor', maxPrisonMonths: 6 },
        ],
      }),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2025-07-10');
    expect(r.projectedEndDate).toBe('2025-01-10');
    expect(opportunities(r, 'term_cap')).toEqual([expect.objectContaining({ status: 'ineligible', date: null })]);
  });

  it('case: a felony case with a misdemeanor domestic-violence count: the prison ceiling, no 2-year cut', () => {
    // PC 1203.097's 36-month minimum reaches the misdemeanor count (Forester). Aggregate 36 + 12 = 48 months:
    // 2022-01-31 + 48 months = 2026-01-31.
    const r = evaluate(
      usCa,
      felony({
        sentenceDate: '2022-01-31',
        offenses: [
          { statute: 'PC 459', level: 'felony', maxPrisonMonths: 36 },
          { statute: 'PC 273.5', level: 'misdemeanor', maxPrisonMonths: 12, tags: ['domestic_violence'] },
        ],
      }),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2026-01-31');
    expect(r.explanation.some((s) => s.citations.includes('Cal. Penal Code § 1203.097(a)(1)'))).toBe(true);
  });

  it('case: stalking without a DV victim gets the 2-year limit', () => {
    // 2021-03-15 + 24 months = 2023-03-15.
    const r = evaluate(usCa, felony({ offenses: [{ statute: 'PC 646.9(a)', level: 'felony', maxPrisonMonths: 36 }] }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-03-15');
  });
});

describe('PC 1203.1(l)(2): theft or embezzlement over $25,000', () => {
  const embezzle = (lossUsd: number | undefined, statute = 'PC 503') =>
    felony({
      sentenceDate: '2022-01-31',
      length: { years: 5 },
      offenses: [{ statute, level: 'felony', ...(lossUsd === undefined ? {} : { lossUsd }) }],
    });

  it('case: exactly $25,000 does not exceed the threshold: 2 years', () => {
    // 2022-01-31 + 24 months = 2024-01-31.
    expect(evaluate(usCa, embezzle(25_000), '2022-06-30').statutoryMaxEndDate).toBe('2024-01-31');
  });

  it('case: $25,000.01 exceeds it: 3 years', () => {
    // 2022-01-31 + 36 months = 2025-01-31.
    const r = evaluate(usCa, embezzle(25_000.01), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2025-01-31');
    expect(opportunities(r, 'term_cap')).toEqual([
      expect.objectContaining({
        date: '2025-01-31',
        citations: ['Cal. Penal Code § 1203.1(l)(2)', 'People v. Shelly (2022) 81 Cal.App.5th 181'],
      }),
    ]);
  });

  it('case: value missing: 2 years, with a warning', () => {
    const r = evaluate(usCa, embezzle(undefined), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2024-01-31');
    expect(r.warnings.some((w) => w.includes('lossUsd') && w.includes('$25,000'))).toBe(true);
  });

  it('case: grand theft cited as PC 487 or 487(b) alone over $25,000: 2 years, with a warning that (b)(3) would give 3', () => {
    // Not (b)(3) as far as the record says: 2022-01-31 + 24 months = 2024-01-31; (b)(3) would give 2025-01-31.
    const isParagraphWarning = (w: string) => w.includes('§ 487(b)(3)') && w.includes('3 years instead of 2');
    for (const statute of ['PC 487', 'Penal Code § 487(b)']) {
      const r = evaluate(usCa, embezzle(30_000, statute), '2022-06-30');
      expect(r.statutoryMaxEndDate).toBe('2024-01-31');
      expect(r.warnings.filter(isParagraphWarning)).toHaveLength(1);
    }
    // No value given: the same warning, naming both conditions; $25,000 or less, or a paragraph given: none.
    expect(
      evaluate(usCa, embezzle(undefined, 'PC 487'), '2022-06-30').warnings.some(
        (w) => isParagraphWarning(w) && w.includes('more than $25,000'),
      ),
    ).toBe(true);
    for (const [loss, statute] of [
      [25_000, 'PC 487'],
      [30_000, 'PC 487(a)'],
      [30_000, 'PC 487(b)(1)'],
    ] as const) {
      expect(evaluate(usCa, embezzle(loss, statute), '2022-06-30').warnings.some(isParagraphWarning)).toBe(false);
    }
    expect(evaluate(usCa, embezzle(30_000, 'PC 487(b)(3)'), '2022-06-30').statutoryMaxEndDate).toBe('2025-01-31');
    // Only where the two-year general limit governs and the term runs past it: not beside a (b)(3) count
    // over $25,000 (3 years already), nor for a term of 2 years, nor under the law before AB 1950.
    const beside = felony({
      sentenceDate: '2022-01-31',
      length: { years: 5 },
      offenses: [
        { statute: 'PC 487', level: 'felony', lossUsd: 30_000 },
        { statute: 'PC 487(b)(3)', level: 'felony', lossUsd: 30_000 },
      ],
    });
    expect(evaluate(usCa, beside, '2022-06-30').warnings.some(isParagraphWarning)).toBe(false);
    const twoYears = felony({
      sentenceDate: '2022-01-31',
      length: { years: 2 },
      offenses: [{ statute: 'PC 487', level: 'felony', lossUsd: 30_000 }],
    });
    expect(evaluate(usCa, twoYears, '2022-06-30').warnings.some(isParagraphWarning)).toBe(false);
    const former = felony({
      sentenceDate: '2019-03-01',
      length: { years: 5 },
      offenses: [{ statute: 'PC 487', level: 'felony', lossUsd: 30_000 }],
    });
    expect(evaluate(usCa, former, '2022-06-30').warnings.some(isParagraphWarning)).toBe(false);
  });

  it('case: Shelly, embezzlement charged under PC 508 over $25,000: 3 years; 2 years under the narrow reading', () => {
    expect(evaluate(usCa, embezzle(72_972.47, 'PC 508'), '2022-06-30').statutoryMaxEndDate).toBe('2025-01-31');
    const narrow = applyReform(usCa, {
      name: 'PC 503 only',
      citations: ['test'],
      parameters: {
        'us-ca.exceptions.theftCarveOutIncludesEmbezzlementVariants': [{ from: '2021-01-01', value: false, source: { citation: 'test' } }],
      },
    });
    expect(evaluate(narrow, embezzle(72_972.47, 'PC 508'), '2022-06-30').statutoryMaxEndDate).toBe('2024-01-31');
  });

  it('case: grand theft by an employee, PC 487(b)(3), matches by subdivision; plain grand theft does not', () => {
    expect(evaluate(usCa, embezzle(30_000, 'Penal Code § 487(b)(3)'), '2022-06-30').statutoryMaxEndDate).toBe('2025-01-31');
    expect(evaluate(usCa, embezzle(30_000, 'PC 487(a)'), '2022-06-30').statutoryMaxEndDate).toBe('2024-01-31');
  });

  it('case: a violent count and a large embezzlement: the longer ceiling governs', () => {
    // Violent: aggregate 60 + 36 = 96 months; (l)(2): 36 months. Longer: 96. 2022-01-31 + 96 months = 2030-01-31.
    const r = evaluate(
      usCa,
      felony({
        sentenceDate: '2022-01-31',
        length: { years: 5 },
        offenses: [
          { statute: 'PC 211', level: 'felony', maxPrisonMonths: 60 },
          { statute: 'PC 503', level: 'felony', maxPrisonMonths: 36, lossUsd: 40_000 },
        ],
      }),
      '2022-06-30',
    );
    expect(r.statutoryMaxEndDate).toBe('2030-01-31');
  });

  const twoCounts = (a: number, b: number) =>
    felony({
      sentenceDate: '2022-01-31',
      length: { years: 5 },
      offenses: [
        { statute: 'PC 503', level: 'felony', lossUsd: a },
        { statute: 'PC 503', level: 'felony', lossUsd: b },
      ],
    });
  const sumOfCounts = applyReform(usCa, {
    name: 'total across counts',
    citations: ['test'],
    parameters: {
      'us-ca.exceptions.theftCarveOutValueBasis': [{ from: '2021-01-01', value: 'sum_of_counts', source: { citation: 'test' } }],
    },
  });

  it('case: "total value" read per count: two counts of $15,000 get 2 years, with a warning that together they exceed', () => {
    // No count over $25,000 alone: 2022-01-31 + 24 months = 2024-01-31.
    const r = evaluate(usCa, twoCounts(15_000, 15_000), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2024-01-31');
    expect(r.warnings.some((w) => w.includes('together they involved $30,000') && w.includes('total value of the property taken'))).toBe(
      true,
    );
  });

  it('case: "total value" read across counts (alternative): $15,000 + $15,000 get 3 years', () => {
    // $30,000 > $25,000: 2022-01-31 + 36 months = 2025-01-31.
    const r = evaluate(sumOfCounts, twoCounts(15_000, 15_000), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2025-01-31');
    expect(r.explanation.some((s) => s.text.includes('together involved property worth $30,000'))).toBe(true);
  });

  it('case: across counts, exactly $25,000 in total does not exceed; $25,000.01 does', () => {
    // $12,500 + $12,500 = $25,000: 2 years, 2024-01-31. $12,500 + $12,500.01: 3 years, 2025-01-31.
    expect(evaluate(sumOfCounts, twoCounts(12_500, 12_500), '2022-06-30').statutoryMaxEndDate).toBe('2024-01-31');
    expect(evaluate(sumOfCounts, twoCounts(12_500, 12_500.01), '2022-06-30').statutoryMaxEndDate).toBe('2025-01-31');
  });

  it('case: a count under $25,000 beside one over it: per count, the one over it carries the 3 years', () => {
    // 2022-01-31 + 36 months = 2025-01-31; no "together" warning, since one count exceeds alone.
    const r = evaluate(usCa, twoCounts(10_000, 30_000), '2022-06-30');
    expect(r.statutoryMaxEndDate).toBe('2025-01-31');
    expect(r.warnings.some((w) => w.includes('together they involved'))).toBe(false);
  });

  it('case: AB 1950 is spoken of as a law to come only from its enactment (2020-09-30), not before', () => {
    const grant = felony({ sentenceDate: '2018-03-15', length: { years: 3 }, offenses: [burglary] });
    const words = (asOf: string) =>
      evaluate(usCa, grant, asOf)
        .explanation.map((s) => s.text)
        .join(' ');
    expect(words('2020-09-29')).toContain('The probation limits in force on September 29, 2020 are the older ones, and they apply to you.');
    expect(words('2020-09-29')).not.toContain('Assembly Bill 1950');
    expect(words('2020-09-29')).not.toContain('before 2021');
    expect(words('2020-09-29')).toContain('Under the law in force, felony probation could last');
    expect(words('2020-09-30')).toContain('The probation limits of Assembly Bill 1950 start on January 1, 2021.');
  });

  it('case: (l)(2) starts with AB 1950: a final grant of 2020-12-31 keeps the former law, a grant of 2021-01-01 gets 3 years', () => {
    const grant = (sentenceDate: string) =>
      felony({
        sentenceDate,
        length: { years: 5 },
        caseFinalBefore2021: true,
        offenses: [{ statute: 'PC 503', level: 'felony', maxPrisonMonths: 36, lossUsd: 40_000 }],
      } as Partial<Term> & { offenses: Offense[] });
    // Former: max(60, 36) = 60 months: 2020-12-31 + 60 months = 2025-12-31.
    expect(evaluate(usCa, grant('2020-12-31'), '2021-12-31').statutoryMaxEndDate).toBe('2025-12-31');
    // (l)(2): 2021-01-01 + 36 months = 2024-01-01.
    expect(evaluate(usCa, grant('2021-01-01'), '2021-12-31').statutoryMaxEndDate).toBe('2024-01-01');
  });

  it('case: a leap-day grant under (l)(2) clamps to February 28', () => {
    // 2024-02-29 + 36 months = 2027-02-29, which does not exist: 2027-02-28.
    const r = evaluate(
      usCa,
      felony({ sentenceDate: '2024-02-29', length: { years: 5 }, offenses: [{ statute: 'PC 532a', level: 'felony', lossUsd: 26_000 }] }),
      '2024-12-31',
    );
    expect(r.statutoryMaxEndDate).toBe('2027-02-28');
  });

  it('case: dollar amounts read plainly', () => {
    expect(usd(25_000)).toBe('$25,000');
    expect(usd(72_972.47)).toBe('$72,972.47');
    expect(usd(1_250_000.5)).toBe('$1,250,000.50');
  });
});

describe('AB 1950 effective date and retroactivity (felony)', () => {
  const grantedOn = (grant: string, extra: Partial<Term> = {}) =>
    felony({
      sentenceDate: grant,
      length: { years: 5 },
      offenses: [{ statute: 'PC 487(a)', level: 'felony', maxPrisonMonths: 36 }],
      ...extra,
    });

  it('case: granted 2020-11-01 keeps the former law (its 60 days to appeal ran out 2020-12-31); 2021-01-01 gets 2 years', () => {
    // 2020-11-01 + 60 days = 2020-12-31 < 2021-01-01: the time to appeal had run, so finality is assumed
    // (no caseFinalBefore2021). Former: max(5 years, 36 months) = 60 months: 2020-11-01 + 60 months = 2025-11-01.
    const before = evaluate(usCa, grantedOn('2020-11-01'), '2021-12-31');
    expect(before.statutoryMaxEndDate).toBe('2025-11-01');
    expect(before.warnings.some((w) => w.includes('caseFinalBefore2021'))).toBe(true);
    // AB 1950: 2021-01-01 + 24 months = 2023-01-01.
    expect(evaluate(usCa, grantedOn('2021-01-01'), '2021-12-31').statutoryMaxEndDate).toBe('2023-01-01');
  });

  it('case: granted 2020-11-02 or 2020-12-31, record silent: the time to appeal was open on 2021-01-01, so not final: AB 1950', () => {
    // 2020-11-02 + 60 days = 2021-01-01 ≥ 2021-01-01 (Cal. Rules of Court, rule 8.308(a); CCP § 12: the
    // last day included): not final. 2 years from the grant: 2022-11-02. 2020-12-31 + 2 years = 2022-12-31.
    const first = evaluate(usCa, grantedOn('2020-11-02'), '2021-12-31');
    expect(first.statutoryMaxEndDate).toBe('2022-11-02');
    expect(first.warnings.some((w) => w.includes('caseFinalBefore2021'))).toBe(false);
    expect(first.explanation.map((e) => e.text).join(' ')).toContain(
      'An order granting probation can be appealed for 60 days, and that time had not run out on January 1, 2021, so your case was not final then.',
    );
    expect(evaluate(usCa, grantedOn('2020-12-31'), '2021-12-31').statutoryMaxEndDate).toBe('2022-12-31');
    // The record's own word still decides: final on 2021-01-01 keeps the former law (2020-12-31 + 60 months).
    expect(evaluate(usCa, grantedOn('2020-12-31', { caseFinalBefore2021: true } as Partial<Term>), '2021-12-31').statutoryMaxEndDate).toBe(
      '2025-12-31',
    );
  });

  it('case: a lifetime grant of 2020-01-15 (final) runs past the former 5-year limit: term_cap upcoming 2025-01-15', () => {
    // Former: max(5 years, 36 months) = 60 months: 2020-01-15 + 60 months = 2025-01-15. No end as ordered.
    const life = felony({
      sentenceDate: '2020-01-15',
      length: undefined,
      lifetime: true,
      offenses: [{ statute: 'PC 459', level: 'felony', maxPrisonMonths: 36 }],
    });
    const r = evaluate(usCa, life, '2024-06-30');
    expect(r.statutoryMaxEndDate).toBe('2025-01-15');
    const caps = opportunities(r, 'term_cap');
    expect(caps[0]).toMatchObject({ status: 'upcoming', date: '2025-01-15' });
    expect(caps[0]!.reasons[0]).toContain('has no end date');
  });

  it('case: research example 3, nonfinal 2018 grant: cut to 2 years, already passed', () => {
    // 2018-05-01 + 24 months = 2020-05-01 (Faial scenario, without the revocation).
    const r = evaluate(usCa, grantedOn('2018-05-01', { caseFinalBefore2021: false } as Partial<Term>), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2020-05-01');
    expect(r.projectedEndDate).toBe('2020-05-01');
    expect(opportunities(r, 'term_cap')).toEqual([expect.objectContaining({ status: 'eligible', date: '2020-05-01' })]);
    expect(opportunities(r, 'early_termination')).toEqual([]);
  });

  it('case: the same grant evaluated as of 2020-12-31 (before AB 1950) gets the former law even if not final', () => {
    // Former: 2018-05-01 + 60 months = 2023-05-01.
    const r = evaluate(usCa, grantedOn('2018-05-01', { caseFinalBefore2021: false } as Partial<Term>), '2020-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-05-01');
    expect(opportunities(r, 'term_cap')).toEqual([]);
    // As of 2021-01-01 (day of): 2020-05-01.
    expect(evaluate(usCa, grantedOn('2018-05-01', { caseFinalBefore2021: false } as Partial<Term>), '2021-01-01').statutoryMaxEndDate).toBe(
      '2020-05-01',
    );
  });

  it('case: a final pre-2021 case keeps the former law; the AB 1950 cap is reported ineligible', () => {
    const r = evaluate(usCa, grantedOn('2018-05-01', { caseFinalBefore2021: true } as Partial<Term>), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-05-01');
    const [cap] = opportunities(r, 'term_cap');
    expect(cap).toMatchObject({ status: 'ineligible', date: null });
    expect(cap!.almost).toBeUndefined();
    expect(r.warnings.some((w) => w.includes('caseFinalBefore2021'))).toBe(false);
  });

  it('case: finality unknown: treated as final, reported as almost eligible with the AB 1950 date', () => {
    const r = evaluate(usCa, grantedOn('2018-05-01'), '2021-12-31');
    const [cap] = opportunities(r, 'term_cap');
    expect(cap).toMatchObject({ status: 'ineligible', almost: { dateIfResolved: '2020-05-01' } });
    // After the term has ended, the AB 1950 date (before the end) still stands: it is what the person may ask for.
    const ended = evaluate(usCa, grantedOn('2018-05-01'), '2024-06-30');
    expect(opportunities(ended, 'term_cap')[0]).toMatchObject({ status: 'ineligible', almost: { dateIfResolved: '2020-05-01' } });
  });

  it('case: the former law with an unknown prison maximum gives no date, with a warning', () => {
    const r = evaluate(
      usCa,
      felony({ sentenceDate: '2019-01-15', length: { years: 5 }, offenses: [{ statute: 'PC 487(a)', level: 'felony' }] }),
      '2020-06-30',
    );
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.warnings.some((w) => w.includes('maxPrisonMonths'))).toBe(true);
  });

  it('case: the former law with a long prison maximum allows it', () => {
    // max(60, 96) = 96 months: 2019-01-15 + 96 months = 2027-01-15.
    const r = evaluate(
      usCa,
      felony({
        sentenceDate: '2019-01-15',
        length: { years: 5 },
        offenses: [{ statute: 'PC 487(a)', level: 'felony', maxPrisonMonths: 96 }],
      }),
      '2020-06-30',
    );
    expect(r.statutoryMaxEndDate).toBe('2027-01-15');
  });
});

describe('a revocation after the AB 1950 limit', () => {
  // Granted 2021-03-01 for 3 years: AB 1950 limit 2021-03-01 + 2 years = 2023-03-01.
  const revokedOn = (date: string) =>
    evaluate(
      usCa,
      felony({
        sentenceDate: '2021-03-01',
        length: { years: 3 },
        offenses: [{ statute: 'PC 459', level: 'felony' }],
        orders: [{ type: 'revocation', date }],
      }),
      '2023-07-01',
    );
  const words = (r: ReturnType<typeof revokedOn>) => r.explanation.map((s) => s.text).join(' ');

  it('case: the term_cap stays: limit 2023-03-01, revoked 2023-06-01', () => {
    // The limit came before the revocation: by law supervision ended then (People v. Faial), and the order
    // as made ran past the limit, so the term_cap opportunity is still there.
    const r = revokedOn('2023-06-01');
    expect(r).toMatchObject({ statutoryMaxEndDate: '2023-03-01', projectedEndDate: '2023-03-01' });
    expect(opportunities(r, 'term_cap')).toMatchObject([{ status: 'eligible', date: '2023-03-01' }]);
    // Not told as the court's next step: the words point to having it set aside.
    expect(words(r)).not.toContain('the court may now sentence you');
    expect(words(r)).toContain('On June 1, 2023 this term was revoked, after March 1, 2023, the latest end the law allowed for it.');
    expect(words(r)).toContain('ask the court to set the revocation aside');
  });

  it('case: a revocation before the limit is told as a revocation (day before the cap)', () => {
    // Revoked 2023-02-28, the day before 2023-03-01: the term was running, the court may sentence.
    const r = revokedOn('2023-02-28');
    expect(r.projectedEndDate).toBe('2023-02-28');
    expect(words(r)).toContain('the court may now sentence you');
  });
});

describe('what the term_cap says to do, by the as-of date', () => {
  // Granted 2021-03-01 for 3 years (to 2024-03-01); AB 1950: 2 years, to 2023-03-01.
  const record = felony({ sentenceDate: '2021-03-01', length: { years: 3 }, offenses: [{ statute: 'PC 459', level: 'felony' }] });
  const advice = (asOf: string) => opportunities(evaluate(usCa, record, asOf), 'term_cap')[0]!.reasons[1];

  it('case: before the limit: have the end date set to it', () => {
    expect(advice('2022-06-01')).toContain('can ask the court to set the end date to March 1, 2023');
  });
  it("case: past the limit, before the order's end: the law ended it; have the court end it now or correct the date", () => {
    expect(advice('2023-06-01')).toContain('The law does not let your probation run past it');
  });
  it('case: past both: have the records corrected if they still show probation', () => {
    expect(advice('2024-06-01')).toBe(
      "Both dates have passed. If the court's records still show you on probation, you or your lawyer can ask the court to correct them.",
    );
  });
});

describe('a term an order ended after the cap', () => {
  it('case: early termination after the 2-year cap: the cap ended it; the advice is to correct the record, not to end it', () => {
    // Granted 2021-05-03 for 3 years; PC 1203.1(a): 2021-05-03 + 2 years = 2023-05-03. Terminated early 2023-06-01.
    const e = evaluate(
      usCa,
      felony({
        sentenceDate: '2021-05-03',
        offenses: [{ statute: 'VC 10851', level: 'felony' }],
        orders: [{ type: 'early_termination', date: '2023-06-01' }],
      }),
      '2023-07-01',
    );
    expect(e.projectedEndDate).toBe('2023-05-03');
    const [cap] = opportunities(e, 'term_cap');
    expect(cap!.reasons[1]).toBe(
      'The early termination of June 1, 2023 came after that date: you or your lawyer can ask the court to correct the record so that it shows supervision ending on May 3, 2023.',
    );
    expect(cap!.reasons.join(' ')).not.toContain('end your probation now');
  });
});
