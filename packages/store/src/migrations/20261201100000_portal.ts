/**
 * The person's portal (issue 7, part A): how to reach a person (`portal_contacts`), what they must do
 * (`portal_obligations`), the messages between them and their officer (`portal_messages`), and the ways
 * in without a password: one-time codes sent to a known address (`portal_sign_in_codes`), one-use links
 * an officer hands out (`portal_links`), and the secret address of their calendar feed
 * (`portal_calendar_feeds`). `portal_reminders` marks each obligation (at its start time) whose reminder
 * has been put in the outbox, so the dispatcher's tick reads only the obligations still to remind.
 *
 * Dates and times are ISO strings (UTC); booleans integer 0/1; money integer cents, so sums are exact.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('portal_contacts')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    // Lowercased; E.164 (`+15555550101`): both compared as stored, so sign-in finds them by equality.
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('sms_opt_out', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email_opt_out', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('America/Los_Angeles'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Not unique: a family may share a phone or an address (sign-in then cannot tell who, and refuses).
  await db.schema.createIndex('portal_contacts_email').on('portal_contacts').column('email').execute();
  await db.schema.createIndex('portal_contacts_phone').on('portal_contacts').column('phone').execute();

  await db.schema
    .createTable('portal_obligations')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('location', 'text')
    .addColumn('amount_cents', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('portal_obligations_person').on('portal_obligations').columns(['person_id', 'starts_at']).execute();
  // The reminder tick reads a time window across everyone.
  await db.schema.createIndex('portal_obligations_starts').on('portal_obligations').columns(['starts_at', 'status']).execute();

  await db.schema
    .createTable('portal_reminders')
    .addColumn('obligation_id', sql.raw(bigint), (c) => c.notNull().references('portal_obligations.id').onDelete('cascade'))
    // The start time reminded of: a rescheduled obligation is reminded again.
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('enqueued_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('portal_reminders_pk', ['obligation_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('portal_messages')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('portal_messages_person').on('portal_messages').columns(['person_id', 'id']).execute();

  await db.schema
    .createTable('portal_sign_in_codes')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    // The normalized address the code was sent to; only the latest code of an address counts.
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    // Salted SHA-256 of the six digits: the code itself is never stored.
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('portal_sign_in_codes_address').on('portal_sign_in_codes').columns(['address', 'id']).execute();

  await db.schema
    .createTable('portal_links')
    // SHA-256 of the link's token: a copy of the table opens no portal.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('portal_calendar_feeds')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    // Kept as given, unlike session and link tokens: the portal shows the feed's address again whenever
    // asked, and the token only reads appointments that sit beside it in this same database.
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
