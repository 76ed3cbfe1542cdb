/**
 * Runs a simulation: splits every replication's people into ranges, simulates the ranges on worker
 * threads (or in this thread when asked for one worker: run-in-thread.ts), and merges their tallies into
 * one per replication. People are independent of one another, so a range can run anywhere and the result is
 * the same whatever the number of workers.
 */
import { Worker } from 'node:worker_threads';
import type { Tally } from '../microsim/metrics.ts';
import { simulationContext, type RunMeasures, type SimulationSpec } from '../microsim/simulation-context.ts';
import type { Task, WorkerMessage } from './messages.ts';
import { emptyTallies, runInThisThread, simulationResult, splitIntoTasks, type SimulationResult } from './run-in-thread.ts';

export interface RunOptions {
  /** Worker threads; 1 runs in this thread. */
  workers: number;
  /** Called as people are simulated (each counted once per replication, both scenarios included). */
  onProgress?: (done: number, total: number) => void;
}

export async function runSimulation(spec: SimulationSpec, options: RunOptions): Promise<SimulationResult> {
  if (options.workers <= 1) return runInThisThread(spec, options.onProgress);
  const started = performance.now();
  const context = simulationContext(spec);
  const tasks = splitIntoTasks(context, options.workers);
  const total = context.totalPeople * spec.replications;
  const tallies = emptyTallies(context);
  let done = 0;
  const progress = (people: number) => {
    done += people;
    options.onProgress?.(done, total);
  };
  await runOnWorkers({ spec, measures: context.measures }, tasks, options.workers, tallies, progress);
  return simulationResult(context, tallies, started);
}

function workerEntry(): URL {
  // From the bundle (dist/*.mjs) the worker is dist/sim-worker.mjs; from the sources, through a bundle made once for all threads (scripts/worker-from-source.mjs).
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
