/**
 * A simulation worker thread: builds the run's context from the spec it is given (the same in every
 * thread), then simulates the ranges of people it is sent and posts back their tallies.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Tally } from '../microsim/metrics.ts';
import { runRange } from '../microsim/run-range.ts';
import { simulationContext, type RunMeasures, type SimulationSpec } from '../microsim/simulation-context.ts';
import type { Task, WorkerMessage } from './messages.ts';

const port = parentPort;
if (port === null) throw new Error('the simulation worker must run in a worker thread');
const { spec, measures } = workerData as { spec: SimulationSpec; measures: RunMeasures };
const ctx = simulationContext(spec, measures);
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
port.on('message', (task: Task) => {
  const tally = new Tally(ctx.horizon.months);
  runRange(ctx, task.replication, task.from, task.to, tally, (people) =>
    port.postMessage({ type: 'progress', people } satisfies WorkerMessage),
  );
  const message: WorkerMessage = { type: 'done', task, monthly: tally.monthly, totals: tally.totals, groups: tally.groups };
  port.postMessage(message, [tally.monthly.buffer as ArrayBuffer, tally.totals.buffer as ArrayBuffer, tally.groups.buffer as ArrayBuffer]);
});
