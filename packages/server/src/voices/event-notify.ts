/**
 * The emails RSVPs cause, put in the notification outbox inside the transaction that made the change (so
 * a rolled-back change sends nothing): the RSVP link (`event_rsvp_verify`) and the news that a seat
 * opened up for someone on the waitlist (`event_seat_opened`). Urgent: a person is waiting for the link,
 * and a freed seat is news before the event.
 */
import { councils, outbox, type PathwaysStore, type Rsvp, type VoiceEvent } from '@pathways/store';
import { eventPagePath } from './event-links.ts';
import { rsvpAlreadyText, rsvpVerifyText, seatOpenedText, type EmailText } from './event-texts.ts';

async function send(tx: PathwaysStore, to: string, text: EmailText, kind: string, now: Date): Promise<void> {
  await outbox(tx).enqueue(
    { channel: 'email', to, subject: text.subject, body: text.body, kind, personId: null, language: 'en', urgent: true },
    now,
  );
}

/** The RSVP's link: to confirm a new (or pending) RSVP, or a fresh one to see or cancel a counted one. */
export async function sendRsvpLink(tx: PathwaysStore, event: VoiceEvent, rsvp: Rsvp, link: string, now: Date): Promise<void> {
  const counted = rsvp.status === 'confirmed' || rsvp.status === 'waitlisted';
  const text = counted
    ? rsvpAlreadyText(event, rsvp, await councils(tx).rsvps.waitlistPosition(rsvp), link)
    : rsvpVerifyText(event, rsvp.name, link);
  await send(tx, rsvp.email, text, 'event_rsvp_verify', now);
}

/** Tells each RSVP seated from the waitlist that the seat is theirs. */
export async function sendSeatsOpened(
  tx: PathwaysStore,
  event: VoiceEvent,
  promoted: readonly Rsvp[],
  origin: string,
  now: Date,
): Promise<void> {
  for (const rsvp of promoted)
    await send(tx, rsvp.email, seatOpenedText(event, rsvp, `${origin}${eventPagePath(event.id)}`), 'event_seat_opened', now);
}
