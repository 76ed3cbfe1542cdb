import { describe, expect, it } from 'vitest';
import { ny, opp, run } from './test-helpers.ts';

describe('N.Y. Correction Law § 205 merit termination', () => {
  it('case: grand larceny parole → DOCCS may grant merit termination from the start date', () => {
    expect(opp(run(ny(), '2023-06-30'), 'early_termination')).toMatchObject({ status: 'eligible', date: '2022-06-01' });
  });

  it('case: a violent felony offense (robbery 1st, § 70.02) is excluded', () => {
    const r = run(ny({ offenses: [{ statute: 'PL 160.15', level: 'felony', description: 'robbery in the first degree' }] }), '2023-06-30');
    expect(opp(r, 'early_termination')).toMatchObject({ status: 'ineligible', date: null });
    expect(opp(r, 'early_termination')?.reasons[0]).toContain('violent felony offense');
  });

  it('case: murder in the second degree and incest are excluded by their clauses', () => {
    const murder = run(ny({ offenses: [{ statute: 'Penal Law 125.25', level: 'felony' }] }), '2023-06-30');
    expect(opp(murder, 'early_termination')?.reasons[0]).toContain('murder (§ 205(1)(b))');
    const incest = run(ny({ offenses: [{ statute: 'PL 255.25', level: 'felony' }] }), '2023-06-30');
    expect(opp(incest, 'early_termination')?.status).toBe('ineligible');
  });

  it('case: weapon possession 3rd under § 265.02(7) is a violent felony offense; cited bare it is read as another subdivision, with a warning', () => {
    expect(opp(run(ny({ offenses: [{ statute: 'PL 265.02(7)', level: 'felony' }] }), '2023-06-30'), 'early_termination')?.status).toBe(
      'ineligible',
    );
    const bare = run(ny({ offenses: [{ statute: 'PL 265.02', level: 'felony' }] }), '2023-06-30');
    expect(opp(bare, 'early_termination')?.status).toBe('eligible');
    expect(bare.warnings.some((w) => w.includes('only under subdivision (5), (6), (7) or (8)'))).toBe(true);
  });

  it('case: an attempt ("PL 110/160.15") is excluded like the offense (§ 205(1): "or for an attempt to commit")', () => {
    expect(opp(run(ny({ offenses: [{ statute: 'PL 110/160.15', level: 'felony' }] }), '2023-06-30'), 'early_termination')?.status).toBe(
      'ineligible',
    );
  });

  it('case: an unclassified statute is read as not excluded, with a warning', () => {
    const r = run(ny({ offenses: [{ statute: 'PL 999.99', level: 'felony' }] }), '2023-06-30');
    expect(opp(r, 'early_termination')?.status).toBe('eligible');
    expect(r.warnings.some((w) => w.includes('Merit termination'))).toBe(true);
  });
});
