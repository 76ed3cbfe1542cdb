// Every encoded jurisdiction carries a complete review record for every rule it runs: source text with
// its version, read date and link; a review; tests that exist; readings and open questions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewRecordProblems } from '../src/engine/provisions.ts';
import { JURISDICTIONS } from '../src/jurisdictions/registry.ts';
import { zembla } from './fictional-jurisdiction.ts';

const repoRoot = new URL('../../../', import.meta.url).pathname;

describe('review records', () => {
  for (const j of [...JURISDICTIONS.values(), zembla]) {
    it(`case: ${j.code} has a complete review record for every rule`, () => {
      expect(reviewRecordProblems(j.provisions, Object.keys(j.rules))).toEqual([]);
      for (const p of j.provisions) for (const test of p.tests) expect(existsSync(join(repoRoot, test)), `${p.id}: ${test}`).toBe(true);
    });
  }

  it('case: ids are unique across jurisdictions', () => {
    const ids = [...JURISDICTIONS.values()].flatMap((j) => j.provisions.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
