/** The Florida offense table: citation spellings and the VFOSC facts. */
import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute, tableFact } from '../../engine/offense-table.ts';
import { flOffenseTable } from './offense-table.ts';

const vfosc = (s: string) => tableFact({ tableEntries: lookupOffense(flOffenseTable, s) }, 'vfosc');
const tags = (s: string) => [...new Set(lookupOffense(flOffenseTable, s).flatMap((e) => e.tags))].sort();

describe('Florida offense table', () => {
  it('case: spellings of Florida Statutes normalise to one form', () => {
    for (const s of [
      'Fla. Stat. § 812.014(2)(c)',
      'F.S. 812.014(2)(c)',
      'FS 812.014 (2)(c)',
      's. 812.014(2)(c), F.S.',
      'Florida Statutes 812.014(2)(c)',
      '812.014(2)(c), F.S.',
      // The bare form Florida records usually use, and the other prefixes and suffixes seen in exports.
      '812.014(2)(c)',
      's. 812.014(2)(c)',
      'ss. 812.014(2)(c)',
      'FSS 812.014(2)(c)',
      'Section 812.014(2)(c), Florida Statutes',
      '812.014(2)(c) Fla. Stat.',
    ]) {
      expect(normalizeStatute(s, flOffenseTable)).toBe('FS 812.014(2)(C)');
    }
  });

  it('case: theft, drugs, DUI carry descriptive tags; 812.0145 is not 812.014', () => {
    expect(tags('Fla. Stat. § 812.014')).toEqual(['theft']);
    expect(tags('FS 893.13(6)(a)')).toEqual(['drug']);
    expect(tags('FS 893.13(1)(a)')).toEqual(['drug', 'drug_delivery']);
    expect(tags('Fla. Stat. § 316.193')).toEqual(['dui']);
    expect(lookupOffense(flOffenseTable, 'FS 812.0145')).toEqual([]);
  });

  it('case: qualifying offenses; aggravated stalking only under listed subsections', () => {
    expect(vfosc('Fla. Stat. § 812.13')).toBe(true);
    expect(vfosc('Fla. Stat. § 784.048(3)')).toBe(true);
    expect(vfosc('Fla. Stat. § 784.048(2)')).toBe('subsections');
    // Burglary: the bare section by the record's degree; a subsection names the degree itself.
    expect(vfosc('Fla. Stat. § 810.02')).toBe('degree12');
    expect(vfosc('Fla. Stat. § 810.02(3)(b)')).toBe(true);
    expect(vfosc('Fla. Stat. § 810.02(4)(a)')).toBe(false);
    expect(vfosc('Fla. Stat. § 812.014')).toBeUndefined();
    // Robbery written bare, as in the record the rule first missed.
    expect(vfosc('812.13(2)(c)')).toBe(true);
  });

  it('case: every entry is cited and dated', () => {
    for (const e of flOffenseTable.entries) {
      expect(e.citation.length).toBeGreaterThan(0);
      expect(e.asOf).toBe('2026-11-30');
    }
  });
});
