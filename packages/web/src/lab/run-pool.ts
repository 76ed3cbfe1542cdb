/**
 * A run on a pool of Web Workers (range.worker.ts), one per core the browser reports (at most
 * MAX_WORKERS): the page hands out ranges of people replication by replication, merges the tallies the
 * workers post back, and reports progress. People are independent of one another, so a range can run in any
 * worker and the figures are those of `pathways simulate` for the seed, however many workers ran them.
 *
 * First the workers measure the run together (each a share of the pilot that sets the entries a month), then
 * each builds the run's context from the measures. Ranges go out in replication order, so the first replications finish first: each time one more is
 * complete, `onPartial` gets the result of the replications done so far (a provisional estimate whose
 * band fills in), and `onDone` the result of them all.
 */
import {
  emptyTallies,
  measuresFromParts,
  simulationContext,
  splitIntoTasks,
  type HelpedPerson,
  type MeasurePart,
  type SimulationSpec,
  type Tally,
} from '@pathways/sim/core';
import { labResult } from './lab-result.ts';
import type { LabResult } from './presenters/results.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';

/** The least time between two progress reports. */
const PROGRESS_MS = 250;

/** More workers than this gain little and cost memory (each holds the law and the run's context). */
export const MAX_WORKERS = 8;

export interface RunHandlers {
  /** People simulated so far, of all (each counted once per replication, both scenarios included). */
  onProgress(done: number, total: number): void;
  /** The result of the first `replications` replications (fewer than asked for). */
  onPartial(result: LabResult, replications: number): void;
  onDone(result: LabResult): void;
  onError(message: string, issues: string[]): void;
}

export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

/** Starts the run; the function returned stops it (its workers end and no handler is called again). */
export function startPoolRun(spec: SimulationSpec, handlers: RunHandlers, size = poolSize()): () => void {
  const started = performance.now();
  const workers: Worker[] = [];
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const w of workers) w.terminate();
  };
  const fail = (message: string, issues: string[]) => {
    if (stopped) return;
    stop();
    handlers.onError(message, issues);
  };

  let tallies: Tally[] = [];
  let context: ReturnType<typeof simulationContext> | null = null;
  let queue: ToWorker[] = [];
  /** Ranges still to finish, per replication; replications complete in order up to `complete`. */
  let remaining: number[] = [];
  let complete = 0;
  let done = 0;
  let total = 1;
  let reportedPercent = -1;
  let reportedAt = Number.NEGATIVE_INFINITY;
  const measured: MeasurePart[] = [];
  let helped: HelpedPerson[] | null = null;
  let helpedAsked = false;

  const finishIfDone = () => {
    if (context === null || stopped || complete < spec.replications || helped === null) return;
    const result = labResult(context, tallies, started, helped);
    stop();
    handlers.onDone(result);
  };

  const send = (worker: Worker) => {
    const next = queue.shift();
    if (next !== undefined) worker.postMessage(next);
    else if (!helpedAsked) {
      helpedAsked = true;
      worker.postMessage({ type: 'helped' } satisfies ToWorker);
    }
  };

  const onMessage = (worker: Worker) => (event: MessageEvent<FromWorker>) => {
    if (stopped) return;
    const m = event.data;
    switch (m.type) {
      case 'measured':
        measured.push(m.part);
        if (measured.length === workers.length) {
          const measures = measuresFromParts(measured);
          context = simulationContext(spec, measures);
          tallies = emptyTallies(context);
          const tasks = splitIntoTasks(context, workers.length);
          remaining = Array.from({ length: spec.replications }, (_, r) => tasks.filter((t) => t.replication === r).length);
          queue = tasks.map((task) => ({ type: 'task', task }));
          total = context.totalPeople * spec.replications;
          for (const w of workers) w.postMessage({ type: 'init', spec, measures } satisfies ToWorker);
        }
        break;
      case 'ready':
        send(worker);
        break;
      case 'progress': {
        done += m.people;
        // The page redraws on each report, on the cores the workers need: a report a percent, at most every PROGRESS_MS.
        const percent = Math.floor((done / total) * 100);
        const at = performance.now();
        if (percent !== reportedPercent && at - reportedAt >= PROGRESS_MS) {
          reportedPercent = percent;
          reportedAt = at;
          handlers.onProgress(done, total);
        }
        break;
      }
      case 'done': {
        const r = m.task.replication;
        tallies[r]!.merge(m);
        remaining[r]! -= 1;
        let advanced = false;
        while (complete < spec.replications && remaining[complete] === 0) {
          complete += 1;
          advanced = true;
        }
        if (advanced && complete < spec.replications && context !== null) {
          handlers.onPartial(labResult(context, tallies.slice(0, complete), started, []), complete);
        }
        send(worker);
        finishIfDone();
        break;
      }
      case 'helped':
        helped = m.helped;
        finishIfDone();
        break;
      case 'error':
        fail(`The run stopped: ${m.message.split('\n')[0]}`, m.issues);
        break;
    }
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./range.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = onMessage(worker);
    worker.onerror = (event) => fail(`The run stopped: ${event.message || 'the simulation could not start in this browser.'}`, []);
    workers.push(worker);
  }
  workers.forEach((w, part) => w.postMessage({ type: 'measure', spec, part, parts: workers.length } satisfies ToWorker));
  return stop;
}
