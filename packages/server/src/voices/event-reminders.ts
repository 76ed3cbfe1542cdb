/**
 * Event reminders, by email to every confirmed RSVP: one the day before (from 09:00 to 21:00 on the
 * event's own calendar, the day before it starts), and, for kinds that say what to bring (facility
 * visits), one on the day (from 07:00 there, or two hours before an earlier start, until the start).
 * Waitlisted and unconfirmed RSVPs get none. The notification dispatcher (../portal/dispatcher.ts) calls
 * `scheduleEventReminders` on every tick, as it does the portal's reminders.
 *
 * The windows are in the event's zone, not the recipient's (members of the public have no zone on file),
 * and they already keep to waking hours, so the messages are marked urgent: the outbox's quiet hours,
 * reckoned in a default zone for an address with no portal contact, would otherwise hold a day-of
 * reminder past the event. Someone confirmed after the day-before window gets only what is still ahead.
 *
 * Once only, twice over, as the portal's reminders: each (RSVP, kind, start time) is marked in
 * `event_reminders` in the same transaction that enqueues, and each message has a dedupe key the outbox
 * keeps unique. A moved event has a new start time and is reminded again.
 */
import { councils, EVENT_KIND_INFO, isCleared, outbox, type EventReminderKind, type PathwaysStore, type VoiceEvent } from '@pathways/store';
import { usableTimeZone, wallClock, zonedInstant } from '../portal/quiet-hours.ts';
import { configuredOrigin, eventPagePath } from './event-links.ts';
import { eventReminderText } from './event-texts.ts';

/** How far ahead a tick looks: the day-before window opens at most 39 hours before a start (09:00 the day before 23:59). */
const LOOK_AHEAD_MS = 48 * 3_600_000;
const HOUR = 3_600_000;

export interface ReminderWindow {
  kind: EventReminderKind;
  /** From this instant (inclusive) … */
  from: Date;
  /** … until this one (exclusive). */
  until: Date;
}

/** When each of the event's reminders may go out. */
export function reminderWindows(event: VoiceEvent): ReminderWindow[] {
  const zone = usableTimeZone(event.timeZone);
  const start = new Date(event.startsAt);
  const w = wallClock(start, zone);
  const before = new Date(Date.UTC(w.year, w.month - 1, w.day - 1));
  const on = (day: Date, hour: number) => zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, 0, zone);
  const windows: ReminderWindow[] = [
    { kind: 'day_before', from: on(before, 9), until: new Date(Math.min(on(before, 21).getTime(), start.getTime())) },
  ];
  if (EVENT_KIND_INFO[event.kind].bring !== null) {
    const dayOf = on(new Date(Date.UTC(w.year, w.month - 1, w.day)), 7);
    windows.push({ kind: 'day_of', from: new Date(Math.min(dayOf.getTime(), start.getTime() - 2 * HOUR)), until: start });
  }
  return windows;
}

/** Enqueues every event reminder now due; returns how many messages were enqueued. */
export async function scheduleEventReminders(store: PathwaysStore, now: Date): Promise<number> {
  const at = now.toISOString();
  const origin = configuredOrigin();
  let enqueued = 0;
  for (const event of await councils(store).events.startingBetween(at, new Date(now.getTime() + LOOK_AHEAD_MS).toISOString())) {
    const eventLink = origin === null ? null : `${origin}${eventPagePath(event.id)}`;
    for (const window of reminderWindows(event)) {
      if (now < window.from || now >= window.until) continue;
      for (const rsvp of await councils(store).reminders.awaiting(event, window.kind)) {
        enqueued += await store.transaction(async (tx) => {
          const c = councils(tx);
          // Another dispatcher got here first: it enqueues, this one does not.
          if (!(await c.reminders.markReminded(rsvp.id, window.kind, event.startsAt, at))) return 0;
          const cleared = isCleared(event.kind, await c.rsvps.clearance(rsvp.id));
          const text = eventReminderText(event, window.kind, rsvp, cleared, eventLink);
          const message = await outbox(tx).enqueue(
            {
              channel: 'email',
              to: rsvp.email,
              subject: text.subject,
              body: text.body,
              kind: 'event_reminder',
              personId: null,
              language: 'en',
              urgent: true,
              dedupeKey: `event-reminder:${rsvp.id}:${window.kind}:${event.startsAt}`,
            },
            now,
          );
          return message === null ? 0 : 1;
        });
      }
    }
  }
  return enqueued;
}
