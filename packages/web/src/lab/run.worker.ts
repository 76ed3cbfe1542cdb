/**
 * The lab's Web Worker: runs a simulation with the very code `pathways simulate` runs
 * (runInThisThread from @pathways/sim/core), so the page stays responsive, and posts progress about
 * every percent; then finds a few people the reform helps (whoItHelps). Only plain data goes back (the
 * summary, the run's assumptions and those people); the laws hold functions, which cannot be posted.
 */
import { formatFieldPath, parseReformFile, ReformFileError, runInThisThread, whoItHelps } from '@pathways/sim/core';
import type { FromWorker, ToWorker } from './worker-messages.ts';

const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const { id, spec } = event.data;
  let lastShare = -1;
  try {
    const result = runInThisThread(spec, (done, total) => {
      const share = Math.floor((done / total) * 100);
      if (share === lastShare) return;
      lastShare = share;
      post({ type: 'progress', id, done, total });
    });
    const { context } = result;
    post({
      type: 'done',
      id,
      result: {
        summary: result.summary,
        reform: context.reform,
        calibration: context.assumptions.calibration,
        grantRates: Object.fromEntries(Object.entries(context.assumptions.grantRates).map(([k, f]) => [k, f.value])),
        entryShare: context.entryShare,
        entrantsPerMonth: context.entrantsPerMonth,
        totalPeople: context.totalPeople,
        statePopulation: result.statePopulation,
        seconds: result.seconds,
        personMonths: result.personMonths,
        spec: { start: spec.start, months: spec.months, people: spec.people, seed: spec.seed, replications: spec.replications },
        helped: whoItHelps(parseReformFile(spec.reform.text, spec.reform.file), spec.start, spec.seed),
      },
    });
  } catch (error) {
    const issues =
      error instanceof ReformFileError
        ? error.issues.map((i) => (i.path.length > 0 ? `${formatFieldPath(i.path)}: ${i.message}` : i.message))
        : [];
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error), issues });
  }
});
