/** Guide to Judiciary Policy, Vol. 8E, § 360.20: the 18-month presumption (policy, not law). */
import { describe, expect, it } from 'vitest';
import { parseIsoDate, formatIsoDate } from '../../../dates/calendar.ts';
import { firstDayOutsideLookBack } from './policy-presumption.ts';
import { fed, misdemeanorProbation, opp, run } from './test-helpers.ts';

const POLICY = 'Judicial Conference policy';

describe('18-month policy presumption', () => {
  it('case: FED-1 — released 2023-04-03, no violations → presumption from 2024-10-03', () => {
    // 2023-04-03 + 18 months = 2024-10-03.
    expect(opp(run(fed(), '2024-10-02'), POLICY)).toMatchObject({ status: 'upcoming', date: '2024-10-03' });
    const on = run(fed(), '2024-10-03');
    expect(opp(on, POLICY)).toMatchObject({ status: 'eligible', date: '2024-10-03' });
    expect(opp(on, POLICY)!.citations[0]).toContain('policy');
    expect(on.warnings.some((w) => w.includes('not a statute'))).toBe(true);
    // What the record cannot show is said to be assumed, not stated as a fact about the person.
    expect(opp(on, POLICY)!.reasons).toContain('You are not a career violent or drug offender (assumed, as the record does not say).');
    // Told in the tense of the as-of date: reached on the day itself, to be reached the day before.
    expect(opp(on, POLICY)!.reasons[0]).toMatch(/^You reached 18 months of supervised release on October 3, 2024\./);
    expect(opp(run(fed(), '2024-10-02'), POLICY)!.reasons[0]).toMatch(/^You reach 18 months/);
  });

  it('case: FED-3 — felony probation from 2024-01-15, violation reported 2024-11-01 → 2025-11-01, not 2025-07-15', () => {
    // 18 months: 2025-07-15. Look-back: 2024-11-01 + 12 months = 2025-11-01 (the later).
    const rec = fed({ kind: 'probation', sentenceDate: '2024-01-15', startDate: '2024-01-15', length: { years: 3 } }, [
      { type: 'violation', date: '2024-11-01', category: 'technical', kinds: ['positive_drug_test'], status: 'sustained' },
    ]);
    const r = run(rec, '2025-10-31');
    expect(opp(r, POLICY)).toMatchObject({ status: 'upcoming', date: '2025-11-01' });
    expect(opp(r, '§ 3564(c)')).toMatchObject({ status: 'eligible', date: '2025-01-15' });
    expect(opp(run(rec, '2025-11-01'), POLICY)!.status).toBe('eligible');
  });

  it('case: a new conviction during the term counts as a court-reported violation (before the start: not)', () => {
    // Released 2023-04-03: 18 months = 2024-10-03. Convicted 2024-05-10: 2024-05-10 + 12 months = 2025-05-10.
    const convicted = (date: string) => run(fed({}, [{ type: 'conviction', date, level: 'felony' }]), '2024-10-03');
    const r = convicted('2024-05-10');
    expect(opp(r, POLICY)).toMatchObject({ status: 'upcoming', date: '2025-05-10' });
    expect(opp(r, POLICY)!.citations).toContain('18 U.S.C. § 3583(d)');
    expect(r.explanation.map((s) => s.text).join(' ')).toContain('no longer reaches the conviction on May 10, 2024');
    // A conviction dated before the term began (for older conduct) does not count against this term.
    expect(opp(convicted('2023-04-02'), POLICY)).toMatchObject({ status: 'eligible', date: '2024-10-03' });
  });

  it('case: absconding counts on its last day away; while it runs, the policy is closed until the person is back', () => {
    // Released 2023-04-03: 18 months = 2024-10-03. Away 2024-01-01..2024-03-01: the look-back reaches the
    // last day away until 2024-03-01 + 12 months = 2025-03-01 (the later date).
    const ended = run(fed({}, [{ type: 'absconded', start: '2024-01-01', end: '2024-03-01' }]), '2024-12-01');
    expect(opp(ended, POLICY)).toMatchObject({ status: 'upcoming', date: '2025-03-01' });
    expect(opp(ended, POLICY)!.citations).toContain('U.S.S.G. § 5D1.3(c)');
    expect(ended.explanation.map((s) => s.text).join(' ')).toContain('no longer reaches the absconding that ended on March 1, 2024');
    // Away since 2024-09-01 with no end: not eligible while away (curable), the statute still applies.
    const away = run(fed({}, [{ type: 'absconded', start: '2024-09-01' }]), '2024-12-01');
    const o = opp(away, POLICY)!;
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o.reasons.join(' ')).toContain('away from supervision without permission since September 1, 2024');
    expect(o.almost?.missing.join(' ')).toContain('since September 1, 2024');
    expect(opp(away, '§ 3583(e)(1)')).toMatchObject({ status: 'eligible', date: '2024-04-03' });
    // A spell that ends on the as-of date is still running that day; probation cites § 5B1.3(c).
    const probation = fed({ kind: 'probation', sentenceDate: '2023-04-03' }, [
      { type: 'absconded', start: '2024-11-01', end: '2024-12-01' },
    ]);
    expect(opp(run(probation, '2024-12-01'), POLICY)).toMatchObject({ status: 'ineligible' });
    const back = opp(run(probation, '2024-12-02'), POLICY)!;
    expect(back).toMatchObject({ status: 'upcoming', date: '2025-12-01' });
    expect(back.citations).toContain('U.S.S.G. § 5B1.3(c)');
  });

  it('case: a violation on February 29 keeps the look-back closed through 2025-02-28 (the clamped sum)', () => {
    // Start 2023-08-31; 18 months = 2025-02-28. Violation 2024-02-29 + 12 months clamps to 2025-02-28,
    // whose look-back (2024-02-29 through 2025-02-28) still holds the violation; 2025-03-01 looks back
    // only to 2024-03-02, so the policy opens then. A violation on 2024-02-28 clears on 2025-02-28.
    const start = { startDate: '2023-08-31', length: { years: 5 } };
    const leap = fed(start, [{ type: 'violation', date: '2024-02-29', category: 'technical', status: 'sustained' }]);
    expect(opp(run(leap, '2024-06-01'), POLICY)).toMatchObject({ status: 'upcoming', date: '2025-03-01' });
    // The explanation gives both dates and why, not only the opportunities' reasons.
    const said = run(leap, '2024-06-01').explanation.map((e) => e.text);
    expect(said).toContain(
      'The judge may end your supervised release early once one year of supervised release has passed, on August 31, 2024 (one year after August 31, 2023), if your conduct and the interest of justice support it. The judge decides, so that does not change your end date here.',
    );
    expect(said).toContain(
      'From March 1, 2025 (the first day whose 12-month look-back no longer reaches the violation reported on February 29, 2024), court policy asks probation officers to presume early termination is right for people who meet its criteria, and to recommend it to the judge.',
    );
    const dayBefore = fed(start, [{ type: 'violation', date: '2024-02-28', category: 'technical', status: 'sustained' }]);
    expect(opp(run(dayBefore, '2024-06-01'), POLICY)).toMatchObject({ status: 'upcoming', date: '2025-02-28' });
    expect(
      run(dayBefore, '2024-06-01')
        .explanation.map((e) => e.text)
        .join(' '),
    ).toContain(
      'From February 28, 2025 (18 months from the start of your supervised release, which is also the first day whose 12-month look-back no longer reaches the violation reported on February 28, 2024), court policy',
    );
  });

  it('case: the term ends before the look-back after a violation clears: the words say the look-back sets the day', () => {
    // Start 2022-01-10, 3 years → 2025-01-10; 18 months served 2023-07-10; violation 2024-02-29 → clear 2025-03-01.
    const r = run(
      fed({ startDate: '2022-01-10', length: { years: 3 } }, [
        { type: 'violation', date: '2024-02-29', category: 'technical', status: 'reported' },
      ]),
      '2024-03-01',
    );
    expect(r.explanation.map((e) => e.text)).toContain(
      'Your supervised release is set to end on January 10, 2025, before the court policy that favors early termination after 18 months would apply (March 1, 2025: the 18 months were served on July 10, 2023, but the 12-month look-back after the violation clears only then).',
    );
  });

  it('case: firstDayOutsideLookBack at month ends: a clamped sum moves to the next day, an exact one stays', () => {
    const clear = (v: string, months: number) => formatIsoDate(firstDayOutsideLookBack(parseIsoDate(v), months));
    // 2024-01-31 + 1 month clamps to 2024-02-29 (leap year), which looks back to 2024-01-29: still inside.
    expect(clear('2024-01-31', 1)).toBe('2024-03-01');
    // 2023-03-31 + 12 months = 2024-03-31 exactly; it looks back to 2023-03-31 itself, which the window excludes.
    expect(clear('2023-03-31', 12)).toBe('2024-03-31');
    // 2024-02-29 + 48 months = 2028-02-29 (a leap year again): exact.
    expect(clear('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('case: a violation more than 12 months before the 18-month mark does not move it; a dismissed one never does', () => {
    // Start 2023-04-03; violation 2023-04-20 + 12 months = 2024-04-20 < 2024-10-03.
    const early = run(fed({}, [{ type: 'violation', date: '2023-04-20', category: 'technical', status: 'reported' }]), '2024-06-01');
    expect(opp(early, POLICY)!.date).toBe('2024-10-03');
    // 2024-05-01 + 12 months = 2025-05-01, but dismissed: stays 2024-10-03.
    const dismissed = run(fed({}, [{ type: 'violation', date: '2024-05-01', category: 'technical', status: 'dismissed' }]), '2024-06-01');
    expect(opp(dismissed, POLICY)!.date).toBe('2024-10-03');
    const reported = run(fed({}, [{ type: 'violation', date: '2024-05-01', category: 'technical', status: 'reported' }]), '2024-06-01');
    expect(opp(reported, POLICY)!.date).toBe('2025-05-01');
  });

  it('case: sex offenses and terrorism are outside the policy (ineligible), but the statute remains', () => {
    const sex = run(fed({ offenses: [{ statute: '18 U.S.C. § 2252A(a)(5)(B)', level: 'felony' }] }), '2024-11-01');
    expect(opp(sex, POLICY)).toMatchObject({ status: 'ineligible', date: null });
    expect(opp(sex, '§ 3583(e)(1)')!.status).toBe('eligible');
    const terror = run(fed({ offenses: [{ statute: '18 USC 2339B', level: 'felony' }] }), '2024-11-01');
    expect(opp(terror, POLICY)).toMatchObject({ status: 'ineligible', date: null });
  });

  it('case: misdemeanor probation — the statute opens at once, the policy at 18 months', () => {
    const r = run(misdemeanorProbation('2025-01-10', 2), '2025-02-01');
    // 2025-01-10 + 18 months = 2026-07-10.
    expect(opp(r, POLICY)).toMatchObject({ status: 'upcoming', date: '2026-07-10' });
  });

  it('case: before the policy (as of 2004-12-31) only the statute applies', () => {
    const r = run(fed({ sentenceDate: '2000-01-01', startDate: '2003-01-10' }), '2004-12-31');
    expect(opp(r, POLICY)).toBeUndefined();
    expect(opp(r, '§ 3583(e)(1)')!.status).toBe('eligible');
    expect(opp(run(fed({ sentenceDate: '2000-01-01', startDate: '2003-01-10' }), '2005-01-01'), POLICY)!.status).toBe('eligible');
  });

  it('case: 18 months reached before the policy (2003-01-10 + 18 months = 2004-07-10) → it opens 2005-01-01, not 2004-07-10', () => {
    // Latest of: 18 months 2004-07-10; statute 2004-01-10; policy in force from 2005-01-01 (earliest day encoded).
    const r = run(fed({ sentenceDate: '2000-01-01', startDate: '2003-01-10' }), '2005-01-01');
    expect(opp(r, POLICY)).toMatchObject({ status: 'eligible', date: '2005-01-01' });
    expect(opp(r, POLICY)!.reasons.some((x) => x.startsWith('The policy was adopted in 2005'))).toBe(true);
    expect(
      r.explanation.some((s) =>
        s.text.startsWith('From January 1, 2005 (when the policy began, in 2005; you had reached 18 months on July 10, 2004)'),
      ),
    ).toBe(true);
    // 18 months reached after it (start 2004-01-10 → 2005-07-10): the policy date is not involved.
    const later = run(fed({ sentenceDate: '2000-01-01', startDate: '2004-01-10' }), '2005-01-01');
    expect(opp(later, POLICY)).toMatchObject({ status: 'upcoming', date: '2005-07-10' });
    expect(opp(later, POLICY)!.reasons.some((x) => x.includes('adopted'))).toBe(false);
  });
});

describe('18-month policy presumption: terms that end first', () => {
  it('case: a 1-year misdemeanor probation ends before 18 months → no policy opportunity, an explanation', () => {
    // 2024-03-04 + 1 year = 2025-03-04 < 2024-03-04 + 18 months = 2025-09-04.
    const r = run(misdemeanorProbation('2024-03-04', 1), '2024-06-30');
    expect(opp(r, POLICY)).toBeUndefined();
    expect(r.explanation.some((s) => s.text.includes('September 4, 2025'))).toBe(true);
  });

  it('case: an 18-month term: the presumption date is its last day, so it is not shown; a day longer shows it', () => {
    // 2023-04-03 + 18 months = 2024-10-03 = the scheduled end (its last day): nothing to end early.
    const eighteen = run(fed({ length: { months: 18 } }), '2024-06-01');
    expect(opp(eighteen, POLICY)).toBeUndefined();
    expect(eighteen.explanation.some((s) => s.text.includes('October 3, 2024, the day the court policy'))).toBe(true);
    // 18 months and 1 day ends 2024-10-04, after the presumption date of 2024-10-03.
    expect(opp(run(fed({ length: { months: 18, days: 1 } }), '2024-06-01'), POLICY)).toMatchObject({ date: '2024-10-03' });
  });
});
