import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../../engine/offense-table.ts';
import { usNyOffenseTable as t } from '../offense-table.ts';
import { ny, run } from './test-helpers.ts';

describe('Less Is More scope: community supervision, not probation', () => {
  it('case: probation → scheduled end only, no credits, no opportunities, no limit, and a warning', () => {
    const r = run(ny({ kind: 'probation' }), '2023-06-30');
    expect(r.scheduledEndDate).toBe('2025-06-01');
    expect(r.projectedEndDate).toBe('2025-06-01');
    expect(r.earnedCreditDays).toBe(0);
    expect(r.opportunities).toEqual([]);
    expect(r.sanctionLimit).toBeNull();
    expect(r.warnings.some((w) => w.includes('New York probation is not covered by this tool'))).toBe(true);
  });

  it('case: conditional release and post-release supervision earn like parole', () => {
    expect(run(ny({ kind: 'conditional_release' }), '2022-07-01').earnedCreditDays).toBe(30);
    expect(run(ny({ kind: 'supervised_release' }), '2022-07-01').earnedCreditDays).toBe(30);
  });
});

describe('New York offense table', () => {
  it('case: citation spellings normalise to "PL 160.15" and "VTL 1192"', () => {
    for (const s of [
      'N.Y. Penal Law § 160.15',
      'NY Penal Law 160.15',
      'NYS Penal Law 160.15',
      'Penal Law § 160.15',
      'Penal 160.15',
      'Pen. Law 160.15',
      'PL 160.15',
      '160.15',
      // Attempts, written with article 110 first: Correction Law § 205(1) reaches them too.
      'PL 110-160.15',
      'PL 110/160.15',
      'PL 110.00/160.15',
    ]) {
      expect(normalizeStatute(s, t)).toBe('PL 160.15');
    }
    for (const s of ['VTL 1192', 'N.Y. Veh. & Traf. Law § 1192', 'Vehicle and Traffic Law 1192'])
      expect(normalizeStatute(s, t)).toBe('VTL 1192');
  });

  it('case: articles by pattern; the most specific entry first', () => {
    expect(lookupOffense(t, 'PL 130.35(1)')[0]?.tags).toContain('violent');
    expect(lookupOffense(t, 'PL 130.20').some((e) => e.facts?.nonTechnical === true)).toBe(true);
    expect(lookupOffense(t, 'PL 220.39(1)')[0]?.tags).toContain('drug_delivery');
    expect(lookupOffense(t, 'PL 265.01')[0]?.tags).toContain('weapon');
    expect(lookupOffense(t, 'PL 1300.1')).toHaveLength(0);
  });

  it('case: weapon possession in the third degree is a violent felony only under § 265.02(5)–(8)', () => {
    expect(lookupOffense(t, 'PL 265.02(7)')[0]?.tags).toContain('violent');
    expect(lookupOffense(t, 'PL 265.02(5)(ii)')[0]?.tags).toContain('violent');
    expect(lookupOffense(t, 'PL 265.02(1)')[0]?.tags).not.toContain('violent');
    expect(lookupOffense(t, 'PL 265.02')[0]?.facts?.violentOnlyUnder).toBe('(5), (6), (7) or (8)');
  });
});

describe('New York review records', () => {
  it('case: every rule has a complete review record and every listed test file exists', async () => {
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { reviewRecordProblems } = await import('../../../engine/provisions.ts');
    const { usNy } = await import('../index.ts');
    expect(reviewRecordProblems(usNy.provisions, Object.keys(usNy.rules))).toEqual([]);
    const root = new URL('../../../../../../', import.meta.url).pathname;
    for (const p of usNy.provisions) for (const f of p.tests) expect(existsSync(join(root, f)), f).toBe(true);
  });
});
