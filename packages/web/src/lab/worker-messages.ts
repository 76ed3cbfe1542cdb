/** What the lab page and its Web Worker (run.worker.ts) say to each other. */
import type { SimulationSpec } from '@pathways/sim/core';
import type { LabResult } from './presenters/results.ts';

export type ToWorker = { type: 'run'; id: number; spec: SimulationSpec };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; result: LabResult }
  /** `issues`: a reform file's problems one by one (ReformFileError), else empty. */
  | { type: 'error'; id: number; message: string; issues: string[] };
