import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../../engine/offense-table.ts';
import { OFFENSE_TAGS } from '../../records/vocabulary.ts';
import { usCaOffenseTable as table } from './offense-table.ts';

const tags = (statute: string) => [...new Set(lookupOffense(table, statute).flatMap((e) => e.tags))].sort();

describe('California offense table', () => {
  it('case: citation spellings normalise to PC / VC / HSC', () => {
    expect(normalizeStatute('Cal. Penal Code § 211', table)).toBe('PC 211');
    expect(normalizeStatute('Penal Code section 487(b)(3)', table)).toBe('PC 487(B)(3)');
    expect(normalizeStatute('Cal. Pen. Code 273.5', table)).toBe('PC 273.5');
    expect(normalizeStatute('P.C. 459.5', table)).toBe('PC 459.5');
    expect(normalizeStatute('PC211', table)).toBe('PC 211');
    expect(normalizeStatute('Veh. Code § 23152(a)', table)).toBe('VC 23152(A)');
    expect(normalizeStatute('CVC 23153', table)).toBe('VC 23153');
    expect(normalizeStatute('Health & Safety Code 11351', table)).toBe('HSC 11351');
    expect(normalizeStatute('H&S 11350', table)).toBe('HSC 11350');
  });

  it('case: tags come from PC 667.5(c) and the own-length statutes', () => {
    expect(tags('PC 211')).toEqual(['violent']);
    expect(tags('PC 187(a)')).toEqual(['homicide', 'life_eligible', 'violent']);
    expect(tags('VC 23152(a)')).toEqual(['dui', 'own_probation_length']);
    expect(tags('PC 273.5(a)')).toEqual(['domestic_violence', 'own_probation_length']);
    expect(tags('PC 2110')).toEqual([]);
    expect(tags('PC 451(b)')).toEqual(['violent']);
    expect(tags('PC 451(d)')).toEqual([]);
  });

  it('case: subdivision entries carry the facts the rules read', () => {
    const e = lookupOffense(table, 'PC 487(b)(3)');
    expect(e[0]!.facts).toEqual({ theftCarveOut: 'core' });
    expect(lookupOffense(table, 'PC 487(a)').some((x) => x.facts?.['theftCarveOut'] !== undefined)).toBe(false);
  });

  it('case: every entry uses the vocabulary, cites a provision and is dated', () => {
    for (const e of table.entries) {
      for (const t of e.tags) expect(OFFENSE_TAGS).toContain(t);
      expect(e.citation.length).toBeGreaterThan(0);
      expect(e.asOf).toBe('2026-11-30');
      expect(e.statute).toBe(e.statute.toUpperCase());
    }
  });
});
