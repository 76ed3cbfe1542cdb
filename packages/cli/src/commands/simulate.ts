/**
 * `pathways simulate --reform FILE --out DIR`: a reform against the law it would change, on a
 * synthetic population of the reform's state, month by month, with every date and limit decided by the
 * law engine. Prints a short summary (the headline differences with their 90% intervals) and writes
 * the full outputs into DIR (see packages/sim/src/report/write-outputs.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  calibrationFor,
  parseReformFile,
  readReformText,
  runSimulation,
  statePopulation,
  writeOutputs,
  type Compared,
  type CostKind,
  type GrantRateKind,
  type SimulationSpec,
} from '@pathways/sim';
import type { Output } from '../io/output.ts';
import { ProgressBar } from '../io/progress.ts';
import { makeDirectory } from '../io/input-error.ts';

export interface SimulateOptions {
  reform: string;
  jurisdiction?: string;
  start?: string;
  months: number;
  people?: number;
  seed: number;
  replications: number;
  workers?: number;
  grantRates: Partial<Record<GrantRateKind, number>>;
  costs: Partial<Record<CostKind, number>>;
  out: string;
}

/** Problems with the command line that the user can fix: exit status 2. */
export class SimulateUsageError extends Error {}

export async function simulateCommand(options: SimulateOptions, out: Output, err: Output, today: string): Promise<number> {
  if (!existsSync(options.reform)) throw new SimulateUsageError(`--reform ${options.reform}: no such file`);
  if (existsSync(options.out) && !statSync(options.out).isDirectory())
    throw new SimulateUsageError(`--out ${options.out} exists and is not a directory`);
  const reform = readReformText(resolve(options.reform));
  const file = parseReformFile(reform.text, reform.file);
  if (options.jurisdiction !== undefined && options.jurisdiction !== file.jurisdiction) {
    throw new SimulateUsageError(
      `--jurisdiction ${options.jurisdiction} does not match the reform file, which is for ${file.jurisdiction}`,
    );
  }
  const calibration = calibrationFor(file.jurisdiction);
  const spec: SimulationSpec = {
    reform,
    start: options.start ?? file.start ?? `${today.slice(0, 7)}-01`,
    months: options.months,
    people: options.people ?? statePopulation(calibration),
    seed: options.seed,
    replications: options.replications,
    grantRates: options.grantRates,
    costs: options.costs,
  };
  const workers = options.workers ?? Math.max(1, availableParallelism());
  await err.write(
    `simulating ${file.name} (${file.jurisdiction}) from ${spec.start} for ${spec.months} months: ${spec.people.toLocaleString('en-US')} people on the first day, ${spec.replications} replication${spec.replications === 1 ? '' : 's'}, ${workers} worker${workers === 1 ? '' : 's'}\n`,
  );
  let bar: ProgressBar | undefined;
  const result = await runSimulation(spec, {
    workers,
    onProgress: (done, total) => {
      bar ??= new ProgressBar('simulating people', total);
      bar.update(done);
    },
  });
  bar?.done(result.context.totalPeople * spec.replications);
  makeDirectory(options.out, '--out');
  const files = writeOutputs(options.out, result);
  const t = result.summary.totals;
  await out.write(
    [
      `${file.name} (${file.jurisdiction}), ${spec.start} + ${spec.months} months, ${spec.replications} replication${spec.replications === 1 ? '' : 's'}; reform − baseline, mean [90% interval]:`,
      line('supervision-years', t.supervisionYears!),
      line('people on supervision at the end', t.populationAtEnd!),
      line('exits before the scheduled end', t.exitsBeforeScheduledEnd!),
      line('prison admissions', t.prisonAdmissions!),
      line('prison-years', t.prisonYears!),
      line('jail days', t.jailDays!),
      line('total cost (US$)', t.totalCostUsd!),
      `${result.personMonths.toLocaleString('en-US')} person-months in ${result.seconds.toFixed(1)} s (${Math.round(result.personMonths / result.seconds).toLocaleString('en-US')} a second)`,
      `wrote ${files.join(', ')}`,
      '',
    ].join('\n'),
  );
  return 0;
}

function line(label: string, c: Compared): string {
  const n = (v: number) => Math.round(v).toLocaleString('en-US');
  const d = c.difference;
  return `  ${label.padEnd(34)} ${n(c.baseline.mean).padStart(14)} → ${n(c.reform.mean).padStart(14)}   ${d.mean >= 0 ? '+' : ''}${n(d.mean)} [${n(d.low)}, ${n(d.high)}]`;
}
