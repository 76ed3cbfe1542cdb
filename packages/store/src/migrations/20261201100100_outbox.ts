/**
 * The notification outbox (`outbox_messages`): every text and email the portal sends, written first and
 * sent later by the dispatcher (packages/server/src/portal/dispatcher.ts), so a provider that is down
 * loses nothing and the retries, quiet hours and opt-outs are decided in one place.
 *
 * A row is pending until sent, failed (given up after its tries, or refused for good by the provider) or
 * suppressed (the address opted out). `next_attempt_at` is when the dispatcher may next take it: the
 * backoff after a failure, the end of quiet hours, or a short lease while one dispatcher is sending it.
 * `agency_id` is copied from the person at enqueue, so an administrator lists their agency's messages
 * without a join, and a message stays where it was sent from. `dedupe_key` is unique (NULLs are distinct
 * on both dialects), which makes "one reminder per obligation and channel" hold across processes.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // No foreign keys: the outbox is a record of what was sent, and must outlive whom it names.
    .addColumn('person_id', 'text')
    .addColumn('agency_id', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('provider_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The dispatcher's claim: pending messages whose time has come, oldest first.
  await db.schema.createIndex('outbox_due').on('outbox_messages').columns(['status', 'next_attempt_at', 'id']).execute();
  // The administrator's list: an agency's messages, newest first.
  await db.schema.createIndex('outbox_agency').on('outbox_messages').columns(['agency_id', 'id']).execute();
}
