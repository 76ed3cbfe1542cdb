/** Fla. Stat. § 948.04(3): the Department of Corrections may recommend early termination at any time. */
import { describe, expect, it } from 'vitest';
import { fl, opp, run, technicalViolation } from './test-helpers.ts';

const DOC = '§ 948.04(3)';

describe('§ 948.04(3) Department recommendation', () => {
  it('case: a compliant Department-supervised probationer with nothing owed: open from the start date', () => {
    const r = run(fl(), '2020-02-01');
    expect(opp(r, 'early_termination', DOC)).toMatchObject({ status: 'eligible', date: '2020-01-15' });
    expect(r.warnings.some((w) => w.includes('fines and court costs'))).toBe(true);
  });

  it('case: restitution paid in full on 2020-09-30 → opens 2020-09-30 (upcoming is not possible before payment: ineligible until then)', () => {
    const events = [
      { type: 'payment' as const, date: '2020-05-01', amountUsd: 250, kind: 'restitution' as const },
      { type: 'payment' as const, date: '2020-09-30', amountUsd: 250, kind: 'restitution' as const },
    ];
    const paid = run(fl({ restitutionOrderedUsd: 500 }, events), '2020-10-01');
    expect(opp(paid, 'early_termination', DOC)).toMatchObject({ status: 'eligible', date: '2020-09-30' });
    const owing = run(fl({ restitutionOrderedUsd: 500 }, events), '2020-09-29');
    expect(opp(owing, 'early_termination', DOC)).toMatchObject({ status: 'ineligible', date: null });
    expect(opp(owing, 'early_termination', DOC)!.reasons.join(' ')).toContain('$250.00');
  });

  it('case: found in violation → ineligible for the rest of the term', () => {
    const r = run(fl({}, [technicalViolation('2020-03-01', 'sustained')]), '2021-01-01');
    expect(opp(r, 'early_termination', DOC)).toMatchObject({ status: 'ineligible', date: null });
    expect(opp(r, 'early_termination', DOC)!.almost).toBeUndefined();
  });

  it('case: "before the scheduled termination date": offered on the day before the last day, not on the last day', () => {
    // 2020-01-15 + 3 years = 2023-01-15, the scheduled end and the term's last day (spec § 3).
    const before = run(fl(), '2023-01-14');
    expect(before.scheduledEndDate).toBe('2023-01-15');
    expect(opp(before, 'early_termination', DOC)).toMatchObject({ status: 'eligible', date: '2020-01-15' });
    const onTheDay = run(fl(), '2023-01-15');
    expect(opp(onTheDay, 'early_termination', DOC)).toBeUndefined();
    expect(
      onTheDay.explanation.some((s) => s.text.includes('only before that day') && s.citations.includes('Fla. Stat. § 948.04(3)')),
    ).toBe(true);
  });

  it('case: revoked 2021-08-01 and reinstated 2021-09-01, no violation recorded → ineligible, told as the revocation', () => {
    // The revocation is the court's finding of violation; the reason names it as such, not as a violation dated that day.
    const orders = [
      { type: 'revocation' as const, date: '2021-08-01' },
      { type: 'reinstatement' as const, date: '2021-09-01' },
    ];
    const o = opp(run(fl({ orders }), '2022-06-01'), 'early_termination', DOC)!;
    expect(o).toMatchObject({ status: 'ineligible', date: null });
    expect(o.reasons.join(' ')).toContain('The court found you in violation (the revocation of August 1, 2021).');
    // With a sustained violation recorded, the violation is named.
    const v = opp(run(fl({}, [technicalViolation('2020-03-01', 'sustained')]), '2021-01-01'), 'early_termination', DOC)!;
    expect(v.reasons.join(' ')).toContain('(the violation dated March 1, 2020)');
  });

  it('case: county-supervised probation → not offered; supervisor unknown → assumed the Department, with a warning', () => {
    const county = run(fl({ supervisingAgency: 'county' }), '2021-01-01');
    expect(opp(county, 'early_termination', DOC)).toBeUndefined();
    const unknown = run(fl({ supervisingAgency: undefined }), '2021-01-01');
    expect(opp(unknown, 'early_termination', DOC)!.status).toBe('eligible');
    expect(unknown.warnings.some((w) => w.includes('does not say who supervises'))).toBe(true);
  });
});
