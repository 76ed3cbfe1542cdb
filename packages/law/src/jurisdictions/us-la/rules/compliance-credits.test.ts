import { describe, expect, it } from 'vitest';
import { la, opp, possession, run, stopForEveryone, theft } from './test-helpers.ts';

// Conventions: days served on D = D − start; full calendar months; the credit for month M posts on the 1st
// of M+1; the term is satisfied on the first day served + posted credits ≥ term days.

describe('La. C.Cr.P. art. 895.6(A)–(B) earning and rescinding credits', () => {
  it('case: LA-1, 3 years from 2019-03-10, compliant: 240 days as of 2019-12-31; 510 the day before discharge; 540 on it', () => {
    // First full month April 2019 (posts 2019-05-01). As of 2019-12-31: April–November = 8 × 30 = 240.
    expect(run(la(), '2019-12-31').earnedCreditDays).toBe(240);
    // As of 2020-09-30: April 2019–August 2020 = 17 months = 510. As of 2020-10-01: September posts → 540.
    expect(run(la(), '2020-09-30').earnedCreditDays).toBe(510);
    expect(run(la(), '2020-10-01').earnedCreditDays).toBe(540);
  });

  it('case: credits stop with the discharge: as of 2021-01-01 still 540, not 630', () => {
    expect(run(la(), '2021-01-01').earnedCreditDays).toBe(540);
  });

  it('case: LA-2, officer rescinds August 2019 (sustained violation) → 510 by 2020-10-01, discharge 2020-10-16', () => {
    // 2020-10-01: 17 × 30 = 510 + served 571 = 1,081 < 1,096. Satisfied on start + (1,096 − 510) = start + 586 =
    // 2020-10-16, before the November 1 posting.
    const r = run(la({}, [{ type: 'violation', date: '2019-08-12', category: 'technical', status: 'sustained' }]), '2020-10-01');
    expect(r.earnedCreditDays).toBe(510);
    expect(r.projectedEndDate).toBe('2020-10-16');
    expect(r.explanation.some((s) => s.text.includes('August 2019 (a violation)'))).toBe(true);
  });

  it('case: a revocation later reinstated takes no earlier credits away, but the months it stood revoked earn none', () => {
    // As LA-2 (August 2019 lost), with a revocation 2019-08-20 reinstated 2019-09-05: the article rescinds
    // month by month only (art. 895.6(B)), so credits before it stand; September 2019, revoked until the 4th,
    // is no full calendar month on probation (art. 895.6(A)). April 2019 – September 2020 = 18 months, less
    // August and September 2019 = 16 × 30 = 480 by 2020-10-01. The 16 days revoked (2019-08-20..09-04) are not
    // served on probation: on 2020-10-01, 571 − 16 = 555 served + 480 = 1,035 < 1,096. On 2020-11-01:
    // 602 − 16 = 586 served + 510 = 1,096 ≥ 1,096: 2020-11-01.
    const orders = [
      { type: 'revocation' as const, date: '2019-08-20' },
      { type: 'reinstatement' as const, date: '2019-09-05' },
    ];
    const r = run(la({ orders }, [{ type: 'violation', date: '2019-08-12', category: 'technical', status: 'sustained' }]), '2020-10-01');
    expect(r.earnedCreditDays).toBe(480);
    expect(r.projectedEndDate).toBe('2020-11-01');
    const words = r.explanation.map((s) => s.text);
    expect(words.some((t) => t.includes('on September 5, 2019 after a revocation. That does not take away credits'))).toBe(true);
    expect(words).toContain(
      'August 2019 and September 2019 earned no credit: your probation stood revoked then, and credit is earned only for full calendar months on it.',
    );
  });

  it('case: days the term stood revoked are not served on it: no discharge inside the revocation (art. 895.6(D))', () => {
    // 2 years from 2022-01-18 = 730 days; February–December 2022 earn 11 × 30 = 330 (posted by 2023-01-01);
    // revoked 2023-01-05, reinstated 2023-03-01: 55 days not served, January and February 2023 earn nothing.
    // Counting them as served, 2023-02-22 (400 + 330 = 730) falls inside the revocation. Without them: on
    // 2023-03-31, 437 − 55 = 382 + 330 = 712 < 730; March 2023 posts 30 on 2023-04-01: 383 + 360 = 743 ≥ 730.
    const orders = [
      { type: 'revocation' as const, date: '2023-01-05' },
      { type: 'reinstatement' as const, date: '2023-03-01' },
    ];
    const t = {
      sentenceDate: '2022-01-18',
      startDate: '2022-01-18',
      length: { years: 2 },
      orders,
      offenses: [{ ...theft, offenseDate: '2021-05-10' }],
    };
    const r = run(la(t), '2023-06-01');
    expect(r.projectedEndDate).toBe('2023-04-01');
    expect(r.earnedCreditDays).toBe(360);
    expect(r.explanation.some((s) => s.text.includes('you had served 383 days (not counting the 55 days it stood revoked)'))).toBe(true);
  });

  it('case: revoked before supervision began (2022-02-01) and reinstated 2022-04-01: only March 2022 is left out of time served', () => {
    // Start 2022-03-01, 3 years = 1,096 days; 31 days (March) not served. 2023-10-09: 587 − 31 = 556 served + 540 = 1,096.
    const orders = [
      { type: 'revocation' as const, date: '2022-02-01' },
      { type: 'reinstatement' as const, date: '2022-04-01' },
    ];
    const t = {
      sentenceDate: '2022-01-01',
      startDate: '2022-03-01',
      length: { years: 3 },
      orders,
      offenses: [{ ...theft, offenseDate: '2021-06-01' }],
    };
    const r = run(la(t), '2024-12-31');
    expect(r.projectedEndDate).toBe('2023-10-09');
    expect(r.explanation.some((s) => s.text.includes('you had served 556 days (not counting the 31 days it stood revoked)'))).toBe(true);
  });

  it('case: a dismissed report is no finding of non-compliance: nothing rescinded, discharge stays 2020-10-01', () => {
    const r = run(la({}, [{ type: 'violation', date: '2019-08-12', category: 'technical', status: 'dismissed' }]), '2020-10-01');
    expect(r.earnedCreditDays).toBe(540);
    expect(r.projectedEndDate).toBe('2020-10-01');
  });

  it('case: a pending report costs its month and is warned about', () => {
    // As of 2019-12-31: 8 months − August = 7 × 30 = 210.
    const r = run(la({}, [{ type: 'violation', date: '2019-08-12', category: 'technical', status: 'reported' }]), '2019-12-31');
    expect(r.earnedCreditDays).toBe(210);
    expect(r.warnings.some((w) => w.includes('no recorded outcome'))).toBe(true);
  });

  it('case: custody from 2019-08-30 to 2019-09-02 costs August and September → 180 as of 2019-12-31', () => {
    const r = run(la({}, [{ type: 'custody', start: '2019-08-30', end: '2019-09-02', reason: 'violation' }]), '2019-12-31');
    expect(r.earnedCreditDays).toBe(180);
  });

  it('case: Act 280 took effect 2017-11-01: November 2017 is the first month that earns', () => {
    // Start 2017-03-15, 3 years → 2020-03-15 = 1,096 days (2020-02-29). Offense 2016-12-01 (5-year maximum era).
    const rec = la({ startDate: '2017-03-15', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2016-12-01' }] });
    const before = run(rec, '2017-10-31');
    expect(before.earnedCreditDays).toBe(0);
    expect(opp(before, 'earned_discharge')).toBeUndefined();
    expect(before.projectedEndDate).toBe('2020-03-15');
    // Postings from 2017-12-01 (served 261). At 2019-01-01: served 261 + 396 = 657, credits 14 × 30 = 420 → 1,077.
    // Satisfied on start + (1,096 − 420) = start + 676 = 2019-01-20, before the 2019-02-01 posting.
    const on = run(rec, '2017-11-01');
    expect(on.earnedCreditDays).toBe(0);
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2019-01-20' });
    expect(run(rec, '2017-11-30').earnedCreditDays).toBe(0);
    expect(run(rec, '2017-12-01').earnedCreditDays).toBe(30);
  });

  it('case: the 2024 repeal (2024-04-29) reaches offenses committed on or after it: a 2022 offense keeps earning → 2024-08-01 on both sides', () => {
    // Start 2023-01-10, 3 years → 2026-01-10 = 1,096 days. First full month February 2023 (posts 2023-03-01).
    // As of 2024-04-28: February 2023–March 2024 = 14 months = 420. Projected: at 2024-08-01 served 569 + 18 × 30 = 1,109
    // ≥ 1,096; at 2024-07-01 538 + 510 = 1,048, satisfied between postings only on start + 586 = 2024-08-18.
    // Offense 2022-12-01 < 2024-04-29: the repeal does not reach it (Weaver v. Graham; 2025 HB 208), so the same on 2024-04-29.
    const rec = la({ startDate: '2023-01-10', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2022-12-01' }] });
    const before = run(rec, '2024-04-28');
    expect(before.earnedCreditDays).toBe(420);
    expect(before.projectedEndDate).toBe('2024-08-01');
    const on = run(rec, '2024-04-29');
    expect(on.earnedCreditDays).toBe(420);
    expect(on.projectedEndDate).toBe('2024-08-01');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2024-08-01' });
    expect(on.explanation.some((s) => s.text.includes('keep earning 30 days'))).toBe(true);
    expect(on.warnings.some((w) => w.includes('Act 7 of 2024'))).toBe(true);
    // As of 2024-06-01 (May's credit posts that day): February 2023–May 2024 = 16 months = 480.
    expect(run(rec, '2024-06-01').earnedCreditDays).toBe(480);
    expect(run(rec, '2024-05-31').earnedCreditDays).toBe(450);
  });

  it('case: offense 2024-04-28 keeps earning, offense 2024-04-29 earns nothing (Act 7 read by the offense date)', () => {
    // Start 2024-10-01, 3 years → 2027-10-01 = 1,095 days. Offense 2024-04-28: October and November 2024 post by
    // 2024-12-31 → 60. Satisfied: at 2026-04-01 served 547 + 18 × 30 = 1,087 < 1,095; between postings on
    // start + (1,095 − 540) = start + 555 = 2026-04-09, before the 2026-05-01 posting.
    const earlier = run(
      la({ startDate: '2024-10-01', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2024-04-28' }] }),
      '2024-12-31',
    );
    expect(earlier.earnedCreditDays).toBe(60);
    expect(earlier.projectedEndDate).toBe('2026-04-09');
    // The other reading's warning: a term that began after the repeal would earn nothing at all under it.
    expect(earlier.warnings.some((w) => w.includes('you would earn none, since your probation began after it,'))).toBe(true);
    expect(earlier.warnings.some((w) => w.includes('through March 2024'))).toBe(false);
    // Offense on the repeal day: no month earns, no earned_discharge; the term runs as imposed.
    const onRepeal = run(
      la({ startDate: '2024-10-01', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2024-04-29' }] }),
      '2024-12-31',
    );
    expect(onRepeal.earnedCreditDays).toBe(0);
    expect(opp(onRepeal, 'earned_discharge')).toBeUndefined();
    expect(onRepeal.projectedEndDate).toBe('2027-10-01');
    expect(onRepeal.explanation.some((s) => s.text.includes('on or after that day, so no credits apply'))).toBe(true);
    // No offense date: the sentence date stands in for it, and the words say so rather than date the offense.
    const undated = run(
      la({ sentenceDate: '2024-06-03', startDate: '2024-06-03', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony' }] }),
      '2024-12-31',
    );
    expect(undated.earnedCreditDays).toBe(0);
    expect(undated.explanation.map((s) => s.text).join(' ')).toContain(
      'The record gives no offense date, so your sentence date, June 3, 2024, was used in its place; it is on or after that day, so no credits apply. If your offense was committed before April 29, 2024, you keep earning them.',
    );
  });

  it('case: the other reading of the repeal (stops credits for everyone): the day before, projected to continue; on it, they stop', () => {
    const rec = la({ startDate: '2023-01-10', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2022-12-01' }] });
    expect(run(rec, '2024-04-28', stopForEveryone).projectedEndDate).toBe('2024-08-01');
    // As of 2024-04-29: April 2024 ends after the repeal and earns nothing; 420 kept. Satisfied on start + (1,096 − 420)
    // = start + 676 = 2024-11-16.
    const on = run(rec, '2024-04-29', stopForEveryone);
    expect(on.earnedCreditDays).toBe(420);
    expect(on.projectedEndDate).toBe('2024-11-16');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2024-11-16' });
    expect(on.warnings.some((w) => w.includes('stops new credits from that date for everyone'))).toBe(true);
  });

  it('case: an offense committed after the repeal earns nothing and has no earned_discharge', () => {
    const rec = la({ startDate: '2024-09-15', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2024-05-01' }] });
    const r = run(rec, '2024-12-31');
    expect(r.earnedCreditDays).toBe(0);
    expect(opp(r, 'earned_discharge')).toBeUndefined();
    expect(r.projectedEndDate).toBe('2027-09-15');
    // The repeal's day (2024-04-29) is inferred, so a term that loses the credits by it says so.
    expect(r.warnings.some((w) => w.includes('April 29, 2024, is inferred'))).toBe(true);
  });

  it('case: crime of violence (armed robbery, R.S. 14:64) → ineligible, no credits, term runs as imposed', () => {
    const r = run(la({ offenses: [{ statute: 'La. R.S. 14:64', level: 'felony', offenseDate: '2018-06-01' }] }), '2019-12-31');
    expect(r.earnedCreditDays).toBe(0);
    expect(r.projectedEndDate).toBe('2022-03-10');
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.reasons.join(' ')).toContain('crime of violence');
    expect(o.almost).toBeUndefined();
  });

  it('case: sex offense (R.S. 14:81.2) → ineligible', () => {
    const r = run(la({ offenses: [{ statute: 'La. R.S. 14:81.2', level: 'felony', offenseDate: '2018-06-01' }] }), '2019-12-31');
    expect(opp(r, 'earned_discharge')?.status).toBe('ineligible');
    expect(r.earnedCreditDays).toBe(0);
  });

  it('case: specialty court, Act 508 (2018-08-01): a term already running keeps the credits of the months before it', () => {
    // Start 2017-12-01 (counts December 2017), 3 years → 2020-12-01 (1,096 days), offense 2017-11-15.
    // As of 2018-07-31: December–June = 7 × 30 = 210; the program does not bar credits under the law then.
    const rec = la({ startDate: '2017-12-01', specialtyCourt: true, offenses: [{ ...theftOffense }] } as never);
    const before = run(rec, '2018-07-31');
    expect(before.earnedCreditDays).toBe(210);
    expect(opp(before, 'earned_discharge')!.reasons.join(' ')).not.toContain('You are not in');
    // From 2018-08-01 no month ending on or after it earns; July ends before it, its credit posts that day:
    // December–July = 8 × 30 = 240. Satisfied when served reaches 1,096 − 240 = 856 days: 2017-12-01 + 856 = 2020-04-05.
    const on = run(rec, '2018-08-01');
    expect(on.earnedCreditDays).toBe(240);
    const later = run(rec, '2019-06-30');
    expect(later.earnedCreditDays).toBe(240);
    expect(later.projectedEndDate).toBe('2020-04-05');
    expect(opp(later, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2020-04-05' });
    expect(later.explanation.some((x) => x.text.startsWith('From August 1, 2018 people ordered into a specialty court program'))).toBe(
      true,
    );
  });

  it('case: specialty court on a term that began on or after 2018-08-01 earns nothing at all', () => {
    const rec = la({ startDate: '2018-08-01', specialtyCourt: true, offenses: [{ ...theftOffense }] } as never);
    const r = run(rec, '2019-06-30');
    expect(r.earnedCreditDays).toBe(0);
    expect(opp(r, 'earned_discharge')?.status).toBe('ineligible');
  });

  it('case: months after the credits satisfied the term are not said to be taken back', () => {
    // From 2022-03-15, 4 years (1,096 days to 2026-03-15): April 2022–September 2023 = 18 × 30 = 540; on
    // 2023-10-01, 565 days served + 540 = 1,105 ≥ 1,096, so the term was satisfied then. Custody from
    // 2024-06-01 came after: it costs nothing, and the explanation does not list its months.
    const rec = la({ startDate: '2022-03-15', length: { years: 4 }, offenses: [{ ...theft, offenseDate: '2018-11-02' }] }, [
      { type: 'custody', start: '2024-06-01', reason: 'new_charge' },
    ]);
    const r = run(rec, '2025-12-31');
    expect(r).toMatchObject({ earnedCreditDays: 540, projectedEndDate: '2023-10-01' });
    expect(r.explanation.some((x) => x.text.includes('takes them back for'))).toBe(false);
  });

  it('case: a credits_ineligible order acts from its day: months before it keep their credit; on the start, none', () => {
    // LA-1 (from 2019-03-10, 1,096 days) with an order of 2019-10-15: April–September 2019 earn (6 × 30 =
    // 180); October ends after the order, so it and every later month earn nothing. Satisfied when served
    // reaches 1,096 − 180 = 916 days: 2019-03-10 + 916 = 2021-09-11.
    const midTerm = run(la({ orders: [{ type: 'credits_ineligible', date: '2019-10-15' }] }), '2020-06-30');
    expect(midTerm.earnedCreditDays).toBe(180);
    expect(midTerm.projectedEndDate).toBe('2021-09-11');
    expect(opp(midTerm, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2021-09-11' });
    expect(midTerm.explanation.some((x) => x.text.startsWith('On October 15, 2019 the court ordered that you may not earn'))).toBe(true);
    // An order on September 30, the last day of September, takes September too: 5 × 30 = 150.
    expect(run(la({ orders: [{ type: 'credits_ineligible', date: '2019-09-30' }] }), '2020-06-30').earnedCreditDays).toBe(150);
    // On the start day it excludes the whole term.
    const fromStart = run(la({ orders: [{ type: 'credits_ineligible', date: '2019-03-10' }] }), '2020-06-30');
    expect(fromStart.earnedCreditDays).toBe(0);
    expect(opp(fromStart, 'earned_discharge')?.status).toBe('ineligible');
  });

  it('case: a reentry court on probation is a specialty court program (art. 895.6(A)(2)): barred from 2018-08-01', () => {
    // Same term as above with reentryCourt instead of specialtyCourt. 2018-07-31: December–June = 210.
    const rec = la({ startDate: '2017-12-01', specialtyCourt: false, reentryCourt: true, offenses: [{ ...theftOffense }] } as never);
    expect(run(rec, '2018-07-31').earnedCreditDays).toBe(210);
    // December–July (8 × 30 = 240) stand; August 2018 on earns nothing.
    expect(run(rec, '2019-06-30').earnedCreditDays).toBe(240);
    const started = la({ startDate: '2018-09-01', specialtyCourt: false, reentryCourt: true, offenses: [{ ...theftOffense }] } as never);
    expect(opp(run(started, '2019-06-30'), 'earned_discharge')?.status).toBe('ineligible');
  });

  it('case: parole with a specialty court that is not said to be a reentry court → earns (R.S. 15:574.6.1(A)(2)), warned', () => {
    const r = run(la({ kind: 'parole', specialtyCourt: true } as never), '2019-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(r.warnings.some((w) => w.includes('only a reentry court program'))).toBe(true);
  });

  it('case: February 2020 (29 days) is a full month: nothing on 2020-02-29, 30 days posted 2020-03-01', () => {
    // Start 2020-02-01, 3 years → 2023-02-01. February 2020 is the first full month; its credit posts 2020-03-01.
    const rec = la({ startDate: '2020-02-01', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2019-12-01' }] });
    expect(run(rec, '2020-02-29').earnedCreditDays).toBe(0);
    expect(run(rec, '2020-03-01').earnedCreditDays).toBe(30);
  });

  it('case: no word on specialty court → assumed not, with a warning', () => {
    const rec = la({ specialtyCourt: undefined } as never);
    const r = run(rec, '2019-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(r.warnings.some((w) => w.includes('specialty court'))).toBe(true);
  });

  it('case: a lifetime felony probation earns against the art. 893 maximum: discharge 2023-08-01, not on 2023-07-31', () => {
    // Start 2022-01-10, offense 2021-06-01 (Act 280 range): the term ends at most 3 years on, 2025-01-10
    // (1,096 days). First full month February 2022. As of 2023-06-30: February 2022 – May 2023 = 16 × 30 = 480.
    // 2023-07-31: 567 served + 510 (June posted 2023-07-01) = 1,077 < 1,096. 2023-08-01: 568 + 540 = 1,108 ≥ 1,096.
    const rec = la({
      startDate: '2022-01-10',
      length: undefined,
      lifetime: true,
      offenses: [{ ...possession, offenseDate: '2021-06-01' }],
    });
    const r = run(rec, '2023-06-30');
    expect(r.statutoryMaxEndDate).toBe('2025-01-10');
    expect(r.earnedCreditDays).toBe(480);
    expect(opp(r, 'earned_discharge')?.date).toBe('2023-08-01');
    expect(r.projectedEndDate).toBe('2023-08-01');
    expect(run(rec, '2023-07-31').opportunities.find((o) => o.kind === 'earned_discharge')?.status).toBe('upcoming');
    expect(run(rec, '2023-08-01').opportunities.find((o) => o.kind === 'earned_discharge')?.status).toBe('eligible');
  });

  it('case: misdemeanor probation earns nothing under art. 895.6', () => {
    const r = run(la({ offenses: [{ statute: 'La. R.S. 14:35', level: 'misdemeanor', offenseDate: '2018-06-01' }] }), '2019-12-31');
    expect(r.earnedCreditDays).toBe(0);
    expect(opp(r, 'earned_discharge')).toBeUndefined();
    // Told in the present while art. 895.6 is law (to the repeal of 2024-04-29), in the past after.
    const said = (asOf: string) =>
      run(la({ offenses: [{ statute: 'La. R.S. 14:35', level: 'misdemeanor' }] }), asOf)
        .explanation.map((s) => s.text)
        .join(' ');
    expect(said('2019-12-31')).toContain('Earned compliance credits in Louisiana are only for felony probation and parole.');
    expect(said('2024-04-28')).toContain('credits in Louisiana are only');
    expect(said('2024-04-29')).toContain('credits in Louisiana were only');
  });

  it('case: parole earns under R.S. 15:574.6.1; a reentry court condition excludes it', () => {
    const parole = run(la({ kind: 'parole' }), '2019-12-31');
    expect(parole.earnedCreditDays).toBe(240);
    expect(opp(parole, 'earned_discharge')?.citations).toContain('La. R.S. 15:574.6.1(A)(1)');
    const reentry = run(la({ kind: 'parole', reentryCourt: true } as never), '2019-12-31');
    expect(opp(reentry, 'earned_discharge')?.status).toBe('ineligible');
  });

  it('case: a statute the table does not know → treated as eligible, with a classification warning', () => {
    const r = run(la({ offenses: [{ statute: 'La. R.S. 14:999', level: 'felony', offenseDate: '2018-06-01' }] }), '2019-12-31');
    expect(r.earnedCreditDays).toBe(240);
    expect(r.warnings.some((w) => w.includes('La. R.S. 14:999'))).toBe(true);
  });
});

const theftOffense = { statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2017-11-15' } as const;
