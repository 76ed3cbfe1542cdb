// Every jurisdiction's offense table is written in its own normalised form, so each entry can match: an
// entry matched by section (no pattern) must read the same after normalising ("MCL 750.349a" would never
// match, since citations are upper-cased first), and must find itself.
import { describe, expect, it } from 'vitest';
import { lookupOffense, normalizeStatute } from '../src/engine/offense-table.ts';
import { JURISDICTIONS } from '../src/jurisdictions/registry.ts';

describe('offense tables', () => {
  for (const j of JURISDICTIONS.values()) {
    it(`case: ${j.code}: every entry is in the table's normalised form and matches itself`, () => {
      const table = j.offenseTable;
      for (const e of table.entries) {
        if (e.pattern !== undefined) continue;
        expect(normalizeStatute(e.statute, table), e.statute).toBe(e.statute);
        expect(lookupOffense(table, e.statute), e.statute).toContain(e);
      }
    });
  }
});
