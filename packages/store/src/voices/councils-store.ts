/**
 * Councils and events in the store (issue 9, part 4); tables: migrations/20261202000200_councils.ts.
 *
 * `councils(store)` hands out councils and their members, events, RSVPs with their clearance checklists
 * and attendance, and the marks that say an event reminder went out. It works on a transaction's store
 * too. What must hold under concurrency is decided here, in one transaction that first locks the event's
 * row (`for update` on PostgreSQL; SQLite runs one transaction at a time): a seat is given only while
 * confirmed RSVPs are fewer than the capacity, so two people taking the last seat at once get one seat
 * and one waitlist place, and a cancellation hands its seat to the first on the waitlist in the same
 * commit. Rules that depend on the caller or the clock (who may mark attendance, and when) are the
 * server's (packages/server/src/voices/event-rules.ts).
 *
 * Times are ISO strings (`toISOString()`, which compare as text); joined and left dates `YYYY-MM-DD`.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { storeInternals, type PathwaysStore } from '../kysely-store.ts';
import { normalizeAddress } from '../portal/portal-store.ts';
import type { SerialId } from '../schema.ts';
import type { Store } from '../store.ts';

/**
 * A council member's role. Short on purpose: the chair runs the meetings; members and youth members sit
 * on it (youth members are the people the council speaks for: young people who have lived under
 * supervision); the staff liaison is the campaign's own contact person on the council.
 */
export const COUNCIL_ROLES = ['chair', 'member', 'youth_member', 'staff_liaison'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chair',
  member: 'Member',
  youth_member: 'Youth member',
  staff_liaison: 'Staff liaison',
};

export const EVENT_KINDS = ['facility_visit', 'dinner', 'briefing'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface ClearanceItem {
  id: string;
  label: string;
}

export interface EventKindInfo {
  label: string;
  /**
   * What each attendee must have cleared before they may attend; empty for events anyone may walk into.
   * A facility (a prison, a jail, a juvenile hall) checks every visitor: staff collect a government ID and
   * send it on, the facility runs its background check, then approves the visit for that person.
   */
  clearance: readonly ClearanceItem[];
  /** What to bring, said in the on-the-day reminder; null: no reminder on the day. */
  bring: string | null;
}

export const EVENT_KIND_INFO: Record<EventKind, EventKindInfo> = {
  facility_visit: {
    label: 'Facility visit',
    clearance: [
      { id: 'id_submitted', label: 'Government ID submitted' },
      { id: 'background_check', label: 'Background check approved by the facility' },
      { id: 'visit_approved', label: 'Visit approved' },
    ],
    bring:
      'the government-issued photo ID you submitted for clearance. Leave phones, bags, cash and anything sharp in your car or at home, wear closed-toe shoes, and arrive 30 minutes early for the security check.',
  },
  dinner: { label: 'Dinner', clearance: [], bring: null },
  briefing: { label: 'Briefing', clearance: [], bring: null },
};

/** `public`: a public page and RSVP form; `members`: staff add council members. */
export const EVENT_VISIBILITIES = ['public', 'members'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

/**
 * `pending`: a public RSVP whose emailed link has not been opened, which holds no seat and counts nowhere;
 * `confirmed`: holds a seat; `waitlisted`: in line for one; `cancelled`.
 */
export const RSVP_STATUSES = ['pending', 'confirmed', 'waitlisted', 'cancelled'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];
export const RSVP_SOURCES = ['public', 'staff'] as const;
export type RsvpSource = (typeof RSVP_SOURCES)[number];
export const ATTENDANCE_MARKS = ['attended', 'no_show'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];
export const EVENT_REMINDER_KINDS = ['day_before', 'day_of'] as const;
export type EventReminderKind = (typeof EVENT_REMINDER_KINDS)[number];

export interface Council {
  id: string;
  name: string;
  description: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface CouncilMember {
  id: number;
  councilId: string;
  name: string;
  /** Lowercased. */
  email: string;
  role: CouncilRole;
  /** `YYYY-MM-DD`. */
  joinedOn: string;
  leftOn: string | null;
}

export interface VoiceEvent {
  id: string;
  title: string;
  kind: EventKind;
  description: string;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  /** The IANA zone the event happens in: pages and emails show its times there. */
  timeZone: string;
  location: string;
  capacity: number;
  /** What to bring, when it differs from the kind's default. */
  bring: string | null;
  councilId: string | null;
  campaignId: string | null;
  visibility: EventVisibility;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface EventCounts {
  confirmed: number;
  waitlisted: number;
  pending: number;
  cancelled: number;
  attended: number;
  noShow: number;
}

export interface ClearanceTick {
  item: string;
  checkedBy: string;
  /** The display name of whoever ticked it; their id when the account is gone. */
  checkedByName: string;
  checkedAt: string;
}

export interface Rsvp {
  id: number;
  eventId: string;
  name: string;
  email: string;
  source: RsvpSource;
  councilMemberId: number | null;
  status: RsvpStatus;
  verifiedAt: string | null;
  queuedAt: string | null;
  attendance: AttendanceMark | null;
  attendanceBy: string | null;
  attendanceAt: string | null;
  createdAt: string;
}

export type NewCouncil = { id?: string; name: string; description?: string; createdBy: string };
export type NewCouncilMember = Omit<CouncilMember, 'id' | 'leftOn'> & { leftOn?: string | null };
export type NewVoiceEvent = Omit<VoiceEvent, 'id' | 'createdAt' | 'updatedAt' | 'bring' | 'description'> & {
  id?: string;
  description?: string;
  bring?: string | null;
};
export type EventChange = Partial<Omit<VoiceEvent, 'id' | 'kind' | 'createdBy' | 'createdAt' | 'updatedAt'>>;

/**
 * A rule of councils and events that the request broke: `not_found` (no such row), `conflict` (the state
 * forbids it: a full list, a duplicate) or `invalid` (a value out of range). The server answers 404, 409, 422.
 */
export class CouncilsRuleError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

interface CouncilsTable {
  id: string;
  name: string;
  description: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

interface CouncilMembersTable {
  id: SerialId;
  council_id: string;
  name: string;
  email: string;
  role: string;
  joined_on: string;
  left_on: string | null;
  created_at: string;
  updated_at: string;
}

interface VoiceEventsTable {
  id: string;
  title: string;
  kind: string;
  description: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  location: string;
  capacity: number;
  bring: string | null;
  council_id: string | null;
  campaign_id: string | null;
  visibility: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

interface EventRsvpsTable {
  id: SerialId;
  event_id: string;
  name: string;
  email: string;
  source: string;
  council_member_id: number | string | null;
  status: string;
  token_hash: string | null;
  verified_at: string | null;
  queued_at: string | null;
  attendance: string | null;
  attendance_by: string | null;
  attendance_at: string | null;
  created_at: string;
  updated_at: string;
}

interface EventClearancesTable {
  rsvp_id: number;
  item: string;
  checked_by: string;
  checked_at: string;
}

interface EventRemindersTable {
  rsvp_id: number;
  kind: string;
  starts_at: string;
  enqueued_at: string;
}

interface CouncilsDatabase {
  councils: CouncilsTable;
  council_members: CouncilMembersTable;
  voice_events: VoiceEventsTable;
  event_rsvps: EventRsvpsTable;
  event_clearances: EventClearancesTable;
  event_reminders: EventRemindersTable;
  /** Owned by migrations/20261202000000_campaigns.ts: only its id and name are read here. */
  campaigns: { id: string; name: string; status: string };
  users: { id: string; display_name: string };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_CAPACITY = 10_000;

const toCouncil = (r: Selectable<CouncilsTable>): Council => ({
  id: r.id,
  name: r.name,
  description: r.description,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toMember = (r: Selectable<CouncilMembersTable>): CouncilMember => ({
  id: Number(r.id),
  councilId: r.council_id,
  name: r.name,
  email: r.email,
  role: r.role as CouncilRole,
  joinedOn: r.joined_on,
  leftOn: r.left_on,
});

const toEvent = (r: Selectable<VoiceEventsTable>): VoiceEvent => ({
  id: r.id,
  title: r.title,
  kind: r.kind as EventKind,
  description: r.description,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  timeZone: r.time_zone,
  location: r.location,
  capacity: Number(r.capacity),
  bring: r.bring,
  councilId: r.council_id,
  campaignId: r.campaign_id,
  visibility: r.visibility as EventVisibility,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRsvp = (r: Selectable<EventRsvpsTable>): Rsvp => ({
  id: Number(r.id),
  eventId: r.event_id,
  name: r.name,
  email: r.email,
  source: r.source as RsvpSource,
  councilMemberId: r.council_member_id === null ? null : Number(r.council_member_id),
  status: r.status as RsvpStatus,
  verifiedAt: r.verified_at,
  queuedAt: r.queued_at,
  attendance: r.attendance as AttendanceMark | null,
  attendanceBy: r.attendance_by,
  attendanceAt: r.attendance_at,
  createdAt: r.created_at,
});

const iso = (at: string | undefined): string => (at === undefined ? new Date() : new Date(at)).toISOString();

/** A readable, unguessable-enough id: the title's words and six random characters (`youth-briefing-k3f9q2`). */
export function councilsSlugId(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const suffix = randomBytes(6)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')
    .slice(0, 6);
  return words === '' ? suffix : `${words}-${suffix}`;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

function email(raw: string): string {
  const found = normalizeAddress(raw);
  if (found?.channel !== 'email') throw new CouncilsRuleError('invalid', 'not an email address');
  return found.address;
}

function text(value: string, field: string, max: number, required = true): string {
  const t = value.trim();
  if (required && t === '') throw new CouncilsRuleError('invalid', `${field} must not be empty`);
  if (t.length > max) throw new CouncilsRuleError('invalid', `${field} must be at most ${max} characters`);
  return t;
}

function checkTimeZone(zone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new CouncilsRuleError('invalid', `unknown time zone ${zone}`);
  }
}

function instant(value: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new CouncilsRuleError('invalid', `${field} must be an ISO date-time`);
  return new Date(ms).toISOString();
}

function checkCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY)
    throw new CouncilsRuleError('invalid', `capacity must be a whole number from 1 to ${MAX_CAPACITY}`);
}

/** Whether every clearance item of the event's kind is ticked (true for kinds that need none). */
export function isCleared(kind: EventKind, ticks: readonly { item: string }[]): boolean {
  const ticked = new Set(ticks.map((t) => t.item));
  return EVENT_KIND_INFO[kind].clearance.every((c) => ticked.has(c.id));
}

type Db = Kysely<CouncilsDatabase>;

const dbOf = (store: Store | PathwaysStore): Db => storeInternals(store as Store).db as unknown as Db;

async function countStatus(db: Db, eventId: string, status: RsvpStatus): Promise<number> {
  const r = await db
    .selectFrom('event_rsvps')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function getRsvp(db: Db, id: number): Promise<Rsvp | undefined> {
  const r = await db.selectFrom('event_rsvps').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRsvp(r);
}

/** Confirms the waitlist's first RSVPs (in queue order) while seats remain; returns those promoted. */
async function promote(db: Db, event: VoiceEvent, at: string): Promise<Rsvp[]> {
  const free = event.capacity - (await countStatus(db, event.id, 'confirmed'));
  if (free <= 0) return [];
  const next = await db
    .selectFrom('event_rsvps')
    .select('id')
    .where('event_id', '=', event.id)
    .where('status', '=', 'waitlisted')
    .orderBy('queued_at')
    .orderBy('id')
    .limit(free)
    .execute();
  const promoted: Rsvp[] = [];
  for (const { id } of next) {
    const r = await db
      .updateTable('event_rsvps')
      .set({ status: 'confirmed', updated_at: at })
      .where('id', '=', Number(id))
      .returningAll()
      .executeTakeFirstOrThrow();
    promoted.push(toRsvp(r));
  }
  return promoted;
}

/** Seats the RSVP, or puts it at the end of the waitlist (the caller holds the event's lock). */
async function takeSeatOrQueue(
  db: Db,
  event: VoiceEvent,
  rsvpId: number,
  at: string,
  change: Partial<Omit<EventRsvpsTable, 'id'>> = {},
): Promise<Rsvp> {
  const seated = (await countStatus(db, event.id, 'confirmed')) < event.capacity;
  const r = await db
    .updateTable('event_rsvps')
    .set({ ...change, status: seated ? 'confirmed' : 'waitlisted', queued_at: at, updated_at: at })
    .where('id', '=', rsvpId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRsvp(r);
}

async function getCouncil(db: Db, id: string): Promise<Council | undefined> {
  const r = await db.selectFrom('councils').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toCouncil(r);
}

/** The council and the campaign an event names exist (`invalid` otherwise). */
async function checkLinks(db: Db, e: { councilId?: string | null; campaignId?: string | null }): Promise<void> {
  if (e.councilId != null && (await getCouncil(db, e.councilId)) === undefined) throw new CouncilsRuleError('invalid', 'no such council');
  if (e.campaignId != null) {
    const found = await db.selectFrom('campaigns').select('id').where('id', '=', e.campaignId).executeTakeFirst();
    if (found === undefined) throw new CouncilsRuleError('invalid', 'no such campaign');
  }
}

const RSVP_ORDER: Record<RsvpStatus, number> = { confirmed: 0, waitlisted: 1, pending: 2, cancelled: 3 };

export function councils(store: Store | PathwaysStore) {
  const internals = storeInternals(store as Store);
  const db = internals.db as unknown as Db;
  const dialect = internals.dialect;
  const pathways = store as PathwaysStore;

  /**
   * Runs `work` in a transaction (joining the caller's, if any) with the event's row locked, handing it
   * the transaction's handle: inside, every query must use it (SQLite's one connection is the
   * transaction's until it ends). not_found when there is no such event.
   */
  async function withEventLocked<T>(eventId: string, work: (tdb: Db, event: VoiceEvent) => Promise<T>): Promise<T> {
    return pathways.transaction(async (tx) => {
      const tdb = dbOf(tx);
      let q = tdb.selectFrom('voice_events').selectAll().where('id', '=', eventId);
      // SQLite has no row locks and needs none: its one connection runs one transaction at a time.
      if (dialect === 'postgres') q = q.forUpdate();
      const row = await q.executeTakeFirst();
      if (row === undefined) throw new CouncilsRuleError('not_found', 'no such event');
      return work(tdb, toEvent(row));
    });
  }

  const councilsApi = {
    async create(c: NewCouncil, at?: string): Promise<Council> {
      const id = c.id ?? councilsSlugId(c.name);
      if (!SLUG.test(id)) throw new CouncilsRuleError('invalid', 'a council id is lowercase letters, digits and hyphens');
      const now = iso(at);
      const row = await db
        .insertInto('councils')
        .values({
          id,
          name: text(c.name, 'name', 200),
          description: text(c.description ?? '', 'description', 4000, false),
          created_by: c.createdBy,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) throw new CouncilsRuleError('conflict', 'a council with this id exists');
      return toCouncil(row);
    },

    async get(id: string): Promise<Council | undefined> {
      return getCouncil(db, id);
    },

    /** Every council by name, with how many members sit on it on `today` (joined, not yet left). */
    async list(today: string): Promise<(Council & { activeMembers: number })[]> {
      const rows = await db.selectFrom('councils').selectAll().orderBy('name').orderBy('id').execute();
      const counts = await db
        .selectFrom('council_members')
        .select(['council_id', (eb) => eb.fn.countAll().as('n')])
        .where('joined_on', '<=', today)
        .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', today)]))
        .groupBy('council_id')
        .execute();
      const byCouncil = new Map(counts.map((c) => [c.council_id, Number(c.n)]));
      return rows.map((r) => ({ ...toCouncil(r), activeMembers: byCouncil.get(r.id) ?? 0 }));
    },
  };

  function checkMember(m: { role?: string; joinedOn?: string; leftOn?: string | null }): void {
    if (m.role !== undefined && !(COUNCIL_ROLES as readonly string[]).includes(m.role))
      throw new CouncilsRuleError('invalid', `unknown council role ${m.role}`);
    if (m.joinedOn !== undefined && !DATE.test(m.joinedOn)) throw new CouncilsRuleError('invalid', 'joinedOn must be a date (YYYY-MM-DD)');
    if (m.leftOn !== undefined && m.leftOn !== null && !DATE.test(m.leftOn))
      throw new CouncilsRuleError('invalid', 'leftOn must be a date (YYYY-MM-DD)');
  }

  const members = {
    /** Adds a member; `conflict` when the email is already on this council. */
    async add(m: NewCouncilMember, at?: string): Promise<CouncilMember> {
      checkMember(m);
      if (m.leftOn && m.leftOn < m.joinedOn) throw new CouncilsRuleError('invalid', 'a member cannot leave before joining');
      if ((await councilsApi.get(m.councilId)) === undefined) throw new CouncilsRuleError('not_found', 'no such council');
      const now = iso(at);
      const row = await db
        .insertInto('council_members')
        .values({
          council_id: m.councilId,
          name: text(m.name, 'name', 200),
          email: email(m.email),
          role: m.role,
          joined_on: m.joinedOn,
          left_on: m.leftOn ?? null,
          created_at: now,
          updated_at: now,
        })
        // Not a caught unique violation: on PostgreSQL that would abort the caller's transaction.
        .onConflict((oc) => oc.columns(['council_id', 'email']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) throw new CouncilsRuleError('conflict', 'this email is already on the council');
      return toMember(row);
    },

    async get(id: number): Promise<CouncilMember | undefined> {
      const r = await db.selectFrom('council_members').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toMember(r);
    },

    /** Changes what is given; `leftOn: null` brings a member back. */
    async update(id: number, change: Partial<Omit<CouncilMember, 'id' | 'councilId'>>, at?: string): Promise<CouncilMember> {
      checkMember(change);
      const before = await members.get(id);
      if (before === undefined) throw new CouncilsRuleError('not_found', 'no such council member');
      const next = { ...before, ...change };
      if (next.leftOn !== null && next.leftOn < next.joinedOn)
        throw new CouncilsRuleError('invalid', 'a member cannot leave before joining');
      const values = {
        name: text(next.name, 'name', 200),
        email: email(next.email),
        role: next.role,
        joined_on: next.joinedOn,
        left_on: next.leftOn,
        updated_at: iso(at),
      };
      if (values.email !== before.email) {
        const taken = await db
          .selectFrom('council_members')
          .select('id')
          .where('council_id', '=', before.councilId)
          .where('email', '=', values.email)
          .executeTakeFirst();
        if (taken !== undefined) throw new CouncilsRuleError('conflict', 'this email is already on the council');
      }
      const r = await db.updateTable('council_members').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      return toMember(r);
    },

    /** The council's members: those still on it first (by role, then name), then those who left. */
    async forCouncil(councilId: string): Promise<CouncilMember[]> {
      const rows = await db.selectFrom('council_members').selectAll().where('council_id', '=', councilId).execute();
      const order = (m: CouncilMember) => COUNCIL_ROLES.indexOf(m.role);
      return rows
        .map(toMember)
        .sort(
          (a, b) =>
            Number(a.leftOn !== null) - Number(b.leftOn !== null) || order(a) - order(b) || a.name.localeCompare(b.name) || a.id - b.id,
        );
    },
  };

  function checkEvent(e: Partial<NewVoiceEvent>): void {
    if (e.kind !== undefined && !(EVENT_KINDS as readonly string[]).includes(e.kind))
      throw new CouncilsRuleError('invalid', `unknown event kind ${e.kind}`);
    if (e.visibility !== undefined && !(EVENT_VISIBILITIES as readonly string[]).includes(e.visibility))
      throw new CouncilsRuleError('invalid', `unknown visibility ${e.visibility}`);
    if (e.capacity !== undefined) checkCapacity(e.capacity);
    if (e.timeZone !== undefined) checkTimeZone(e.timeZone);
  }

  const events = {
    async create(e: NewVoiceEvent, at?: string): Promise<VoiceEvent> {
      checkEvent(e);
      const startsAt = instant(e.startsAt, 'startsAt');
      const endsAt = instant(e.endsAt, 'endsAt');
      if (endsAt <= startsAt) throw new CouncilsRuleError('invalid', 'an event must end after it starts');
      await checkLinks(db, e);
      const id = e.id ?? councilsSlugId(e.title);
      if (!SLUG.test(id)) throw new CouncilsRuleError('invalid', 'an event id is lowercase letters, digits and hyphens');
      const now = iso(at);
      const row = await db
        .insertInto('voice_events')
        .values({
          id,
          title: text(e.title, 'title', 200),
          kind: e.kind,
          description: text(e.description ?? '', 'description', 4000, false),
          starts_at: startsAt,
          ends_at: endsAt,
          time_zone: e.timeZone,
          location: text(e.location, 'location', 500),
          capacity: e.capacity,
          bring: e.bring == null ? null : text(e.bring, 'bring', 1000, false) || null,
          council_id: e.councilId,
          campaign_id: e.campaignId,
          visibility: e.visibility,
          created_by: e.createdBy,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) throw new CouncilsRuleError('conflict', 'an event with this id exists');
      return toEvent(row);
    },

    async get(id: string): Promise<VoiceEvent | undefined> {
      const r = await db.selectFrom('voice_events').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toEvent(r);
    },

    /**
     * Changes an event. A smaller capacity may not drop below the seats already confirmed (`conflict`:
     * cancel someone first); a larger one seats the waitlist's first at once, and they are returned.
     */
    async update(id: string, change: EventChange, at?: string): Promise<{ event: VoiceEvent; promoted: Rsvp[] }> {
      checkEvent(change);
      const now = iso(at);
      return withEventLocked(id, async (tdb, before) => {
        const next = { ...before, ...change };
        const startsAt = instant(next.startsAt, 'startsAt');
        const endsAt = instant(next.endsAt, 'endsAt');
        if (endsAt <= startsAt) throw new CouncilsRuleError('invalid', 'an event must end after it starts');
        await checkLinks(tdb, change);
        const confirmed = await countStatus(tdb, id, 'confirmed');
        if (next.capacity < confirmed)
          throw new CouncilsRuleError('conflict', `${confirmed} seats are confirmed: cancel RSVPs before lowering the capacity below that`);
        const row = await tdb
          .updateTable('voice_events')
          .set({
            title: text(next.title, 'title', 200),
            description: text(next.description, 'description', 4000, false),
            starts_at: startsAt,
            ends_at: endsAt,
            time_zone: next.timeZone,
            location: text(next.location, 'location', 500),
            capacity: next.capacity,
            bring: next.bring === null ? null : text(next.bring, 'bring', 1000, false) || null,
            council_id: next.councilId,
            campaign_id: next.campaignId,
            visibility: next.visibility,
            updated_at: now,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        const event = toEvent(row);
        return { event, promoted: await promote(tdb, event, now) };
      });
    },

    /** Every event, the latest start first, each with its counts. */
    async list(): Promise<(VoiceEvent & { counts: EventCounts })[]> {
      const rows = await db.selectFrom('voice_events').selectAll().orderBy('starts_at', 'desc').orderBy('id').execute();
      const counts = await countsFor(rows.map((r) => r.id));
      return rows.map((r) => ({ ...toEvent(r), counts: counts.get(r.id) ?? emptyCounts() }));
    },

    /** Public events that have not ended at `now`, soonest first; `campaignId` keeps one campaign's. */
    async upcomingPublic(now: string, campaignId?: string): Promise<(VoiceEvent & { counts: EventCounts })[]> {
      let q = db.selectFrom('voice_events').selectAll().where('visibility', '=', 'public').where('ends_at', '>', now);
      if (campaignId !== undefined) q = q.where('campaign_id', '=', campaignId);
      const rows = await q.orderBy('starts_at').orderBy('id').execute();
      const counts = await countsFor(rows.map((r) => r.id));
      return rows.map((r) => ({ ...toEvent(r), counts: counts.get(r.id) ?? emptyCounts() }));
    },

    /** Events starting after `after` and at or before `until` (the reminder tick's window), soonest first. */
    async startingBetween(after: string, until: string): Promise<VoiceEvent[]> {
      const rows = await db
        .selectFrom('voice_events')
        .selectAll()
        .where('starts_at', '>', after)
        .where('starts_at', '<=', until)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toEvent);
    },

    async counts(id: string): Promise<EventCounts> {
      return (await countsFor([id])).get(id) ?? emptyCounts();
    },
  };

  const emptyCounts = (): EventCounts => ({ confirmed: 0, waitlisted: 0, pending: 0, cancelled: 0, attended: 0, noShow: 0 });

  async function countsFor(ids: string[]): Promise<Map<string, EventCounts>> {
    const out = new Map<string, EventCounts>();
    if (ids.length === 0) return out;
    const rows = await db
      .selectFrom('event_rsvps')
      .select(['event_id', 'status', 'attendance', (eb) => eb.fn.countAll().as('n')])
      .where('event_id', 'in', ids)
      .groupBy(['event_id', 'status', 'attendance'])
      .execute();
    for (const r of rows) {
      const c = out.get(r.event_id) ?? emptyCounts();
      const n = Number(r.n);
      c[r.status as RsvpStatus] += n;
      if (r.status === 'confirmed' && r.attendance === 'attended') c.attended += n;
      if (r.status === 'confirmed' && r.attendance === 'no_show') c.noShow += n;
      out.set(r.event_id, c);
    }
    return out;
  }

  const rsvps = {
    async get(id: number): Promise<Rsvp | undefined> {
      return getRsvp(db, id);
    },

    /** Where a waitlisted RSVP stands in line (1: next to get a seat); null for any other status. */
    async waitlistPosition(rsvp: Rsvp): Promise<number | null> {
      if (rsvp.status !== 'waitlisted' || rsvp.queuedAt === null) return null;
      const queuedAt = rsvp.queuedAt;
      const r = await db
        .selectFrom('event_rsvps')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('event_id', '=', rsvp.eventId)
        .where('status', '=', 'waitlisted')
        .where((eb) => eb.or([eb('queued_at', '<', queuedAt), eb.and([eb('queued_at', '=', queuedAt), eb('id', '<', rsvp.id)])]))
        .executeTakeFirstOrThrow();
      return Number(r.n) + 1;
    },

    async byToken(tokenHash: string): Promise<Rsvp | undefined> {
      const r = await db.selectFrom('event_rsvps').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return r && toRsvp(r);
    },

    /**
     * A member of the public asks for a seat: one RSVP per event and email. A new or cancelled one is
     * `pending` until its link is opened; one already pending gets a fresh link (the old one stops working);
     * one already confirmed or waitlisted keeps its place and also gets a fresh link. `before` is the
     * status it had (undefined: new), so the caller can say the right thing in the email.
     */
    async requestPublic(
      r: { eventId: string; name: string; email: string; tokenHash: string },
      at?: string,
    ): Promise<{ rsvp: Rsvp; before: RsvpStatus | undefined }> {
      const address = email(r.email);
      const name = text(r.name, 'name', 200);
      const now = iso(at);
      return pathways.transaction(async (tx) => {
        const tdb = dbOf(tx);
        const inserted = await tdb
          .insertInto('event_rsvps')
          .values({
            event_id: r.eventId,
            name,
            email: address,
            source: 'public',
            council_member_id: null,
            status: 'pending',
            token_hash: r.tokenHash,
            verified_at: null,
            queued_at: null,
            attendance: null,
            attendance_by: null,
            attendance_at: null,
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) => oc.columns(['event_id', 'email']).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (inserted !== undefined) return { rsvp: toRsvp(inserted), before: undefined };
        const existing = await tdb
          .selectFrom('event_rsvps')
          .selectAll()
          .where('event_id', '=', r.eventId)
          .where('email', '=', address)
          .executeTakeFirstOrThrow();
        const before = existing.status as RsvpStatus;
        const reopened = before === 'cancelled';
        const row = await tdb
          .updateTable('event_rsvps')
          .set({
            token_hash: r.tokenHash,
            updated_at: now,
            // A confirmed seat keeps the name it was given; a new request may correct it.
            ...(before === 'pending' || reopened ? { name } : {}),
            ...(reopened ? { status: 'pending', verified_at: null, queued_at: null, attendance: null } : {}),
          })
          .where('id', '=', existing.id as number)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { rsvp: toRsvp(row), before };
      });
    },

    /**
     * The emailed link was opened: a pending RSVP counts from now, confirmed while seats remain and
     * waitlisted otherwise (atomically: the event is locked). Any other RSVP is answered as it is.
     * Undefined for an unknown token.
     */
    async confirm(tokenHash: string, at?: string): Promise<{ rsvp: Rsvp; event: VoiceEvent; changed: boolean } | undefined> {
      const found = await rsvps.byToken(tokenHash);
      if (found === undefined) return undefined;
      const now = iso(at);
      return withEventLocked(found.eventId, async (tdb, event) => {
        const current = await getRsvp(tdb, found.id);
        if (current === undefined || current.status !== 'pending') return current && { rsvp: current, event, changed: false };
        const rsvp = await takeSeatOrQueue(tdb, event, current.id, now, { verified_at: now });
        return { rsvp, event, changed: true };
      });
    },

    /**
     * Staff add a council member to the event, as confirmed or waitlisted at once (staff know the
     * address). An RSVP the same email made on the public form becomes the member's; `conflict` when the
     * member already holds a seat or a waitlist place.
     */
    async addMember(eventId: string, member: CouncilMember, at?: string): Promise<Rsvp> {
      const now = iso(at);
      return withEventLocked(eventId, async (tdb, event) => {
        const existing = await tdb
          .selectFrom('event_rsvps')
          .selectAll()
          .where('event_id', '=', eventId)
          .where('email', '=', member.email)
          .executeTakeFirst();
        if (existing !== undefined && (existing.status === 'confirmed' || existing.status === 'waitlisted'))
          throw new CouncilsRuleError('conflict', `${member.name} already has an RSVP (${existing.status})`);
        let id: number;
        if (existing === undefined) {
          const row = await tdb
            .insertInto('event_rsvps')
            .values({
              event_id: eventId,
              name: member.name,
              email: member.email,
              source: 'staff',
              council_member_id: member.id,
              status: 'pending',
              token_hash: null,
              verified_at: null,
              queued_at: null,
              attendance: null,
              attendance_by: null,
              attendance_at: null,
              created_at: now,
              updated_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          id = Number(row.id);
        } else id = Number(existing.id);
        return takeSeatOrQueue(tdb, event, id, now, {
          name: member.name,
          council_member_id: member.id,
          verified_at: now,
          attendance: null,
        });
      });
    },

    /**
     * Cancels an RSVP; a seat it held goes to the first on the waitlist in the same commit. `promoted` is
     * who got it (null when none did). Cancelling a cancelled RSVP changes nothing.
     */
    async cancel(id: number, at?: string): Promise<{ rsvp: Rsvp; promoted: Rsvp | null }> {
      const found = await rsvps.get(id);
      if (found === undefined) throw new CouncilsRuleError('not_found', 'no such RSVP');
      const now = iso(at);
      return withEventLocked(found.eventId, async (tdb, event) => {
        const current = (await getRsvp(tdb, id))!;
        if (current.status === 'cancelled') return { rsvp: current, promoted: null };
        const row = await tdb
          .updateTable('event_rsvps')
          .set({ status: 'cancelled', attendance: null, attendance_by: null, attendance_at: null, updated_at: now })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        const promoted = current.status === 'confirmed' ? await promote(tdb, event, now) : [];
        return { rsvp: toRsvp(row), promoted: promoted[0] ?? null };
      });
    },

    /** The event's RSVPs with their ticked clearance items: confirmed, waitlisted (in line), pending, cancelled. */
    async forEvent(eventId: string): Promise<(Rsvp & { clearance: ClearanceTick[] })[]> {
      const rows = await db.selectFrom('event_rsvps').selectAll().where('event_id', '=', eventId).execute();
      const ticks = await db
        .selectFrom('event_clearances as c')
        .innerJoin('event_rsvps as r', 'r.id', 'c.rsvp_id')
        .leftJoin('users as u', 'u.id', 'c.checked_by')
        .select(['c.rsvp_id', 'c.item', 'c.checked_by', 'c.checked_at', 'u.display_name'])
        .where('r.event_id', '=', eventId)
        .execute();
      const byRsvp = new Map<number, ClearanceTick[]>();
      for (const t of ticks) {
        const list = byRsvp.get(Number(t.rsvp_id)) ?? [];
        list.push({ item: t.item, checkedBy: t.checked_by, checkedByName: t.display_name ?? t.checked_by, checkedAt: t.checked_at });
        byRsvp.set(Number(t.rsvp_id), list);
      }
      return rows
        .map((r) => ({ ...toRsvp(r), clearance: byRsvp.get(Number(r.id)) ?? [] }))
        .sort(
          (a, b) =>
            RSVP_ORDER[a.status] - RSVP_ORDER[b.status] ||
            (a.queuedAt ?? a.createdAt).localeCompare(b.queuedAt ?? b.createdAt) ||
            a.id - b.id,
        );
    },

    async clearance(rsvpId: number): Promise<ClearanceTick[]> {
      const rows = await db
        .selectFrom('event_clearances as c')
        .leftJoin('users as u', 'u.id', 'c.checked_by')
        .select(['c.item', 'c.checked_by', 'c.checked_at', 'u.display_name'])
        .where('c.rsvp_id', '=', rsvpId)
        .execute();
      return rows.map((t) => ({
        item: t.item,
        checkedBy: t.checked_by,
        checkedByName: t.display_name ?? t.checked_by,
        checkedAt: t.checked_at,
      }));
    },

    /** Ticks (or unticks) one item of the clearance checklist of the RSVP's event kind. */
    async setClearance(rsvpId: number, item: string, checked: boolean, by: string, at?: string): Promise<ClearanceTick[]> {
      const rsvp = await rsvps.get(rsvpId);
      if (rsvp === undefined) throw new CouncilsRuleError('not_found', 'no such RSVP');
      const event = (await events.get(rsvp.eventId))!;
      if (!EVENT_KIND_INFO[event.kind].clearance.some((c) => c.id === item))
        throw new CouncilsRuleError('not_found', `a ${EVENT_KIND_INFO[event.kind].label.toLowerCase()} has no clearance item ${item}`);
      if (checked) {
        const now = iso(at);
        await db
          .insertInto('event_clearances')
          .values({ rsvp_id: rsvpId, item, checked_by: by, checked_at: now })
          .onConflict((oc) => oc.columns(['rsvp_id', 'item']).doUpdateSet({ checked_by: by, checked_at: now }))
          .execute();
      } else {
        await db.deleteFrom('event_clearances').where('rsvp_id', '=', rsvpId).where('item', '=', item).execute();
      }
      return rsvps.clearance(rsvpId);
    },

    /** Marks a confirmed RSVP attended or no-show (null clears the mark); `conflict` for any other status. */
    async setAttendance(rsvpId: number, attendance: AttendanceMark | null, by: string, at?: string): Promise<Rsvp> {
      if (attendance !== null && !ATTENDANCE_MARKS.includes(attendance))
        throw new CouncilsRuleError('invalid', `unknown attendance ${String(attendance)}`);
      const now = iso(at);
      const r = await db
        .updateTable('event_rsvps')
        .set({
          attendance,
          attendance_by: attendance === null ? null : by,
          attendance_at: attendance === null ? null : now,
          updated_at: now,
        })
        .where('id', '=', rsvpId)
        .where('status', '=', 'confirmed')
        .returningAll()
        .executeTakeFirst();
      if (r !== undefined) return toRsvp(r);
      if ((await rsvps.get(rsvpId)) === undefined) throw new CouncilsRuleError('not_found', 'no such RSVP');
      throw new CouncilsRuleError('conflict', 'only a confirmed RSVP can be marked attended or no-show');
    },
  };

  const reminders = {
    /** Confirmed RSVPs of the event whose reminder of this kind, for this start time, is not yet marked. */
    async awaiting(event: VoiceEvent, kind: EventReminderKind): Promise<Rsvp[]> {
      const rows = await db
        .selectFrom('event_rsvps as r')
        .selectAll('r')
        .where('r.event_id', '=', event.id)
        .where('r.status', '=', 'confirmed')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('event_reminders as m')
                .select('m.rsvp_id')
                .whereRef('m.rsvp_id', '=', 'r.id')
                .where('m.kind', '=', kind)
                .where('m.starts_at', '=', event.startsAt),
            ),
          ),
        )
        .orderBy('r.id')
        .execute();
      return rows.map(toRsvp);
    },

    /** Marks the reminder enqueued; false when it already was (the caller that gets true enqueues). */
    async markReminded(rsvpId: number, kind: EventReminderKind, startsAt: string, at?: string): Promise<boolean> {
      const inserted = await db
        .insertInto('event_reminders')
        .values({ rsvp_id: rsvpId, kind, starts_at: startsAt, enqueued_at: iso(at) })
        .onConflict((oc) => oc.columns(['rsvp_id', 'kind', 'starts_at']).doNothing())
        .returning('rsvp_id')
        .executeTakeFirst();
      return inserted !== undefined;
    },
  };

  const campaigns = {
    /** The campaigns an event may be attached to (id and name; the campaigns helper owns the rest). */
    async choices(): Promise<{ id: string; name: string; status: string }[]> {
      return db.selectFrom('campaigns').select(['id', 'name', 'status']).orderBy('name').orderBy('id').execute();
    },
    async get(id: string): Promise<{ id: string; name: string; status: string } | undefined> {
      return db.selectFrom('campaigns').select(['id', 'name', 'status']).where('id', '=', id).executeTakeFirst();
    },
  };

  return { councils: councilsApi, members, events, rsvps, reminders, campaigns };
}

export type CouncilsStore = ReturnType<typeof councils>;
