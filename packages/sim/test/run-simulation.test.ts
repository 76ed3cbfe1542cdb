// A whole run, small: the same people and the same results whatever the number of worker threads,
// reproducible by seed, and the outputs written in full.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  measurePart,
  measuresFromParts,
  readReformText,
  runSimulation,
  simulationContext,
  SHIPPED_REFORMS_DIR,
  writeOutputs,
  type SimulationSpec,
} from '../src/index.ts';

const spec: SimulationSpec = {
  reform: readReformText(join(SHIPPED_REFORMS_DIR, 'us-mo-ecc-2012.yaml')),
  start: '2012-09-01',
  months: 24,
  people: 400,
  seed: 3,
  replications: 3,
  grantRates: {},
};

describe('runSimulation', () => {
  it('gives the same tallies on two worker threads as in this thread', async () => {
    const here = await runSimulation(spec, { workers: 1 });
    const threads = await runSimulation(spec, { workers: 2 });
    expect(threads.tallies.map((t) => [...t.monthly])).toEqual(here.tallies.map((t) => [...t.monthly]));
    expect(threads.tallies.map((t) => [...t.totals])).toEqual(here.tallies.map((t) => [...t.totals]));
  }, 120_000);

  it('measures the same run in parts (the policy lab’s workers) as in one piece', () => {
    // The pilot's days are whole numbers, so three shares add up to the one-piece sum exactly.
    const parts = [0, 1, 2].map((part) => measurePart(spec, part, 3));
    expect(parts.filter((p) => p.givesCredits !== null)).toHaveLength(1);
    expect(measuresFromParts(parts)).toEqual(simulationContext(spec).measures);
  });

  it('is reproducible by seed, and another seed gives other people', async () => {
    const a = await runSimulation({ ...spec, replications: 1 }, { workers: 1 });
    const b = await runSimulation({ ...spec, replications: 1 }, { workers: 1 });
    const c = await runSimulation({ ...spec, replications: 1, seed: 4 }, { workers: 1 });
    expect([...b.tallies[0]!.monthly]).toEqual([...a.tallies[0]!.monthly]);
    expect([...c.tallies[0]!.monthly]).not.toEqual([...a.tallies[0]!.monthly]);
  });

  it('Missouri 2012: credits only under the reform, and the reform cuts supervision', async () => {
    const r = await runSimulation(spec, { workers: 1 });
    const t = r.summary.totals;
    expect(t.peopleWhoEarnedCredits!.baseline.mean).toBe(0);
    expect(t.peopleWhoEarnedCredits!.reform.mean).toBeGreaterThan(0);
    expect(t.supervisionYears!.difference.high).toBeLessThan(0);
    // Both scenarios met the same people: entrants and the first month's population are equal.
    expect(r.summary.monthly.entries![5]!.difference.mean).toBe(0);
    expect(r.summary.monthly.population![0]!.difference.mean).toBe(0);
    // Intervals bracket the mean.
    for (const c of Object.values(t))
      for (const e of [c.baseline, c.reform, c.difference]) expect(e.low <= e.mean + 1e-9 && e.mean <= e.high + 1e-9).toBe(true);
  });

  it('a daily cost set for the run replaces the state figure, and nothing else changes', async () => {
    const a = await runSimulation({ ...spec, replications: 1 }, { workers: 1 });
    const prison = a.context.assumptions.calibration.costPerDay.prison.value;
    const b = await runSimulation({ ...spec, replications: 1, costs: { prison: prison * 2 } }, { workers: 1 });
    expect([...b.tallies[0]!.monthly]).toEqual([...a.tallies[0]!.monthly]);
    expect(b.summary.totals.prisonCostUsd!.reform.mean).toBeCloseTo(2 * a.summary.totals.prisonCostUsd!.reform.mean, 6);
    expect(b.summary.totals.jailCostUsd!.reform.mean).toBe(a.summary.totals.jailCostUsd!.reform.mean);
  });

  it('writes the summary, the three tables and the chart', async () => {
    const r = await runSimulation({ ...spec, replications: 2 }, { workers: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'pathways-sim-'));
    writeOutputs(dir, r);
    for (const f of ['summary.json', 'monthly.csv', 'totals.csv', 'groups.csv', 'population.svg'])
      expect(existsSync(join(dir, f))).toBe(true);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.reform.jurisdiction).toBe('US-MO');
    expect(summary.monthly.months).toHaveLength(24);
    expect(summary.monthly.population).toHaveLength(24);
    const monthly = readFileSync(join(dir, 'monthly.csv'), 'utf8').trim().split('\n');
    // Header + 15 series × 24 months × 3 rows (baseline, reform, difference).
    expect(monthly).toHaveLength(1 + 15 * 24 * 3);
    expect(monthly[0]).toBe('month,metric,scenario,mean,low90,high90');
    expect(readFileSync(join(dir, 'population.svg'), 'utf8')).toContain('</svg>');
  });
});
