// The Arizona review records cover every rule and point at tests that exist (the same check as
// test/review-records.test.ts, run here so it holds whether or not the registry lists US-AZ).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewRecordProblems } from '../../engine/provisions.ts';
import { usAz } from './index.ts';

const repoRoot = new URL('../../../../../', import.meta.url).pathname;

describe('Arizona review records', () => {
  it('case: every rule has a complete review record, and every test it names exists', () => {
    expect(reviewRecordProblems(usAz.provisions, Object.keys(usAz.rules))).toEqual([]);
    for (const p of usAz.provisions) for (const test of p.tests) expect(existsSync(join(repoRoot, test)), `${p.id}: ${test}`).toBe(true);
  });

  it('case: no record claims legal review', () => {
    for (const p of usAz.provisions) for (const r of p.reviews) expect(r.status).not.toBe('reviewed');
  });
});
