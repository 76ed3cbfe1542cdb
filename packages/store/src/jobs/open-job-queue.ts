import type { Store } from '../store.ts';
import { PgBossJobQueue } from './pg-boss-queue.ts';
import type { JobQueue, JobQueueOptions } from './queue.ts';
import { SqliteJobQueue } from './sqlite-queue.ts';

/** Opens the store's queue: pg-boss on PostgreSQL (creating or upgrading its schema), the `jobs` table on SQLite. */
export async function openJobQueue(store: Store, options: JobQueueOptions = {}): Promise<JobQueue> {
  return store.dialect === 'postgres' ? PgBossJobQueue.open(store, options) : SqliteJobQueue.open(store, options);
}
