import { describe, expect, it } from 'vitest';
import { mo, run } from './test-helpers.ts';

describe('RSMo § 559.036.4 the 120-day program in place of revocation', () => {
  it('case: class E probation, no program used → next technical violation limited to 120 days', () => {
    const r = run(mo(), '2021-12-31');
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 1, confinementAllowed: true, maxConfinementDays: 120 });
  });

  it('case: after one sustained technical violation handled without the program, the next is number 2, still 120', () => {
    const r = run(
      mo({}, [{ type: 'violation', date: '2021-09-01', category: 'technical', status: 'sustained', sanction: { type: 'jail', days: 2 } }]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 120 });
  });

  it('case: once the program was used on the term (prison sanction), no limit is left → null', () => {
    const r = run(
      mo({}, [
        { type: 'violation', date: '2021-09-01', category: 'technical', status: 'sustained', sanction: { type: 'prison', days: 120 } },
      ]),
      '2021-12-31',
    );
    expect(r.sanctionLimit).toBeNull();
  });

  it('case: parole → no statutory limit (null)', () => {
    expect(run(mo({ kind: 'parole' }), '2021-12-31').sanctionLimit).toBeNull();
  });

  it('case: class C felony sentenced in 2017 → not a program offense → null', () => {
    expect(run(mo({ offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'C' }] }), '2021-12-31').sanctionLimit).toBeNull();
  });

  it('case: a chapter 571 felony keeps the limit but says the court may find the program unavailable', () => {
    const r = run(
      mo({ offenses: [{ statute: 'RSMo 571.070', level: 'felony', class: 'D', description: 'unlawful possession of a firearm' }] }),
      '2021-12-31',
    );
    expect(r.sanctionLimit?.maxConfinementDays).toBe(120);
    expect(r.sanctionLimit?.reasons?.join(' ')).toContain('may decide');
  });

  it('case: not law before 2012-08-28 (day before → null; day of → 120)', () => {
    const rec = mo({
      startDate: '2011-06-01',
      sentenceDate: '2011-06-01',
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D' }],
    });
    expect(run(rec, '2012-08-27').sanctionLimit).toBeNull();
    expect(run(rec, '2012-08-28').sanctionLimit?.maxConfinementDays).toBe(120);
  });
});

describe('RSMo § 559.036.2 court early discharge', () => {
  it('case: probation → early termination eligible from the start date', () => {
    const r = run(mo(), '2021-12-31');
    expect(r.opportunities.find((o) => o.kind === 'early_termination')).toMatchObject({ status: 'eligible', date: '2021-03-15' });
  });
});
