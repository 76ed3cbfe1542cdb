/** The job queue (pg-boss on PostgreSQL, a `jobs` table on SQLite) and the evaluation jobs. */
export * from './queue.ts';
export { openJobQueue } from './open-job-queue.ts';
export * from './evaluation-jobs.ts';
