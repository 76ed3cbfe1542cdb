import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import { usMo } from '../index.ts';
import { mo, opp, run } from './test-helpers.ts';

// Arithmetic conventions: days served on D = D − start; full calendar months; the credit for month M
// posts on the 1st of M+1; discharge on the first day served + posted credits ≥ term days (RSMo § 217.703.7).

describe('RSMo § 217.703.7 earned discharge', () => {
  it('case: MO-1, class E stealing, 5 years from 2021-03-15, fully compliant → discharge 2023-10-01', () => {
    // Term: 2021-03-15 + 5 years = 2026-03-15; 1,826 days (includes 2024-02-29).
    // First full month April 2021 (posts 2021-05-01). As of 2021-12-31: April–November posted = 8 × 30 = 240.
    // 2023-10-01: served 730 (to 2023-03-15) + 200 = 930; credits April 2021–September 2023 = 30 months = 900;
    // 930 + 900 = 1,830 ≥ 1,826. Day before (2023-09-30): 929 + 870 = 1,799; between postings the term would be
    // satisfied on start + (1,826 − 870) = start + 956 = 2023-10-27, after the October 1 posting.
    const r = run(mo(), '2021-12-31');
    expect(r.scheduledEndDate).toBe('2026-03-15');
    expect(r.statutoryMaxEndDate).toBeNull();
    expect(r.earnedCreditDays).toBe(240);
    expect(r.projectedEndDate).toBe('2023-10-01');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2023-10-01' });
  });

  it('case: MO-1 the day before and the day of the discharge', () => {
    // As of 2023-09-30: April 2021–August 2023 posted = 9 + 12 + 8 = 29 months = 870.
    const before = run(mo(), '2023-09-30');
    expect(before.earnedCreditDays).toBe(870);
    expect(opp(before, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2023-10-01' });
    // As of 2023-10-01: September 2023 posts → 900.
    const on = run(mo(), '2023-10-01');
    expect(on.earnedCreditDays).toBe(900);
    expect(on.projectedEndDate).toBe('2023-10-01');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2023-10-01' });
  });

  it('case: MO-1 evaluated after the discharge: credits stop at 900, the end was reached 2023-10-01', () => {
    // As of 2024-01-01 the term was satisfied on 2023-10-01; October–November 2023 credits would have posted
    // later but do not count: 900, not 960.
    const r = run(mo(), '2024-01-01');
    expect(r.earnedCreditDays).toBe(900);
    expect(r.projectedEndDate).toBe('2023-10-01');
    // Told in the past tense: 930 days served (2021-03-15 → 2023-10-01) and 900 of credit cover the 1,826.
    expect(r.explanation.map((s) => s.text)).toContain(
      'The court had to discharge you on October 1, 2023, the day your time served plus credits covered the whole term. On that day you had served 930 days and had 900 days of credit, which together covered the 1,826 days of your term.',
    );
  });

  it("case: MO-1 discharged by a court order after the law had discharged it: the law's day and its credits stand", () => {
    // The credits satisfied the term on 2023-10-01 (900 days); the court's discharge order of 2024-01-10
    // came after, so supervision ended by law on 2023-10-01 (RSMo § 217.703.7: the court "shall order final
    // discharge").
    const r = run(mo({ orders: [{ type: 'discharge', date: '2024-01-10' }] }), '2024-02-01');
    expect(r.projectedEndDate).toBe('2023-10-01');
    expect(r.earnedCreditDays).toBe(900);
    expect(r.opportunities).toEqual([]);
    // An order before that day is the end, and no credits are counted on the closed term.
    const early = run(mo({ orders: [{ type: 'discharge', date: '2023-09-01' }] }), '2024-02-01');
    expect(early.projectedEndDate).toBe('2023-09-01');
  });

  it('case: MO-1 revoked, or found ineligible for credits, after the law had discharged it: neither applies', () => {
    // The credits satisfied the term on 2023-10-01 (900 days). Once the law has discharged the term, the
    // court "no longer had authority to revoke" (State ex rel. Jonas v. Minor, 602 S.W.3d 189 (Mo. banc 2020)):
    // a revocation, or a credits_ineligible finding, of 2024-01-10 finds no term left.
    for (const type of ['revocation', 'credits_ineligible'] as const) {
      const r = run(mo({ orders: [{ type, date: '2024-01-10' }] }), '2024-02-01');
      expect(r).toMatchObject({ projectedEndDate: '2023-10-01', earnedCreditDays: 900 });
      expect(r.warnings.some((w) => w.includes('came after the law had already ended supervision on this term (October 1, 2023'))).toBe(
        true,
      );
    }
    // A revocation before that day closes the term then, and rescinds the credits (RSMo § 217.703.5(1)).
    const revoked = run(mo({ orders: [{ type: 'revocation', date: '2023-09-01' }] }), '2024-02-01');
    expect(revoked).toMatchObject({ projectedEndDate: '2023-09-01', earnedCreditDays: 0 });
  });

  it('case: a report made before the credits would have discharged the term holds them: a later revocation still acts (§ 217.703.5)', () => {
    // Class E theft, 3 years from 2021-01-31 (1,095 days). Without the revocation the credits would complete
    // the term on 2023-01-31. The report of 2022-12-15 came first and suspends the credits pending a hearing;
    // the revocation of 2023-02-20 rescinds them all (690 days: February 2021–January 2023 less December 2022),
    // and earning resumes 2023-04-01, after the reinstatement of 2023-03-10. On 2023-09-03: 945 days served
    // (2021-01-31 → 2023-09-03) + 150 days of credit (April–August 2023) = 1,095: discharge that day.
    const held = {
      offenses: [{ statute: 'RSMo 570.030', level: 'felony' as const, class: 'E' }],
      sentenceDate: '2021-01-31',
      startDate: '2021-01-31',
      length: { years: 3 },
      orders: [
        { type: 'revocation' as const, date: '2023-02-20' },
        { type: 'reinstatement' as const, date: '2023-03-10' },
      ],
    };
    const report = { type: 'violation' as const, date: '2022-12-15', category: 'technical' as const, status: 'sustained' as const };
    const r = run(mo(held, [report]), '2023-03-15');
    expect(r).toMatchObject({ projectedEndDate: '2023-09-03', earnedCreditDays: 0 });
    expect(r.warnings.some((w) => w.includes('no term left to revoke'))).toBe(false);
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('but the violation reported on December 15, 2022 came first');
    // With no report before 2023-01-31, the revocation came after the discharge and is left out (Jonas).
    const none = run(mo(held), '2023-03-15');
    expect(none.projectedEndDate).not.toBe('2023-09-03');
    expect(none.warnings.some((w) => w.includes('no term left to revoke'))).toBe(true);
    // A report the record shows decided (a sanction, the person continued) holds nothing: left out again.
    const decided = run(mo(held, [{ ...report, sanction: { type: 'jail' as const, days: 2 } }]), '2023-03-15');
    expect(decided.warnings.some((w) => w.includes('no term left to revoke'))).toBe(true);
    // Nor does one the revocation does not rest on: a later report, made after the discharge day, comes between.
    const later = { ...report, date: '2023-02-10', category: 'new_offense' as const };
    const restsOnLater = run(mo(held, [report, later]), '2023-03-15');
    expect(restsOnLater.warnings.some((w) => w.includes('no term left to revoke'))).toBe(true);
  });

  it('case: a pending report holds the credits for a finding that they may not be earned, too (§ 217.703.5(2))', () => {
    // Class E theft, 5 years from 2019-01-15 (1,826 days). July 2021 is lost to the report of 2021-07-20; February
    // 2019–June 2021 = 29 × 30 = 870 days; 956 served + 870 = 1,826 on 2021-08-28, when the report is still
    // pending. The finding of 2021-10-01 then rescinds every credit: the scheduled end, 2024-01-15, stands.
    const term = {
      offenses: [{ statute: 'RSMo 570.030', level: 'felony' as const, class: 'E' }],
      sentenceDate: '2019-01-15',
      startDate: '2019-01-15',
      length: { years: 5 },
      orders: [{ type: 'credits_ineligible' as const, date: '2021-10-01' }],
    };
    const pending = { type: 'violation' as const, date: '2021-07-20', category: 'technical' as const, status: 'reported' as const };
    const r = run(mo(term, [pending]), '2022-06-01');
    expect(r).toMatchObject({ earnedCreditDays: 0, projectedEndDate: '2024-01-15' });
    expect(r.opportunities.find((o) => o.kind === 'earned_discharge')?.status).toBe('ineligible');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'So the finding of October 1, 2021 that you may not earn credits still acted',
    );
  });

  it('case: MO-2, violation report 2022-07-20 with no hearing costs July 2022 only → discharge 2023-10-27', () => {
    // July 2022 earns nothing (subsection 5). By 2023-10-01: 29 months = 870 + 930 served = 1,800 < 1,826.
    // Satisfied on start + (1,826 − 870) = start + 956: 2023-10-01 is start + 930, so 2023-10-27, before the
    // November 1 posting. As of 2023-01-01 (December's credit posts that day): April 2021–December 2022 =
    // 21 months − July = 20 × 30 = 600.
    const events = [{ type: 'violation', date: '2022-07-20', category: 'technical', status: 'reported' }] as const;
    const r = run(mo({}, [...events]), '2023-01-01');
    expect(r.earnedCreditDays).toBe(600);
    expect(r.projectedEndDate).toBe('2023-10-27');
    expect(r.warnings.some((w) => w.includes('no recorded outcome'))).toBe(true);
  });

  it('case: MO-2, hearing finds a violation and continues probation: same result, credits survive', () => {
    const events = [
      { type: 'violation', date: '2022-07-20', category: 'technical', status: 'sustained', sanction: { type: 'warning' } },
    ] as const;
    const r = run(mo({}, [...events]), '2023-01-01');
    expect(r.earnedCreditDays).toBe(600);
    expect(r.projectedEndDate).toBe('2023-10-27');
  });

  it('case: MO-3, class D, 3 years, $2,000 restitution unpaid → no discharge by law, almost eligible', () => {
    // Term 2021-03-15 → 2024-03-15 = 1,096 days. Credits alone: 2022-10-01 served 565 + 18 × 30 = 540 → 1,105 ≥ 1,096.
    // Two years: 2023-03-15. Restitution unpaid on 2022-12-31: projected = scheduled end.
    // If paid today: max(2022-10-01, 2023-03-15, 2022-12-31) = 2023-03-15.
    // As of 2022-12-31: April 2021–November 2022 posted = 20 × 30 = 600.
    const rec = mo({
      length: { years: 3 },
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }],
      restitutionOrderedUsd: 2000,
    });
    const r = run(rec, '2022-12-31');
    expect(r.earnedCreditDays).toBe(600);
    expect(r.projectedEndDate).toBe('2024-03-15');
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.almost?.dateIfResolved).toBe('2023-03-15');
    expect(o.almost?.missing[0]).toContain('$2,000.00');
    // § 559.105.2: unpaid within the original term → the court must extend to the maximum (explained only).
    expect(r.explanation.some((s) => s.text.includes('longest term allowed') && s.citations.includes('RSMo § 559.105.2'))).toBe(true);
    // The court's own early discharge waits for the restitution too, and the explanation says so.
    expect(r.explanation.some((s) => s.text.includes('at any time once your restitution is paid in full'))).toBe(true);
    // After the term as ordered (2024-03-15), with the restitution still owed: what to check, not "ended".
    const after = run(rec, '2024-06-01').explanation.map((s) => s.text);
    expect(after).toContain(
      'Your term as ordered ended on March 15, 2024, but $2,000.00 of restitution is still unpaid. In that case the law tells the court to extend your probation to the longest term allowed for your offense. This record shows no such order; if the court made one, your probation goes on. Ask your officer or a lawyer.',
    );
  });

  it('case: MO-3 restitution unpaid as of 2023-06-01 → the credits day and the two-year day are told apart', () => {
    // Term 2021-03-15 → 2024-03-15 = 1,096 days. Credits: 2022-10-01 served 565 + April 2021–September 2022
    // = 18 × 30 = 540 → 1,105 ≥ 1,096 (2022-09-30: 564 + 510 = 1,074). Two years (§ 217.703.7): 2023-03-15.
    // As of 2023-06-01: April 2021–May 2023 posted = 26 × 30 = 780; paid today → max(2022-10-01, 2023-03-15,
    // 2023-06-01) = 2023-06-01. The credits covered the term on October 1, 2022, not on March 15, 2023.
    const r = run(
      mo({ length: { years: 3 }, offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }], restitutionOrderedUsd: 2000 }),
      '2023-06-01',
    );
    expect(r).toMatchObject({ earnedCreditDays: 780, projectedEndDate: '2024-03-15' });
    expect(opp(r, 'earned_discharge')?.almost?.dateIfResolved).toBe('2023-06-01');
    expect(r.explanation.map((s) => s.text)).toContain(
      'Your time served plus your credits covered your term on October 1, 2022, and you completed the two years on supervision the law also requires on March 15, 2023, but the law does not let credits end supervision until restitution is paid in full. If you paid the $2,000.00 you owe today, you could be discharged on June 1, 2023. Until then, your term runs to March 15, 2024.',
    );
  });

  it('case: parole with restitution owed → the board may not release before payment or the maximum term (§ 559.105.3)', () => {
    const r = run(
      mo({
        kind: 'parole',
        length: { years: 3 },
        offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }],
        restitutionOrderedUsd: 2000,
      }),
      '2022-12-31',
    );
    expect(r.projectedEndDate).toBe('2024-03-15');
    expect(r.explanation.some((s) => s.citations.includes('RSMo § 559.105.3'))).toBe(true);
    expect(r.explanation.some((s) => s.citations.includes('RSMo § 559.105.2'))).toBe(false);
  });

  it('case: MO-3, restitution paid in full 2024-02-10 → discharge that day, not before', () => {
    const rec = mo(
      { length: { years: 3 }, offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }], restitutionOrderedUsd: 2000 },
      [
        { type: 'payment', date: '2023-06-01', amountUsd: 500, kind: 'restitution' },
        { type: 'payment', date: '2024-02-10', amountUsd: 1500, kind: 'restitution' },
      ],
    );
    // Day before: $1,500 still owed → projected = scheduled end 2024-03-15; if paid today → 2024-02-09.
    const before = run(rec, '2024-02-09');
    expect(before.projectedEndDate).toBe('2024-03-15');
    expect(opp(before, 'earned_discharge')?.almost?.dateIfResolved).toBe('2024-02-09');
    // On the day: paid in full → discharge 2024-02-10 (after the credits date and the two-year date).
    const on = run(rec, '2024-02-10');
    expect(on.projectedEndDate).toBe('2024-02-10');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2024-02-10' });
    // The payment set the date, so § 217.703.10's notice is not dated 60 days before it (2023-12-12).
    const notice = on.explanation.find((s) => s.citations.includes('RSMo § 217.703.10'))!.text;
    expect(notice).toContain("the 60 days' notice the law asks for could not come before the payment that set the date");
    expect(notice).not.toContain('December 12, 2023');
  });

  it('case: MO-3 with restitution paid before the two-year date → the 24-month floor binds (2023-03-15)', () => {
    // Paid 2023-01-10 < 2023-03-15. Credits satisfied 2022-10-01; floor 2023-03-15 = 2021-03-15 + 24 months.
    const rec = mo(
      { length: { years: 3 }, offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }], restitutionOrderedUsd: 2000 },
      [{ type: 'payment', date: '2023-01-10', amountUsd: 2000, kind: 'restitution' }],
    );
    const dayBefore = run(rec, '2023-03-14');
    expect(dayBefore.projectedEndDate).toBe('2023-03-15');
    expect(opp(dayBefore, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2023-03-15' });
    const on = run(rec, '2023-03-15');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2023-03-15' });
    // Served 730 + credits posted by 2023-03-15 (April 2021–February 2023 = 23 × 30 = 690) = 1,420 ≥ 1,096.
    expect(on.earnedCreditDays).toBe(690);
  });

  it('case: a discharge held back by the two-year floor counts the credits through that day, whatever the as-of date', () => {
    // Class E, 3 years from 2023-02-28 (1,096 days): served + credits reach the term on 2024-09-06, the floor
    // 2023-02-28 + 24 months = 2025-02-28 binds. Credits March 2023 through January 2025 (posted by
    // 2025-02-01): 23 months × 30 = 690, as of a day before the floor and after it alike.
    const record = mo({ startDate: '2023-02-28', length: { years: 3 } });
    for (const asOf of ['2024-02-29', '2025-03-01']) {
      const r = run(record, asOf);
      expect(r.projectedEndDate).toBe('2025-02-28');
      expect(r.explanation.map((s) => s.text).find((t) => t.includes('discharge you on February 28, 2025'))).toMatch(/ 690 days of credit/);
    }
  });

  it('case: a program placement dated after the law had discharged the term takes nothing away (day after / day of)', () => {
    // MO-1 is discharged by law on 2023-10-01 (930 served + 900 credits ≥ 1,826). A 120-day placement on
    // 2024-01-10 came after: left out, the discharge and its 900 days stand. One on 2023-10-01 itself came
    // before the discharge took effect: it rescinds the 900 days, earning resumes the month after the
    // program (2023-10-01 + 120 days = 2024-01-29 → 2024-02-01), and the term runs on.
    const placement = (date: string) => [
      {
        type: 'violation' as const,
        date,
        category: 'technical' as const,
        status: 'sustained' as const,
        sanction: { type: 'prison' as const, days: 120 },
      },
    ];
    const late = run(mo({}, placement('2024-01-10')), '2024-06-01');
    expect(late).toMatchObject({ earnedCreditDays: 900, projectedEndDate: '2023-10-01', sanctionLimit: null });
    expect(late.explanation.map((s) => s.text)).toContain(
      'The program placement for the violation of January 10, 2024 came after the law had already required your discharge, on October 1, 2023, so it takes no credits away.',
    );
    const onTheDay = run(mo({}, placement('2023-10-01')), '2024-06-01');
    expect(onTheDay.earnedCreditDays).toBeLessThan(900);
    expect(onTheDay.projectedEndDate! > '2023-10-01').toBe(true);
  });

  it('case: absconding 10 days moves the two-year date 10 days later (DOC reading)', () => {
    // 3 years from 2021-03-15, no restitution. Absconded 2022-01-10 to 2022-01-19 inclusive = 10 days; January 2022
    // earns nothing. Credits: 2022-10-01 served 565 + 17 × 30 = 510 → 1,075 < 1,096; satisfied on start + (1,096 − 510)
    // = start + 586 = 2022-10-22. Two years: 2023-03-15 + 10 days = 2023-03-25 → discharge 2023-03-25.
    const rec = mo({ length: { years: 3 } }, [{ type: 'absconded', start: '2022-01-10', end: '2022-01-19' }]);
    const r = run(rec, '2022-06-30');
    expect(r.projectedEndDate).toBe('2023-03-25');
    // The other reading (absconding counts toward the two years) gives 2023-03-15.
    const alt = applyReform(usMo, {
      name: 'absconding counts',
      citations: ['RSMo § 217.703.7'],
      parameters: {
        'us-mo.ecc.abscondingCountsTowardMinimum': [{ from: '2012-08-28', value: true, source: { citation: 'RSMo § 217.703.7' } }],
      },
    });
    expect(run(rec, '2022-06-30', alt).projectedEndDate).toBe('2023-03-15');
  });

  it('case: 120 days in a § 559.115 program before probation count toward the two years', () => {
    // Sentenced 2022-01-10, probation from 2022-05-10 for 3 years (1,096 days), 4 months confined before it:
    // 2022-01-10 to 2022-05-10 = 21 + 28 + 31 + 30 + 10 = 120 days. The two years count them, so they run from
    // the program's first day: 2022-01-10 + 24 months = 2024-01-10 (not 2024-05-10 − 120 days = 2024-01-11, a day
    // late because February 2024 has 29 days). Credits (June 2022 on) cover the term on 2023-12-01: served 570 +
    // 18 × 30 = 1,110 ≥ 1,096 (on 2023-11-01, 540 + 510 = 1,050). The two years bind: 2024-01-10.
    const rec = mo({ sentenceDate: '2022-01-10', startDate: '2022-05-10', length: { years: 3 }, confinementMonthsBeforeSupervision: 4 });
    const r = run(rec, '2023-06-30');
    expect(r.projectedEndDate).toBe('2024-01-10');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2024-01-10' });
    expect(
      r.warnings.some((w) => w.startsWith('The 120 days you were confined before probation began were read as time in a 120-day program')),
    ).toBe(true);
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'the day you complete two years on supervision, counting the 120 days in the program before probation',
    );
  });

  it('case: program days counted back from a month end clamp to the leap day: 2024-02-29 to 2024-06-30 is 122 days', () => {
    // Start 2024-06-30, 4 months confined before it: 2024-06-30 − 4 months = 2024-02-29 (February has no 30th in
    // 2024), the sentence day. 2024-02-29 → 2024-06-30 = 1 + 31 + 30 + 31 + 29 = 122 days. Two years from the
    // program's first day: 2024-02-29 + 24 months = 2026-02-28 (clamped).
    const rec = mo({ sentenceDate: '2024-02-29', startDate: '2024-06-30', length: { years: 3 }, confinementMonthsBeforeSupervision: 4 });
    const r = run(rec, '2025-01-01');
    expect(r.warnings.some((w) => w.startsWith('The 122 days you were confined before probation began'))).toBe(true);
    expect(opp(r, 'earned_discharge')?.reasons.join(' ')).toContain('which you reach on February 28, 2026');
  });

  it('case: a part month of confinement counts as days at 30 a month, not as a whole month', () => {
    // Probation from 2022-05-15 (2 years, 731 days), sentenced 2021-12-01. 0.5 month = 15 days: the program
    // began 2022-04-30, and the two years end 2022-04-30 + 24 months = 2024-04-30 (a whole month would give
    // 2024-04-15). Credits cover the term long before (on 2024-04-30: 716 served + 660), so the two years bind.
    const half = run(
      mo({ sentenceDate: '2021-12-01', startDate: '2022-05-15', length: { years: 2 }, confinementMonthsBeforeSupervision: 0.5 }),
      '2023-04-02',
    );
    expect(half.projectedEndDate).toBe('2024-04-30');
    expect(half.warnings.some((w) => w.startsWith('The 15 days you were confined before probation began'))).toBe(true);
    // 3.5 months: 2022-05-15 − 3 months = 2022-02-15, − 15 days = 2022-01-31, 104 days before the start (28 + 31 + 30 + 15); + 24 months = 2024-01-31.
    const more = run(
      mo({ sentenceDate: '2021-12-01', startDate: '2022-05-15', length: { years: 2 }, confinementMonthsBeforeSupervision: 3.5 }),
      '2023-04-02',
    );
    expect(more.projectedEndDate).toBe('2024-01-31');
    // 0.01 month rounds to no day (0.3), but the record gives confinement: at least one day, still the program.
    const tiny = run(
      mo({ sentenceDate: '2023-01-01', startDate: '2023-01-20', length: { years: 5 }, confinementMonthsBeforeSupervision: 0.01 }),
      '2024-07-31',
    );
    expect(tiny.warnings.some((w) => w.startsWith('The 1 day you were confined before probation began was read'))).toBe(true);
    expect(tiny.sanctionLimit).toBeNull();
    expect(more.warnings.some((w) => w.startsWith('The 104 days you were confined before probation began'))).toBe(true);
  });

  it('case: the two years with a program run from its first day, a leap day inside the program (2020) or after it (2024)', () => {
    // Sentenced 2020-01-15, probation from 2020-05-15 (3 years), 4 months confined: the program ran 2020-01-15 to
    // 2020-05-15, 121 days (February 2020 has 29). Two years: 2020-01-15 + 24 months = 2022-01-15 (not 2022-05-15 − 121
    // days = 2022-01-14). Credits cover the 1,095 days on 2021-12-01 (565 served + 18 × 30 = 1,105), so the two
    // years bind. Sentenced 2022-01-15, probation from 2022-05-15: 2024-01-15 (not 2024-05-15 − 120 = 2024-01-16).
    const before = run(
      mo({ sentenceDate: '2020-01-15', startDate: '2020-05-15', length: { years: 3 }, confinementMonthsBeforeSupervision: 4 }),
      '2021-06-30',
    );
    expect(opp(before, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2022-01-15' });
    const after = run(
      mo({ sentenceDate: '2022-01-15', startDate: '2022-05-15', length: { years: 3 }, confinementMonthsBeforeSupervision: 4 }),
      '2023-06-01',
    );
    expect(after.projectedEndDate).toBe('2024-01-15');
    // Without the program the two years would end 2020-05-15 + 24 months = 2022-05-15: 120 days later than
    // 2022-01-15 (January 15 to May 15, 2022), though the program itself held 121 days (February 29, 2020).
    expect(before.warnings.join(' ')).toContain('The 121 days you were confined');
    expect(before.warnings.join(' ')).toContain('the two years end 120 days later');
  });

  it("case: absconding that spans the two-year date pushes it past the absconding's own end", () => {
    // 4 years from 2021-03-15 (class E). Two years: 2023-03-15. Absconded 2023-03-10 to 2023-12-31 inclusive:
    // 22 (March 10–31) + 275 (April–December) = 297 days, every one before the moving date, so the date is
    // 2023-03-15 + 297 = 2024-01-06 (March 15 + 16 = March 31; + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 275
    // → December 31; + 6 → January 6, 2024). Credits alone would have covered the term in April 2023.
    const rec = mo({ length: { years: 4 } }, [{ type: 'absconded', start: '2023-03-10', end: '2023-12-31' }]);
    const r = run(rec, '2024-01-02');
    expect(r.projectedEndDate).toBe('2024-01-06');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2024-01-06' });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'the day you complete two years on supervision, not counting the 297 days you were recorded as absconding',
    );
    // A spell still open counts through the as-of date: absconded since 2023-03-01, as of 2023-12-31 = 31 + 275 = 306
    // days → 2023-03-15 + 306 = 2024-01-15, still to come (not a discharge already due in the middle of it).
    const open = run(mo({ length: { years: 4 } }, [{ type: 'absconded', start: '2023-03-01' }]), '2023-12-31');
    expect(opp(open, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2024-01-15' });
  });

  it('case: revocation 2022-10-05 then reinstatement 2022-10-20 rescinds earlier credits; earning resumes 2022-11-01', () => {
    // Rescinded: April 2021–September 2022 (posted by 2022-10-01 ≤ 2022-10-05), July 2022 lost to the report = 17 × 30 = 510.
    // Earning resumes November 2022 (first posting 2022-12-01). Posting k (k = 1 on 2022-12-01) gives 30k.
    // k = 20 on 2024-07-01: served 1,096 (to 2024-03-15) + 108 = 1,204; + 600 = 1,804 < 1,826;
    // satisfied on start + (1,826 − 600) = start + 1,226 = 2024-07-23, before the 2024-08-01 posting.
    // As of 2023-01-01: November and December 2022 posted (2022-12-01, 2023-01-01) → 60.
    const rec = mo(
      {
        orders: [
          { type: 'revocation', date: '2022-10-05' },
          { type: 'reinstatement', date: '2022-10-20' },
        ],
      },
      [{ type: 'violation', date: '2022-07-20', category: 'technical', status: 'sustained' }],
    );
    const r = run(rec, '2023-01-01');
    expect(r.earnedCreditDays).toBe(60);
    expect(r.projectedEndDate).toBe('2024-07-23');
    expect(r.explanation.some((s) => s.text.includes('510 days of credit were taken away'))).toBe(true);
  });

  it('case: a credits_ineligible finding → no credits, earned discharge ineligible, scheduled end stands', () => {
    const rec = mo({ orders: [{ type: 'credits_ineligible', date: '2022-01-10' }] });
    const r = run(rec, '2022-06-30');
    expect(r.earnedCreditDays).toBe(0);
    expect(r.projectedEndDate).toBe('2026-03-15');
    const o = opp(r, 'earned_discharge')!;
    expect(o.status).toBe('ineligible');
    expect(o.almost).toBeUndefined();
  });

  it('case: credits cannot beat a short term: 1-year probation → no earned discharge before its end', () => {
    // 2021-03-15 + 1 year = 2022-03-15; the two-year minimum (2023-03-15) is after the end.
    const r = run(mo({ length: { years: 1 } }), '2021-06-30');
    expect(r.projectedEndDate).toBe('2022-03-15');
    expect(opp(r, 'earned_discharge')).toBeUndefined();
    expect(r.explanation.map((s) => s.text)).toContain(
      'Your credits cannot end this term before its scheduled end on March 15, 2022: the law first requires at least two years on supervision, which would be March 15, 2023, not before the term ends.',
    );
    // Once the term is over, in the past tense.
    expect(run(mo({ length: { years: 1 } }), '2022-06-30').explanation.map((s) => s.text)).toContain(
      'Your credits could not end this term before its scheduled end on March 15, 2022: the law first requires at least two years on supervision, which would be March 15, 2023, not before the term ended.',
    );
  });

  it('case: a 2-year term from 2020-02-29 — credits cover it long before, but the two years end with it', () => {
    // End 2020-02-29 + 2 years = 2022-02-28 (clamped); the two-year date is the same day. As of 2022-02-27:
    // 729 days served + 23 months × 30 = 690 credit days ≥ 730, so the credits are not what holds it back.
    const r = run(mo({ sentenceDate: '2020-02-29', startDate: '2020-02-29', length: { years: 2 } }), '2022-02-27');
    expect(r.projectedEndDate).toBe('2022-02-28');
    expect(r.explanation.map((s) => s.text)).toContain(
      'Your credits cannot end this term before its scheduled end on February 28, 2022: the law first requires at least two years on supervision, which would be February 28, 2022, not before the term ends.',
    );
  });
});
