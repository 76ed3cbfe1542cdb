/**
 * What event emails say (English: the events' public pages are in English). Plain words and short
 * sentences; every time in the event's own zone with the zone named. The verification email says
 * plainly that nothing counts until the link is opened, and that ignoring it is safe.
 *
 * Bodies carry the person's own name and the event's details, never anyone else's.
 */
import { EVENT_KIND_INFO, type EventReminderKind, type Rsvp, type VoiceEvent } from '@pathways/store';
import { eventWhen } from './event-rules.ts';

export interface EmailText {
  subject: string;
  body: string;
}

const where = (event: VoiceEvent) => `${eventWhen(event)}, at ${event.location}`;

/** How to give a seat back: a public RSVP has its emailed link; a council member added by staff tells them. */
const cancelHow = (rsvp: Rsvp) =>
  rsvp.source === 'public' ? 'use the link in your RSVP email to cancel' : 'please tell the campaign staff';

/** The link that makes a public RSVP count (and later lets the person see or cancel it). */
export function rsvpVerifyText(event: VoiceEvent, name: string, link: string): EmailText {
  return {
    subject: `Confirm your RSVP: ${event.title}`,
    body: [
      `Hello ${name},`,
      `You asked for a seat at ${event.title}: ${where(event)}.`,
      `Open this link to confirm your RSVP:\n${link}`,
      'Your RSVP counts only once you open the link. If every seat is taken, it puts you on the waitlist, and we email you if a seat opens up. The same link lets you cancel.',
      'If you did not ask for this, ignore this email: nothing happens without the link.',
    ].join('\n\n'),
  };
}

/** Someone asked again with an address that already holds a seat or a waitlist place: a fresh link. */
export function rsvpAlreadyText(event: VoiceEvent, rsvp: Rsvp, position: number | null, link: string): EmailText {
  const standing =
    rsvp.status === 'confirmed'
      ? 'You already have a seat.'
      : `You are already on the waitlist${position === null ? '' : ` (number ${position} in line)`}.`;
  return {
    subject: `Your RSVP: ${event.title}`,
    body: [
      `Hello ${rsvp.name},`,
      `Someone (probably you) asked for a seat at ${event.title}: ${where(event)}. ${standing}`,
      `To see or cancel your RSVP, use this link (earlier links no longer work):\n${link}`,
      'If you did not ask for this, ignore this email: your RSVP stays as it is.',
    ].join('\n\n'),
  };
}

/** A seat opened up and went to this RSVP, first on the waitlist. */
export function seatOpenedText(event: VoiceEvent, rsvp: Rsvp, eventLink: string | null): EmailText {
  return {
    subject: `A seat opened up: ${event.title}`,
    body: [
      `Hello ${rsvp.name},`,
      `A seat opened up at ${event.title}, and it is yours: ${where(event)}.`,
      ...(eventLink ? [`The event: ${eventLink}`] : []),
      `If you cannot come any more, ${cancelHow(rsvp)}, so the next person on the waitlist gets the seat.`,
    ].join('\n\n'),
  };
}

/**
 * The day before: when and where. On the day of a facility visit: what to bring, and, for an attendee
 * not yet cleared, that the facility will not let them in without clearance.
 */
export function eventReminderText(
  event: VoiceEvent,
  kind: EventReminderKind,
  rsvp: Rsvp,
  cleared: boolean,
  eventLink: string | null,
): EmailText {
  const info = EVENT_KIND_INFO[event.kind];
  const bring = event.bring ?? info.bring;
  const lines =
    kind === 'day_before'
      ? [`Hello ${rsvp.name},`, `A reminder: ${event.title} is tomorrow, ${where(event)}.`]
      : [`Hello ${rsvp.name},`, `${event.title} is today, ${where(event)}.`];
  if (bring !== null) lines.push(`Please bring ${bring}`);
  if (info.clearance.length > 0 && !cleared)
    lines.push(
      'Your clearance for this visit is not complete yet, and the facility lets in only visitors it has cleared. Please contact the campaign staff before you travel.',
    );
  if (eventLink) lines.push(`The event: ${eventLink}`);
  lines.push(`If you cannot come, ${cancelHow(rsvp)}, so someone on the waitlist can have your seat.`);
  return {
    subject: kind === 'day_before' ? `Tomorrow: ${event.title}` : `Today: ${event.title}`,
    body: lines.join('\n\n'),
  };
}
