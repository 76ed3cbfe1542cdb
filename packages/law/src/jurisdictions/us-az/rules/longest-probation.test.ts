import { describe, expect, it } from 'vitest';
import type { Offense } from '../../../records/schema.ts';
import { az, opp, run, theft } from './test-helpers.ts';

// Default: probation from 2024-02-01, as of 2024-12-31. Periods (A.R.S. § 13-902(A)): class 2 felony
// 84 months, class 3 60, class 4 48, classes 5 and 6 36; class 1 misdemeanor 36, class 2 24, class 3 12.
const felony = (cls: string): Offense => ({ ...theft, class: cls });
const misdemeanor = (cls: string | undefined): Offense => ({
  statute: 'A.R.S. § 13-1203',
  level: 'misdemeanor',
  description: 'assault',
  ...(cls === undefined ? {} : { class: cls }),
});

describe('A.R.S. § 13-902(A): the periods by class', () => {
  it('case: class 6 felony, 5 years ordered → limit 3 years (2027-02-01), a term_cap, and the end projected there', () => {
    // 2024-02-01 + 36 months = 2027-02-01; ordered 2024-02-01 + 60 months = 2029-02-01.
    const r = run(az({ length: { years: 5 }, offenses: [felony('6')] }), '2024-12-31');
    expect(r.scheduledEndDate).toBe('2029-02-01');
    expect(r.statutoryMaxEndDate).toBe('2027-02-01');
    expect(r.projectedEndDate).toBe('2027-02-01');
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2027-02-01', citations: ['A.R.S. § 13-902(A)(4)'] });
  });

  it('case: class 4 felony, 4 years ordered (the limit itself) → nothing reported; 4 years and 1 day → the limit', () => {
    // 2024-02-01 + 48 months = 2028-02-01: a term ending that day is within the law.
    const within = run(az({ length: { years: 4 } }), '2024-12-31');
    expect(within.statutoryMaxEndDate).toBeNull();
    expect(opp(within, 'term_cap')).toBeUndefined();
    const past = run(az({ length: undefined, endDate: '2028-02-02' }), '2024-12-31');
    expect(past.statutoryMaxEndDate).toBe('2028-02-01');
    expect(opp(past, 'term_cap')?.citations).toEqual(['A.R.S. § 13-902(A)(3)']);
  });

  it('case: class 2 felony 84 months; class 3 60 (each a day past the limit)', () => {
    // 2024-02-01 + 84 months = 2031-02-01; + 60 months = 2029-02-01.
    expect(run(az({ length: undefined, endDate: '2031-02-02', offenses: [felony('2')] }), '2024-12-31').statutoryMaxEndDate).toBe(
      '2031-02-01',
    );
    expect(run(az({ length: undefined, endDate: '2029-02-02', offenses: [felony('3')] }), '2024-12-31').statutoryMaxEndDate).toBe(
      '2029-02-01',
    );
  });

  it('case: misdemeanors — class 1 36 months, class 2 24, class 3 12 ("M2" read as class 2)', () => {
    // 3 years ordered from 2024-02-01 (2027-02-01): class 1 is within; class 2 → 2026-02-01; class 3 → 2025-02-01.
    const m = (cls: string) => run(az({ offenses: [misdemeanor(cls)] }), '2024-12-31').statutoryMaxEndDate;
    expect(m('1')).toBeNull();
    expect(m('M2')).toBe('2026-02-01');
    expect(m('3')).toBe('2025-02-01');
  });

  it('case: month end — class 5 felony from 2024-02-29, 4 years ordered → 2027-02-28', () => {
    // 2024-02-29 + 36 months = 2027-02-29, clamped to 2027-02-28.
    const r = run(az({ startDate: '2024-02-29', sentenceDate: '2024-02-29', length: { years: 4 }, offenses: [felony('5')] }), '2024-12-31');
    expect(r.statutoryMaxEndDate).toBe('2027-02-28');
  });

  it('case: several counts — the longest period governs', () => {
    // Class 6 (36 months) and class 4 (48 months), 5 years ordered: 2024-02-01 + 48 months = 2028-02-01.
    const r = run(az({ length: { years: 5 }, offenses: [felony('6'), felony('4')] }), '2024-12-31');
    expect(r.statutoryMaxEndDate).toBe('2028-02-01');
  });
});

describe('what the record cannot show, and the exceptions', () => {
  it('case: no class → no limit, warned of only where the term runs past the shortest period of its level', () => {
    // Misdemeanor without class: shortest period 12 months; 3 years ordered → warned. 1 year ordered → not.
    const long = run(az({ offenses: [misdemeanor(undefined)] }), '2024-12-31');
    expect(long.statutoryMaxEndDate).toBeNull();
    expect(long.warnings.some((w) => w.includes('does not give the misdemeanor class'))).toBe(true);
    const short = run(az({ length: { years: 1 }, offenses: [misdemeanor(undefined)] }), '2024-12-31');
    expect(short.warnings.some((w) => w.includes('does not give the misdemeanor class'))).toBe(false);
  });

  it('case: a count without class that cannot be the longest does not take the limit away; an (E) count does, in any order', () => {
    // Class 4 felony (48 months) and a misdemeanor without class (at most 36): 6 years ordered → 2028-02-01.
    const mixed = run(az({ length: { years: 6 }, offenses: [felony('4'), misdemeanor(undefined)] }), '2024-12-31');
    expect(mixed.statutoryMaxEndDate).toBe('2028-02-01');
    // A felony without class (up to 84 months) beside a class 6 (36): unknown, warned (6 years > 36 months).
    const open = run(az({ length: { years: 6 }, offenses: [felony('6'), { ...theft, class: undefined }] }), '2024-12-31');
    expect(open.statutoryMaxEndDate).toBeNull();
    expect(open.warnings.some((w) => w.includes('does not give the felony class'))).toBe(true);
    // With an (E) count, first or last: no limit and no word about the missing class.
    const sexual = { statute: 'A.R.S. § 13-1405', level: 'felony', class: '6', description: 'sexual conduct with a minor' } as const;
    for (const offenses of [
      [sexual, { ...theft, class: undefined }],
      [{ ...theft, class: undefined }, sexual],
    ]) {
      const r = run(az({ length: { years: 6 }, offenses }), '2024-12-31');
      expect(r.statutoryMaxEndDate).toBeNull();
      expect(r.warnings.some((w) => w.includes('does not give the felony class'))).toBe(false);
      expect(r.explanation.map((x) => x.text).join(' ')).toContain('up to life, for sexual conduct with a minor');
    }
  });

  it('case: a lifetime term for an offense (E) was not found to list: no limit, with a warning', () => {
    const r = run(az({ length: undefined, lifetime: true }), '2024-12-31');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.warnings.some((w) => w.includes('This is a lifetime probation'))).toBe(true);
  });

  it('case: a term still to begin is told so', () => {
    // Class 6 from 2025-06-01, 5 years, as of 2024-01-01: 2025-06-01 + 36 months = 2028-06-01.
    const r = run(az({ sentenceDate: '2025-06-01', startDate: '2025-06-01', length: { years: 5 }, offenses: [felony('6')] }), '2024-01-01');
    expect(r.explanation.map((x) => x.text)).toContain(
      'Arizona law lets this probation continue for at most 3 years from the day it begins (June 1, 2025), so it must end by June 1, 2028.',
    );
  });

  it('case: (B) DUI five years, aggravated DUI ten, whatever the class', () => {
    // DUI (class 1 misdemeanor, 36 months by class) ordered 6 years: 2024-02-01 + 60 months = 2029-02-01.
    const dui = run(
      az({ length: { years: 6 }, offenses: [{ statute: 'A.R.S. § 28-1381', level: 'misdemeanor', class: '1' }] }),
      '2024-12-31',
    );
    expect(dui.statutoryMaxEndDate).toBe('2029-02-01');
    expect(opp(dui, 'term_cap')?.citations).toEqual(['A.R.S. § 13-902(B)']);
    // Aggravated DUI (class 4 felony, 48 months by class) ordered 11 years: + 120 months = 2034-02-01.
    const agg = run(az({ length: { years: 11 }, offenses: [{ statute: 'ARS 28-1383', level: 'felony', class: '4' }] }), '2024-12-31');
    expect(agg.statutoryMaxEndDate).toBe('2034-02-01');
  });

  it('case: (E) a chapter 14 felony, stalking, or a sex_registration tag: no limit; a chapter 14 misdemeanor has its class period', () => {
    const none = (o: Offense) => run(az({ length: { years: 10 }, offenses: [o] }), '2024-12-31').statutoryMaxEndDate;
    expect(none({ statute: 'A.R.S. § 13-1405', level: 'felony', class: '6' })).toBeNull();
    expect(none({ statute: 'A.R.S. § 13-2923', level: 'felony', class: '5' })).toBeNull();
    expect(none({ statute: 'A.R.S. § 13-1802', level: 'felony', class: '6', tags: ['sex_registration'] })).toBeNull();
    // Indecent exposure as a class 1 misdemeanor: 2024-02-01 + 36 months = 2027-02-01.
    expect(none({ statute: 'A.R.S. § 13-1402', level: 'misdemeanor', class: '1' })).toBe('2027-02-01');
  });

  it('case: (E) child or vulnerable adult abuse (§ 13-3623), class 4, 6 years ordered: no limit, warned; 4 years: no warning', () => {
    // Class 4 alone: 2024-02-01 + 48 months = 2028-02-01, and 6 years (2030-02-01) would run past it. But
    // § 13-902(E) (Robina Institute profile) allows child or vulnerable adult abuse probation up to life,
    // perhaps only under some paragraphs of § 13-3623: no statutoryMaxEndDate, no term_cap, a warning.
    const abuse = { statute: 'A.R.S. § 13-3623', level: 'felony', class: '4' } as const;
    const long = run(az({ length: { years: 6 }, offenses: [abuse] }), '2024-12-31');
    expect(long.statutoryMaxEndDate).toBeNull();
    expect(opp(long, 'term_cap')).toBeUndefined();
    expect(long.projectedEndDate).toBe('2030-02-01');
    expect(
      long.warnings.some((w) =>
        w.includes('A.R.S. § 13-902(E) allows probation up to life for child or vulnerable adult abuse (A.R.S. § 13-3623)'),
      ),
    ).toBe(true);
    // 4 years ordered (2028-02-01) is within the class 4 period whatever (E) allows: nothing said.
    const within = run(az({ length: { years: 4 }, offenses: [abuse] }), '2024-12-31');
    expect(within.statutoryMaxEndDate).toBeNull();
    expect(within.warnings.some((w) => w.includes('A.R.S. § 13-3623'))).toBe(false);
  });

  it('case: (C) an extension of a felony probation counts, up to 60 months in all, with a warning', () => {
    // Class 6, 3 years (2027-02-01), extended 24 months on 2026-06-01 → scheduled 2029-02-01 = the limit
    // 2024-02-01 + 36 + 24 months: within it. Extended 72 months → scheduled 2033-02-01; limit counts 60 → 2032-02-01.
    const ext = (months: number) =>
      run(az({ offenses: [felony('6')], orders: [{ type: 'extension', date: '2026-06-01', months }] }), '2026-12-31');
    expect(ext(24).statutoryMaxEndDate).toBeNull();
    const long = ext(72);
    expect(long.scheduledEndDate).toBe('2033-02-01');
    expect(long.statutoryMaxEndDate).toBe('2032-02-01');
    expect(opp(long, 'term_cap')?.citations).toEqual(['A.R.S. § 13-902(A)(4)', 'A.R.S. § 13-902(C)']);
    expect(long.warnings.some((w) => w.includes('unpaid') && w.includes('5 years'))).toBe(true);
  });

  it('case: (C) the extension decides the limit even where the term stays within it: warned of; no restitution ordered → not counted', () => {
    // Class 6 from 2020-01-01, 3 years (2023-01-01) extended 24 months → 2025-01-01, the limit counting (C).
    const record = (restitutionOrderedUsd?: number) =>
      az({
        sentenceDate: '2020-01-01',
        startDate: '2020-01-01',
        offenses: [felony('6')],
        orders: [{ type: 'extension', date: '2022-06-01', months: 24 }],
        ...(restitutionOrderedUsd === undefined ? {} : { restitutionOrderedUsd }),
      });
    const assumed = run(record(), '2023-06-01');
    expect(assumed.statutoryMaxEndDate).toBeNull();
    expect(assumed.warnings.some((w) => w.includes('§ 13-902(C)') && w.includes('counts the court'))).toBe(true);
    // Restitution 0 on record: (C) cannot apply, so the limit is 2020-01-01 + 36 months = 2023-01-01.
    const none = run(record(0), '2023-06-01');
    expect(none.statutoryMaxEndDate).toBe('2023-01-01');
    expect(none.warnings.some((w) => w.includes('the record shows no restitution ordered'))).toBe(true);
  });

  it('case: (C) an extension ordered after the restitution was paid in full is not counted; one ordered while some was owed is', () => {
    // Class 6 from 2020-01-01, 3 years, $5,000 ordered; extended 24 months on 2022-12-01 → scheduled 2025-01-01.
    const record = (paid: number) =>
      az(
        {
          sentenceDate: '2020-01-01',
          startDate: '2020-01-01',
          offenses: [felony('6')],
          restitutionOrderedUsd: 5000,
          orders: [{ type: 'extension', date: '2022-12-01', months: 24 }],
        },
        [{ type: 'payment', date: '2021-06-01', amountUsd: paid, kind: 'restitution' }],
      );
    // All $5,000 paid on 2021-06-01, before the order: the limit is 2020-01-01 + 36 months = 2023-01-01.
    const paid = run(record(5000), '2023-06-01');
    expect(paid.statutoryMaxEndDate).toBe('2023-01-01');
    expect(paid.projectedEndDate).toBe('2023-01-01');
    expect(paid.warnings.some((w) => w.includes('December 1, 2022 is not counted') && w.includes('paid in full'))).toBe(true);
    // $4,999.99 paid: $0.01 owed on the order's date, so (C) allows it: 2023-01-01 + 24 months = 2025-01-01, within.
    const owed = run(record(4999.99), '2023-06-01');
    expect(owed.statutoryMaxEndDate).toBeNull();
    expect(owed.projectedEndDate).toBe('2025-01-01');
  });

  it('case: (C) more than 60 months ordered: the words say how much counts', () => {
    // Two extensions of 36 months: 72 ordered, 60 counted → 2020-01-01 + 36 + 60 months = 2028-01-01.
    const r = run(
      az({
        sentenceDate: '2020-01-01',
        startDate: '2020-01-01',
        offenses: [felony('6')],
        orders: [
          { type: 'extension', date: '2021-06-01', months: 36 },
          { type: 'extension', date: '2022-06-01', months: 36 },
        ],
      }),
      '2024-06-01',
    );
    expect(r.statutoryMaxEndDate).toBe('2028-01-01');
    expect(r.explanation.map((x) => x.text).join(' ')).toContain('extended by 5 years of the 6 years the court ordered');
  });

  it('case: an extended misdemeanor probation past its period gets no limit, with a warning; within it, no warning', () => {
    const past = run(az({ offenses: [misdemeanor('3')], orders: [{ type: 'extension', date: '2024-12-01', months: 12 }] }), '2024-12-31');
    expect(past.statutoryMaxEndDate).toBeNull();
    expect(past.warnings.some((w) => w.includes('misdemeanor probation was extended'))).toBe(true);
    // Class 1 (36 months), 1 year + 6 months: 2025-08-01, within 2027-02-01.
    const within = run(
      az({ length: { years: 1 }, offenses: [misdemeanor('1')], orders: [{ type: 'extension', date: '2024-12-01', months: 6 }] }),
      '2024-12-31',
    );
    expect(within.warnings.some((w) => w.includes('misdemeanor probation was extended'))).toBe(false);
  });

  it('case: absconding days move the limit as they move the scheduled end (§ 13-903(C))', () => {
    // Class 6, 5 years; away 2024-06-01..2024-06-10 = 10 days: scheduled 2029-02-01 + 10 = 2029-02-11,
    // limit 2027-02-01 + 10 = 2027-02-11.
    const r = run(
      az({ length: { years: 5 }, offenses: [felony('6')] }, [{ type: 'absconded', start: '2024-06-01', end: '2024-06-10' }]),
      '2024-12-31',
    );
    expect(r.scheduledEndDate).toBe('2029-02-11');
    expect(r.statutoryMaxEndDate).toBe('2027-02-11');
    expect(opp(r, 'term_cap')?.citations).toContain('A.R.S. § 13-903');
  });
});

describe('after the lawful end', () => {
  it('case: violations dated after the limit are not spoken of as moving the end (§ 13-903)', () => {
    // Class 6 from 2020-01-01, 5 years: limit 2023-01-01. A violation found 2024-01-01 (no reinstatement)
    // and an absconding reported 2024-02-01 come after it.
    const r = run(
      az({ sentenceDate: '2020-01-01', startDate: '2020-01-01', length: { years: 5 }, offenses: [felony('6')] }, [
        { type: 'violation', date: '2024-01-01', category: 'technical', status: 'sustained' },
        { type: 'violation', date: '2024-02-01', category: 'absconding', status: 'reported' },
      ]),
      '2024-06-01',
    );
    expect(r.projectedEndDate).toBe('2023-01-01');
    expect(r.warnings.some((w) => w.includes('§ 13-903'))).toBe(false);
  });

  it('case: credit told against the latest end the law allows, not the scheduled end', () => {
    // Class 5 from 2015-09-12, 4 years (2019-09-12); limit 2015-09-12 + 36 months = 2018-09-12.
    const r = run(az({ sentenceDate: '2015-09-12', startDate: '2015-09-12', length: { years: 4 }, offenses: [felony('5')] }), '2024-12-31');
    expect(r.explanation.map((x) => x.text)).toContain(
      'Your probation reached the latest end the law allows, September 12, 2018, so earned time credit can no longer shorten it.',
    );
  });
});

describe('time credit counts toward the lawful term', () => {
  it('case: class 6 felony, 5 years ordered: credits reach the 1,096 days of the 3 years allowed on 2025-11-22', () => {
    // 2024-02-01 + 36 months = 2027-02-01 = 1,096 days (2024-02-29 included). S + 20 × ⌊S/30⌋ ≥ 1,096:
    // S = 660 → 660 + 440 = 1,100; S = 659 → 659 + 420 = 1,079. 2024-02-01 + 660 days = 2025-11-22.
    const r = run(az({ length: { years: 5 }, offenses: [felony('6')] }), '2024-12-31');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-11-22' });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('the 1,096 days of your term as the law allows it');
  });
});
