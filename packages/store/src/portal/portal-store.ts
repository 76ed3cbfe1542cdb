/**
 * The person's portal in the store (issue 7, part A): contacts and their preferences, obligations and
 * the marks that say a reminder went out, messages with the officer, sign-in codes and officer links
 * (kept only as hashes), the calendar feed's token, the person's own account, and who on the staff
 * touched the person's record (read from the audit log, for the person to see).
 *
 * `portal(store)` works on a transaction's store too, so `store.transaction((tx) => portal(tx)…)` is one
 * commit. Tables: migrations/20261201100000_portal.ts.
 */
import type { ColumnType, Kysely, Selectable } from 'kysely';
import { storeInternals, type PathwaysStore } from '../kysely-store.ts';
import type { SerialId } from '../schema.ts';
import type { Store } from '../store.ts';

export const PORTAL_LANGUAGES = ['en', 'es'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];
export type ContactChannel = 'sms' | 'email';
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

export interface PortalContact {
  personId: string;
  /** Lowercased. */
  email: string | null;
  /** E.164, `+15555550101`. */
  phone: string | null;
  language: PortalLanguage;
  smsOptOut: boolean;
  emailOptOut: boolean;
  /** IANA zone: reminders and quiet hours are in the person's own time. */
  timeZone: string;
}

export const OBLIGATION_KINDS = ['appointment', 'check_in', 'payment', 'program'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export const OBLIGATION_STATUSES = ['scheduled', 'done', 'missed', 'cancelled'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export interface Obligation {
  id: number;
  personId: string;
  kind: ObligationKind;
  title: string;
  /** ISO date-time, UTC; for a payment, when it is due. */
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  amountUsd: number | null;
  status: ObligationStatus;
}

export type NewObligation = Omit<Obligation, 'id' | 'status'> & { status?: ObligationStatus };

export type MessageDirection = 'to_person' | 'from_person';

export interface PortalMessage {
  id: number;
  personId: string;
  direction: MessageDirection;
  authorUserId: string;
  body: string;
  at: string;
  readAt: string | null;
}

export interface SignInCode {
  id: number;
  address: string;
  personId: string;
  codeHash: string;
  createdAt: string;
  expiresAt: string;
  attempts: number;
  usedAt: string | null;
}

/** One audit entry about a person, by someone other than the person, as the person is shown it. */
export interface PersonView {
  id: number;
  at: string;
  actorUserId: string;
  /** The actor's display name; their id when the account is gone. */
  actorName: string;
  actorRole: string;
  action: string;
  reason: string | null;
}

interface PortalContactsTable {
  person_id: string;
  email: string | null;
  phone: string | null;
  language: string;
  sms_opt_out: number;
  email_opt_out: number;
  time_zone: string;
  updated_at: string;
}

interface PortalObligationsTable {
  id: SerialId;
  person_id: string;
  kind: string;
  title: string;
  starts_at: string;
  ends_at: string | null;
  location: string | null;
  amount_cents: number | null;
  status: string;
  created_at: string;
}

interface PortalRemindersTable {
  obligation_id: number;
  starts_at: string;
  enqueued_at: string;
}

interface PortalMessagesTable {
  id: SerialId;
  person_id: string;
  direction: string;
  author_user_id: string;
  body: string;
  at: string;
  read_at: string | null;
}

interface PortalSignInCodesTable {
  id: SerialId;
  address: string;
  person_id: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: ColumnType<number, number | undefined, number>;
  used_at: string | null;
}

interface PortalLinksTable {
  token_hash: string;
  person_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

interface PortalCalendarFeedsTable {
  person_id: string;
  token: string;
  created_at: string;
}

/** The columns of tables other migrations own that this module reads. */
interface PortalDatabase {
  portal_contacts: PortalContactsTable;
  portal_obligations: PortalObligationsTable;
  portal_reminders: PortalRemindersTable;
  portal_messages: PortalMessagesTable;
  portal_sign_in_codes: PortalSignInCodesTable;
  portal_links: PortalLinksTable;
  portal_calendar_feeds: PortalCalendarFeedsTable;
  users: { id: string; display_name: string; role: string; person_id: string | null };
  audit_log: { id: SerialId; at: string; actor_user_id: string | null; action: string; person_id: string | null; reason: string | null };
  audit_subjects: { audit_id: number | string; person_id: string };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A phone number as E.164, or undefined when it is not one. Numbers written without a country code are
 * read as US numbers (ten digits, or eleven starting with 1), the only country the demo agencies serve.
 */
export function normalizePhone(raw: string): string | undefined {
  const s = raw.trim();
  if (!/^\+?[\d\s().-]+$/.test(s)) return undefined;
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : undefined;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return undefined;
}

/** An email (lowercased) or a phone number (E.164), with the channel that reaches it; undefined for neither. */
export function normalizeAddress(raw: string): { channel: ContactChannel; address: string } | undefined {
  const s = raw.trim();
  if (s.includes('@')) {
    const email = s.toLowerCase();
    return email.length <= 254 && EMAIL.test(email) ? { channel: 'email', address: email } : undefined;
  }
  const phone = normalizePhone(s);
  return phone === undefined ? undefined : { channel: 'sms', address: phone };
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const toContact = (r: Selectable<PortalContactsTable>): PortalContact => ({
  personId: r.person_id,
  email: r.email,
  phone: r.phone,
  language: r.language === 'es' ? 'es' : 'en',
  smsOptOut: Number(r.sms_opt_out) !== 0,
  emailOptOut: Number(r.email_opt_out) !== 0,
  timeZone: r.time_zone,
});

const toObligation = (r: Selectable<PortalObligationsTable>): Obligation => ({
  id: Number(r.id),
  personId: r.person_id,
  kind: r.kind as ObligationKind,
  title: r.title,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  location: r.location,
  amountUsd: r.amount_cents === null ? null : Number(r.amount_cents) / 100,
  status: r.status as ObligationStatus,
});

const toMessage = (r: Selectable<PortalMessagesTable>): PortalMessage => ({
  id: Number(r.id),
  personId: r.person_id,
  direction: r.direction as MessageDirection,
  authorUserId: r.author_user_id,
  body: r.body,
  at: r.at,
  readAt: r.read_at,
});

const toCode = (r: Selectable<PortalSignInCodesTable>): SignInCode => ({
  id: Number(r.id),
  address: r.address,
  personId: r.person_id,
  codeHash: r.code_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  attempts: Number(r.attempts),
  usedAt: r.used_at,
});

/** ISO timestamps are compared as text: every one this module writes is `toISOString()` (UTC, fixed width). */
const iso = (at: string | undefined): string => at ?? new Date().toISOString();

function checkObligation(o: NewObligation): void {
  if (!(OBLIGATION_KINDS as readonly string[]).includes(o.kind)) throw new Error(`unknown obligation kind ${o.kind}`);
  if (o.status !== undefined && !(OBLIGATION_STATUSES as readonly string[]).includes(o.status))
    throw new Error(`unknown obligation status ${o.status}`);
  if (Number.isNaN(Date.parse(o.startsAt))) throw new Error('startsAt must be an ISO date-time');
  if (o.amountUsd !== null && !(Number.isFinite(o.amountUsd) && o.amountUsd >= 0))
    throw new Error('amountUsd must be a non-negative amount');
}

export function portal(store: Store | PathwaysStore) {
  const db = storeInternals(store as Store).db as unknown as Kysely<PortalDatabase>;

  const contacts = {
    async get(personId: string): Promise<PortalContact | undefined> {
      const r = await db.selectFrom('portal_contacts').selectAll().where('person_id', '=', personId).executeTakeFirst();
      return r && toContact(r);
    },

    /**
     * Sets what is given and keeps the rest (a new contact starts with no address, English, opted in,
     * Los Angeles time). Email is lowercased and the phone written as E.164; a malformed one throws.
     */
    async set(change: { personId: string } & Partial<Omit<PortalContact, 'personId'>>, at?: string): Promise<PortalContact> {
      const before = await contacts.get(change.personId);
      const next: PortalContact = {
        personId: change.personId,
        email: before?.email ?? null,
        phone: before?.phone ?? null,
        language: before?.language ?? 'en',
        smsOptOut: before?.smsOptOut ?? false,
        emailOptOut: before?.emailOptOut ?? false,
        timeZone: before?.timeZone ?? DEFAULT_TIME_ZONE,
      };
      if (change.email !== undefined) {
        const email = change.email === null ? undefined : normalizeAddress(change.email);
        if (change.email !== null && email?.channel !== 'email') throw new Error('not an email address');
        next.email = email?.address ?? null;
      }
      if (change.phone !== undefined) {
        const phone = change.phone === null ? null : normalizePhone(change.phone);
        if (phone === undefined) throw new Error('not a phone number');
        next.phone = phone;
      }
      if (change.language !== undefined) {
        if (!PORTAL_LANGUAGES.includes(change.language)) throw new Error(`unsupported language ${change.language}`);
        next.language = change.language;
      }
      if (change.smsOptOut !== undefined) next.smsOptOut = change.smsOptOut;
      if (change.emailOptOut !== undefined) next.emailOptOut = change.emailOptOut;
      if (change.timeZone !== undefined) {
        if (!isTimeZone(change.timeZone)) throw new Error(`unknown time zone ${change.timeZone}`);
        next.timeZone = change.timeZone;
      }
      const row = {
        email: next.email,
        phone: next.phone,
        language: next.language,
        sms_opt_out: next.smsOptOut ? 1 : 0,
        email_opt_out: next.emailOptOut ? 1 : 0,
        time_zone: next.timeZone,
        updated_at: iso(at),
      };
      await db
        .insertInto('portal_contacts')
        .values({ person_id: next.personId, ...row })
        .onConflict((oc) => oc.column('person_id').doUpdateSet(row))
        .execute();
      return next;
    },

    /**
     * Which of these addresses (written as `set` writes them) is already another person's contact, if
     * any: an officer giving one person another's address would lock that person out of signing in
     * (`byAddress` refuses a shared address) and send one person's messages to the other.
     */
    async takenByOthers(
      personId: string,
      change: { email?: string | null; phone?: string | null },
    ): Promise<'email' | 'phone' | undefined> {
      for (const field of ['email', 'phone'] as const) {
        const raw = change[field];
        if (raw === undefined || raw === null) continue;
        const address = field === 'email' ? normalizeAddress(raw)?.address : normalizePhone(raw);
        if (address === undefined) continue;
        const holder = await db
          .selectFrom('portal_contacts')
          .select('person_id')
          .where(field, '=', address)
          .where('person_id', '<>', personId)
          .executeTakeFirst();
        if (holder) return field;
      }
      return undefined;
    },

    /**
     * The one person an email or phone number belongs to; undefined when it is unknown, malformed, or
     * shared by more than one person (sign-in cannot tell who is asking, so it sends nothing).
     */
    async byAddress(raw: string): Promise<string | undefined> {
      const found = normalizeAddress(raw);
      if (!found) return undefined;
      const rows = await db
        .selectFrom('portal_contacts')
        .select('person_id')
        .where(found.channel === 'email' ? 'email' : 'phone', '=', found.address)
        .limit(2)
        .execute();
      return rows.length === 1 ? rows[0]!.person_id : undefined;
    },

    /**
     * Opts every contact holding this address (a phone for `sms`, an email for `email`) out of, or back
     * into, that channel: what a texted STOP or START does. Returns how many contacts changed.
     */
    async optOut(address: string, channel: ContactChannel, optedOut: boolean, at?: string): Promise<number> {
      const found = normalizeAddress(address);
      if (!found || found.channel !== channel) return 0;
      const flag = optedOut ? 1 : 0;
      const result = await db
        .updateTable('portal_contacts')
        .set(channel === 'sms' ? { sms_opt_out: flag, updated_at: iso(at) } : { email_opt_out: flag, updated_at: iso(at) })
        .where(channel === 'sms' ? 'phone' : 'email', '=', found.address)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };

  const obligations = {
    async add(o: NewObligation, at?: string): Promise<Obligation> {
      checkObligation(o);
      const r = await db
        .insertInto('portal_obligations')
        .values({
          person_id: o.personId,
          kind: o.kind,
          title: o.title,
          starts_at: new Date(o.startsAt).toISOString(),
          ends_at: o.endsAt === null ? null : new Date(o.endsAt).toISOString(),
          location: o.location,
          amount_cents: o.amountUsd === null ? null : Math.round(o.amountUsd * 100),
          status: o.status ?? 'scheduled',
          created_at: iso(at),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toObligation(r);
    },

    async get(id: number): Promise<Obligation | undefined> {
      const r = await db.selectFrom('portal_obligations').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toObligation(r);
    },

    /** The person's obligations by start time (then id). */
    async forPerson(personId: string): Promise<Obligation[]> {
      const rows = await db
        .selectFrom('portal_obligations')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toObligation);
    },

    async setStatus(id: number, status: ObligationStatus): Promise<boolean> {
      if (!OBLIGATION_STATUSES.includes(status)) throw new Error(`unknown obligation status ${status}`);
      const result = await db.updateTable('portal_obligations').set({ status }).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /**
     * Scheduled obligations starting after `after` and at or before `until` whose reminder for that
     * start time has not been marked yet, soonest first.
     */
    async awaitingReminder(after: string, until: string, limit = 500): Promise<Obligation[]> {
      const rows = await db
        .selectFrom('portal_obligations as o')
        .selectAll('o')
        .where('o.status', '=', 'scheduled')
        .where('o.starts_at', '>', after)
        .where('o.starts_at', '<=', until)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('portal_reminders as r')
                .select('r.obligation_id')
                .whereRef('r.obligation_id', '=', 'o.id')
                .whereRef('r.starts_at', '=', 'o.starts_at'),
            ),
          ),
        )
        .orderBy('o.starts_at')
        .orderBy('o.id')
        .limit(limit)
        .execute();
      return rows.map(toObligation);
    },

    /**
     * Marks the reminder of an obligation at this start time as enqueued. False when it already was: the
     * caller that gets true is the one that enqueues (two dispatchers never both remind).
     */
    async markReminded(id: number, startsAt: string, at?: string): Promise<boolean> {
      const inserted = await db
        .insertInto('portal_reminders')
        .values({ obligation_id: id, starts_at: startsAt, enqueued_at: iso(at) })
        .onConflict((oc) => oc.columns(['obligation_id', 'starts_at']).doNothing())
        .returning('obligation_id')
        .executeTakeFirst();
      return inserted !== undefined;
    },
  };

  const messages = {
    async add(m: Omit<PortalMessage, 'id' | 'at' | 'readAt'> & { at?: string }): Promise<PortalMessage> {
      if (m.direction !== 'to_person' && m.direction !== 'from_person') throw new Error(`unknown direction ${String(m.direction)}`);
      const r = await db
        .insertInto('portal_messages')
        .values({
          person_id: m.personId,
          direction: m.direction,
          author_user_id: m.authorUserId,
          body: m.body,
          at: iso(m.at),
          read_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toMessage(r);
    },

    /** Oldest first: a conversation reads top to bottom. */
    async forPerson(personId: string): Promise<PortalMessage[]> {
      const rows = await db.selectFrom('portal_messages').selectAll().where('person_id', '=', personId).orderBy('id').execute();
      return rows.map(toMessage);
    },

    /** Marks the person's unread messages going one way as read at `at`; returns how many. */
    async markRead(personId: string, direction: MessageDirection, at: string): Promise<number> {
      const result = await db
        .updateTable('portal_messages')
        .set({ read_at: at })
        .where('person_id', '=', personId)
        .where('direction', '=', direction)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };

  const codes = {
    async issue(c: Omit<SignInCode, 'id' | 'attempts' | 'usedAt'>): Promise<SignInCode> {
      const r = await db
        .insertInto('portal_sign_in_codes')
        .values({
          address: c.address,
          person_id: c.personId,
          code_hash: c.codeHash,
          created_at: c.createdAt,
          expires_at: c.expiresAt,
          used_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCode(r);
    },

    /** The newest code sent to the address: asking again replaces the code before. */
    async latest(address: string): Promise<SignInCode | undefined> {
      const r = await db
        .selectFrom('portal_sign_in_codes')
        .selectAll()
        .where('address', '=', address)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r && toCode(r);
    },

    /**
     * Spends one of the code's tries, in one statement so that parallel guesses cannot share a try.
     * False when none is left or the code was used.
     */
    async spendAttempt(id: number, maxAttempts: number): Promise<boolean> {
      const result = await db
        .updateTable('portal_sign_in_codes')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('attempts', '<', maxAttempts)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Marks the code used; false when it already was (it opens one session only). */
    async consume(id: number, at: string): Promise<boolean> {
      const result = await db
        .updateTable('portal_sign_in_codes')
        .set({ used_at: at })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Deletes codes that ran out before `before`; returns how many. */
    async deleteExpired(before: string): Promise<number> {
      const result = await db.deleteFrom('portal_sign_in_codes').where('expires_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };

  const links = {
    async create(l: { tokenHash: string; personId: string; createdBy: string; createdAt: string; expiresAt: string }): Promise<void> {
      await db
        .insertInto('portal_links')
        .values({
          token_hash: l.tokenHash,
          person_id: l.personId,
          created_by: l.createdBy,
          created_at: l.createdAt,
          expires_at: l.expiresAt,
          used_at: null,
        })
        .execute();
    },

    /** Uses the link once: the person it opens, or undefined when unknown, used or expired at `at`. */
    async consume(tokenHash: string, at: string): Promise<string | undefined> {
      const r = await db
        .updateTable('portal_links')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returning('person_id')
        .executeTakeFirst();
      return r?.person_id;
    },
  };

  const calendar = {
    /** The person's feed token, made with `make` the first time (the same one after that). */
    async feedToken(personId: string, make: () => string, at?: string): Promise<string> {
      await db
        .insertInto('portal_calendar_feeds')
        .values({ person_id: personId, token: make(), created_at: iso(at) })
        .onConflict((oc) => oc.column('person_id').doNothing())
        .execute();
      const r = await db.selectFrom('portal_calendar_feeds').select('token').where('person_id', '=', personId).executeTakeFirstOrThrow();
      return r.token;
    },

    async personFor(token: string): Promise<string | undefined> {
      const r = await db.selectFrom('portal_calendar_feeds').select('person_id').where('token', '=', token).executeTakeFirst();
      return r?.person_id;
    },
  };

  const accounts = {
    /** The id of the person's own account (role `person`), if they have one. */
    async userFor(personId: string): Promise<string | undefined> {
      const r = await db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'person')
        .where('person_id', '=', personId)
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      return r?.id;
    },
  };

  /**
   * Audit entries about the person made by staff (reads, caseload lists the person was on, documents,
   * actions, links), newest first. The person's own entries are left out (any account that is this person),
   * and so are entries with no actor.
   */
  async function views(personId: string, page: { limit: number; offset: number }): Promise<PersonView[]> {
    const rows = await db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_user_id')
      .select(['a.id', 'a.at', 'a.actor_user_id', 'a.action', 'a.reason', 'u.display_name', 'u.role', 'u.person_id'])
      .where((eb) =>
        eb.or([
          eb('a.person_id', '=', personId),
          eb('a.id', 'in', eb.selectFrom('audit_subjects').select('audit_id').where('audit_subjects.person_id', '=', personId)),
        ]),
      )
      .where('a.actor_user_id', 'is not', null)
      .where((eb) => eb.or([eb('u.person_id', 'is', null), eb('u.person_id', '<>', personId)]))
      .orderBy('a.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorUserId: r.actor_user_id!,
      actorName: r.display_name ?? r.actor_user_id!,
      actorRole: r.role ?? 'unknown',
      action: r.action,
      reason: r.reason,
    }));
  }

  return { contacts, obligations, messages, codes, links, calendar, accounts, views };
}

export type PortalStore = ReturnType<typeof portal>;
