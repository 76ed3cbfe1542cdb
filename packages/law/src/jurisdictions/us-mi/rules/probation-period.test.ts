/**
 * MCL 771.2(1) limits and extensions, and the MCL 771.2a exceptions. Dates are computed by hand:
 * a limit of N years runs from the order (sentence) date to the same calendar date N years later.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, opportunities, person, term } from '../../../../test/builders.ts';
import { applyReform } from '../../../engine/reforms.ts';
import type { Term } from '../../../records/schema.ts';
import { usMi } from '../index.ts';

/** The alternative reading of 771.2a(4) and (7) on one offense: exactly 5 years (from April 1, 2021, when (4) was added). */
const exactlyFive = applyReform(usMi, {
  name: '771.2a(4) caps and (7) floors an offense that is both: exactly 5 years',
  citations: ['MCL 771.2a(4)', 'MCL 771.2a(7)'],
  parameters: {
    'us-mi.ownPeriods.violentListedOffense': [
      { from: '2021-04-01', value: 'exactly_five_years', source: { citation: 'MCL 771.2a(4), (7)' } },
    ],
  },
});

type Offense = Term['offenses'][number];
const UDAA: Offense = { statute: 'MCL 750.413', level: 'felony', description: 'Unlawfully driving away an automobile' };
const RETAIL_FRAUD: Offense = { statute: 'MCL 750.356d(4)', level: 'misdemeanor', tags: ['theft'] };

function probation(sentenceDate: string, length: Term['length'], offenses: Offense[], extra: Partial<Term> = {}): Term {
  return term({ jurisdiction: 'US-MI', sentenceDate, startDate: sentenceDate, length, offenses, ...extra });
}
const ext = (date: string, months: number) => ({ type: 'extension' as const, date, months });

describe('MCL 771.2(1): felony limit and extensions (worked example 1)', () => {
  it('case: UDAA ordered 2022-05-10 for 3 years: limit 2022-05-10 + 3 years = 2025-05-10, no term cap', () => {
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA])]), '2023-01-01');
    expect(r.scheduledEndDate).toBe('2025-05-10');
    expect(r.statutoryMaxEndDate).toBe('2025-05-10');
    expect(r.projectedEndDate).toBe('2025-05-10');
    expect(opportunities(r, 'term_cap')).toEqual([]);
    expect(r.earnedCreditDays).toBe(0);
    expect(r.explanation.some((s) => s.text.startsWith('Your probation was ordered on May 10, 2022'))).toBe(true);
    // Told before the order, the same order is still to come.
    const before = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA])]), '2022-01-01');
    expect(before.explanation.some((s) => s.text.startsWith('Your probation is ordered on May 10, 2022'))).toBe(true);
  });

  it('case: one 12-month extension: 2022-05-10 + 3 years + 12 months = 2026-05-10', () => {
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA], { orders: [ext('2025-04-01', 12)] })]), '2025-06-01');
    expect(r.scheduledEndDate).toBe('2026-05-10');
    expect(r.statutoryMaxEndDate).toBe('2026-05-10');
    // The only warning is early discharge's programming assumption (MCR 6.441(A)), not the extension.
    expect(r.warnings.filter((w) => !w.includes('programming'))).toEqual([]);
  });

  it('case: an extension of 0 months extends nothing and is not one of the two: 2022-01-10 + 3 + 1 + 1 years = 2027-01-10', () => {
    const r = evaluate(
      usMi,
      person([
        probation('2022-01-10', { years: 3 }, [UDAA], { orders: [ext('2023-01-01', 0), ext('2024-06-01', 12), ext('2024-12-01', 12)] }),
      ]),
      '2025-06-01',
    );
    expect(r).toMatchObject({ scheduledEndDate: '2027-01-10', statutoryMaxEndDate: '2027-01-10' });
    expect(opportunities(r, 'term_cap')).toEqual([]);
    expect(r.warnings).toContain('The extension ordered on January 1, 2023 adds no time (0 months), so it changes nothing.');
    expect(r.warnings.some((w) => w.includes('extension number 3'))).toBe(false);
  });

  it('case: two 12-month extensions: 2022-05-10 + 3 + 1 + 1 years = 2027-05-10, the absolute limit', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-05-10', { years: 3 }, [UDAA], { orders: [ext('2025-04-01', 12), ext('2026-04-01', 12)] })]),
      '2026-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2027-05-10');
    expect(opportunities(r, 'term_cap')).toEqual([]);
  });

  it('case: a third extension is not counted: scheduled 2028-05-10, limit stays 2027-05-10, term cap upcoming as of 2027-04-01', () => {
    const orders = [ext('2025-04-01', 12), ext('2026-04-01', 12), ext('2027-04-01', 12)];
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA], { orders })]), '2027-04-01');
    expect(r.scheduledEndDate).toBe('2028-05-10');
    expect(r.statutoryMaxEndDate).toBe('2027-05-10');
    expect(r.projectedEndDate).toBe('2027-05-10');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ status: 'upcoming', date: '2027-05-10', citations: ['MCL 771.2(1)'] }]);
    // What to do is in the reasons a person reads, not only in the basis.
    expect(opportunities(r, 'term_cap')[0]!.reasons).toContain(
      'The limit applies by law. You or your lawyer can ask the court to correct the order.',
    );
    expect(r.warnings.some((w) => w.includes('extension number 3'))).toBe(true);
  });

  it('case: a 2-year term extended three times: the two counted extensions end it 2025-06-01, the third is past the limit', () => {
    // Ordered 2021-06-01 for 2 years (to 2023-06-01). Every extension counts toward the two (reading in
    // probation-period.ts): 2023-06-01 + 12 + 12 months = 2025-06-01, later than the 3-year limit (2024-06-01).
    // The third (2025-05-01) takes the scheduled end to 2026-06-01, past it. (Had only extensions past 3 years
    // counted, the limit would be 2021-06-01 + 3 years + 24 months = 2026-06-01 and no cap would show.)
    const orders = [ext('2023-05-01', 12), ext('2024-05-01', 12), ext('2025-05-01', 12)];
    const r = evaluate(usMi, person([probation('2021-06-01', { years: 2 }, [UDAA], { orders })]), '2025-06-01');
    expect(r.scheduledEndDate).toBe('2026-06-01');
    expect(r.statutoryMaxEndDate).toBe('2025-06-01');
    expect(r.projectedEndDate).toBe('2025-06-01');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ status: 'eligible', date: '2025-06-01' }]);
    expect(r.explanation.map((s) => s.text)).toContain(
      "The court's extensions that the law allows add 2 years to the term as ordered (to June 1, 2023), so your probation cannot run past June 1, 2025.",
    );
    // One 12-month extension of the same 2-year term stays within the 3-year limit: 2024-06-01 either way.
    const one = evaluate(usMi, person([probation('2021-06-01', { years: 2 }, [UDAA], { orders: [ext('2023-05-01', 12)] })]), '2024-01-01');
    expect(one.statutoryMaxEndDate).toBe('2024-06-01');
    expect(one.explanation.map((s) => s.text)).toContain(
      'So your probation cannot run past June 1, 2024; the extensions the law allows keep it within that limit.',
    );
  });

  it('case: an 18-month extension counts as 12: scheduled 2025-05-10 + 18 months = 2026-11-10, limit 2026-05-10', () => {
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA], { orders: [ext('2025-04-01', 18)] })]), '2025-06-01');
    expect(r.scheduledEndDate).toBe('2026-11-10');
    expect(r.statutoryMaxEndDate).toBe('2026-05-10');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ status: 'upcoming', date: '2026-05-10' }]);
    expect(r.warnings.some((w) => w.includes('only 12 months of it is counted'))).toBe(true);
  });

  it('case: an extension ordered after the term expired is void (Vanderpool): term ended 2025-05-10, extended 2025-06-01', () => {
    // 2022-05-10 + 3 years = 2025-05-10, the last day; an extension dated 2025-06-01 has no term left to extend.
    const r = evaluate(usMi, person([probation('2022-05-10', { years: 3 }, [UDAA], { orders: [ext('2025-06-01', 12)] })]), '2025-07-01');
    expect(r).toMatchObject({ scheduledEndDate: '2025-05-10', statutoryMaxEndDate: '2025-05-10' });
    expect(r.warnings.some((w) => w.includes('no term left to extend'))).toBe(true);
    // On the last day itself the court may still extend: 2025-05-10 + 12 months = 2026-05-10.
    const onLastDay = evaluate(
      usMi,
      person([probation('2022-05-10', { years: 3 }, [UDAA], { orders: [ext('2025-05-10', 12)] })]),
      '2025-07-01',
    );
    expect(onLastDay).toMatchObject({ scheduledEndDate: '2026-05-10', statutoryMaxEndDate: '2026-05-10' });
  });

  it('case: a term discharged by order keeps its limit, not the extension dated after the discharge, nor the early-discharge warnings', () => {
    // 2022-03-01 + 3 years = 2025-03-01 (scheduled and limit). Discharged 2024-05-01; an extension of 12 months
    // ordered 2024-07-01 had no term left to extend: neither date moves.
    const discharge = { type: 'discharge' as const, date: '2024-05-01' };
    const r = evaluate(
      usMi,
      person([probation('2022-03-01', { years: 3 }, [UDAA], { orders: [discharge, ext('2024-07-01', 12)] })]),
      '2024-09-01',
    );
    expect(r).toMatchObject({ scheduledEndDate: '2025-03-01', statutoryMaxEndDate: '2025-03-01', projectedEndDate: '2024-05-01' });
    expect(r.warnings).toEqual([expect.stringContaining('no term left to extend')]);
  });
});

describe('MCL 771.2(1): effective date of the 3-year felony limit (order date selects the version)', () => {
  it('case: ordered 2021-03-31 (day before) for 5 years: old limit 5 years = 2026-03-31, no term cap', () => {
    const r = evaluate(usMi, person([probation('2021-03-31', { years: 5 }, [UDAA])]), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2026-03-31');
    expect(opportunities(r, 'term_cap')).toEqual([]);
  });

  it('case: ordered 2021-04-01 (effective day) for 5 years: 2021-04-01 + 3 years = 2024-04-01, term cap upcoming', () => {
    const r = evaluate(usMi, person([probation('2021-04-01', { years: 5 }, [UDAA])]), '2021-12-31');
    expect(r.scheduledEndDate).toBe('2026-04-01');
    expect(r.statutoryMaxEndDate).toBe('2024-04-01');
    expect(r.projectedEndDate).toBe('2024-04-01');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ status: 'upcoming', date: '2024-04-01' }]);
  });

  it('case: ordered 2021-04-02 (day after) for 5 years: limit 2024-04-02', () => {
    const r = evaluate(usMi, person([probation('2021-04-02', { years: 5 }, [UDAA])]), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2024-04-02');
  });

  it('case: before 2021 an extension does not raise the 5-year limit: ordered 2020-06-01, 4 years + 12 months, limit 2025-06-01', () => {
    const r = evaluate(usMi, person([probation('2020-06-01', { years: 4 }, [UDAA], { orders: [ext('2024-01-15', 12)] })]), '2024-02-01');
    expect(r.scheduledEndDate).toBe('2025-06-01');
    expect(r.statutoryMaxEndDate).toBe('2025-06-01');
  });

  it('case: a split sentence: the limit runs from the order date 2022-01-10, not the start 2022-07-10 (3 years = 2025-01-10)', () => {
    const t = term({ jurisdiction: 'US-MI', sentenceDate: '2022-01-10', startDate: '2022-07-10', length: { years: 3 }, offenses: [UDAA] });
    const r = evaluate(usMi, person([t]), '2022-12-31');
    expect(r.scheduledEndDate).toBe('2025-07-10');
    expect(r.statutoryMaxEndDate).toBe('2025-01-10');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ date: '2025-01-10' }]);
  });

  it('case: leap day: ordered 2024-02-29 for 3 years, limit clamps to 2027-02-28', () => {
    const r = evaluate(usMi, person([probation('2024-02-29', { years: 3 }, [UDAA])]), '2024-03-01');
    expect(r.statutoryMaxEndDate).toBe('2027-02-28');
  });

  it('case: ordered 2003-02-28, before the oldest text encoded: no limit, warned', () => {
    const r = evaluate(usMi, person([probation('2003-02-28', { years: 5 }, [UDAA])]), '2004-01-01');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.warnings.some((w) => w.includes('oldest Michigan text'))).toBe(true);
  });
});

describe('MCL 771.2(1): not a felony (2 years) and MCL 761.1', () => {
  it('case: misdemeanor ordered 2021-06-15 for 3 years: 2021-06-15 + 2 years = 2023-06-15, term cap', () => {
    const r = evaluate(usMi, person([probation('2021-06-15', { years: 3 }, [RETAIL_FRAUD])]), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2023-06-15');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ status: 'upcoming', date: '2023-06-15' }]);
  });

  it('case: a misdemeanor extension does not move the 2-year limit: 1 year + 18 months from 2022-03-01, limit 2024-03-01', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-03-01', { years: 1 }, [RETAIL_FRAUD], { orders: [ext('2023-02-01', 18)] })]),
      '2023-03-01',
    );
    expect(r.scheduledEndDate).toBe('2024-09-01');
    expect(r.statutoryMaxEndDate).toBe('2024-03-01');
    expect(r.warnings.some((w) => w.includes('adds no time to the 2-year limit for an extension'))).toBe(true);
  });

  it('case: a "misdemeanor" punishable by 24 months is a felony (MCL 761.1): 3-year limit, 2022-01-03 + 3 years = 2025-01-03', () => {
    const hcm: Offense = { statute: 'MCL 750.479a(2)', level: 'misdemeanor', maxPrisonMonths: 24 };
    const r = evaluate(usMi, person([probation('2022-01-03', { years: 4 }, [hcm])]), '2022-06-01');
    expect(r.statutoryMaxEndDate).toBe('2025-01-03');
  });

  it('case: a misdemeanor punishable by exactly 12 months stays a misdemeanor: 2 years = 2024-01-03', () => {
    const m: Offense = { statute: 'MCL 750.479a(1)', level: 'misdemeanor', maxPrisonMonths: 12 };
    const r = evaluate(usMi, person([probation('2022-01-03', { years: 4 }, [m])]), '2022-06-01');
    expect(r.statutoryMaxEndDate).toBe('2024-01-03');
  });
});

describe('MCL 771.2a: offenses with their own probation periods', () => {
  it('case: stalking (750.411h) 5 years from 2022-01-10: limit 2027-01-10, no term cap', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-01-10', { years: 5 }, [{ statute: 'MCL 750.411h', level: 'misdemeanor' }])]),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2027-01-10');
    expect(opportunities(r, 'term_cap')).toEqual([]);
    expect(r.explanation.some((s) => s.citations.includes('MCL 771.2a(1)'))).toBe(true);
  });

  it('case: stalking 6 years from 2022-01-10: term cap at 2027-01-10', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-01-10', { years: 6 }, [{ statute: 'MCL 750.411h', level: 'misdemeanor' }])]),
      '2022-06-01',
    );
    expect(opportunities(r, 'term_cap')).toMatchObject([{ date: '2027-01-10', citations: ['MCL 771.2a(1)'] }]);
  });

  it('case: aggravated stalking (Mich. Comp. Laws § 750.411i): any term of years, no statutory maximum', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-01-10', { years: 7 }, [{ statute: 'Mich. Comp. Laws § 750.411i', level: 'felony' }])]),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2029-01-10');
  });

  it('case: misdemeanor child abuse (750.136b(7)) 5 years from 2022-02-01: limit 2027-02-01', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-02-01', { years: 5 }, [{ statute: 'MCL 750.136b(7)', level: 'misdemeanor' }])]),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2027-02-01');
  });

  it('case: a tag alone does not bring 771.2a: 750.145 tagged child_abuse keeps the 2-year limit (2022-01-01 → 2024-01-01)', () => {
    // 771.2a(3) names MCL 750.136b only. Ordered 3 years: term cap 2024-01-01; half of 3 years = 2023-07-01.
    const r = evaluate(
      usMi,
      person([probation('2022-01-01', { years: 3 }, [{ statute: 'MCL 750.145', level: 'misdemeanor', tags: ['child_abuse'] }])]),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2024-01-01');
    expect(r.projectedEndDate).toBe('2024-01-01');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ status: 'upcoming', date: '2024-01-01' }]);
    expect(opportunities(r, 'early_termination')).toMatchObject([{ status: 'upcoming', date: '2023-07-01' }]);
    expect(r.warnings.some((w) => w.includes('MCL 771.2a(3) sets its own probation period only for MCL 750.136b'))).toBe(true);
  });

  it('case: 750.411s tagged stalking (a felony, not 750.411h) keeps the 3-year limit: 2022-01-01 → 2025-01-01', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-01-01', { years: 4 }, [{ statute: 'MCL 750.411s', level: 'felony', tags: ['stalking'] }])]),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2025-01-01');
    expect(opportunities(r, 'early_termination')).toMatchObject([{ status: 'upcoming', date: '2024-01-01' }]);
    expect(r.warnings.some((w) => w.includes('only for MCL 750.411h and 750.411i'))).toBe(true);
  });

  it('case: felony child abuse (750.136b(3)) keeps the felony limit: 2022-02-01 + 3 years = 2025-02-01', () => {
    const r = evaluate(
      usMi,
      person([probation('2022-02-01', { years: 5 }, [{ statute: 'MCL 750.136b(3)', level: 'felony' }])]),
      '2022-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2025-02-01');
  });

  it('case: violent felony (750.84) ordered 2021-04-01: 771.2a(4) 5 years = 2026-04-01', () => {
    const r = evaluate(
      usMi,
      person([probation('2021-04-01', { years: 5 }, [{ statute: 'M.C.L. 750.84', level: 'felony' }])]),
      '2021-12-31',
    );
    expect(r.statutoryMaxEndDate).toBe('2026-04-01');
    expect(r.explanation.some((s) => s.citations.includes('MCL 771.2a(4)'))).toBe(true);
  });

  it('case: violent felony ordered 2021-03-31: the general 5-year limit (2026-03-31) decides, not 771.2a(4)', () => {
    const r = evaluate(usMi, person([probation('2021-03-31', { years: 5 }, [{ statute: 'MCL 750.84', level: 'felony' }])]), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBe('2026-03-31');
    // The limit's steps do not rest on 771.2a(4); the early-discharge step may (section 2a as in force on the as-of date).
    const limitSteps = r.explanation.filter((s) => !s.text.startsWith('Early discharge'));
    expect(limitSteps.some((s) => s.citations.includes('MCL 771.2a(4)'))).toBe(false);
  });

  it('case: SORA listed offense (750.520c): any term of years, even lifetime, no maximum and no term cap', () => {
    const t = term({
      jurisdiction: 'US-MI',
      sentenceDate: '2022-01-10',
      startDate: '2022-01-10',
      lifetime: true,
      offenses: [{ statute: '750.520c', level: 'felony' }],
    });
    const r = evaluate(usMi, person([t]), '2022-06-01');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(opportunities(r, 'term_cap')).toEqual([]);
  });

  it('case: lifetime term on an ordinary felony ordered 2022-01-10: term cap at 2025-01-10', () => {
    const t = term({ jurisdiction: 'US-MI', sentenceDate: '2022-01-10', startDate: '2022-01-10', lifetime: true, offenses: [UDAA] });
    const r = evaluate(usMi, person([t]), '2022-06-01');
    expect(r.scheduledEndDate).toBeNull();
    expect(r.projectedEndDate).toBe('2025-01-10');
    expect(opportunities(r, 'term_cap')).toMatchObject([{ date: '2025-01-10' }]);
  });

  it('case: an unlisted statute with no tags is warned for classification', () => {
    const r = evaluate(usMi, person([probation('2022-01-10', { years: 3 }, [{ statute: 'MCL 750.999', level: 'felony' }])]), '2022-06-01');
    expect(r.warnings.some((w) => w.includes('MCL 750.999') && w.includes('"violent"'))).toBe(true);
  });
});

describe('MCL 771.2a(4) and (7) on one offense: both readings (parameter ownPeriods.violentListedOffense)', () => {
  const csc = (statute: string, sentenceDate: string, length: Term['length'], extra: Offense[] = []) =>
    person([probation(sentenceDate, length, [{ statute, level: 'felony' }, ...extra])]);

  it('case: default reading: CSC 2nd degree (750.520c) ordered 2021-04-01 for 7 years: no maximum, no term cap', () => {
    const r = evaluate(usMi, csc('MCL 750.520c', '2021-04-01', { years: 7 }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(opportunities(r, 'term_cap')).toEqual([]);
    expect(r.explanation.some((s) => s.text.includes('any number of years (at least 5)'))).toBe(true);
  });

  it('case: exactly-5 reading: 750.520c ordered 2021-04-01 for 7 years: 2021-04-01 + 5 years = 2026-04-01, term cap', () => {
    const r = evaluate(exactlyFive, csc('MCL 750.520c', '2021-04-01', { years: 7 }), '2021-12-31');
    expect(r.scheduledEndDate).toBe('2028-04-01');
    expect(r.statutoryMaxEndDate).toBe('2026-04-01');
    expect(opportunities(r, 'term_cap')).toMatchObject([
      { status: 'upcoming', date: '2026-04-01', citations: expect.arrayContaining(['MCL 771.2a(4)', 'MCL 771.2a(7)']) },
    ]);
    expect(r.explanation.some((s) => s.text.includes('exactly 5 years'))).toBe(true);
  });

  it('case: exactly-5 reading: CSC 4th degree (750.520e) ordered 2022-01-10 for 5 years: limit 2027-01-10, no term cap', () => {
    const r = evaluate(exactlyFive, csc('MCL 750.520e', '2022-01-10', { years: 5 }), '2022-06-01');
    expect(r.statutoryMaxEndDate).toBe('2027-01-10');
    expect(opportunities(r, 'term_cap')).toEqual([]);
  });

  it('case: exactly-5 reading, ordered 2021-03-31 (day before (4) was added): (7) alone, no maximum', () => {
    const r = evaluate(exactlyFive, csc('MCL 750.520c', '2021-03-31', { years: 7 }), '2021-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
  });

  it('case: exactly-5 reading: 750.520c with a listed offense that is not a violent felony (750.145c): no maximum', () => {
    const r = evaluate(
      exactlyFive,
      csc('MCL 750.520c', '2021-04-01', { years: 7 }, [{ statute: 'MCL 750.145c', level: 'felony' }]),
      '2021-12-31',
    );
    expect(r.statutoryMaxEndDate).toBeNull();
  });

  it('case: exactly-5 reading: a listed offense alone (750.145c, not a violent felony): no maximum', () => {
    const r = evaluate(
      exactlyFive,
      person([probation('2021-04-01', { years: 7 }, [{ statute: 'MCL 750.145c', level: 'felony' }])]),
      '2021-12-31',
    );
    expect(r.statutoryMaxEndDate).toBeNull();
  });

  it('case: both readings: aggravated stalking (750.411i, also a violent felony) keeps no maximum, (4) excepting (2)', () => {
    for (const j of [usMi, exactlyFive]) {
      const r = evaluate(j, person([probation('2021-04-01', { years: 7 }, [{ statute: 'MCL 750.411i', level: 'felony' }])]), '2021-12-31');
      expect(r.statutoryMaxEndDate).toBeNull();
    }
  });

  it('case: both readings: a violent felony that is not a listed offense (750.84) ordered 2021-04-01: 5 years = 2026-04-01', () => {
    for (const j of [usMi, exactlyFive]) {
      const r = evaluate(j, person([probation('2021-04-01', { years: 6 }, [{ statute: 'MCL 750.84', level: 'felony' }])]), '2021-12-31');
      expect(r.statutoryMaxEndDate).toBe('2026-04-01');
      expect(r.explanation.some((s) => s.text.includes('exactly'))).toBe(false);
    }
  });
});
