/**
 * The plain words the event pages use for counts, statuses and seats, in one place (the browser test reads
 * them from here too, so the page and the test never drift apart).
 */
import type { EventCounts, PublicEvent, RsvpAnswer, RsvpStatus } from './types.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const STATUS_LABELS: Record<RsvpStatus, string> = {
  confirmed: 'Confirmed',
  waitlisted: 'Waitlisted',
  pending: 'Awaiting email confirmation',
  cancelled: 'Cancelled',
};

/** "3 of 40 seats left", or that the list is full and what an RSVP then does. */
export function seatsText(event: Pick<PublicEvent, 'seatsLeft' | 'capacity' | 'waitlisted'>): string {
  if (event.seatsLeft > 0) return `${plural(event.seatsLeft, 'seat', 'seats')} left of ${event.capacity}.`;
  return `Every seat is taken: a new RSVP joins the waitlist${event.waitlisted > 0 ? ` (${event.waitlisted} waiting)` : ''}.`;
}

/** What the person's RSVP link says about their RSVP. */
export function rsvpOutcome(answer: Pick<RsvpAnswer, 'status' | 'name' | 'waitlistPosition'>): string {
  switch (answer.status) {
    case 'confirmed':
      return `Thank you, ${answer.name}: your RSVP is confirmed and you have a seat.`;
    case 'waitlisted':
      return `Thank you, ${answer.name}: every seat is taken, so you are on the waitlist${
        answer.waitlistPosition === null ? '' : ` (number ${answer.waitlistPosition} in line)`
      }. We will email you if a seat opens up.`;
    case 'cancelled':
      return `Your RSVP is cancelled, ${answer.name}. Your seat goes to the next person on the waitlist.`;
    case 'pending':
      return `Your RSVP is not confirmed yet, ${answer.name}.`;
  }
}

/** "2 confirmed · 1 waitlisted · 3 awaiting email", and after the event who came. */
export function countsText(counts: EventCounts, ended: boolean): string {
  const parts = [`${counts.confirmed} confirmed`, `${counts.waitlisted} waitlisted`];
  if (counts.pending > 0) parts.push(`${counts.pending} awaiting email`);
  if (ended || counts.attended + counts.noShow > 0) parts.push(`${counts.attended} attended`, plural(counts.noShow, 'no-show', 'no-shows'));
  return parts.join(' · ');
}
