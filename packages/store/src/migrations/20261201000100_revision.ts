/**
 * `data_revision`: one row whose number goes up in every transaction that changes what a list of people
 * shows (people, their evaluations, caseloads, defenders' clients). Readers compare it to decide whether
 * something they computed earlier still holds (the server's caseload cache). It lives in the database,
 * not in a process, so a change made by another process (`pathways import` beside a running server) or
 * rolled back is seen the same way as one made here.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('data_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('data_revision').values({ id: 1, n: 0 }).execute();
}
