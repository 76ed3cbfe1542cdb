import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute, tableFact, type OffenseTable, type OffenseTableEntry } from './offense-table.ts';

const entry = (statute: string, facts?: OffenseTableEntry['facts']): OffenseTableEntry => ({
  statute,
  title: statute,
  tags: [],
  citation: 'test',
  asOf: '2024-01-01',
  ...(facts === undefined ? {} : { facts }),
});

const table: OffenseTable = {
  aliases: [],
  entries: [entry('PC 487', { theft: 'grand', chapter: '5' }), entry('PC 487(B)(3)', { theft: 'employee' }), entry('PC 211')],
};

describe('tableFact', () => {
  it('case: the most specific entry that gives the fact wins; a less specific one fills what it lacks', () => {
    const o = { tableEntries: lookupOffense(table, 'PC 487(b)(3)') };
    expect(tableFact(o, 'theft')).toBe('employee');
    expect(tableFact(o, 'chapter')).toBe('5');
  });

  it('case: no entry, or no entry with the fact: undefined', () => {
    expect(tableFact({ tableEntries: lookupOffense(table, 'PC 211') }, 'theft')).toBeUndefined();
    expect(tableFact({ tableEntries: [] }, 'theft')).toBeUndefined();
  });
});

describe('normalizeStatute', () => {
  const penal: OffenseTable = { aliases: [[/^PENAL CODE\s*/, 'PC ']], entries: [] };
  const vehicle: OffenseTable = { aliases: [[/^PENAL CODE\s*/, 'VC ']], entries: [] };

  it('case: upper case, no section sign, single spaces, no space before "("', () => {
    expect(normalizeStatute('pc §  211 (a)', table)).toBe('PC 211(A)');
  });

  it('case: each table remembers its own answers, so one statute under two tables keeps each alias', () => {
    // Asked twice under each table: the second answer comes from that table's memory.
    for (let round = 0; round < 2; round++) {
      expect(normalizeStatute('Penal Code 211', penal)).toBe('PC 211');
      expect(normalizeStatute('Penal Code 211', vehicle)).toBe('VC 211');
    }
  });
});
