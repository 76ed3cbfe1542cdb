/**
 * The person's calendar feed (iCalendar, RFC 5545, written by ical-generator): appointments, check-ins
 * and programs, so a phone's calendar app can subscribe to the feed's secret address and remind the
 * person on its own. Payments are left out (a due date is not an event to attend); cancelled obligations
 * too, so a subscribed calendar drops them at its next refresh. Times are UTC; the app shows them in the
 * phone's own zone.
 */
import ical from 'ical-generator';
import type { Obligation, PortalLanguage } from '@pathways/store';

/** How long an event lasts in the feed when the obligation gives no end. */
const DEFAULT_MINUTES: Record<Exclude<Obligation['kind'], 'payment'>, number> = { appointment: 60, check_in: 15, program: 60 };

const NAMES: Record<PortalLanguage, { calendar: string; kinds: Record<Exclude<Obligation['kind'], 'payment'>, string> }> = {
  en: { calendar: 'Pathways: my appointments', kinds: { appointment: 'Appointment', check_in: 'Check-in', program: 'Program' } },
  es: { calendar: 'Pathways: mis citas', kinds: { appointment: 'Cita', check_in: 'Reportarse', program: 'Programa' } },
};

export function calendarFeed(obligations: readonly Obligation[], language: PortalLanguage): string {
  const names = NAMES[language];
  const calendar = ical({ name: names.calendar, prodId: { company: 'Pathways', product: 'portal', language: language.toUpperCase() } });
  for (const o of obligations) {
    if (o.kind === 'payment' || o.status === 'cancelled') continue;
    const start = new Date(o.startsAt);
    calendar.createEvent({
      id: `obligation-${o.id}@pathways`,
      start,
      end: o.endsAt !== null ? new Date(o.endsAt) : new Date(start.getTime() + DEFAULT_MINUTES[o.kind] * 60_000),
      summary: o.title,
      description: names.kinds[o.kind],
      location: o.location,
    });
  }
  return calendar.toString();
}
