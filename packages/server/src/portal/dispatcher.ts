/**
 * The notification dispatcher: each tick asks the portal to schedule what reminders have come due
 * (`scheduleReminders`, part A) and the events theirs (`scheduleEventReminders`, issue 9), then sends
 * the outbox's due messages through the SMS and email adapters.
 *
 * Per message, in this order:
 * - claimed first (a lease in the row), so two servers never send the same message at once;
 * - suppressed when the person opted out of the channel (STOP, or the portal's preferences);
 * - held, when it is not urgent, until the quiet hours (21:00–08:00 in the person's own zone) end;
 * - sent; a failure the provider calls temporary is retried with exponential backoff (1, 2, 4, 8 minutes
 *   by default) until the fifth try fails, a permanent one is given up at once, and Twilio's 21610 (the
 *   number texted STOP to the provider itself) suppresses it and records the opt-out.
 *
 * The logs carry counts, outbox ids, channels, kinds and provider codes: never an address or a body.
 */
import { outbox, portal, type OutboxMessage, type PathwaysStore, type PortalContact } from '@pathways/store';
import { DeliveryError, TWILIO_UNSUBSCRIBED, type ChannelAdapter } from './adapters/adapter.ts';
import { DEFAULT_QUIET_HOURS, quietUntil, type QuietHours } from './quiet-hours.ts';
import { scheduleReminders as portalReminders } from './reminders.ts';
import { scheduleEventReminders } from '../voices/event-reminders.ts';

export interface DispatcherLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const SILENT: DispatcherLog = { info() {}, warn() {}, error() {} };

export interface DispatcherOptions {
  adapters: { sms: ChannelAdapter; email: ChannelAdapter };
  /** The clock (tests move it). Default: the system clock. */
  now?: () => Date;
  /** Milliseconds between the end of one tick and the start of the next (default 5 s: a sign-in code is awaited). */
  intervalMs?: number;
  /** Default 21:00–08:00; null sends at any hour. */
  quietHours?: QuietHours | null;
  /** Tries before a message is given up (default 5). */
  maxAttempts?: number;
  /** The wait after the first failed try, doubled after each further one (default 60 s). */
  baseDelayMs?: number;
  /** How long a claimed message is hidden from other dispatchers while it is being sent (default 5 min). */
  leaseMs?: number;
  /** Messages per batch; a tick takes batches until the due ones run out or `maxPerTick` is reached. */
  batchSize?: number;
  maxPerTick?: number;
  /** Enqueues the reminders that have come due (default: the portal's `scheduleReminders`). */
  scheduleReminders?: (store: PathwaysStore, now: Date) => Promise<unknown>;
  /** Enqueues the event reminders that have come due (default: ../voices/event-reminders.ts). */
  scheduleEventReminders?: (store: PathwaysStore, now: Date) => Promise<unknown>;
  log?: DispatcherLog;
}

export type DispatchOutcome = 'sent' | 'retried' | 'failed' | 'suppressed' | 'held' | 'skipped';

export type TickReport = Record<DispatchOutcome, number>;

export interface NotificationDispatcher {
  /** One pass: reminders, then the due messages. Resolves with what became of them. */
  tick(): Promise<TickReport>;
}

export interface RunningDispatcher extends NotificationDispatcher {
  /** Stops the loop, waits for the tick in flight, and closes the adapters. */
  stop(): Promise<void>;
}

const emptyReport = (): TickReport => ({ sent: 0, retried: 0, failed: 0, suppressed: 0, held: 0, skipped: 0 });

const optedOut = (contact: PortalContact, channel: OutboxMessage['channel']): boolean =>
  channel === 'sms' ? contact.smsOptOut : contact.emailOptOut;

/** The dispatcher without its timer: `tick()` runs one pass (the tests drive it this way). */
export function createNotificationDispatcher(store: PathwaysStore, options: DispatcherOptions): NotificationDispatcher {
  const now = options.now ?? (() => new Date());
  const quietHours = options.quietHours === undefined ? DEFAULT_QUIET_HOURS : options.quietHours;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 50;
  const maxPerTick = options.maxPerTick ?? 500;
  const reminders = options.scheduleReminders ?? portalReminders;
  const eventReminders = options.scheduleEventReminders ?? scheduleEventReminders;
  const log = options.log ?? SILENT;
  const box = outbox(store);
  const contacts = portal(store).contacts;

  /** The person the message is for: by its person id, else by its address. */
  async function contactOf(m: OutboxMessage): Promise<PortalContact | undefined> {
    if (m.personId !== null) {
      const byPerson = await contacts.get(m.personId);
      if (byPerson) return byPerson;
    }
    const personId = await contacts.byAddress(m.to);
    return personId === undefined ? undefined : contacts.get(personId);
  }

  async function dispatch(m: OutboxMessage): Promise<DispatchOutcome> {
    const start = now();
    if (!(await box.claim(m.id, start, new Date(start.getTime() + leaseMs)))) return 'skipped';

    const contact = await contactOf(m);
    if (contact && optedOut(contact, m.channel)) {
      await box.markSuppressed(m.id, `opted out of ${m.channel}`, start);
      return 'suppressed';
    }
    if (!m.urgent && quietHours !== null) {
      const until = quietUntil(start, contact?.timeZone, quietHours);
      if (until !== null) {
        await box.defer(m.id, until, start);
        return 'held';
      }
    }

    const adapter = options.adapters[m.channel];
    try {
      const receipt = await adapter.send({ id: m.id, to: m.to, subject: m.subject, body: m.body, language: m.language });
      await box.markSent(m.id, receipt.providerId, now());
      return 'sent';
    } catch (error) {
      // Anything but a DeliveryError is a bug in an adapter: its text is not trusted to be free of personal data.
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError(`${adapter.name} adapter error (${(error as Error)?.name ?? 'unknown'})`, false);
      const at = now();
      const where = `outbox ${m.id} (${m.channel}, ${m.kind}) through ${adapter.name}`;
      if (m.channel === 'sms' && failure.code === TWILIO_UNSUBSCRIBED) {
        // The provider already refuses this number: record the opt-out so nothing more is queued for it.
        await contacts.optOut(m.to, 'sms', true, at.toISOString());
        await box.markSuppressed(m.id, failure.message, at);
        log.warn(`${where}: the number has opted out at the provider (${failure.code}); suppressed`);
        return 'suppressed';
      }
      const tries = m.attempts + 1;
      if (failure.permanent || tries >= maxAttempts) {
        await box.markFailed(m.id, failure.message, null, at);
        log.warn(`${where}: failed for good after ${tries} ${tries === 1 ? 'try' : 'tries'} (${failure.code ?? 'no code'})`);
        return 'failed';
      }
      const next = new Date(at.getTime() + baseDelayMs * 2 ** (tries - 1));
      await box.markFailed(m.id, failure.message, next, at);
      log.warn(`${where}: try ${tries} failed (${failure.code ?? 'no code'}); retrying at ${next.toISOString()}`);
      return 'retried';
    }
  }

  return {
    async tick() {
      const report = emptyReport();
      try {
        await reminders(store, now());
      } catch (error) {
        // Reminders failing must not stop what is already queued from going out.
        log.error(`notification dispatcher: scheduling reminders failed (${(error as Error)?.name ?? 'error'})`);
      }
      try {
        await eventReminders(store, now());
      } catch (error) {
        log.error(`notification dispatcher: scheduling event reminders failed (${(error as Error)?.name ?? 'error'})`);
      }
      const seen = new Set<number>();
      let taken = 0;
      while (taken < maxPerTick) {
        const batch = (await box.due(now(), Math.min(batchSize, maxPerTick - taken))).filter((m) => !seen.has(m.id));
        if (batch.length === 0) break;
        for (const m of batch) {
          seen.add(m.id);
          report[await dispatch(m)] += 1;
        }
        taken += batch.length;
      }
      const { sent, retried, failed, suppressed, held } = report;
      if (sent + retried + failed + suppressed + held > 0) {
        log.info(
          `notification dispatcher: ${sent} sent, ${retried} to retry, ${failed} failed, ${suppressed} suppressed, ${held} held for quiet hours`,
        );
      }
      return report;
    },
  };
}

/** Starts the dispatcher's loop: a tick at once, then one `intervalMs` after each tick ends. */
export function startNotificationDispatcher(store: PathwaysStore, options: DispatcherOptions): RunningDispatcher {
  const dispatcher = createNotificationDispatcher(store, options);
  const log = options.log ?? SILENT;
  const intervalMs = options.intervalMs ?? 5_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> | undefined;

  const run = async () => {
    timer = undefined;
    if (stopped) return;
    inFlight = dispatcher.tick().catch((error: unknown) => {
      // A database error's text can quote values: the kind of error only.
      log.error(`notification dispatcher: tick failed (${(error as Error)?.name ?? 'error'})`);
    });
    await inFlight;
    inFlight = undefined;
    if (!stopped) timer = setTimeout(run, intervalMs);
  };
  timer = setTimeout(run, 0);

  return {
    tick: () => dispatcher.tick(),
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await inFlight;
      await Promise.all([options.adapters.sms.close?.(), options.adapters.email.close?.()]);
    },
  };
}
