/**
 * Stories told by people on supervision, with their consent (issue 9, part 1).
 *
 * `stories`: one row per story. Its consent is in the row: the tier (`internal`, `anonymous`,
 * `attributed`), the scope (`all_campaigns`, or the rows of `story_campaigns`) and the expiry
 * (`expires_on`, an ISO date: from that day on the story is hidden as if withdrawn). Its moderation is
 * `status`: submitted → reviewed → published, or rejected (with `reject_reason`, which the storyteller
 * sees); withdrawn and expired end it. A withdrawn or expired story keeps a tombstone: the row, with its
 * id, person, tier, status and dates, while its text, masks, attribution and media are set to null and its
 * scope rows deleted, so nothing of what was told stays in the database.
 *
 * `masks` (JSON text, anonymous tier only): the spans `{start, end, kind}` of the text that the public
 * never sees, as detected and then confirmed by a reviewer. The media (a photo or a recording) is kept in
 * the row as a blob (bytea on PostgreSQL) with its sniffed type.
 *
 * `story_links`: the shared links, kept as SHA-256 hashes of their tokens (a copy of the table opens none).
 * They outlive a withdrawal, so that an old link can say the story was withdrawn (410) rather than that it
 * never existed.
 *
 * `story_views`: who viewed, counted per story, day, kind and viewer (a reviewer by account, and their
 * name as it was; public views as anonymous counts, viewer `''`).
 *
 * Dates and times are ISO text; flags are integers 0/1; ids are text.
 */
import { type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    // The account that recorded it: the person's own, or the officer or supervisor who sat with them.
    .addColumn('told_by', 'text', (c) => c.notNull().references('users.id'))
    // `self` (the portal) or `staff` (recorded with the person, who confirmed the consent).
    .addColumn('recorded_with', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('all_campaigns', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('masks', 'text')
    // The name an attributed story is shown under (first name and last initial), fixed when told.
    .addColumn('attribution', 'text')
    .addColumn('media', blob)
    .addColumn('media_type', 'text')
    .addColumn('media_bytes', 'integer')
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('reject_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('published_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The reviewers' queue (by status, oldest first) and the storyteller's own list.
  await db.schema.createIndex('stories_status').on('stories').columns(['status', 'submitted_at']).execute();
  await db.schema.createIndex('stories_person').on('stories').columns(['person_id', 'created_at']).execute();

  await db.schema
    .createTable('story_campaigns')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    // No foreign key: the ids are checked against `campaigns` when written (a live campaign each).
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_campaigns_pk', ['story_id', 'campaign_id'])
    .execute();
  await db.schema.createIndex('story_campaigns_campaign').on('story_campaigns').columns(['campaign_id', 'story_id']).execute();

  await db.schema
    .createTable('story_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_views')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    // `review`, `campaign_page`, `shared_link`, `export`.
    .addColumn('kind', 'text', (c) => c.notNull())
    // The viewer's user id, or '' for the public (counted, never named).
    .addColumn('viewer_key', 'text', (c) => c.notNull())
    .addColumn('viewer_name', 'text')
    .addColumn('views', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_views_pk', ['story_id', 'day', 'kind', 'viewer_key'])
    .execute();
}
