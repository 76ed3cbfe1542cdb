/**
 * The evaluation summary gains what the caseload and the queue show without reading whole evaluations:
 * the limit on the next technical-violation sanction, why a blocked opportunity is blocked, and the one
 * missing fact of an "almost eligible" one (src/summaries.ts). Every stored summary is rewritten.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';
import { refillSummaries } from './refill-summaries.ts';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await refillSummaries(db);
}
