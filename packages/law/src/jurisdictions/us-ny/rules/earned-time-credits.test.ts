import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import { usNy } from '../index.ts';
import { ny, opp, run, technical } from './test-helpers.ts';

describe('N.Y. Penal Law § 70.40(4) earned time credits and the discharge they bring', () => {
  it('case: in force March 1, 2022: the day before there are no credits and no earned discharge', () => {
    // Start 2021-03-15, 5 years → 2026-03-15 (1,826 days: 2024 is a leap year).
    const rec = ny({ startDate: '2021-03-15', length: { years: 5 } });
    const before = run(rec, '2022-02-28');
    expect(before.earnedCreditDays).toBe(0);
    expect(before.projectedEndDate).toBe('2026-03-15');
    expect(opp(before, 'earned_discharge')).toBeUndefined();
    expect(before.explanation.some((s) => s.text.includes('start on March 1, 2022'))).toBe(true);
    // 2022-03-01 − 2021-03-15 = 351 days → 11 whole 30-day periods (330 ≤ 351 < 360) → 330 retroactive days.
    expect(run(rec, '2022-03-01').earnedCreditDays).toBe(330);
  });

  it('case: the periods a revoked parole stood revoked in, before its reinstatement, earn nothing; its days are still served', () => {
    // Parole from S = 2022-01-03, 2 years (730 days); revoked 2022-12-01, reinstated 2023-02-01 (revoked
    // through 2023-01-31). Periods end on S + 30k − 1: the one posting 2022-02-02 is before the law (30 days,
    // posted 2022-03-01); those posting 2022-03-04 … 2022-11-29 (10) earn 300: 330 in all. The periods
    // [2022-11-29, 2022-12-28], [2022-12-29, 2023-01-27] and [2023-01-28, 2023-02-26] touch the revoked
    // span and earn nothing. The sentence runs on in custody (§ 70.40(3)(c)), so the revoked days are
    // served: on S + 399 = 2023-02-06, 399 + 330 = 729 < 730; on S + 400 = 2023-02-07, 400 + 330 = 730.
    // (Recorded as 62 days of custody instead, the date is the same.)
    const orders = [
      { type: 'revocation' as const, date: '2022-12-01' },
      { type: 'reinstatement' as const, date: '2023-02-01' },
    ];
    const r = run(ny({ startDate: '2022-01-03', length: { years: 2 }, orders }), '2023-06-01');
    expect(r).toMatchObject({ earnedCreditDays: 330, projectedEndDate: '2023-02-07' });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('your parole stood revoked');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('served 400 days and had 330 days of credit');
    const custody = run(
      ny({ startDate: '2022-01-03', length: { years: 2 } }, [
        { type: 'custody', start: '2022-12-01', end: '2023-01-31', reason: 'violation' },
      ]),
      '2023-06-01',
    );
    expect(custody.projectedEndDate).toBe('2023-02-07');
  });

  it('case: absconding on March 1, 2022: the retroactive credit waits for the return, and no discharge falls inside the absconding', () => {
    // Parole from 2019-01-01 for 3 years (1,096 days); absconding from 2021-06-01, still open on 2024-07-31
    // (1,157 days: the end moves to 2025-03-03). Served before it: 2019-01-01 to 2021-05-31 = 882 days. The
    // retroactive credit (730, capped) posts on the return, 2024-08-01: 882 + 730 ≥ 1,096, so the term ends then.
    const r = run(
      ny({ sentenceDate: '2019-01-01', startDate: '2019-01-01', length: { years: 3 } }, [{ type: 'absconded', start: '2021-06-01' }]),
      '2024-07-31',
    );
    expect(r).toMatchObject({ scheduledEndDate: '2025-03-03', projectedEndDate: '2024-08-01', earnedCreditDays: 0 });
    const words = r.explanation.map((s) => s.text).join(' ');
    expect(words).toContain('added on August 1, 2024: you were absconding when the law took effect');
    expect(words).toContain('you will have served 882 days (not counting the 1,157 days');
  });

  it('case: absconding on March 1, 2022 and arrested on the last day away: the retroactive credit waits for the release', () => {
    // Start 2020-05-01; away 2022-02-01 (day 641) to 2022-03-10, held on the violation from 2022-03-10, released
    // 2022-04-30. Periods touched by the absconding or custody earn nothing: period 22 (days 630–659) onwards;
    // 21 periods × 30 = 630 days are retroactive. The return (2022-03-11) was in custody, so they post on release.
    const rec = ny({ startDate: '2020-05-01', sentenceDate: '2020-05-01', length: { years: 5 } }, [
      { type: 'absconded', start: '2022-02-01', end: '2022-03-10' },
      { type: 'custody', start: '2022-03-10', end: '2022-04-30', reason: 'violation' },
    ]);
    expect(run(rec, '2022-03-11').earnedCreditDays).toBe(0);
    expect(run(rec, '2022-04-29').earnedCreditDays).toBe(0);
    const released = run(rec, '2022-04-30');
    expect(released.earnedCreditDays).toBe(630);
    expect(released.explanation.map((s) => s.text).join(' ')).toContain(
      'added on April 30, 2022: you were absconding when the law took effect',
    );
  });

  it('case: covered on a day it stood revoked, the term is satisfied on the day it was put back', () => {
    // From 2022-01-03, 2 years (730 days); revoked 2022-12-01, reinstated 2023-04-01. 330 credits; the revoked days
    // are served, so 400 + 330 = 730 on 2023-02-07, inside the revocation: satisfied on 2023-04-01 instead.
    const orders = [
      { type: 'revocation' as const, date: '2022-12-01' },
      { type: 'reinstatement' as const, date: '2023-04-01' },
    ];
    expect(run(ny({ startDate: '2022-01-03', length: { years: 2 }, orders }), '2023-06-01').projectedEndDate).toBe('2023-04-01');
  });

  it('case: revoked while absconding: the days added to the end for absconding are counted once', () => {
    // Parole from S = 2022-04-01, 3 years (1,096 days); absconded 2023-07-15..09-30 (78 days: the end moves to
    // 1,174 days); revoked 2023-08-01, reinstated 2023-10-01, all inside the absconding. On 2024-01-21: 660 days
    // since S + 540 credits = 1,200 ≥ 1,174; on 2024-01-20: 659 + 510 = 1,169 < 1,174.
    const orders = [
      { type: 'revocation' as const, date: '2023-08-01' },
      { type: 'reinstatement' as const, date: '2023-10-01' },
    ];
    const r = run(
      ny({ startDate: '2022-04-01', length: { years: 3 }, orders }, [{ type: 'absconded', start: '2023-07-15', end: '2023-09-30' }]),
      '2025-06-30',
    );
    expect(r.projectedEndDate).toBe('2024-01-21');
    // Told without the 78 days on either side: 660 − 78 = 582 served + 540 credits cover 1,174 − 78 = 1,096 days.
    expect(
      r.explanation.some((s) =>
        s.text.includes(
          'you had served 582 days (not counting the 78 days your parole stood still while you were absconding) and had 540 days of credit, which together cover the 1,096 days of your parole',
        ),
      ),
    ).toBe(true);
  });

  it('case: a credits_ineligible finding stops credits from its day on; those earned before it still count', () => {
    // Start 2021-03-15, 5 years (1,826 days). Retroactive 330 posted 2022-03-01; periods post on start + 30k:
    // k = 12 on 2022-03-10 (360), k = 13 on 2022-04-09 (390), k = 14 on 2022-05-09 (420); k = 15 on 2022-06-08
    // comes after the finding of 2022-06-01 and earns nothing. 420 credits cover the term on start + (1,826 − 420)
    // = start + 1,406 = 2025-01-19 (start + 1,096 = 2024-03-15; + 310 = 2025-01-19).
    const rec = ny({ startDate: '2021-03-15', length: { years: 5 }, orders: [{ type: 'credits_ineligible', date: '2022-06-01' }] });
    const r = run(rec, '2023-06-01');
    expect(r.earnedCreditDays).toBe(420);
    expect(r.projectedEndDate).toBe('2025-01-19');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2025-01-19' });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'On June 1, 2022 it was found that you may not earn time credits on this parole, so none are counted from that day on; the 420 days you earned before it still count.',
    );
    // A finding before the first period ends leaves nothing earned: ineligible, and the term runs its course.
    // (The retroactive credit is counted for periods before March 1, 2022, so the finding comes on the first day.)
    const early = run(
      ny({ startDate: '2022-03-01', length: { years: 2 }, orders: [{ type: 'credits_ineligible', date: '2022-03-01' }] }),
      '2023-06-01',
    );
    expect(early).toMatchObject({ earnedCreditDays: 0, projectedEndDate: '2024-03-01' });
    expect(opp(early, 'earned_discharge')).toMatchObject({ status: 'ineligible', date: null });
  });

  it('case: retroactive credit posts on March 1, 2022; the next period posts on start + 360 = 2022-03-10', () => {
    const rec = ny({ startDate: '2021-03-15', length: { years: 5 } });
    expect(run(rec, '2022-03-09').earnedCreditDays).toBe(330);
    expect(run(rec, '2022-03-10').earnedCreditDays).toBe(360);
  });

  it('case: a 5-year parole from 2021-03-15 with no violations ends by law on 2023-09-27', () => {
    // After k postings (day 30k) credits are 30k. k = 30 (day 900): 900 + 900 = 1,800 < 1,826, so the term is
    // satisfied before posting 31 (day 930) on start + (1,826 − 900) = start + 926 = 2023-09-27
    // (2021-03-15 + 730 = 2023-03-15; + 196 = 2023-09-27).
    const r = run(ny({ startDate: '2021-03-15', length: { years: 5 } }), '2023-06-30');
    expect(r.earnedCreditDays).toBe(810); // posting 27 on start + 810 = 2023-06-03; posting 28 on 2023-07-03
    expect(r.projectedEndDate).toBe('2023-09-27');
    expect(r.scheduledEndDate).toBe('2026-03-15');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2023-09-27' });
    // Day before / day of the discharge.
    expect(opp(run(ny({ startDate: '2021-03-15', length: { years: 5 } }), '2023-09-26'), 'earned_discharge')?.status).toBe('upcoming');
    expect(opp(run(ny({ startDate: '2021-03-15', length: { years: 5 } }), '2023-09-27'), 'earned_discharge')?.status).toBe('eligible');
  });

  it('case: a period whose credit would post on March 1, 2022 itself is retroactive; one posting on March 2 is not', () => {
    // Start 2022-01-30: period 1 = 2022-01-30..2022-02-28, credit posts 2022-01-30 + 30 = 2022-03-01 (the effective
    // day) → 30 days, posted that day as retroactive credit.
    const onTheDay = ny({ startDate: '2022-01-30', length: { years: 3 } });
    expect(run(onTheDay, '2022-03-01').earnedCreditDays).toBe(30);
    // Start 2022-01-31: period 1 = 2022-01-31..2022-03-01, posts 2022-03-02 → no credit on March 1, 30 on March 2.
    const dayAfter = ny({ startDate: '2022-01-31', length: { years: 3 } });
    expect(run(dayAfter, '2022-03-01').earnedCreditDays).toBe(0);
    expect(run(dayAfter, '2022-03-02').earnedCreditDays).toBe(30);
    // Only the first is told its credit came from time before the law took effect.
    expect(run(onTheDay, '2022-03-01').explanation.some((s) => s.text.includes('already on parole when the law took effect'))).toBe(true);
    expect(run(dayAfter, '2022-03-02').explanation.some((s) => s.text.includes('already on parole when the law took effect'))).toBe(false);
  });

  it('case: a parole that ended before March 1, 2022 earned nothing: ended 2022-02-28 → none; ended 2022-03-01 → credited', () => {
    // Start 2021-02-28 + 1 year = 2022-02-28, the day before the law: no credit, and the explanation says why.
    const before = run(ny({ startDate: '2021-02-28', length: { years: 1 } }), '2024-06-30');
    expect(before.earnedCreditDays).toBe(0);
    const words = before.explanation.map((s) => s.text).join(' ');
    expect(words).toContain('ended on February 28, 2022, before New York’s earned time credits took effect on March 1, 2022');
    expect(words).not.toContain('already on parole when the law took effect');
    expect(words).not.toContain('Your credits cannot end your parole');
    // Start 2021-03-01 + 1 year = 2022-03-01, the effective day: 12 periods of 30 days before it (the 12th posts
    // 2021-03-01 + 360 = 2022-02-24) = 360 days, posted on March 1, 2022.
    expect(run(ny({ startDate: '2021-03-01', length: { years: 1 } }), '2024-06-30').earnedCreditDays).toBe(360);
  });

  it('case: retroactive credit is capped at 730 days (2 years)', () => {
    // Start 2019-09-01, 5 years → 2024-09-01 = 1,827 days (Feb 29 2020 and Feb 29 2024).
    // 2022-03-01 − start = 912 days → 30 periods = 900 days earned before the law, capped at 730.
    // On 2022-03-01: 912 + 730 = 1,642 < 1,827. Postings j = 1, 2, 3 on days 930, 960, 990 add 30 each:
    // after j = 3 credits 820, satisfied on start + (1,827 − 820) = start + 1,007 = 2022-06-04 (< day 1,020).
    const rec = ny({ startDate: '2019-09-01', length: { years: 5 } });
    const r = run(rec, '2022-03-01');
    expect(r.earnedCreditDays).toBe(730);
    expect(r.projectedEndDate).toBe('2022-06-04');
    expect(r.explanation.some((s) => s.text.includes('came to 900 days, but the law gives at most 730 days'))).toBe(true);
  });

  it('case: held on a violation when the law took effect, the retroactive credit is added on release (2022-04-15), not on March 1', () => {
    // Start 2020-05-01: 2022-03-01 − start = 669 days → 22 periods before the law (22 × 30 = 660 ≤ 669 < 690) = 660 days.
    // Violation and custody from 2022-02-20 (day 660) to 2022-04-15: periods 23 (days 660–689) and 24 (690–719, to
    // 2022-04-20) earn nothing; period 25 (2022-04-21 to 2022-05-20) posts on day 750 = 2022-05-21.
    const rec = ny({ startDate: '2020-05-01', sentenceDate: '2020-05-01', length: { years: 5 } }, [
      technical('2022-02-20'),
      { type: 'custody', start: '2022-02-20', end: '2022-04-15', reason: 'violation' },
    ]);
    expect(run(rec, '2022-03-01').earnedCreditDays).toBe(0);
    expect(run(rec, '2022-04-14').earnedCreditDays).toBe(0);
    const released = run(rec, '2022-04-15');
    expect(released.earnedCreditDays).toBe(660);
    expect(
      released.explanation.some((s) => s.text.includes('660 days, which were added on April 15, 2022: you were in custody on a violation')),
    ).toBe(true);
    expect(run(rec, '2022-05-21').earnedCreditDays).toBe(690);
    // Custody for a new charge is not custody on a violation: the credit is added on March 1.
    const charged = ny({ startDate: '2020-05-01', sentenceDate: '2020-05-01', length: { years: 5 } }, [
      { type: 'custody', start: '2022-02-20', end: '2022-04-15', reason: 'new_charge' },
    ]);
    expect(run(charged, '2022-03-01').earnedCreditDays).toBe(660);
  });

  it('case: the other reading of "two years" (24 periods = 720 days) moves that discharge ten days later', () => {
    // Credits after j = 3: 720 + 90 = 810; satisfied on start + (1,827 − 810) = start + 1,017 = 2022-06-14 (< 1,020).
    const alt = applyReform(usNy, {
      name: 'two years as 24 periods',
      citations: ['N.Y. Penal Law § 70.40(4)'],
      parameters: {
        'us-ny.earnedTime.retroactiveMaxDays': [{ from: '2022-03-01', value: 720, source: { citation: 'N.Y. Penal Law § 70.40(4)' } }],
      },
    });
    expect(run(ny({ startDate: '2019-09-01', length: { years: 5 } }), '2022-03-01', alt).projectedEndDate).toBe('2022-06-14');
  });

  it('case: a term long enough served is discharged on March 1, 2022 itself', () => {
    // Start 2019-01-01, 5 years → 2024-01-01 = 1,826 days. 2022-03-01 − start = 1,155; 1,155 + 730 = 1,885 ≥ 1,826.
    const r = run(ny({ startDate: '2019-01-01', length: { years: 5 } }), '2022-03-01');
    expect(r.projectedEndDate).toBe('2022-03-01');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2022-03-01' });
  });

  it('case: a sustained violation on the last day of a period costs that period; one on the next day costs the next', () => {
    // Start 2022-06-01: period 1 = June 1–30, credit posts 2022-07-01; period 2 = July 1–30, posts 2022-07-31.
    expect(run(ny({}, [technical('2022-06-30')]), '2022-07-01').earnedCreditDays).toBe(0);
    expect(run(ny({}, [technical('2022-07-01')]), '2022-07-01').earnedCreditDays).toBe(30);
    expect(run(ny({}, [technical('2022-07-01')]), '2022-07-31').earnedCreditDays).toBe(30);
    expect(run(ny({}, [technical('2022-07-31')]), '2022-07-31').earnedCreditDays).toBe(60);
  });

  it('case: two sustained violations cost two periods: a 3-year parole from 2022-06-01 ends 2024-01-08', () => {
    // 1,096 days (2022-06-01 → 2025-06-01, Feb 29 2024). Violations 2022-09-10 (period 4) and 2023-01-10 (period 8).
    // After posting 19 (day 570): 17 × 30 = 510 credits, 570 + 510 = 1,080 < 1,096; satisfied on start + (1,096 − 510)
    // = start + 586 = 2024-01-08 (< day 600).
    const r = run(ny({}, [technical('2022-09-10'), technical('2023-01-10', ['curfew'])]), '2023-06-30');
    expect(r.earnedCreditDays).toBe(330); // 13 postings by 2023-06-30 (day 394 → k ≤ 13) − 2 lost = 11 × 30
    expect(r.projectedEndDate).toBe('2024-01-08');
  });

  it('case: a dismissed violation costs nothing; a pending one is projected as not sustained, with a warning', () => {
    expect(run(ny({}, [technical('2022-06-10', ['missed_appointment'], 'dismissed')]), '2022-07-01').earnedCreditDays).toBe(30);
    const pending = run(ny({}, [technical('2022-06-10', ['missed_appointment'], 'reported')]), '2022-07-01');
    expect(pending.earnedCreditDays).toBe(30);
    expect(pending.warnings.some((w) => w.includes('still pending'))).toBe(true);
  });

  it('case: custody touching a period costs it (no credit while held on a violation)', () => {
    // Custody 2022-06-29 to 2022-07-02 touches period 1 (June 1–30) and period 2 (July 1–30): as of 2022-08-30 only
    // period 3 (July 31–Aug 29, posts 2022-08-30) has earned.
    const r = run(ny({}, [{ type: 'custody', start: '2022-06-29', end: '2022-07-02', reason: 'violation' }]), '2022-08-30');
    expect(r.earnedCreditDays).toBe(30);
  });

  it('case: a new conviction dated in a period costs it', () => {
    const r = run(ny({}, [{ type: 'conviction', date: '2022-06-15', level: 'misdemeanor' }]), '2022-07-31');
    expect(r.earnedCreditDays).toBe(30);
  });

  it('case: on the day the credits cover the term, it is told as its last day, in the present', () => {
    // 1 year from 2022-03-01 (365 days). Six periods post 180 days by day 180; the first day with served +
    // credits ≥ 365 is day 185 (185 + 180), 2022-03-01 + 185 = 2022-09-02.
    const record = ny({ sentenceDate: '2020-01-01', startDate: '2022-03-01', length: { years: 1 } });
    const on = run(record, '2022-09-02');
    expect(on.projectedEndDate).toBe('2022-09-02');
    const said = on.explanation.map((s) => s.text);
    expect(said).toContain(
      'Your parole ends today, September 2, 2022: today you have served 185 days and have 180 days of credit, which together cover the 365 days of your parole.',
    );
    expect(opp(on, 'earned_discharge')?.reasons).toContain(
      'Your time served plus your credits cover your whole parole today, September 2, 2022.',
    );
    // The day after, in the past.
    expect(
      run(record, '2022-09-03')
        .explanation.map((s) => s.text)
        .join(' '),
    ).toContain('Your parole ended on September 2, 2022');
  });

  it('case: lifetime parole earns nothing and the earned discharge is ineligible', () => {
    const r = run(ny({ length: undefined, lifetime: true }), '2023-06-30');
    expect(r.earnedCreditDays).toBe(0);
    expect(r.projectedEndDate).toBeNull();
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'ineligible', date: null });
  });

  it('case: retroactive credit over the two-year cap is told in a whole sentence', () => {
    // Post-release supervision from 2019-01-01 for 6 years (to 2025-01-01, 2,192 days). 2022-03-01 − 2019-01-01
    // = 1,155 days → 38 periods posting on or before March 1 → 1,140 days, capped at 730, posted 2022-03-01;
    // period 39 posts 2019-01-01 + 1,170 = 2022-03-16: 760 as of 2022-03-31. Discharge: on day D = 1,312
    // (2022-08-05), 1,312 + 730 + 5 × 30 = 2,192 (postings on days 1,170 … 1,290); on day 1,311, 730 + 150 +
    // 1,311 = 2,191.
    const r = run(ny({ kind: 'supervised_release', startDate: '2019-01-01', length: { years: 6 } }), '2022-03-31');
    expect(r).toMatchObject({ earnedCreditDays: 760, projectedEndDate: '2022-08-05' });
    expect(r.explanation.map((s) => s.text).join(' ')).toContain(
      'came to 1,140 days, but the law gives at most 730 days for that time, so your credit for it is 730 days, added on March 1, 2022.',
    );
  });
});
