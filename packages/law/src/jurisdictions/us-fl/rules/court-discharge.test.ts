/** Fla. Stat. § 948.05(1): the court may discharge a probationer at any time. */
import { describe, expect, it } from 'vitest';
import { fl, opp, run, technicalViolation } from './test-helpers.ts';

describe('§ 948.05(1) court discharge at any time', () => {
  it('case: open from the start date (upcoming the day before it, eligible on it)', () => {
    expect(opp(run(fl(), '2020-01-14'), 'early_termination', '§ 948.05(1)')).toMatchObject({ status: 'upcoming', date: '2020-01-15' });
    expect(opp(run(fl(), '2020-01-15'), 'early_termination', '§ 948.05(1)')).toMatchObject({ status: 'eligible', date: '2020-01-15' });
  });

  it('case: no exclusions — a robbery probation with a sustained violation keeps it', () => {
    const r = run(
      fl({ offenses: [{ statute: 'FS 812.13', level: 'felony' }] }, [technicalViolation('2020-06-01', 'sustained')]),
      '2021-01-01',
    );
    expect(opp(r, 'early_termination', '§ 948.05(1)')!.status).toBe('eligible');
  });

  it('case: parole is not encoded: no opportunity, an explanation says why', () => {
    const r = run(fl({ kind: 'parole' }), '2021-01-01');
    expect(r.opportunities).toHaveLength(0);
    expect(r.explanation.some((s) => s.text.includes('Commission on Offender Review'))).toBe(true);
  });

  it('case: none after the term has ended', () => {
    // 2020-01-15 + 3 years = 2023-01-15; as of 2023-01-16 it is over.
    expect(opp(run(fl(), '2023-01-16'), 'early_termination', '§ 948.05(1)')).toBeUndefined();
  });
});
