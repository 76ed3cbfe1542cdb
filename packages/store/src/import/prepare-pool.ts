/**
 * Where the importer's records are prepared: in its own thread, or on worker threads while it reads
 * and writes. Either way a batch's results come back in the batch's order; putting batches back in
 * file order is the importer's part.
 */
import { Worker } from 'node:worker_threads';
import type { Day } from '@pathways/law';
import type { PrepareRequest, PrepareResponse, PrepareWorkerData } from './prepare-messages.ts';
import { prepareRecord, type PrepareInput, type Prepared } from './prepare-record.ts';

export interface Preparer {
  /** Batches to have in flight before waiting for the oldest: enough to keep every worker busy, few enough to keep memory flat. */
  readonly inFlight: number;
  prepare(inputs: PrepareInput[]): Promise<Prepared[]>;
  /** Stops the workers, whatever became of the import, so the process can exit. */
  close(): Promise<void>;
}

/** `workers` 0 prepares in this thread. */
export function startPreparer(workers: number, asOf: Day): Preparer {
  if (workers === 0) return { inFlight: 1, prepare: prepareHere(asOf), close: async () => {} };
  return new WorkerPreparer(workers, asOf);
}

function prepareHere(asOf: Day): Preparer['prepare'] {
  return async (inputs) => inputs.map((input) => prepareRecord(input, asOf));
}

function workerEntry(): URL {
  // From the bundle (dist/*.mjs) the worker is dist/import-worker.mjs; from the sources, through a bundle made once for all threads (scripts/worker-from-source.mjs).
  return import.meta.url.endsWith('.ts')
    ? new URL('./prepare-worker-from-source.mjs', import.meta.url)
    : new URL('./import-worker.mjs', import.meta.url);
}

interface Slot {
  worker: Worker;
  /** Batches posted to it and not yet answered. */
  waiting: number;
}

interface Request {
  slot: Slot;
  resolve: (prepared: Prepared[]) => void;
  reject: (error: Error) => void;
}

class WorkerPreparer implements Preparer {
  readonly inFlight: number;
  private readonly slots: Slot[];
  private readonly here: Preparer['prepare'];
  private readonly requests = new Map<number, Request>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(count: number, asOf: Day) {
    this.inFlight = 4 * count;
    this.here = prepareHere(asOf);
    const workerData: PrepareWorkerData = { asOf };
    this.slots = Array.from({ length: count }, () => {
      const slot: Slot = { worker: new Worker(workerEntry(), { workerData }), waiting: 0 };
      slot.worker.on('message', (response: PrepareResponse) => this.answer(response));
      slot.worker.on('error', (e) => this.fail(new Error(`an import worker failed: ${e.message}`)));
      slot.worker.on('messageerror', (e) => this.fail(new Error(`an import worker's answer could not be read: ${e.message}`)));
      slot.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`an import worker stopped with exit code ${code}`));
      });
      return slot;
    });
  }

  prepare(inputs: PrepareInput[]): Promise<Prepared[]> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((idlest, s) => (s.waiting < idlest.waiting ? s : idlest));
    const id = this.nextId++;
    try {
      slot.worker.postMessage({ id, inputs } satisfies PrepareRequest);
    } catch {
      // A value nested too deep to copy (some thousands of levels): prepared here, the batch comes out
      // as it does with no workers.
      return this.here(inputs);
    }
    slot.waiting += 1;
    return new Promise((resolve, reject) => this.requests.set(id, { slot, resolve, reject }));
  }

  private answer(response: PrepareResponse): void {
    const request = this.requests.get(response.id);
    if (!request) return;
    this.requests.delete(response.id);
    request.slot.waiting -= 1;
    if ('error' in response) request.reject(new Error(`an import worker could not prepare records: ${response.error}`));
    else request.resolve(response.prepared);
  }

  /** Every batch still out fails with the first error; so does every later one. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.requests.values()) request.reject(this.failure);
    this.requests.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail(new Error('the import is over'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
