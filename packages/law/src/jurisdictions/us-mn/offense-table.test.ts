/** The Minnesota offense table: citation spellings and the entries the subd. 2 lists match. */
import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { usMnOffenseTable as table } from './offense-table.ts';

describe('Minnesota citations', () => {
  it('case: spellings normalise to the section and subdivision', () => {
    expect(normalizeStatute('Minn. Stat. § 609.2113, subd. 2(1)', table)).toBe('609.2113.2(1)');
    expect(normalizeStatute('Minnesota Statutes section 609.342, subdivision 1(a)', table)).toBe('609.342.1(A)');
    expect(normalizeStatute('M.S. 609.2113 subd 3', table)).toBe('609.2113.3');
    expect(normalizeStatute('MS 152.025', table)).toBe('152.025');
    expect(normalizeStatute('609.135.2', table)).toBe('609.135.2');
  });

  it('case: a subdivision entry wins over its section, and the section still matches', () => {
    expect(lookupOffense(table, 'Minn. Stat. § 609.2113, subd. 2').map((e) => e.statute)).toEqual(['609.2113.2', '609.2113']);
    expect(lookupOffense(table, '609.2113.3(a)').map((e) => e.statute)).toEqual(['609.2113.3', '609.2113']);
  });

  it('case: near numbers do not match (609.17 is not 609.175; 609.21 is not 609.2112)', () => {
    expect(lookupOffense(table, '609.175').map((e) => e.statute)).toEqual(['609.175']);
    expect(lookupOffense(table, '609.2112').map((e) => e.statute)).toEqual(['609.2112']);
  });

  it('case: chapter 152 degrees one to five are drug offenses; 152.027 is not listed', () => {
    expect(lookupOffense(table, '152.022').flatMap((e) => e.tags)).toContain('drug');
    expect(lookupOffense(table, '152.025')[0]!.statute).toBe('152.025');
    expect(lookupOffense(table, '152.027')).toEqual([]);
  });

  it('case: every entry is dated and cited', () => {
    for (const e of table.entries) {
      expect(e.asOf).toBe('2026-11-30');
      expect(e.citation.length).toBeGreaterThan(0);
    }
  });
});
