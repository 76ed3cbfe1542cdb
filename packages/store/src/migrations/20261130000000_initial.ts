/**
 * The first schema. One migration for both dialects; the DDL differs only where the dialects do:
 * the auto-numbered key (`integer primary key` on SQLite, `bigserial` on PostgreSQL), JSON (text on
 * SQLite, jsonb on PostgreSQL) and the triggers that make the audit log append-only.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('units_agency').on('units').column('agency_id').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    // No foreign key: a person's account may be created before their record is imported.
    .addColumn('person_id', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('totp_secret', 'text')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The unit filter of PeopleFilter joins caseloads to their officers' units.
  await db.schema.createIndex('users_unit').on('users').column('unit_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('pending_second_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('record', sql.raw(json), (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_agency').on('people').columns(['agency_id', 'id']).execute();

  await db.schema
    .createTable('caseloads')
    .addColumn('officer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .execute();
  await db.schema.createIndex('caseloads_officer').on('caseloads').columns(['officer_id', 'person_id']).execute();

  await db.schema
    .createTable('defender_clients')
    .addColumn('defender_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addPrimaryKeyConstraint('defender_clients_pk', ['defender_id', 'person_id'])
    .execute();
  await db.schema.createIndex('defender_clients_person').on('defender_clients').column('person_id').execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('term_id', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('law_version', 'text', (c) => c.notNull())
    .addColumn('evaluation', sql.raw(json), (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluations_pk', ['person_id', 'term_id'])
    .execute();

  await db.schema
    .createTable('opportunity_actions')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('term_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('snoozed_until', 'text')
    .addColumn('actor_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opportunity_actions_person').on('opportunity_actions').columns(['person_id', 'id']).execute();

  await db.schema
    .createTable('notes')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notes_person').on('notes').columns(['person_id', 'id']).execute();

  // No foreign keys: the trail must outlive whatever it names, and must never block a write.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('detail', sql.raw(json), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_person').on('audit_log').columns(['person_id', 'id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_user_id', 'id']).execute();

  // Append-only, enforced by the database itself so no code path (or hand-typed SQL) can rewrite history.
  if (dialect === 'postgres') {
    await sql`
      create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % is not allowed', tg_op;
      end
      $$`.execute(db);
    await sql`create trigger audit_log_no_update_delete before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only: UPDATE is not allowed'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only: DELETE is not allowed'); end`.execute(db);
  }
}
