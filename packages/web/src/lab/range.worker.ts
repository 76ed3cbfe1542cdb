/**
 * One of the lab's Web Workers: measures its share of the run (the pilot that sets the entries), builds the
 * run's context from the measures (the same in every worker, as in `pathways simulate`'s worker threads), simulates the ranges of people it is sent with the simulator's own
 * `runRange`, and posts back their tallies; asked, it finds a few people the reform helps. The page's run
 * pool (run-pool.ts) hands out the ranges and merges the tallies, so the figures are those of
 * `pathways simulate` for the seed, however many workers ran them.
 */
import {
  formatFieldPath,
  measurePart,
  parseReformFile,
  ReformFileError,
  runRange,
  simulationContext,
  Tally,
  whoItHelps,
  type SimulationContext,
} from '@pathways/sim/core';
import type { FromWorker, ToWorker } from './worker-messages.ts';

const scope = self as unknown as { postMessage(m: FromWorker, transfer?: Transferable[]): void };
let context: SimulationContext | null = null;

function handle(message: ToWorker): void {
  if (message.type === 'measure') {
    scope.postMessage({ type: 'measured', part: measurePart(message.spec, message.part, message.parts) });
    return;
  }
  if (message.type === 'init') {
    context = simulationContext(message.spec, message.measures);
    scope.postMessage({ type: 'ready' });
    return;
  }
  if (context === null) throw new Error('the worker was sent work before its run');
  if (message.type === 'helped') {
    const { spec } = context;
    scope.postMessage({ type: 'helped', helped: whoItHelps(parseReformFile(spec.reform.text, spec.reform.file), spec.start, spec.seed) });
    return;
  }
  const { task } = message;
  const tally = new Tally(context.horizon.months);
  runRange(context, task.replication, task.from, task.to, tally, (people) => scope.postMessage({ type: 'progress', people }));
  scope.postMessage({ type: 'done', task, monthly: tally.monthly, totals: tally.totals, groups: tally.groups }, [
    tally.monthly.buffer as ArrayBuffer,
    tally.totals.buffer as ArrayBuffer,
    tally.groups.buffer as ArrayBuffer,
  ]);
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  try {
    handle(event.data);
  } catch (error) {
    const issues =
      error instanceof ReformFileError
        ? error.issues.map((i) => (i.path.length > 0 ? `${formatFieldPath(i.path)}: ${i.message}` : i.message))
        : [];
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error), issues });
  }
});
