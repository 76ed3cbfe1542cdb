/**
 * Councils, their members, and events with RSVPs, clearance and attendance (issue 9, part 4).
 *
 * - `councils`: a standing group campaign staff work with (a youth advisory council).
 * - `council_members`: who sits on it, in which role (councils-store.ts: COUNCIL_ROLES), with the email
 *   staff reach them at and when they joined and left. One row per council and email: a member who comes
 *   back is the same row with `left_on` cleared.
 * - `voice_events`: facility visits, dinners and briefings. Start and end are UTC instants; `time_zone`
 *   is the zone the event happens in, which every page and email shows them in. `capacity` seats at most
 *   that many confirmed RSVPs. A council and a campaign are optional; `visibility` `public` events have a
 *   public page and RSVP form, `members` events are filled by staff from council members.
 * - `event_rsvps`: one row per event and email (the same email twice is one RSVP). A public RSVP counts
 *   once the person opens the emailed link (`pending` until then); it is then `confirmed` while seats
 *   remain, otherwise `waitlisted` in `queued_at` order; `cancelled` frees its seat for the first on the
 *   waitlist. `token_hash` is the SHA-256 of the RSVP's emailed link: the link confirms and cancels.
 * - `event_clearances`: the ticked items of a facility visit's clearance checklist, with who ticked them
 *   and when (an unticked item has no row).
 * - `event_reminders`: each reminder (RSVP, kind, the start time reminded of) put in the outbox, so the
 *   dispatcher's tick reads only what is still to remind, and a moved event is reminded again.
 *
 * Dates are ISO text (`YYYY-MM-DD` for joined and left, `toISOString()` for instants); ids of councils and
 * events are text slugs, those of members and RSVPs serials.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('councils')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('council_members')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Lowercased.
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('council_members_email', ['council_id', 'email'])
    .execute();

  await db.schema
    .createTable('voice_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    // What to bring, for the reminders (a facility visit's default is in councils-store.ts).
    .addColumn('bring', 'text')
    .addColumn('council_id', 'text', (c) => c.references('councils.id'))
    .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The public lists: a campaign's upcoming events; the reminder tick's window of start times.
  await db.schema.createIndex('voice_events_campaign').on('voice_events').columns(['campaign_id', 'starts_at']).execute();
  await db.schema.createIndex('voice_events_starts').on('voice_events').column('starts_at').execute();

  await db.schema
    .createTable('event_rsvps')
    .addColumn('id', sql.raw(serial), (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('voice_events.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Lowercased.
    .addColumn('email', 'text', (c) => c.notNull())
    // `public` (the event page's form) or `staff` (a council member added by campaign staff).
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('council_member_id', sql.raw(bigint), (c) => c.references('council_members.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('verified_at', 'text')
    // When the RSVP counted (verified, or added by staff): the waitlist's order.
    .addColumn('queued_at', 'text')
    .addColumn('attendance', 'text')
    .addColumn('attendance_by', 'text', (c) => c.references('users.id'))
    .addColumn('attendance_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('event_rsvps_email', ['event_id', 'email'])
    .execute();
  await db.schema.createIndex('event_rsvps_status').on('event_rsvps').columns(['event_id', 'status', 'queued_at']).execute();

  await db.schema
    .createTable('event_clearances')
    .addColumn('rsvp_id', sql.raw(bigint), (c) => c.notNull().references('event_rsvps.id'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('checked_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_clearances_pk', ['rsvp_id', 'item'])
    .execute();

  await db.schema
    .createTable('event_reminders')
    .addColumn('rsvp_id', sql.raw(bigint), (c) => c.notNull().references('event_rsvps.id'))
    // `day_before`, or `day_of` (facility visits).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('enqueued_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_reminders_pk', ['rsvp_id', 'kind', 'starts_at'])
    .execute();
}
