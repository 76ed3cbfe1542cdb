// The lab's default run of a shipped bill is `pathways simulate`'s: the spec the page builds for
// us-mo-ecc-2012.yaml, run in one thread as the Web Worker does, gives the very summary that
// runSimulation gives in Node on worker threads for the file read from disk (small size, same seed).
import { join } from 'node:path';
import { readReformText, runSimulation, SHIPPED_REFORMS_DIR } from '@pathways/sim';
import { runInThisThread } from '@pathways/sim/core';
import { describe, expect, it } from 'vitest';
import { defaultState } from './lab-state.ts';
import { labSpec } from './reform-spec.ts';

describe('the lab and the command line', () => {
  it('case: Missouri 2012, same seed and size: equal summaries', async () => {
    const state = defaultState('US-MO', 'us-mo-ecc-2012.yaml', '2026-12-03');
    state.run = { ...state.run, months: 18, people: 600, replications: 3, seed: 7 };
    const lab = runInThisThread(labSpec(state));
    const cli = await runSimulation(
      {
        reform: readReformText(join(SHIPPED_REFORMS_DIR, 'us-mo-ecc-2012.yaml')),
        start: '2012-09-01',
        months: 18,
        people: 600,
        seed: 7,
        replications: 3,
        grantRates: {},
        costs: {},
      },
      { workers: 2 },
    );
    expect(lab.summary).toEqual(cli.summary);
    expect(lab.summary.totals.peopleWhoEarnedCredits!.reform.mean).toBeGreaterThan(0);
    expect(lab.summary.totals.supervisionYears!.difference.mean).toBeLessThan(0);
  }, 120_000);
});
