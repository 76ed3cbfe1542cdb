/**
 * What the lab page's run pool (run-pool.ts) and its Web Workers (range.worker.ts) say to each other: the
 * protocol of `pathways simulate`'s worker threads (packages/sim/src/run), in a browser.
 */
import type { HelpedPerson, MeasurePart, RunMeasures, SimulationSpec, Task } from '@pathways/sim/core';

export type ToWorker =
  /** Measure this worker's share of the run (measurePart); answered `measured`. */
  | { type: 'measure'; spec: SimulationSpec; part: number; parts: number }
  /** Build the run's context from its measures (every worker builds the same one); answered `ready`. */
  | { type: 'init'; spec: SimulationSpec; measures: RunMeasures }
  /** Simulate one range of people; answered with `progress` now and then and `done`. */
  | { type: 'task'; task: Task }
  /** Find a few people the reform helps (whoItHelps); answered `helped`. */
  | { type: 'helped' };

export type FromWorker =
  | { type: 'measured'; part: MeasurePart }
  | { type: 'ready' }
  | { type: 'progress'; people: number }
  | { type: 'done'; task: Task; monthly: Float64Array; totals: Float64Array; groups: Float64Array }
  | { type: 'helped'; helped: HelpedPerson[] }
  /** `issues`: a reform file's problems one by one (ReformFileError), else empty. */
  | { type: 'error'; message: string; issues: string[] };
