/**
 * Writes a simulation's outputs into a directory:
 * - summary.json: the run (reform, law, seed, assumptions with their sources) and every output with its
 *   mean and 90% interval under baseline, reform and their difference;
 * - monthly.csv, totals.csv, groups.csv: the same numbers in long form (one estimate a row) for a spreadsheet;
 * - population.svg: the population under both scenarios with their intervals.
 * Each file is written to a temporary name and renamed, so an interrupted run leaves no half-written file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monthLabel } from '../microsim/horizon.ts';
import { MONTHLY } from '../microsim/metrics.ts';
import type { Compared, Estimate } from '../microsim/summary.ts';
import type { SimulationResult } from '../run/run-in-thread.ts';
import { populationChart } from './population-chart.ts';

const SCENARIO_KEYS = ['baseline', 'reform', 'difference'] as const;

export function writeOutputs(dir: string, result: SimulationResult): string[] {
  mkdirSync(dir, { recursive: true });
  const { context, summary } = result;
  const months = Array.from({ length: context.horizon.months }, (_, m) => monthLabel(context.horizon, m));
  const files: Record<string, string> = {
    'summary.json': `${JSON.stringify(summaryJson(result, months), null, 2)}\n`,
    'monthly.csv': csv(
      ['month', 'metric', 'scenario', 'mean', 'low90', 'high90'],
      MONTHLY.flatMap((metric) => summary.monthly[metric]!.flatMap((c, m) => rows([months[m]!, metric], c))),
    ),
    'totals.csv': csv(
      ['metric', 'scenario', 'mean', 'low90', 'high90'],
      Object.entries(summary.totals).flatMap(([metric, c]) => rows([metric], c)),
    ),
    'groups.csv': csv(
      ['level', 'offense_group', 'metric', 'scenario', 'mean', 'low90', 'high90'],
      summary.groups.flatMap((g) => rows([g.level, g.group, g.metric], g.value)),
    ),
    'population.svg': populationChart({
      title: `${context.reform.jurisdiction}: people on supervision, ${context.reform.name}`,
      months,
      series: summary.monthly.population!,
      yLabel: 'people on supervision (first of month)',
    }),
  };
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(`${path}.partial`, text);
    renameSync(`${path}.partial`, path);
  }
  return Object.keys(files).map((name) => join(dir, name));
}

function rows(prefix: string[], c: Compared): string[][] {
  return SCENARIO_KEYS.map((k) => [...prefix, k, ...numbers(c[k])]);
}

function numbers(e: Estimate): string[] {
  return [e.mean, e.low, e.high].map((v) => String(Math.round(v * 100) / 100));
}

function csv(header: string[], body: string[][]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${[header, ...body].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

function summaryJson(result: SimulationResult, months: string[]) {
  const { context, summary } = result;
  const { spec } = context;
  const cal = context.assumptions.calibration;
  return {
    reform: context.reform,
    run: {
      jurisdiction: context.reform.jurisdiction,
      start: spec.start,
      months: spec.months,
      seed: spec.seed,
      replications: spec.replications,
      peopleOnFirstDay: spec.people,
      entrantsPerMonth: context.entrantsPerMonth,
      entryShare: context.entryShare,
      statePopulation: result.statePopulation,
      interval:
        spec.replications > 1
          ? `5th to 95th percentile over ${spec.replications} replications`
          : 'one replication: no interval (low and high equal the mean)',
      seconds: Math.round(result.seconds * 10) / 10,
      personMonths: result.personMonths,
      /** The process's maximum resident set so far (main thread and workers), in MiB. */
      peakMemoryMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    },
    assumptions: { calibration: cal, grantRates: context.assumptions.grantRates },
    totals: summary.totals,
    monthly: { months, ...summary.monthly },
    groups: summary.groups,
  };
}
