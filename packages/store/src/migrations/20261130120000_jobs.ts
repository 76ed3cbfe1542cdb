/**
 * The `jobs` table of the in-process SQLite job queue (`src/jobs/sqlite-queue.ts`). PostgreSQL runs
 * its queue on pg-boss, in pg-boss's own schema, but gets the same (unused) table so that one
 * migration list serves both dialects and a database's history is the same on either.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('jobs')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('singleton_key', 'text')
    .addColumn('run_after', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  // The claim: the next job of a name that is due.
  await db.schema.createIndex('jobs_due').on('jobs').columns(['name', 'state', 'run_after', 'id']).execute();
  // At most one WAITING job per name and singleton key (a job already running does not block a new one,
  // so a change made while a job runs is still picked up by the next).
  await db.schema
    .createIndex('jobs_singleton')
    .on('jobs')
    .columns(['name', 'singleton_key'])
    .unique()
    .where(sql.ref('state'), '=', 'created')
    .where(sql.ref('singleton_key'), 'is not', null)
    .execute();
}
