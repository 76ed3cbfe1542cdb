/**
 * Runs a simulation: splits every replication's people into ranges, simulates the ranges on worker
 * threads (or in this thread when asked for one worker), and merges their tallies into one per
 * replication. People are independent of one another, so a range can run anywhere and the result is
 * the same whatever the number of workers.
 */
import { Worker } from 'node:worker_threads';
import { Tally } from '../microsim/metrics.ts';
import { statePopulation } from '../calibration/state-calibration.ts';
import { runRange } from '../microsim/run-range.ts';
import { simulationContext, type RunMeasures, type SimulationContext, type SimulationSpec } from '../microsim/simulation-context.ts';
import { summarize, type Summary } from '../microsim/summary.ts';
import type { Task, WorkerMessage } from './messages.ts';

export interface RunOptions {
  /** Worker threads; 1 runs in this thread. */
  workers: number;
  /** Called as people are simulated (each counted once per replication, both scenarios included). */
  onProgress?: (done: number, total: number) => void;
}

export interface SimulationResult {
  context: SimulationContext;
  tallies: Tally[];
  summary: Summary;
  /** The state's people on supervision on its calibration's reference date, beside the people simulated. */
  statePopulation: number;
  seconds: number;
  /** Person-months simulated, both scenarios and every replication. */
  personMonths: number;
}

export async function runSimulation(spec: SimulationSpec, options: RunOptions): Promise<SimulationResult> {
  const started = performance.now();
  const context = simulationContext(spec);
  const tasks = splitIntoTasks(context, options.workers);
  const total = context.totalPeople * spec.replications;
  const tallies = Array.from({ length: spec.replications }, () => new Tally(context.horizon.months));
  let done = 0;
  const progress = (people: number) => {
    done += people;
    options.onProgress?.(done, total);
  };
  if (options.workers <= 1) {
    for (const task of tasks) runRange(context, task.replication, task.from, task.to, tallies[task.replication]!, progress);
  } else {
    await runOnWorkers({ spec, measures: context.measures }, tasks, options.workers, tallies, progress);
  }
  const cal = context.assumptions.calibration;
  let personMonths = 0;
  for (const t of tallies) personMonths += t.total(0, 'personMonths') + t.total(1, 'personMonths');
  return {
    context,
    tallies,
    summary: summarize(tallies, cal),
    statePopulation: statePopulation(cal),
    seconds: (performance.now() - started) / 1000,
    personMonths,
  };
}

/** Ranges small enough to keep every worker busy to the end, large enough to cost little to post. */
function splitIntoTasks(context: SimulationContext, workers: number): Task[] {
  const size = Math.max(500, Math.ceil(context.totalPeople / (Math.max(1, workers) * 16)));
  const tasks: Task[] = [];
  for (let replication = 0; replication < context.spec.replications; replication++) {
    for (let from = 0; from < context.totalPeople; from += size) {
      tasks.push({ id: tasks.length, replication, from, to: Math.min(context.totalPeople, from + size) });
    }
  }
  return tasks;
}

function workerEntry(): URL {
  // From the bundle (dist/*.mjs) the worker is dist/sim-worker.mjs; from the sources it is loaded through tsx.
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker-from-source.mjs', import.meta.url)
    : new URL('./sim-worker.mjs', import.meta.url);
}

async function runOnWorkers(
  workerData: { spec: SimulationSpec; measures: RunMeasures },
  tasks: Task[],
  count: number,
  tallies: Tally[],
  progress: (n: number) => void,
): Promise<void> {
  const queue = [...tasks];
  const workers = Array.from({ length: Math.min(count, tasks.length) }, () => new Worker(workerEntry(), { workerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const task = queue.shift();
              if (task === undefined) resolve();
              else worker.postMessage(task);
            };
            worker.on('message', (message: WorkerMessage) => {
              if (message.type === 'ready') next();
              else if (message.type === 'progress') progress(message.people);
              else {
                tallies[message.task.replication]!.merge(message);
                next();
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a simulation worker stopped with exit code ${code}`));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
