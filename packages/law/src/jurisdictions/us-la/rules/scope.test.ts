/**
 * What the Louisiana rules cover: probation, parole, and release on diminution of sentence (a record's
 * conditional release), which R.S. 15:571.5 supervises as parole. Supervised release is outside them.
 */
import { describe, expect, it } from 'vitest';
import { la, run } from './test-helpers.ts';

describe('scope of the Louisiana rules', () => {
  it('case: conditional release (good time) earns parole credits, with the reason told', () => {
    // Start 2019-03-10 (mid-month), 3 years. Full calendar months from April 2019 through November 2019:
    // 8 months × 30 days = 240 days as of 2019-12-31, the same as parole (R.S. 15:574.6.1(A)(1)).
    const released = run(la({ kind: 'conditional_release' }), '2019-12-31');
    const parole = run(la({ kind: 'parole' }), '2019-12-31');
    expect(released.earnedCreditDays).toBe(parole.earnedCreditDays);
    expect(released.earnedCreditDays).toBe(240);
    expect(released.projectedEndDate).toBe(parole.projectedEndDate);
    expect(released.sanctionLimit).toEqual(parole.sanctionLimit);
    const step = released.explanation.find((s) => s.text.startsWith('You were released on diminution of sentence'));
    expect(step?.citations).toEqual(['La. R.S. 15:571.5(A), (B)(3)']);
    expect(released.warnings.some((w) => w.includes('not worked out here'))).toBe(false);
  });

  it('case: supervised release gets the end as set, an explanation and a warning; parole gets neither', () => {
    const r = run(la({ kind: 'supervised_release' }), '2019-12-31');
    expect(r.projectedEndDate).toBe(r.scheduledEndDate);
    expect(r.earnedCreditDays).toBe(0);
    expect(r.warnings).toContain(
      "Louisiana's supervised release rules are not worked out here: only the end of this term as set is shown, with no limit, credits, early end or jail limit.",
    );
    expect(r.explanation.map((s) => s.text)).toContain(
      'The Louisiana rules in this report cover probation and parole (including release on good time, which is supervised as parole). This term is supervised release, so only the end date of your term as set is shown.',
    );
    expect(run(la({ kind: 'parole' }), '2019-12-31').warnings.some((w) => w.includes('not worked out here'))).toBe(false);
  });
});
