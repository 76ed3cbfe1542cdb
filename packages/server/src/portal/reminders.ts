/**
 * Reminders of obligations (appointments, check-ins, payments, programs): once per obligation and
 * channel, 24 hours before it starts (or as soon as it is known, when it was set up later than that), in
 * the person's language and time zone, never on a channel the person opted out of. The notification
 * dispatcher (dispatcher.ts) calls `scheduleReminders` on every tick; the outbox then holds reminders
 * through the person's quiet hours and retries failed sends.
 *
 * Once only, twice over: each obligation's start time is marked in `portal_reminders` in the same
 * transaction that enqueues (so a tick reads only what is still to remind, and two dispatchers never
 * both remind), and each message carries a dedupe key the outbox keeps unique. A rescheduled
 * obligation has a new start time, and is reminded again.
 */
import { portal, type PathwaysStore, type Store } from '@pathways/store';
import { notifyPerson } from './notify.ts';
import { reminderText } from './texts.ts';

export const REMINDER_LEAD_HOURS = 24;
/** Obligations read per query; a tick goes on until none is left to remind. */
const BATCH = 200;

/** Enqueues every reminder now due; returns how many messages were enqueued. */
export async function scheduleReminders(store: Store | PathwaysStore, now: Date): Promise<number> {
  const base = store as Store;
  const after = now.toISOString();
  const until = new Date(now.getTime() + REMINDER_LEAD_HOURS * 3_600_000).toISOString();
  let enqueued = 0;
  for (;;) {
    const batch = await portal(base).obligations.awaitingReminder(after, until, BATCH);
    for (const obligation of batch) {
      enqueued += await base.transaction(async (tx) => {
        const p = portal(tx);
        // Another dispatcher got here first: it enqueues, this one does not.
        if (!(await p.obligations.markReminded(obligation.id, obligation.startsAt, after))) return 0;
        const contact = await p.contacts.get(obligation.personId);
        if (!contact) return 0;
        return notifyPerson(tx, contact, reminderText(obligation, contact.language, contact.timeZone), {
          kind: 'reminder',
          urgent: false,
          dedupeKey: (channel) => `reminder:${obligation.id}:${obligation.startsAt}:${channel}`,
          now,
        });
      });
    }
    if (batch.length < BATCH) return enqueued;
  }
}
