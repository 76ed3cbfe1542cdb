/**
 * Stories in the store (issue 9, part 1): what a person told, on what terms (tier, scope, expiry), where
 * it stands in moderation, its shared links (hashes only) and who viewed it. Tables:
 * migrations/20261202000100_stories.ts.
 *
 * `stories(store)` works on a transaction's store too, so a route's read-decide-write is one commit. The
 * rules of consent (which change goes back to review) and of masking are the server's; this module keeps
 * the rows honest: moderation moves only forward from the state it names, a scope names live campaigns
 * only, and ending a story (withdrawal or expiry) erases its text, masks, attribution, media and scope in
 * the same statement that marks it ended.
 *
 * On SQLite, ending a story first turns on `secure_delete` for the connection, so the freed pages that held
 * the text and media are overwritten with zeros rather than left in the file. (PostgreSQL reclaims dead
 * rows at its next vacuum.)
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { storeInternals } from '../kysely-store.ts';
import type { Store } from '../store.ts';

export const STORY_TIERS = ['internal', 'anonymous', 'attributed'] as const;
export type StoryTier = (typeof STORY_TIERS)[number];

export const STORY_STATUSES = ['submitted', 'reviewed', 'published', 'rejected', 'withdrawn', 'expired'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];
/** The statuses of a story whose text is gone: only the tombstone is left. */
export const ENDED_STATUSES: readonly StoryStatus[] = ['withdrawn', 'expired'];

export const STORY_VIEW_KINDS = ['review', 'campaign_page', 'shared_link', 'export'] as const;
export type StoryViewKind = (typeof STORY_VIEW_KINDS)[number];

/** A span of the text hidden from the public (`kind`: what it hides, e.g. `name`, `place`). */
export interface StoryMask {
  start: number;
  end: number;
  kind: string;
}

export interface Story {
  id: string;
  personId: string;
  /** The account that recorded it: the person's own, or their officer's or supervisor's. */
  toldBy: string;
  recordedWith: 'self' | 'staff';
  tier: StoryTier;
  status: StoryStatus;
  /** null once the story has ended (withdrawn or expired). */
  text: string | null;
  /** The confirmed (or, before review, detected) masks of an anonymous story; null for the other tiers. */
  masks: StoryMask[] | null;
  /** The name an attributed story is shown under; null for the other tiers. */
  attribution: string | null;
  /** The photo or recording's sniffed type and size; its bytes come from `media(id)`. */
  media: { type: string; bytes: number } | null;
  allCampaigns: boolean;
  /** The chosen campaigns when not `allCampaigns`, sorted. */
  campaignIds: string[];
  /** ISO date: from this day on the story is hidden everywhere, as if withdrawn. */
  expiresOn: string;
  rejectReason: string | null;
  createdAt: string;
  submittedAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  publishedAt: string | null;
  /** When it was withdrawn or expired. */
  endedAt: string | null;
  updatedAt: string;
}

export interface NewStory {
  id?: string;
  personId: string;
  toldBy: string;
  recordedWith: 'self' | 'staff';
  tier: StoryTier;
  text: string;
  masks: StoryMask[] | null;
  attribution: string | null;
  media: { type: string; data: Uint8Array } | null;
  allCampaigns: boolean;
  campaignIds: readonly string[];
  expiresOn: string;
}

/** What the storyteller may change; `status` set to `submitted` sends the story back to review. */
export interface StoryChanges {
  tier?: StoryTier;
  text?: string;
  masks?: StoryMask[] | null;
  attribution?: string | null;
  allCampaigns?: boolean;
  campaignIds?: readonly string[];
  expiresOn?: string;
  status?: 'submitted';
}

export interface StoryView {
  day: string;
  kind: StoryViewKind;
  /** The viewer's name for a review or an export; null for public views, which are counted only. */
  viewerName: string | null;
  views: number;
  lastAt: string;
}

export interface LiveCampaign {
  id: string;
  name: string;
  bill: string;
  jurisdiction: string;
}

/** A write this module refuses: a campaign that is not live, a move moderation does not allow. */
export class StoryWriteError extends Error {
  constructor(
    readonly code: 'unknown_campaigns' | 'wrong_status' | 'not_found',
    message: string,
    readonly campaignIds: string[] = [],
  ) {
    super(message);
  }
}

interface StoryRow {
  id: string;
  person_id: string;
  told_by: string;
  recorded_with: string;
  tier: string;
  all_campaigns: number;
  status: string;
  text: string | null;
  masks: string | null;
  attribution: string | null;
  media_type: string | null;
  media_bytes: number | null;
  expires_on: string;
  reject_reason: string | null;
  created_at: string;
  submitted_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
  published_at: string | null;
  ended_at: string | null;
  updated_at: string;
}

/** Every column but the media's bytes, which only `media(id)` reads. */
const COLUMNS = [
  'id',
  'person_id',
  'told_by',
  'recorded_with',
  'tier',
  'all_campaigns',
  'status',
  'text',
  'masks',
  'attribution',
  'media_type',
  'media_bytes',
  'expires_on',
  'reject_reason',
  'created_at',
  'submitted_at',
  'reviewed_at',
  'reviewed_by',
  'published_at',
  'ended_at',
  'updated_at',
] as const;

const toStory = (r: StoryRow, campaignIds: string[]): Story => ({
  id: r.id,
  personId: r.person_id,
  toldBy: r.told_by,
  recordedWith: r.recorded_with === 'staff' ? 'staff' : 'self',
  tier: r.tier as StoryTier,
  status: r.status as StoryStatus,
  text: r.text,
  masks: r.masks === null ? null : (JSON.parse(r.masks) as StoryMask[]),
  attribution: r.attribution,
  media: r.media_type === null ? null : { type: r.media_type, bytes: Number(r.media_bytes) },
  allCampaigns: Number(r.all_campaigns) === 1,
  campaignIds,
  expiresOn: r.expires_on,
  rejectReason: r.reject_reason,
  createdAt: r.created_at,
  submittedAt: r.submitted_at,
  reviewedAt: r.reviewed_at,
  reviewedBy: r.reviewed_by,
  publishedAt: r.published_at,
  endedAt: r.ended_at,
  updatedAt: r.updated_at,
});

/** What erasing leaves of a story: the tombstone's columns stay, these go. */
const ERASED = {
  text: null,
  masks: null,
  attribution: null,
  media: null,
  media_type: null,
  media_bytes: null,
  all_campaigns: 0,
  reject_reason: null,
} as const;

/** Stories that can still be shown or moderated (not withdrawn, not expired). */
const NOT_ENDED = ['submitted', 'reviewed', 'published', 'rejected'];

const masksColumn = (masks: StoryMask[] | null | undefined): string | null =>
  masks === null || masks === undefined ? null : JSON.stringify(masks.map((m) => ({ start: m.start, end: m.end, kind: m.kind })));

export function stories(store: Store) {
  const { db: typed, dialect } = storeInternals(store);
  // The story tables are declared here, not in schema.ts: this module's rows are typed by the interfaces above.
  const db = typed as unknown as Kysely<any>;

  async function campaignsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    const rows = (await db
      .selectFrom('story_campaigns')
      .select(['story_id', 'campaign_id'])
      .where('story_id', 'in', [...ids])
      .orderBy('campaign_id')
      .execute()) as { story_id: string; campaign_id: string }[];
    for (const r of rows) out.get(r.story_id)?.push(r.campaign_id);
    return out;
  }

  async function many(rows: StoryRow[]): Promise<Story[]> {
    const scopes = await campaignsOf(rows.map((r) => r.id));
    return rows.map((r) => toStory(r, scopes.get(r.id) ?? []));
  }

  async function one(id: string): Promise<Story | undefined> {
    const row = (await db.selectFrom('stories').select(COLUMNS).where('id', '=', id).executeTakeFirst()) as StoryRow | undefined;
    return row && (await many([row]))[0];
  }

  async function checkLive(ids: readonly string[]): Promise<void> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return;
    const found = await db.selectFrom('campaigns').select('id').where('id', 'in', wanted).where('status', '=', 'live').execute();
    const live = new Set(found.map((r) => String(r.id)));
    const unknown = wanted.filter((id) => !live.has(id));
    if (unknown.length > 0) {
      throw new StoryWriteError('unknown_campaigns', `No live campaign with the id ${unknown.join(', ')}.`, unknown);
    }
  }

  async function setScope(storyId: string, allCampaigns: boolean, campaignIds: readonly string[]): Promise<void> {
    await db.deleteFrom('story_campaigns').where('story_id', '=', storyId).execute();
    const ids = allCampaigns ? [] : [...new Set(campaignIds)];
    if (ids.length > 0) {
      await db
        .insertInto('story_campaigns')
        .values(ids.map((campaign_id) => ({ story_id: storyId, campaign_id })))
        .execute();
    }
  }

  /** Moves a story from one of `from` to a new state; refuses (wrong_status) when it is in none of them. */
  async function move(id: string, from: readonly StoryStatus[], set: Record<string, unknown>): Promise<Story> {
    const result = await db
      .updateTable('stories')
      .set(set)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const current = await one(id);
      if (!current) throw new StoryWriteError('not_found', 'No such story.');
      throw new StoryWriteError('wrong_status', `The story is ${current.status}, not ${from.join(' or ')}.`);
    }
    return (await one(id))!;
  }

  async function secureDelete(): Promise<void> {
    if (dialect === 'sqlite') await sql`pragma secure_delete = on`.execute(db);
  }

  return {
    /** The live campaigns a story may be shared with, by name. */
    async liveCampaigns(): Promise<LiveCampaign[]> {
      const rows = await db
        .selectFrom('campaigns')
        .select(['id', 'name', 'bill', 'jurisdiction'])
        .where('status', '=', 'live')
        .orderBy('name')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: String(r.id), name: String(r.name), bill: String(r.bill), jurisdiction: String(r.jurisdiction) }));
    },

    /** The names of these campaigns, whatever their status, by id (an id with no campaign is left out). */
    async campaignNames(ids: readonly string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids)];
      if (wanted.length === 0) return new Map();
      const rows = await db.selectFrom('campaigns').select(['id', 'name']).where('id', 'in', wanted).execute();
      return new Map(rows.map((r) => [String(r.id), String(r.name)]));
    },

    /** A campaign's status (`draft`, `live`, `closed`), or undefined when there is no such campaign. */
    async campaignStatus(campaignId: string): Promise<string | undefined> {
      const row = await db.selectFrom('campaigns').select('status').where('id', '=', campaignId).executeTakeFirst();
      return row === undefined ? undefined : String(row.status);
    },

    /** Writes a new story, submitted for review; refuses a scope naming anything but live campaigns. */
    async create(story: NewStory, at: string): Promise<Story> {
      if (!story.allCampaigns) await checkLive(story.campaignIds);
      const id = story.id ?? randomUUID();
      await db
        .insertInto('stories')
        .values({
          id,
          person_id: story.personId,
          told_by: story.toldBy,
          recorded_with: story.recordedWith,
          tier: story.tier,
          all_campaigns: story.allCampaigns ? 1 : 0,
          status: 'submitted',
          text: story.text,
          masks: masksColumn(story.masks),
          attribution: story.attribution,
          media: story.media === null ? null : Buffer.from(story.media.data),
          media_type: story.media?.type ?? null,
          media_bytes: story.media?.data.byteLength ?? null,
          expires_on: story.expiresOn,
          reject_reason: null,
          created_at: at,
          submitted_at: at,
          reviewed_at: null,
          reviewed_by: null,
          published_at: null,
          ended_at: null,
          updated_at: at,
        })
        .execute();
      await setScope(id, story.allCampaigns, story.campaignIds);
      return (await one(id))!;
    },

    get: one,

    /** The photo or recording's bytes and type; undefined when the story has none (or has ended). */
    async media(id: string): Promise<{ type: string; data: Buffer } | undefined> {
      const row = await db.selectFrom('stories').select(['media', 'media_type']).where('id', '=', id).executeTakeFirst();
      if (!row || row.media === null || row.media_type === null) return undefined;
      return { type: String(row.media_type), data: Buffer.from(row.media as Uint8Array) };
    },

    /** A person's stories, newest first, tombstones included. */
    async forPerson(personId: string): Promise<Story[]> {
      const rows = (await db
        .selectFrom('stories')
        .select(COLUMNS)
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute()) as StoryRow[];
      return many(rows);
    },

    /** Stories in one moderation state, the longest waiting first. */
    async withStatus(status: StoryStatus, page: { limit: number; offset: number } = { limit: 100, offset: 0 }): Promise<Story[]> {
      const rows = (await db
        .selectFrom('stories')
        .select(COLUMNS)
        .where('status', '=', status)
        .orderBy('submitted_at')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute()) as StoryRow[];
      return many(rows);
    },

    /**
     * The stories the public may read on a campaign's page: published, not internal, not expired by
     * `today`, in the campaign's scope (all campaigns, or chosen), the campaign itself public (live or
     * closed). Oldest published first.
     */
    async publicForCampaign(campaignId: string, today: string): Promise<Story[]> {
      const rows = (await db
        .selectFrom('stories')
        .select(COLUMNS)
        .where('status', '=', 'published')
        .where('tier', '!=', 'internal')
        .where('expires_on', '>', today)
        .where((eb) =>
          eb.or([
            eb('all_campaigns', '=', 1),
            eb.exists(
              eb
                .selectFrom('story_campaigns')
                .select('story_campaigns.story_id')
                .whereRef('story_campaigns.story_id', '=', 'stories.id')
                .where('story_campaigns.campaign_id', '=', campaignId),
            ),
          ]),
        )
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('campaigns')
              .select('campaigns.id')
              .where('campaigns.id', '=', campaignId)
              .where('campaigns.status', 'in', ['live', 'closed']),
          ),
        )
        .orderBy('published_at')
        .orderBy('id')
        .execute()) as StoryRow[];
      return many(rows);
    },

    /** Confirms a submitted story's masks (anonymous tier) as reviewed by `reviewerId`. */
    async review(id: string, review: { masks: StoryMask[] | null; reviewerId: string }, at: string): Promise<Story> {
      return move(id, ['submitted'], {
        status: 'reviewed',
        masks: masksColumn(review.masks),
        reviewed_at: at,
        reviewed_by: review.reviewerId,
        reject_reason: null,
        updated_at: at,
      });
    },

    /** Publishes a reviewed story (internal-only stories are the caller's to refuse). */
    async publish(id: string, at: string): Promise<Story> {
      return move(id, ['reviewed'], { status: 'published', published_at: at, updated_at: at });
    },

    /** Rejects a submitted, reviewed or published story, with the reason the storyteller will read. */
    async reject(id: string, reject: { reason: string; reviewerId: string }, at: string): Promise<Story> {
      return move(id, ['submitted', 'reviewed', 'published'], {
        status: 'rejected',
        reject_reason: reject.reason,
        reviewed_at: at,
        reviewed_by: reject.reviewerId,
        published_at: null,
        updated_at: at,
      });
    },

    /**
     * The storyteller's change of a story not yet ended. A `status: 'submitted'` in the changes sends it
     * back to review (its review, publication and rejection reason cleared).
     */
    async update(id: string, changes: StoryChanges, at: string): Promise<Story> {
      if (changes.campaignIds !== undefined && changes.allCampaigns !== true) await checkLive(changes.campaignIds);
      const set: Record<string, unknown> = { updated_at: at };
      if (changes.tier !== undefined) set.tier = changes.tier;
      if (changes.text !== undefined) set.text = changes.text;
      if (changes.masks !== undefined) set.masks = masksColumn(changes.masks);
      if (changes.attribution !== undefined) set.attribution = changes.attribution;
      if (changes.allCampaigns !== undefined) set.all_campaigns = changes.allCampaigns ? 1 : 0;
      if (changes.expiresOn !== undefined) set.expires_on = changes.expiresOn;
      if (changes.status === 'submitted') {
        Object.assign(set, {
          status: 'submitted',
          submitted_at: at,
          reviewed_at: null,
          reviewed_by: null,
          published_at: null,
          reject_reason: null,
        });
      }
      const story = await move(id, NOT_ENDED as StoryStatus[], set);
      if (changes.allCampaigns !== undefined || changes.campaignIds !== undefined) {
        await setScope(id, changes.allCampaigns ?? story.allCampaigns, changes.campaignIds ?? story.campaignIds);
      }
      return (await one(id))!;
    },

    /**
     * Ends a story at once: `withdrawn` (the storyteller's choice) or `expired`. Its text, masks,
     * attribution, media and scope are erased; the tombstone (id, person, tier, dates, status) and the
     * shared links' hashes stay. Ending an ended story is a no-op that answers the tombstone.
     */
    async end(id: string, status: 'withdrawn' | 'expired', at: string): Promise<Story> {
      const current = await one(id);
      if (!current) throw new StoryWriteError('not_found', 'No such story.');
      if (ENDED_STATUSES.includes(current.status)) return current;
      await secureDelete();
      await db
        .updateTable('stories')
        .set({ ...ERASED, status, ended_at: at, updated_at: at })
        .where('id', '=', id)
        .execute();
      await db.deleteFrom('story_campaigns').where('story_id', '=', id).execute();
      return (await one(id))!;
    },

    /** Ends, as expired, every story whose expiry date has come by `today`; answers how many. */
    async endExpired(today: string, at: string): Promise<number> {
      const due = await db.selectFrom('stories').select('id').where('expires_on', '<=', today).where('status', 'in', NOT_ENDED).execute();
      if (due.length === 0) return 0;
      const ids = due.map((r) => String(r.id));
      await secureDelete();
      await db
        .updateTable('stories')
        .set({ ...ERASED, status: 'expired', ended_at: at, updated_at: at })
        .where('id', 'in', ids)
        .execute();
      await db.deleteFrom('story_campaigns').where('story_id', 'in', ids).execute();
      return ids.length;
    },

    /** Keeps a shared link's token hash. */
    async addLink(storyId: string, tokenHash: string, createdBy: string, at: string): Promise<void> {
      await db
        .insertInto('story_links')
        .values({ token_hash: tokenHash, story_id: storyId, created_by: createdBy, created_at: at })
        .execute();
    },

    /** The story a shared link's token hash names (whatever its state), or undefined. */
    async byLink(tokenHash: string): Promise<Story | undefined> {
      const row = await db.selectFrom('story_links').select('story_id').where('token_hash', '=', tokenHash).executeTakeFirst();
      return row === undefined ? undefined : one(String(row.story_id));
    },

    /**
     * Counts one view of each story: by a named viewer (`viewer` given: a reviewer, an export) or by the
     * public (counted per day, never named).
     */
    async recordViews(
      storyIds: readonly string[],
      kind: StoryViewKind,
      at: string,
      viewer: { userId: string; name: string } | null = null,
    ): Promise<void> {
      const ids = [...new Set(storyIds)];
      if (ids.length === 0) return;
      await db
        .insertInto('story_views')
        .values(
          ids.map((story_id) => ({
            story_id,
            day: at.slice(0, 10),
            kind,
            viewer_key: viewer?.userId ?? '',
            viewer_name: viewer?.name ?? null,
            views: 1,
            last_at: at,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['story_id', 'day', 'kind', 'viewer_key']).doUpdateSet((eb) => ({
            views: eb(eb.ref('story_views.views'), '+', 1),
            last_at: eb.ref('excluded.last_at'),
            viewer_name: eb.ref('excluded.viewer_name'),
          })),
        )
        .execute();
    },

    /** Who viewed a story: newest day first, then by kind and name. */
    async views(storyId: string): Promise<StoryView[]> {
      const rows = await db
        .selectFrom('story_views')
        .select(['day', 'kind', 'viewer_name', 'views', 'last_at'])
        .where('story_id', '=', storyId)
        .orderBy('day', 'desc')
        .orderBy('kind')
        .orderBy('viewer_name')
        .execute();
      return rows.map((r) => ({
        day: String(r.day),
        kind: r.kind as StoryViewKind,
        viewerName: r.viewer_name === null ? null : String(r.viewer_name),
        views: Number(r.views),
        lastAt: String(r.last_at),
      }));
    },
  };
}

export type StoriesStore = ReturnType<typeof stories>;
