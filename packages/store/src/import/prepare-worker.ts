/**
 * A worker thread of the importer: prepares the batches of candidate records it is sent, as of the
 * import's date, and posts back what to write (JSON already text, so the post back is cheap).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PrepareRequest, PrepareResponse, PrepareWorkerData } from './prepare-messages.ts';
import { prepareRecord } from './prepare-record.ts';

const port = parentPort;
if (port === null) throw new Error('the import worker must run in a worker thread');
const { asOf } = workerData as PrepareWorkerData;
port.on('message', (request: PrepareRequest) => {
  let response: PrepareResponse;
  try {
    response = { id: request.id, prepared: request.inputs.map((input) => prepareRecord(input, asOf)) };
  } catch (e) {
    // In this thread the exception would reach the caller: the import fails the same way here.
    response = { id: request.id, error: (e as Error).stack ?? String(e) };
  }
  port.postMessage(response);
});
