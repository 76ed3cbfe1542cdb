/**
 * The notification outbox: `outbox(store)` over the `outbox_messages` table (migration
 * 20261201100100_outbox). Whoever has something to say to a person (a sign-in code, a reminder, a
 * message from the officer) enqueues it here, in the same transaction as the change that caused it when
 * there is one; the dispatcher in @pathways/server sends what is due through the SMS and email adapters
 * and records how it went. Nothing here sends, logs or judges quiet hours: it only keeps the rows.
 *
 * Times are ISO strings (`toISOString()`, so they compare as text on both dialects). Every method works
 * on a transaction's store as well: `store.transaction(async (tx) => outbox(tx).enqueue(...))`.
 */
import type { Kysely } from 'kysely';
import { storeInternals } from '../kysely-store.ts';
import type { Store } from '../store.ts';

export type OutboxChannel = 'sms' | 'email';
export type OutboxLanguage = 'en' | 'es';
/** pending: to be sent; sent; failed: given up (out of tries, or refused for good); suppressed: the address opted out. */
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'suppressed';

export const OUTBOX_CHANNELS: readonly OutboxChannel[] = ['sms', 'email'];
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed', 'suppressed'];

export interface NewOutboxMessage {
  channel: OutboxChannel;
  /** An E.164 phone number (sms) or an email address. */
  to: string;
  /** The email's subject; null for a text (and for an email, which then gets a default one). */
  subject: string | null;
  body: string;
  /** `sign_in_code`, `reminder`, `message`, or another word the sender chooses. */
  kind: string;
  personId: string | null;
  language: OutboxLanguage;
  /** Sent at once, even in quiet hours (a sign-in code someone is waiting for). */
  urgent: boolean;
  /** At most one message per key, ever: a second enqueue with the same key is a no-op that answers null. */
  dedupeKey?: string;
}

export interface OutboxMessage {
  id: number;
  channel: OutboxChannel;
  to: string;
  subject: string | null;
  body: string;
  kind: string;
  personId: string | null;
  /** The person's agency when the message was enqueued (null for a message naming no known person). */
  agencyId: string | null;
  language: OutboxLanguage;
  urgent: boolean;
  dedupeKey: string | null;
  status: OutboxStatus;
  /** Sending attempts that failed so far (a held or suppressed message has made none). */
  attempts: number;
  /** When the dispatcher may next take the message (pending only). */
  nextAttemptAt: string;
  lastError: string | null;
  /** The provider's id for the sent message (the SMTP Message-ID, Twilio's SID, `demo`). */
  providerId: string | null;
  createdAt: string;
  sentAt: string | null;
  updatedAt: string;
}

interface OutboxRow {
  id: number | string;
  channel: string;
  to_address: string;
  subject: string | null;
  body: string;
  kind: string;
  person_id: string | null;
  agency_id: string | null;
  language: string;
  urgent: number | string;
  dedupe_key: string | null;
  status: string;
  attempts: number | string;
  next_attempt_at: string;
  last_error: string | null;
  provider_id: string | null;
  created_at: string;
  sent_at: string | null;
  updated_at: string;
}

/** The longest error text kept on a row: enough for a provider's code and reason. */
const MAX_ERROR_LENGTH = 500;

const iso = (at: Date | string): string => (typeof at === 'string' ? new Date(at) : at).toISOString();

// pg returns bigserial as a string; SQLite integers arrive as numbers. Both become numbers here.
const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: Number(r.id),
  channel: r.channel as OutboxChannel,
  to: r.to_address,
  subject: r.subject,
  body: r.body,
  kind: r.kind,
  personId: r.person_id,
  agencyId: r.agency_id,
  language: r.language as OutboxLanguage,
  urgent: Number(r.urgent) === 1,
  dedupeKey: r.dedupe_key,
  status: r.status as OutboxStatus,
  attempts: Number(r.attempts),
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  providerId: r.provider_id,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  updatedAt: r.updated_at,
});

function checkNew(message: NewOutboxMessage): void {
  if (!OUTBOX_CHANNELS.includes(message.channel)) throw new Error(`unknown outbox channel: ${String(message.channel)}`);
  if (message.language !== 'en' && message.language !== 'es') throw new Error(`unknown outbox language: ${String(message.language)}`);
  if (message.to.trim() === '') throw new Error('an outbox message needs an address');
  if (message.body.trim() === '') throw new Error('an outbox message needs a body');
  if (message.kind.trim() === '') throw new Error('an outbox message needs a kind');
}

export interface OutboxStore {
  /** Writes a pending message, due at once; null when `dedupeKey` was enqueued before (the first one stands). */
  enqueue(message: NewOutboxMessage, now?: Date): Promise<OutboxMessage | null>;
  get(id: number): Promise<OutboxMessage | undefined>;
  /** Pending messages due at `now`, the longest waiting first. */
  due(now: Date | string, limit: number): Promise<OutboxMessage[]>;
  /**
   * Takes a due message for sending: moves its next attempt to `leaseUntil`, but only if it is still pending
   * and due at `now`. False when another dispatcher took it first; if the sender dies, it is due again at
   * `leaseUntil` (so a message is sent at least once).
   */
  claim(id: number, now: Date | string, leaseUntil: Date | string): Promise<boolean>;
  markSent(id: number, providerId: string, at: Date | string): Promise<void>;
  /**
   * Counts a failed attempt. With `nextAttemptAt` the message stays pending until then; with null it is
   * given up (`failed`).
   */
  markFailed(id: number, error: string, nextAttemptAt: Date | string | null, at?: Date | string): Promise<void>;
  /** The address opted out: the message is never sent. */
  markSuppressed(id: number, reason: string, at?: Date | string): Promise<void>;
  /** Holds a pending message until `until` without counting an attempt (quiet hours). */
  defer(id: number, until: Date | string, at?: Date | string): Promise<void>;
  /** Newest first; `agencyId` keeps one agency's messages. */
  list(options: { limit: number; offset: number; agencyId?: string }): Promise<OutboxMessage[]>;
  count(options?: { agencyId?: string }): Promise<number>;
}

export function outbox(store: Store): OutboxStore {
  const db = storeInternals(store).db as unknown as Kysely<any>;

  const update = async (id: number, values: Record<string, unknown>): Promise<void> => {
    await db.updateTable('outbox_messages').set(values).where('id', '=', id).execute();
  };

  return {
    async enqueue(message, now = new Date()) {
      checkNew(message);
      const at = iso(now);
      const agency =
        message.personId === null
          ? undefined
          : await db.selectFrom('people').select('agency_id').where('id', '=', message.personId).executeTakeFirst();
      const row = await db
        .insertInto('outbox_messages')
        .values({
          channel: message.channel,
          to_address: message.to.trim(),
          subject: message.subject,
          body: message.body,
          kind: message.kind,
          person_id: message.personId,
          agency_id: (agency?.agency_id as string | undefined) ?? null,
          language: message.language,
          urgent: message.urgent ? 1 : 0,
          dedupe_key: message.dedupeKey ?? null,
          status: 'pending',
          attempts: 0,
          next_attempt_at: at,
          created_at: at,
          updated_at: at,
        })
        // Not a caught unique violation: on PostgreSQL that would abort the caller's transaction.
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returningAll()
        .executeTakeFirst();
      return row === undefined ? null : toMessage(row as OutboxRow);
    },

    async get(id) {
      const row = await db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : toMessage(row as OutboxRow);
    },

    async due(now, limit) {
      const rows = await db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', iso(now))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => toMessage(r as OutboxRow));
    },

    async claim(id, now, leaseUntil) {
      const result = await db
        .updateTable('outbox_messages')
        .set({ next_attempt_at: iso(leaseUntil), updated_at: iso(now) })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', iso(now))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async markSent(id, providerId, at) {
      await update(id, { status: 'sent', provider_id: providerId, sent_at: iso(at), last_error: null, updated_at: iso(at) });
    },

    async markFailed(id, error, nextAttemptAt, at = new Date()) {
      await db
        .updateTable('outbox_messages')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          status: nextAttemptAt === null ? 'failed' : 'pending',
          ...(nextAttemptAt === null ? {} : { next_attempt_at: iso(nextAttemptAt) }),
          last_error: error.slice(0, MAX_ERROR_LENGTH),
          updated_at: iso(at),
        }))
        .where('id', '=', id)
        .execute();
    },

    async markSuppressed(id, reason, at = new Date()) {
      await update(id, { status: 'suppressed', last_error: reason.slice(0, MAX_ERROR_LENGTH), updated_at: iso(at) });
    },

    async defer(id, until, at = new Date()) {
      await update(id, { next_attempt_at: iso(until), updated_at: iso(at) });
    },

    async list({ limit, offset, agencyId }) {
      let q = db.selectFrom('outbox_messages').selectAll();
      if (agencyId !== undefined) q = q.where('agency_id', '=', agencyId);
      const rows = await q.orderBy('id', 'desc').limit(limit).offset(offset).execute();
      return rows.map((r) => toMessage(r as OutboxRow));
    },

    async count(options = {}) {
      let q = db.selectFrom('outbox_messages').select((eb) => eb.fn.countAll().as('n'));
      if (options.agencyId !== undefined) q = q.where('agency_id', '=', options.agencyId);
      const row = await q.executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
