/** What the importer and its preparing workers say to each other. */
import type { Day } from '@pathways/law';
import type { PrepareInput, Prepared } from './prepare-record.ts';

export interface PrepareWorkerData {
  asOf: Day;
}

export interface PrepareRequest {
  id: number;
  inputs: PrepareInput[];
}

export type PrepareResponse = { id: number; prepared: Prepared[] } | { id: number; error: string };
