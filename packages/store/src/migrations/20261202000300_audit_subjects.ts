/**
 * The people an audit entry names besides its own `person_id`: a caseload list (`person.list`) names
 * every person on the page it returned. One row per person, so that the audit log filtered by a person,
 * and the person's own "who looked at my record", find the lists their name appeared in by an index, not
 * by reading every list entry's JSON. Append-only, like the log it indexes.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('audit_subjects')
    .addColumn('audit_id', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_subjects_person').on('audit_subjects').columns(['person_id', 'audit_id']).execute();
  if (dialect === 'postgres') {
    // audit_log_append_only() is the initial migration's: it refuses whatever operation fires it.
    await sql`create trigger audit_subjects_no_update_delete before update or delete on audit_subjects
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_subjects_no_truncate before truncate on audit_subjects
      for each statement execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_subjects_no_update before update on audit_subjects
      begin select raise(abort, 'audit_subjects is append-only: UPDATE is not allowed'); end`.execute(db);
    await sql`create trigger audit_subjects_no_delete before delete on audit_subjects
      begin select raise(abort, 'audit_subjects is append-only: DELETE is not allowed'); end`.execute(db);
  }
}
