import { describe, expect, it } from 'vitest';
import { applyReform } from '../../../engine/reforms.ts';
import { usLa } from '../index.ts';
import { la, opp, run, stopForEveryone } from './test-helpers.ts';

// LA-1: start 2019-03-10, 3 years → 2022-03-10 = 1,096 days (2020-02-29). On 2020-10-01: served 571 + 18 × 30 = 540
// → 1,111 ≥ 1,096. On 2020-09-30: 570 + 510 = 1,080; between postings the term would be satisfied only on
// start + (1,096 − 510) = start + 586 = 2020-10-16, after the October 1 posting.

describe('La. C.Cr.P. art. 895.6(D) term satisfied by time served plus credits', () => {
  it('case: LA-1 projected discharge 2020-10-01 (upcoming as of 2019-12-31)', () => {
    const r = run(la(), '2019-12-31');
    expect(r.scheduledEndDate).toBe('2022-03-10');
    expect(r.projectedEndDate).toBe('2020-10-01');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2020-10-01' });
  });

  it('case: LA-1 the day before (upcoming) and the day of (eligible)', () => {
    expect(opp(run(la(), '2020-09-30'), 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2020-10-01' });
    const on = run(la(), '2020-10-01');
    expect(opp(on, 'earned_discharge')).toMatchObject({ status: 'eligible', date: '2020-10-01' });
    expect(on.projectedEndDate).toBe('2020-10-01');
  });

  it('case: after the discharge no sanction limit is given (the term is over)', () => {
    expect(run(la(), '2020-10-02').sanctionLimit).toBeNull();
    expect(run(la(), '2020-09-30').sanctionLimit).not.toBeNull();
    // The discharge day is the term's last day (spec § 3): the limit still stands on it.
    expect(run(la(), '2020-10-01').sanctionLimit).not.toBeNull();
  });

  it('case: a 5-year probation ordered for a 2018 offense: credits count against the 3-year maximum', () => {
    // Cap: 2019-03-10 + 3 years = 2022-03-10; the credits satisfy that term as in LA-1 → 2020-10-01.
    const r = run(la({ length: { years: 5 } }), '2019-12-31');
    expect(r.scheduledEndDate).toBe('2024-03-10');
    expect(r.statutoryMaxEndDate).toBe('2022-03-10');
    expect(r.projectedEndDate).toBe('2020-10-01');
    // While the term runs, the cap is there to correct; once the credits have ended it (2020-10-01), the
    // cap of 2022-03-10 was never reached and nothing is left to correct.
    expect(opp(r, 'term_cap')).toMatchObject({ status: 'upcoming', date: '2022-03-10' });
    const after = run(la({ length: { years: 5 } }), '2020-10-02');
    expect(after.projectedEndDate).toBe('2020-10-01');
    expect(opp(after, 'term_cap')).toBeUndefined();
  });

  it('case: the other reading (credits only ground a court order): opportunity kept, end does not move', () => {
    const courtOnly = applyReform(usLa, {
      name: 'credits need a court order',
      citations: ['La. C.Cr.P. art. 895.6(A) (as amended)'],
      parameters: {
        'us-la.credits.dischargeMandatory': [{ from: '2017-11-01', value: false, source: { citation: 'La. C.Cr.P. art. 895.6(A)' } }],
      },
    });
    const r = run(la(), '2019-12-31', courtOnly);
    expect(r.projectedEndDate).toBe('2022-03-10');
    expect(opp(r, 'earned_discharge')).toMatchObject({ status: 'upcoming', date: '2020-10-01' });
  });

  it('case: the repeal read as stopping credits for everyone (the other reading): only March 2024 earns', () => {
    // Start 2024-03-01: March 2024 earns (posts 2024-04-01), April 2024 ends after the repeal. 30 days of credit:
    // satisfied on start + (1,095 − 30)… 2024-03-01 + 3 years = 2027-03-01 = 1,095 days → 2027-01-30.
    const rec = la({ startDate: '2024-03-01', offenses: [{ statute: 'La. R.S. 14:67', level: 'felony', offenseDate: '2023-12-01' }] });
    const r = run(rec, '2024-12-31', stopForEveryone);
    expect(r.earnedCreditDays).toBe(30);
    expect(r.projectedEndDate).toBe('2027-01-30');
  });
});
