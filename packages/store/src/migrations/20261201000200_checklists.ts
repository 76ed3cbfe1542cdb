/**
 * The officer's checklist of criteria the data cannot show (`checklist_items`), and supervisor review of
 * denials (`opportunity_actions.reviewed_action_id`).
 *
 * A checklist item is one row per person, term, opportunity kind and item key, replaced in place when
 * an officer changes it: the audit log (`checklist.verify`) keeps every change, the row keeps the state.
 *
 * A review is a new action row, not an edit of the denial: its status is `upheld` or `reopened` and
 * `reviewed_action_id` names the denial it reviews. Actions stay an append-only history, and the latest
 * row for a term and opportunity kind is the opportunity's state (a `reopened` row shows it open again).
 */
import { type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('checklist_items')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('term_id', 'text', (c) => c.notNull())
    .addColumn('opportunity_kind', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
    // Null unless verified: who verified the item, when, and on what evidence.
    .addColumn('verified_by', 'text', (c) => c.references('users.id'))
    .addColumn('verified_at', 'text')
    .addColumn('evidence', 'text')
    // Who last changed the row (also when they un-verified it).
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_items_pk', ['person_id', 'term_id', 'opportunity_kind', 'item_key'])
    .execute();

  await db.schema
    .alterTable('opportunity_actions')
    .addColumn('reviewed_action_id', dialect === 'postgres' ? 'bigint' : 'integer')
    .execute();
}
