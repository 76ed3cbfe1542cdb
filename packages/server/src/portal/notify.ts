/**
 * Putting a notification to a person in the outbox (B's `outbox(store).enqueue`) on each channel the
 * person can be reached on and has not opted out of, in their language. Used by reminders and by the
 * notice of a new message from the officer; the sign-in code goes to the one address it was asked for.
 * Nothing is sent here: the dispatcher sends, holds in quiet hours and retries.
 */
import { outbox, type OutboxChannel, type PortalContact, type Store } from '@pathways/store';
import type { NotificationText } from './texts.ts';

export interface Delivery {
  channel: OutboxChannel;
  to: string;
}

/** The person's addresses they have not opted out of: text first, then email. */
export function reachable(contact: PortalContact): Delivery[] {
  const out: Delivery[] = [];
  if (contact.phone !== null && !contact.smsOptOut) out.push({ channel: 'sms', to: contact.phone });
  if (contact.email !== null && !contact.emailOptOut) out.push({ channel: 'email', to: contact.email });
  return out;
}

/**
 * Enqueues the text on every reachable channel; `dedupeKey(channel)` makes each at most once ever.
 * Returns how many messages were enqueued (a key enqueued before counts none).
 */
export async function notifyPerson(
  store: Store,
  contact: PortalContact,
  text: NotificationText,
  options: { kind: string; urgent: boolean; dedupeKey?: (channel: OutboxChannel) => string; now: Date },
): Promise<number> {
  let enqueued = 0;
  for (const { channel, to } of reachable(contact)) {
    const message = await outbox(store).enqueue(
      {
        channel,
        to,
        subject: channel === 'email' ? text.subject : null,
        body: channel === 'email' ? text.email : text.sms,
        kind: options.kind,
        personId: contact.personId,
        language: contact.language,
        urgent: options.urgent,
        ...(options.dedupeKey ? { dedupeKey: options.dedupeKey(channel) } : {}),
      },
      options.now,
    );
    if (message !== null) enqueued += 1;
  }
  return enqueued;
}
