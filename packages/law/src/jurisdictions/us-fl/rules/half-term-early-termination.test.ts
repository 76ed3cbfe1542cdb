/** Fla. Stat. § 948.04(4): early termination or administrative probation at half the term (2019). */
import { describe, expect, it } from 'vitest';
import type { SupervisionEvent } from '../../../records/schema.ts';
import { fl, opp, run, technicalViolation } from './test-helpers.ts';

const HALF = '§ 948.04(4)';

describe('§ 948.04(4) half-term early termination', () => {
  it('case: 3 years from 2020-01-15 → half on 2021-07-15; upcoming the day before, eligible on the day', () => {
    // 36 months / 2 = 18 months: 2020-01-15 + 18 months = 2021-07-15.
    expect(opp(run(fl(), '2021-07-14'), 'early_termination', HALF)).toMatchObject({ status: 'upcoming', date: '2021-07-15' });
    const on = opp(run(fl(), '2021-07-15'), 'early_termination', HALF);
    expect(on).toMatchObject({ status: 'eligible', date: '2021-07-15' });
    expect(on!.citations).toContain('Fla. Stat. § 948.04(4)');
    expect(on!.reasons).toContain('You completed half of your probation term on July 15, 2021.');
    expect(opp(run(fl(), '2021-07-14'), 'early_termination', HALF)!.reasons).toContain(
      'You complete half of your probation term on July 15, 2021.',
    );
  });

  it('case: education reductions end the term before its halfway point: no half-term early termination', () => {
    // 1 year from 2022-07-01 → 2023-07-01, 365 days; half: 2022-07-01 + 6 months = 2023-01-01.
    // Four 60-day reductions (§ 948.05(2)(c)) = 240 days: 365 − 240 = 125 days → ends 2022-11-03,
    // before 2023-01-01, so the court has no halfway point to act on.
    const achieved = (date: string, kind: string) => ({ type: 'achievement', date, kind }) as SupervisionEvent;
    const events = [
      achieved('2022-08-01', 'ged'),
      achieved('2022-09-01', 'associate_degree'),
      achieved('2022-10-01', 'bachelor_degree'),
      achieved('2022-10-15', 'vocational_certificate'),
    ];
    const r = run(fl({ startDate: '2022-07-01', length: { years: 1 } }, events), '2022-10-20');
    expect(r.projectedEndDate).toBe('2022-11-03');
    expect(opp(r, 'early_termination', HALF)).toBeUndefined();
    expect(r.explanation.some((s) => s.text.includes('ends by law before then, on November 3, 2022'))).toBe(true);
    // Without the reductions, the halfway point stands (upcoming 2023-01-01).
    const plain = run(fl({ startDate: '2022-07-01', length: { years: 1 } }), '2022-10-20');
    expect(opp(plain, 'early_termination', HALF)).toMatchObject({ status: 'upcoming', date: '2023-01-01' });
  });

  it('case: an odd number of months adds 15 days for the half month', () => {
    // 27 months / 2 = 13 months + 15 days: 2020-03-10 + 13 months = 2021-04-10; + 15 days = 2021-04-25.
    const r = run(fl({ startDate: '2020-03-10', length: { years: 2, months: 3 } }), '2020-06-01');
    expect(opp(r, 'early_termination', HALF)).toMatchObject({ status: 'upcoming', date: '2021-04-25' });
  });

  it('case: sentenced 2019-09-30 → not covered; sentenced 2019-10-01 → covered (half of 2 years = 2020-10-01)', () => {
    const before = run(fl({ startDate: '2019-09-30', length: { years: 2 } }), '2020-12-01');
    expect(opp(before, 'early_termination', HALF)).toBeUndefined();
    expect(before.explanation.some((s) => s.text.includes('before October 1, 2019'))).toBe(true);
    // 2019-10-01 + 12 months = 2020-10-01.
    const on = run(fl({ startDate: '2019-10-01', length: { years: 2 } }), '2020-12-01');
    expect(opp(on, 'early_termination', HALF)).toMatchObject({ status: 'eligible', date: '2020-10-01' });
  });

  it('case: the sentence date, not the start date, decides (split sentence sentenced 2019-09-30, probation from 2021-01-04)', () => {
    const r = run(fl({ sentenceDate: '2019-09-30', startDate: '2021-01-04', length: { years: 2 } }), '2022-06-01');
    expect(opp(r, 'early_termination', HALF)).toBeUndefined();
  });

  it('case: robbery (a qualifying offense) makes a violent felony offender of special concern → ineligible', () => {
    const r = run(fl({ offenses: [{ statute: 'Fla. Stat. § 812.13(2)(c)', level: 'felony', class: 'F2' }] }), '2021-08-01');
    const o = opp(r, 'early_termination', HALF);
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.reasons.join(' ')).toContain('violent felony offender of special concern');
    expect(o!.almost).toBeUndefined();
    // The explanation says why too, not only the opportunity.
    const step = r.explanation.find((s) => s.text.startsWith('Early termination at the halfway point is not open to you now.'));
    expect(step?.text).toContain('violent felony offender of special concern');
  });

  it('case: robbery written bare ("812.13(2)(c)", as Florida records write it) is still a qualifying offense', () => {
    const o = opp(
      run(fl({ offenses: [{ statute: '812.13(2)(c)', level: 'felony', class: 'F2' }] }), '2021-08-01'),
      'early_termination',
      HALF,
    );
    expect(o?.status).toBe('ineligible');
  });

  it('case: a statute the table does not list is read as not qualifying, with a warning', () => {
    const r = run(fl({ offenses: [{ statute: 'Fla. Stat. § 999.99', level: 'felony', class: 'F3' }] }), '2021-08-01');
    expect(opp(r, 'early_termination', HALF)?.status).toBe('eligible');
    expect(r.warnings.some((w) => w.includes('does not list Fla. Stat. § 999.99'))).toBe(true);
  });

  it('case: the record\'s own "violent" tag makes an offense qualifying, where the table lists only some subsections or none', () => {
    // Stalking written without its subsection (the table: only aggravated stalking, (3)–(5) and (7), qualifies).
    const stalking = (tags?: ('violent' | 'stalking')[]) => [
      { statute: 'FS 784.048', level: 'felony' as const, ...(tags === undefined ? {} : { tags }) },
    ];
    const tagged = run(fl({ offenses: stalking(['violent', 'stalking']) }), '2021-08-01');
    expect(opp(tagged, 'early_termination', HALF)).toMatchObject({ status: 'ineligible', date: null });
    expect(opp(tagged, 'early_termination', HALF)!.reasons.join(' ')).toContain('the record marks');
    expect(opp(run(fl({ offenses: stalking(['stalking']) }), '2021-08-01'), 'early_termination', HALF)!.status).toBe('eligible');
    // An unlisted statute tagged violent: qualifying, and no "not known" warning.
    const unlisted = run(fl({ offenses: [{ statute: 'Fla. Stat. § 999.99', level: 'felony', tags: ['violent'] }] }), '2021-08-01');
    expect(opp(unlisted, 'early_termination', HALF)!.status).toBe('ineligible');
    expect(unlisted.warnings.some((w) => w.includes('does not list Fla. Stat. § 999.99'))).toBe(false);
  });

  it('case: burglary is a qualifying offense only as a first- or second-degree felony', () => {
    const burglary = (cls?: string) => [{ statute: 'F.S. 810.02', level: 'felony' as const, ...(cls === undefined ? {} : { class: cls }) }];
    expect(opp(run(fl({ offenses: burglary('F2') }), '2021-08-01'), 'early_termination', HALF)!.status).toBe('ineligible');
    expect(opp(run(fl({ offenses: burglary('F3') }), '2021-08-01'), 'early_termination', HALF)!.status).toBe('eligible');
    const unknown = run(fl({ offenses: burglary() }), '2021-08-01');
    expect(opp(unknown, 'early_termination', HALF)!.status).toBe('eligible');
    expect(unknown.warnings.some((w) => w.includes('first- or second-degree'))).toBe(true);
  });

  it.each(['2nd', 'F-2', 'SECOND DEGREE', '2F', 'felony of the second degree', '1st', 'PBL'])(
    'case: the class written %s names a first- or second-degree felony → a qualifying burglary, ineligible',
    (cls) => {
      const offenses = [{ statute: 'F.S. 810.02', level: 'felony' as const, class: cls }];
      expect(opp(run(fl({ offenses }), '2021-08-01'), 'early_termination', HALF)!.status).toBe('ineligible');
    },
  );

  it('case: a class naming no degree ("M1", "B") is warned of and read as not qualifying; "3rd" is third degree', () => {
    for (const cls of ['M1', 'B']) {
      const r = run(fl({ offenses: [{ statute: 'F.S. 810.02', level: 'felony', class: cls }] }), '2021-08-01');
      expect(opp(r, 'early_termination', HALF)!.status).toBe('eligible');
      expect(r.warnings.some((w) => w.includes(`the record's class "${cls}" does not name a degree`))).toBe(true);
    }
    const third = run(fl({ offenses: [{ statute: 'F.S. 810.02', level: 'felony', class: '3rd' }] }), '2021-08-01');
    expect(opp(third, 'early_termination', HALF)!.status).toBe('eligible');
    expect(third.warnings.some((w) => w.includes('does not name a degree'))).toBe(false);
  });

  it('case: the subsection is the degree: 810.02(2) and (3) qualify with no class, (4) does not, and none is warned of', () => {
    for (const [statute, status] of [
      ['FS 810.02(2)(a)', 'ineligible'],
      ['FS 810.02(3)(b)', 'ineligible'],
      ['FS 810.02(4)(a)', 'eligible'],
    ] as const) {
      const r = run(fl({ offenses: [{ statute, level: 'felony' }] }), '2021-08-01');
      expect(opp(r, 'early_termination', HALF)!.status).toBe(status);
      expect(r.warnings.some((w) => w.includes('gives no degree'))).toBe(false);
    }
  });

  it('case: an earlier § 800.04 conviction before its 1999 rewrite (1997) is not taken as qualifying (Byers v. State); one after (2005) is', () => {
    // Half of 3 years from 2020-01-15 = 2021-07-15: eligible as of 2021-08-01 unless a VFOSC.
    const before = run(fl({}, [], { priorConvictions: [{ date: '1997-05-01', level: 'felony', statute: 'FS 800.04' }] }), '2021-08-01');
    expect(opp(before, 'early_termination', HALF)!.status).toBe('eligible');
    expect(before.warnings.some((w) => w.includes('came before the section was rewritten on October 1, 1999') && w.includes('Byers'))).toBe(
      true,
    );
    const after = run(fl({}, [], { priorConvictions: [{ date: '2005-05-01', level: 'felony', statute: 'FS 800.04' }] }), '2021-08-01');
    expect(opp(after, 'early_termination', HALF)!.status).toBe('ineligible');
  });

  it('case: a prior conviction for a qualifying offense excludes; no prior list brings a warning', () => {
    const prior = fl({}, [], { priorConvictions: [{ date: '2010-05-01', level: 'felony', statute: 'Fla. Stat. § 782.07' }] });
    expect(opp(run(prior, '2021-08-01'), 'early_termination', HALF)!.status).toBe('ineligible');
    const unknown = run(fl({}, [], { priorConvictions: undefined }), '2021-08-01');
    expect(unknown.warnings.some((w) => w.includes('does not list earlier convictions'))).toBe(true);
  });

  it('case: an earlier burglary (qualifying only in the first or second degree) is read as not qualifying, with a warning', () => {
    // Offense committed after 2007-03-12 (term of 2020); FS 810.02 qualifies only as a first- or
    // second-degree felony, and a prior conviction carries no degree.
    const r = run(fl({}, [], { priorConvictions: [{ date: '2010-01-01', level: 'felony', statute: 'FS 810.02' }] }), '2021-08-01');
    expect(opp(r, 'early_termination', HALF)!.status).toBe('eligible');
    expect(
      r.warnings.some((w) => w.includes('earlier conviction under FS 810.02 (January 1, 2010)') && w.includes('first- or second-degree')),
    ).toBe(true);
  });

  it('case: an earlier felony conviction with no statute is read as not qualifying, with a warning; a misdemeanor needs none', () => {
    const felony = run(fl({}, [], { priorConvictions: [{ date: '2012-01-01', level: 'felony' }] }), '2021-08-01');
    expect(opp(felony, 'early_termination', HALF)!.status).toBe('eligible');
    expect(felony.warnings.some((w) => w.includes('no statute for the earlier felony conviction of January 1, 2012'))).toBe(true);
    const misdemeanor = run(fl({}, [], { priorConvictions: [{ date: '2012-01-01', level: 'misdemeanor' }] }), '2021-08-01');
    expect(misdemeanor.warnings.some((w) => w.includes('no statute for the earlier'))).toBe(false);
  });

  it('case: lifetime probation sentenced 2020-01-15: no halfway point, so no opportunity under (4), and the explanation says why', () => {
    // (4)(f) "half of the term … to which he or she was sentenced": a lifetime term has no end, so no half.
    const r = run(fl({ length: undefined, lifetime: true }), '2022-01-01');
    expect(opp(r, 'early_termination', HALF)).toBeUndefined();
    expect(r.explanation.some((s) => s.text.includes('no halfway point') && s.citations.includes('Fla. Stat. § 948.04(4)(f)'))).toBe(true);
  });

  it('case: a revocation, even one later reinstated, is a finding of violation: excluded', () => {
    const orders = [
      { type: 'revocation' as const, date: '2020-10-01' },
      { type: 'reinstatement' as const, date: '2020-10-01' },
    ];
    const o = opp(run(fl({ orders }), '2021-08-01'), 'early_termination', HALF)!;
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    // Told as the revocation it is, not as a "violation dated" that day (no violation is recorded).
    expect(o.reasons.join(' ')).toContain('(the revocation of October 1, 2020)');
    expect(o.reasons.join(' ')).not.toContain('violation dated');
    expect(opp(run(fl(), '2021-08-01'), 'early_termination', HALF)!.status).toBe('eligible');
  });

  it('case: a violation found by the court excludes; a pending report is assumed not found, with a warning', () => {
    const found = run(fl({}, [technicalViolation('2020-09-01', 'sustained')]), '2021-08-01');
    expect(opp(found, 'early_termination', HALF)).toMatchObject({ status: 'ineligible', date: null });
    const pending = run(fl({}, [technicalViolation('2021-06-01', 'reported')]), '2021-08-01');
    expect(opp(pending, 'early_termination', HALF)).toMatchObject({ status: 'eligible', date: '2021-07-15' });
    expect(pending.warnings.some((w) => w.includes('has not been decided'))).toBe(true);
    const dismissed = run(fl({}, [technicalViolation('2021-06-01', 'dismissed')]), '2021-08-01');
    expect(opp(dismissed, 'early_termination', HALF)!.status).toBe('eligible');
  });

  it('case: restitution paid after the half-way date moves the date to the day it was paid in full', () => {
    const r = run(
      fl({ restitutionOrderedUsd: 1000 }, [
        { type: 'payment', date: '2021-02-01', amountUsd: 400, kind: 'restitution' },
        { type: 'payment', date: '2022-03-01', amountUsd: 600, kind: 'restitution' },
      ]),
      '2022-03-01',
    );
    expect(opp(r, 'early_termination', HALF)).toMatchObject({ status: 'eligible', date: '2022-03-01' });
    // The payment is a fact of the record; only the other conditions are marked as assumed.
    expect(opp(r, 'early_termination', HALF)!.reasons).toContain(
      'You paid your restitution in full on March 1, 2022. Your other conditions (fines, court costs, community service, classes, treatment) are complete (assumed, as the record does not say).',
    );
  });

  it('case: unpaid restitution is a gate, not an exclusion: almost eligible once paid', () => {
    const r = run(
      fl({ restitutionOrderedUsd: 1000 }, [{ type: 'payment', date: '2021-02-01', amountUsd: 400, kind: 'restitution' }]),
      '2021-08-01',
    );
    const o = opp(r, 'early_termination', HALF);
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o!.reasons.join(' ')).toContain('$600.00');
    // The gate cleared on the as-of date: half-term (2021-07-15) is already past, so 2021-08-01.
    expect(o!.almost).toMatchObject({ dateIfResolved: '2021-08-01' });
  });

  it('case: never a discharge by law; the projected end stays the scheduled end', () => {
    const r = run(fl(), '2021-08-01');
    expect(r.scheduledEndDate).toBe('2023-01-15');
    expect(r.projectedEndDate).toBe('2023-01-15');
    expect(r.statutoryMaxEndDate).toBeNull();
    // The sanction limit is § 948.06(2)(f)'s (first finding: at most 90 days, in force from 2019-10-01), not this rule's.
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 90 });
  });
});
