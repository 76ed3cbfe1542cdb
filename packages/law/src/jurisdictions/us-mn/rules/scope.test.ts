/** What the Minnesota rules cover: probation (stays) only; no credits, no technical-violation limit. */
import { describe, expect, it } from 'vitest';
import { drug5, run, says, stayed, warns } from './test-helpers.ts';

describe('scope', () => {
  it('case: no credits and no sanction limit on probation, even after a technical violation', () => {
    const e = run(stayed('2023-09-15', [drug5]), '2024-06-30', [
      { type: 'violation', date: '2024-02-01', category: 'technical', status: 'sustained' },
    ]);
    expect(e.earnedCreditDays).toBe(0);
    expect(e.sanctionLimit).toBeNull();
    expect(e.opportunities.some((o) => o.kind === 'earned_discharge' || o.kind === 'early_termination')).toBe(false);
  });

  it('case: a supervised-release term gets no limit', () => {
    const e = run(stayed('2023-09-15', [drug5], { kind: 'supervised_release' }), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBeNull();
    expect(e.projectedEndDate).toBe(e.scheduledEndDate);
    expect(says(e, 'This term is not probation')).toBe(true);
  });

  it('case: a stay of adjudication is treated as a stay of imposition, with a warning', () => {
    // 2023-09-15 + 60 months = 2028-09-15.
    const e = run(stayed('2023-09-15', [drug5], { disposition: 'deferred' }), '2024-06-30');
    expect(e.statutoryMaxEndDate).toBe('2028-09-15');
    expect(warns(e, 'stay of adjudication')).toBe(true);
  });
});
