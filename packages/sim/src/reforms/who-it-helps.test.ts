import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReformFile, SHIPPED_REFORMS_DIR } from './reform-file-node.ts';
import { whoItHelps } from './who-it-helps.ts';

const mo2012 = loadReformFile(join(SHIPPED_REFORMS_DIR, 'us-mo-ecc-2012.yaml'));

describe('who it helps', () => {
  it('case: Missouri’s 2012 credits: three people whose projected end comes sooner, most days first, with the reform’s added steps', () => {
    const helped = whoItHelps(mo2012, '2012-09-01', 1);
    expect(helped).toHaveLength(3);
    for (const p of helped) {
      expect(p.after < p.before).toBe(true);
      // The days between the two dates, counted in UTC: e.g. 2015-03-01 − 2014-12-01 = 90.
      expect(p.daysSooner).toBe(Math.round((Date.parse(p.before) - Date.parse(p.after)) / 86_400_000));
      expect(p.difference.length).toBeGreaterThan(0);
      expect(p.difference.flatMap((s) => s.citations).some((c) => c.includes('217.703'))).toBe(true);
    }
    expect(helped.map((p) => p.daysSooner)).toEqual([...helped.map((p) => p.daysSooner)].sort((a, b) => b - a));
  });

  it('case: the same seed gives the same people, another seed others', () => {
    const helped = whoItHelps(mo2012, '2012-09-01', 1);
    expect(whoItHelps(mo2012, '2012-09-01', 1)).toEqual(helped);
    expect(whoItHelps(mo2012, '2012-09-01', 2)).not.toEqual(helped);
  });

  it('case: a reform that changes nothing helps no one', () => {
    const same = { ...mo2012, reform: { lawAsOf: mo2012.baseline?.lawAsOf } } as typeof mo2012;
    expect(whoItHelps(same, '2012-09-01', 1, { candidates: 50 })).toEqual([]);
  });
});
