/**
 * A denial is reviewed once: a unique index on `opportunity_actions.reviewed_action_id` (rows that review
 * nothing hold null, which a unique index allows any number of times on both dialects). The review route
 * checks first and answers 409; the index is what holds when two supervisors press at the same moment,
 * since neither transaction sees the other's row before it commits (PostgreSQL's read committed).
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('opportunity_actions_one_review').on('opportunity_actions').column('reviewed_action_id').unique().execute();
}
