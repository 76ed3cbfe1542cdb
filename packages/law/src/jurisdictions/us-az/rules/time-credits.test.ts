import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import { usAz } from '../index.ts';
import { az, opp, run } from './test-helpers.ts';

// Arithmetic conventions: days served on D = D − start; period k runs from start + 30(k − 1) to
// start + 30k − 1 and its credit vests on start + 30k; the term is satisfied on the first D with
// (D − start) + credits vested by D ≥ scheduled end − start. Default term: class 4 theft, 3 years from
// 2024-02-01 → 2027-02-01 = 1,096 days (2024-02-29 included).

describe('A.R.S. § 13-924(B) earned time credit', () => {
  it('case: AZ-1, every period qualifies, not employed → may end 2025-11-22 (research worked example)', () => {
    // S + 20 × ⌊S/30⌋ ≥ 1,096: S = 660 → 660 + 22 × 20 = 1,100 ✓; S = 659 → 659 + 420 = 1,079;
    // between postings: 1,096 − 420 = 676 > 660, so the posting on day 660 decides.
    // 2024-02-01 + 660 = 2025-02-01 (366) + 294 = 2025-11-22.
    // As of 2024-12-31: served 334 → ⌊334/30⌋ = 11 periods → 220 eligible.
    const r = run(az(), '2024-12-31');
    expect(r.scheduledEndDate).toBe('2027-02-01');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.earnedCreditDays).toBe(0);
    expect(r.projectedEndDate).toBe('2027-02-01');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-11-22', eligibleCreditDays: 220 });
    expect(r.warnings.some((w) => w.includes('no court order on earned time credit'))).toBe(true);
  });

  it('case: AZ-1 after the term reached its end (2027-02-01): no court left to ask, so no earned_discharge', () => {
    // The day of the end the credit may still be asked for; the day after, the term is over.
    expect(opp(run(az(), '2027-02-01'), 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2025-11-22' });
    const after = run(az(), '2027-02-02');
    expect(opp(after, 'earned_discharge')).toBeUndefined();
    expect(after.explanation.map((s) => s.text)).toContain(
      'Your probation reached its scheduled end on February 1, 2027, so earned time credit can no longer shorten it.',
    );
  });

  it('case: AZ-1 the day before and the day of the date credits reach the term', () => {
    // 2025-11-21: served 659, 21 periods vested → 420; 2025-11-22: period 22 vests → 440.
    const before = run(az(), '2025-11-21');
    expect(opp(before, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-11-22', eligibleCreditDays: 420 });
    const on = run(az(), '2025-11-22');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2025-11-22', eligibleCreditDays: 440 });
    // Never a discharge by law: the court decides.
    expect(on.projectedEndDate).toBe('2027-02-01');
    // After the date, credit stops growing at 440.
    expect(opp(run(az(), '2026-03-01'), 'earned_discharge')?.eligibleCreditDays).toBe(440);
  });

  it('case: AZ-1 absconding from 2026-01-01, after the credits reached the term: the date stays 2025-11-22', () => {
    // Open on 2026-03-01: away 2026-01-01..03-01 = 31 + 28 + 1 = 60 days, so the scheduled end moves 2027-02-01 → 2027-04-02.
    // The stop began after the credits had reached the 1,096 days of the term (660 served + 440 on 2025-11-22): it does
    // not move that day (A.R.S. § 13-903 tolls a probation still running).
    const r = run(az({}, [{ type: 'absconded', start: '2026-01-01' }]), '2026-03-01');
    expect(r.scheduledEndDate).toBe('2027-04-02');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2025-11-22' });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('have reached the 1,096 days of your term');
  });

  it('case: AZ-1 a long absconding begun after the credits reached the term, or on that day, leaves the date; begun the day before, it moves it', () => {
    // Away from 2026-01-01, still away on 2027-06-01 (517 days): counting those days into the term first
    // would put the day the credits reach it inside the absconding; they began after 2025-11-22, so they do not count.
    const long = run(az({}, [{ type: 'absconded', start: '2026-01-01' }]), '2027-06-01');
    expect(opp(long, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2025-11-22' });
    // Begun on 2025-11-22 itself: the 660 days to it were served (2024-02-01 + 660), so the date stands.
    const onTheDay = run(az({}, [{ type: 'absconded', start: '2025-11-22' }]), '2026-06-01');
    expect(opp(onTheDay, 'earned_discharge')?.date).toBe('2025-11-22');
    // Begun the day before: day 659 was not served, and the period vesting on 2025-11-22 earns nothing.
    const dayBefore = run(az({}, [{ type: 'absconded', start: '2025-11-21' }]), '2026-06-01');
    expect(opp(dayBefore, 'earned_discharge')?.date).not.toBe('2025-11-22');
  });

  it('case: the first period vests on its 31st day (start + 30), not before', () => {
    // 2024-02-01 + 29 = 2024-03-01 (February 2024 has 29 days): period 1 not complete → 0.
    // 2024-02-01 + 30 = 2024-03-02: period 1 vests → 20.
    const before = run(az(), '2024-03-01');
    expect(opp(before, 'earned_discharge')?.eligibleCreditDays).toBe(0);
    expect(before.explanation.some((s) => s.text.startsWith('As of March 1, 2024 you have not yet earned any credit'))).toBe(true);
    expect(opp(run(az(), '2024-03-02'), 'earned_discharge')?.eligibleCreditDays).toBe(20);
  });

  it('case: reading "count before the court grants" (alternative) reports the eligible credit as earned', () => {
    const alt = applyReform(usAz, {
      name: 'count ungranted credit',
      citations: ['A.R.S. § 13-924(A)'],
      parameters: {
        'us-az.credits.countBeforeCourtGrant': [{ from: '2008-09-26', value: true, source: { citation: 'A.R.S. § 13-924(A)' } }],
      },
    });
    const r = run(az(), '2024-12-31', alt);
    expect(r.earnedCreditDays).toBe(220);
    expect(r.projectedEndDate).toBe('2027-02-01');
  });

  it('case: before the law (2008-09-25) no credit; a term begun 2008-09-01 earns from its first period that starts on or after 2008-09-26', () => {
    const rec = az({ startDate: '2008-09-01', sentenceDate: '2008-09-01' });
    const before = run(rec, '2008-09-25');
    expect(opp(before, 'earned_discharge')).toBeUndefined();
    expect(before.explanation.some((s) => s.text.includes('began on September 26, 2008'))).toBe(true);
    // Period 1: 2008-09-01 to 2008-09-30 (starts before 2008-09-26) → nothing. Period 2: 2008-10-01 to
    // 2008-10-30, vests 2008-10-31 → 20. As of 2008-10-30: 0; as of 2008-10-31: 20.
    expect(opp(run(rec, '2008-10-30'), 'earned_discharge')?.eligibleCreditDays).toBe(0);
    expect(opp(run(rec, '2008-10-31'), 'earned_discharge')?.eligibleCreditDays).toBe(20);
  });

  it('case: a first period that begins on 2008-09-26 (the general effective date) earns; one that begins 2008-09-25 does not', () => {
    // Start 2008-09-26: period 1 = 2008-09-26..2008-10-25 (September has 30 days), vests 2008-09-26 + 30 = 2008-10-26 → 20.
    const onTheDay = az({ startDate: '2008-09-26', sentenceDate: '2008-09-26' });
    expect(opp(run(onTheDay, '2008-10-25'), 'earned_discharge')?.eligibleCreditDays).toBe(0);
    expect(opp(run(onTheDay, '2008-10-26'), 'earned_discharge')?.eligibleCreditDays).toBe(20);
    // Start 2008-09-25: period 1 = 2008-09-25..2008-10-24 began the day before the law → nothing (vests 2008-10-25);
    // period 2 = 2008-10-25..2008-11-23 vests 2008-09-25 + 60 = 2008-11-24 → 20.
    const dayBefore = az({ startDate: '2008-09-25', sentenceDate: '2008-09-25' });
    expect(opp(run(dayBefore, '2008-10-26'), 'earned_discharge')?.eligibleCreditDays).toBe(0);
    expect(opp(run(dayBefore, '2008-11-23'), 'earned_discharge')?.eligibleCreditDays).toBe(0);
    expect(opp(run(dayBefore, '2008-11-24'), 'earned_discharge')?.eligibleCreditDays).toBe(20);
  });
});

describe('A.R.S. § 13-924(C) work time credit', () => {
  const employed = [{ type: 'employment', start: '2024-02-01', employer: 'Saguaro Tile' }] as const;

  it('case: AZ-2, documented full-time work every period → may end 2025-08-10 (research worked example)', () => {
    // S + 30 × ⌊S/30⌋ ≥ 1,096: S = 556 is between postings at 540 and 570: credits 18 × 30 = 540, 556 + 540
    // = 1,096 ✓. 2024-02-01 + 556 = 2025-02-01 + 190 = 2025-08-10. As of 2024-12-31: 11 periods × 30 = 330.
    const r = run(az({}, [...employed]), '2024-12-31');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-08-10', eligibleCreditDays: 330 });
    expect(opp(r, 'earned_discharge')?.citations).toContain('A.R.S. § 13-924(C)');
    expect(r.earnedCreditDays).toBe(0);
  });

  it('case: stacking alternative (50 per 30) → 2025-03-27 (research worked example)', () => {
    // S = 420 = 14 periods: 420 + 14 × 50 = 1,120 ≥ 1,096; S = 419: 419 + 13 × 50 = 1,069; between postings
    // 1,096 − 650 = 446 > 420. 2024-02-01 + 420 = 2025-02-01 + 54 = 2025-03-27.
    const alt = applyReform(usAz, {
      name: 'stacking',
      citations: ['A.R.S. § 13-924(A)'],
      parameters: { 'us-az.credits.stacking': [{ from: '2008-09-26', value: true, source: { citation: 'A.R.S. § 13-924(A)' } }] },
    });
    expect(opp(run(az({}, [...employed]), '2024-12-31', alt), 'earned_discharge')?.date).toBe('2025-03-27');
  });

  it('case: a period that starts on 2024-01-01 earns work time credit; one that starts 2023-12-31 does not', () => {
    // Start 2023-12-02: period 1 2023-12-02..2023-12-31 → ETC 20; period 2 2024-01-01..2024-01-30 → WTC 30,
    // vests 2024-01-31 → 50.
    const a = az({ startDate: '2023-12-02', sentenceDate: '2023-12-02' }, [{ type: 'employment', start: '2023-11-01' }]);
    expect(opp(run(a, '2024-01-31'), 'earned_discharge')?.eligibleCreditDays).toBe(50);
    // Start 2023-12-01: period 2 2023-12-31..2024-01-29 began before the law → ETC 20, vests 2024-01-30 → 40.
    const b = az({ startDate: '2023-12-01', sentenceDate: '2023-12-01' }, [{ type: 'employment', start: '2023-11-01' }]);
    expect(opp(run(b, '2024-01-30'), 'earned_discharge')?.eligibleCreditDays).toBe(40);
  });

  it('case: a job that ends mid-period earns earned time credit for that period, not work time credit', () => {
    // Job 2024-02-01..2024-03-15. Period 1 (02-01..03-01) covered → 30. Period 2 (03-02..03-31) not covered → 20.
    // As of 2024-04-01 (period 2 vests): 50.
    const r = run(az({}, [{ type: 'employment', start: '2024-02-01', end: '2024-03-15' }]), '2024-04-01');
    expect(opp(r, 'earned_discharge')?.eligibleCreditDays).toBe(50);
  });
});

describe('A.R.S. § 13-924(B)(2) restitution current', () => {
  // $3,288 over 1,096 days = $3 a day: due by the end of period k = 3 × 30k = $90k.
  const restitution = { restitutionOrderedUsd: 3288 };
  /** AZ-3: restitution paid in three instalments, then a violation found on 2025-03-15. */
  const az3Events = [
    { type: 'payment', date: '2024-02-01', amountUsd: 900, kind: 'restitution' },
    { type: 'payment', date: '2025-01-27', amountUsd: 300, kind: 'restitution' },
    { type: 'payment', date: '2025-03-01', amountUsd: 600, kind: 'restitution' },
    { type: 'violation', date: '2025-03-15', category: 'technical', status: 'sustained' },
  ] as const;

  it('case: $90.00 paid by the end of period 1 is current; $89.99 is not', () => {
    const paid = (amountUsd: number) => az(restitution, [{ type: 'payment', date: '2024-02-01', amountUsd, kind: 'restitution' }]);
    expect(opp(run(paid(90), '2024-03-02'), 'earned_discharge')?.eligibleCreditDays).toBe(20);
    expect(opp(run(paid(89.99), '2024-03-02'), 'earned_discharge')?.eligibleCreditDays).toBe(0);
  });

  it('case: nothing paid → no credit, "almost" eligible with the date if caught up now (2026-04-07)', () => {
    // As of 2024-12-31 (served 334): periods 1–11 all behind → 0. If current from now: periods 12 on
    // (vesting from day 360) earn 20: credits 15 × 20 = 300 after period 26 (day 780); satisfied on
    // 1,096 − 300 = day 796 < 810. 2024-02-01 + 796 = 2026-02-01 (731) + 65 = 2026-04-07.
    const r = run(az(restitution), '2024-12-31');
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.almost?.dateIfResolved).toBe('2026-04-07');
    expect(o.almost?.missing[0]).toContain('$3,288.00');
    expect(o.eligibleCreditDays).toBe(0);
    expect(r.warnings.some((w) => w.includes('no payment schedule'))).toBe(true);
  });

  it('case: AZ-3, behind in periods 11–12, violation found 2025-03-15 revokes all 220 days', () => {
    // $900 on 2024-02-01 covers periods 1–10 (due $900 by day 299); periods 11–12 due $990, $1,080 → behind.
    // $300 on 2025-01-27 (day 361): period 13 (days 360–389) due $1,170, paid $1,200 → 20, vests day 390 =
    // 2025-02-25. $600 on 2025-03-01 → $1,800 paid. Violation found 2025-03-15 (day 408, period 14).
    const rec = az(restitution, [...az3Events]);
    // Day before the finding: periods 1–10 and 13 = 11 × 20 = 220.
    expect(opp(run(rec, '2025-03-14'), 'earned_discharge')?.eligibleCreditDays).toBe(220);
    // On the finding: all 220 revoked. Periods 15 on earn (current on 2025-03-15: due 3 × 409 = $1,227 ≤
    // $1,800). Credits 13 × 20 = 260 after period 27 (day 810); satisfied on 1,096 − 260 = day 836 < 840.
    // 2024-02-01 + 836 = 2026-02-01 + 105 = 2026-05-17. No reinstatement recorded yet: a warning.
    const on = run(rec, '2025-03-15');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2026-05-17', eligibleCreditDays: 0 });
    expect(on.explanation.some((s) => s.text.includes('220 days of credit'))).toBe(true);
    expect(on.explanation.some((s) => s.text.includes('behind on restitution'))).toBe(true);
    expect(on.warnings.some((w) => w.includes('no date when probation was reinstated'))).toBe(true);
  });

  it('case: AZ-3 with reinstatement 2025-04-14: 30 days do not count (§ 13-903(B)) → end 2027-03-03, may end 2026-06-16', () => {
    // Tolled 2025-03-15..2025-04-13 = 30 days: scheduled end 2027-02-01 + 30 = 2027-03-03 (1,126 days).
    // Period 14 (violation) and 15 (days 420–449, overlaps the stopped days 408–437) earn nothing; periods 16 on
    // earn 20. Credits 13 × 20 = 260 after period 28 (day 840); satisfied on 1,126 − 260 = day 866 < 870.
    // 2024-02-01 + 866 = 2026-02-01 + 135 = 2026-06-16.
    const rec = az({ ...restitution, orders: [{ type: 'reinstatement', date: '2025-04-14' }] }, [...az3Events]);
    const r = run(rec, '2025-04-30');
    expect(r.scheduledEndDate).toBe('2027-03-03');
    expect(r.projectedEndDate).toBe('2027-03-03');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2026-06-16', eligibleCreditDays: 0 });
  });
});

describe('A.R.S. § 13-924(B)(2) and (D): violations', () => {
  it('case: a report with no outcome costs its period but revokes nothing; dismissed costs nothing', () => {
    // Report 2024-04-10 (day 69, period 3: days 60–89). As of 2024-12-31: 11 periods − 1 = 200.
    const reported = run(az({}, [{ type: 'violation', date: '2024-04-10', category: 'technical', status: 'reported' }]), '2024-12-31');
    expect(opp(reported, 'earned_discharge')?.eligibleCreditDays).toBe(200);
    const dismissed = run(az({}, [{ type: 'violation', date: '2024-04-10', category: 'technical', status: 'dismissed' }]), '2024-12-31');
    expect(opp(dismissed, 'earned_discharge')?.eligibleCreditDays).toBe(220);
  });

  it('case: a revocation reinstated the same day, with no violation recorded, costs its period like a finding', () => {
    // Revoked and reinstated 2024-09-10 (day 222, period 8: days 210–239, 2024-08-29..09-27). Periods 1–7 (140
    // days) are revoked; period 8 holds the finding and earns nothing; periods 9–17 vest by 2025-06-30 (day
    // 515: 17 × 30 = 510) → 9 × 20 = 180. The term is 1,096 days: 30m + 20(m − 8) ≥ 1,096 first at m = 25
    // (750 + 340 = 1,090 falls short by 6) → day 750 + 6 = 756 → 2024-02-01 + 756 = 2026-02-26.
    const orders = [
      { type: 'revocation' as const, date: '2024-09-10' },
      { type: 'reinstatement' as const, date: '2024-09-10' },
    ];
    const r = run(az({ orders }), '2025-06-30');
    expect(opp(r, 'earned_discharge')).toMatchObject({ eligibleCreditDays: 180, date: '2026-02-26' });
  });

  it('case: a violation found on the day period 2 vests revokes periods 1 and 2 (vested on or before the finding)', () => {
    // Period 2 vests 2024-04-01 (day 60). Finding 2024-04-01 (day 60, in period 3) → 40 revoked, 0 stand.
    // As of 2024-05-01 (day 90, period 3 vests but it holds the finding) → 0.
    const r = run(az({}, [{ type: 'violation', date: '2024-04-01', category: 'technical', status: 'sustained' }]), '2024-05-01');
    expect(opp(r, 'earned_discharge')?.eligibleCreditDays).toBe(0);
    // As of 2024-05-31 (day 120): period 4 vests → 20.
    expect(
      opp(
        run(az({}, [{ type: 'violation', date: '2024-04-01', category: 'technical', status: 'sustained' }]), '2024-05-31'),
        'earned_discharge',
      )?.eligibleCreditDays,
    ).toBe(20);
  });

  it('case: behind on restitution but past credit already ends the term early: the date stands, with the catch-up date', () => {
    // Start 2024-03-04, 3 years → 2027-03-04 = 1,095 days; $3,600 ordered, $100 paid on 2024-04-01, 05-01, 06-01.
    // Due by period k's last day = 3,600 × 30k / 1,095: k = 3 → $295.89 ≤ $300 ✓; k = 4 → $394.52 > $300 ✗.
    // As of 2024-12-31 (served 302): 3 periods = 60; behind (due $996.16), so no later period earns:
    // satisfied on 1,095 − 60 = day 1,035 = 2027-01-03. Caught up: periods 11 on earn; at day 750 (period 25
    // vests) 750 + 60 + 15 × 20 = 1,110 ≥ 1,095; at day 749: 749 + 340 = 1,089 → 2024-03-04 + 750 = 2026-03-24.
    const rec = az(
      { startDate: '2024-03-04', sentenceDate: '2024-03-04', restitutionOrderedUsd: 3600 },
      ['2024-04-01', '2024-05-01', '2024-06-01'].map((date) => ({
        type: 'payment' as const,
        date,
        amountUsd: 100,
        kind: 'restitution' as const,
      })),
    );
    const o = opp(run(rec, '2024-12-31'), 'earned_discharge')!;
    expect(o).toMatchObject({ status: 'upcoming', date: '2027-01-03', eligibleCreditDays: 60 });
    expect(o.reasons.join(' ')).toContain('March 24, 2026');
  });
});
