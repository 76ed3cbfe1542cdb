// The simulator's browser entry (`@pathways/sim/core`): it bundles for a browser (no Node API anywhere in
// it), and a run in the calling thread from a reform file's text gives the command line's figures for the
// same seed, so the policy lab and `pathways simulate` agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { runInThisThread, type SimulationSpec } from '../src/core.ts';
import { runSimulation, SHIPPED_REFORMS_DIR } from '../src/index.ts';

describe('@pathways/sim/core', () => {
  it('case: bundles for the browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'core.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith('node:') || /worker_threads|write-outputs|reform-file-node/.test(i))).toEqual([]);
  });

  it('case: Missouri’s 2012 credits from the file’s text, run here, equal the command line’s run on two worker threads', async () => {
    const file = 'us-mo-ecc-2012.yaml';
    const spec: SimulationSpec = {
      reform: { file, text: readFileSync(join(SHIPPED_REFORMS_DIR, file), 'utf8') },
      start: '2012-09-01',
      months: 24,
      people: 300,
      seed: 7,
      replications: 2,
      grantRates: {},
    };
    const progress: number[] = [];
    const here = runInThisThread(spec, (done) => progress.push(done));
    const threads = await runSimulation(spec, { workers: 2 });
    expect(here.summary).toEqual(threads.summary);
    expect(progress.at(-1)).toBe(here.context.totalPeople * spec.replications);
  });
});
