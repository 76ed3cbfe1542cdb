/**
 * The rules of councils and events that depend on the clock or the caller, kept apart from the routes so
 * they are read (and tested) in one place; the store keeps the ones that must hold under concurrency
 * (seats, the waitlist). Also: an event's wall-clock times in its own zone, and the store's rule errors
 * as problem+json.
 *
 * - Attendance is marked once the event has started, for confirmed RSVPs only (the store refuses the
 *   others). A facility visit's attendee must be fully cleared (every item of the kind's checklist
 *   ticked) to be marked attended: the facility let no one in without it. A no-show needs no clearance.
 * - Public RSVPs close when the event starts; members-only events have no public page at all.
 * - A council member added by staff must sit on the council on the event's day, and on the event's own
 *   council when it has one.
 */
import {
  CouncilsRuleError,
  EVENT_KIND_INFO,
  isCleared,
  type AttendanceMark,
  type ClearanceTick,
  type CouncilMember,
  type Rsvp,
  type VoiceEvent,
} from '@pathways/store';
import { HttpProblem } from '../http/problem.ts';
import { wallClock, zonedInstant } from '../portal/quiet-hours.ts';

/** The store's rule errors as the problems they are: 404, 409, 422; anything else goes on up. */
export function asProblem(error: unknown): unknown {
  if (!(error instanceof CouncilsRuleError)) return error;
  const status = error.code === 'not_found' ? 404 : error.code === 'conflict' ? 409 : 422;
  const detail = error.message.charAt(0).toUpperCase() + error.message.slice(1) + '.';
  return new HttpProblem(status, detail);
}

/** Runs `work`, answering the store's rule errors as problems. */
export async function underRules<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asProblem(error);
  }
}

/** `YYYY-MM-DDTHH:MM`, a wall-clock time without a zone (an `<input type="datetime-local">`). */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant a wall clock in `timeZone` shows `local`; undefined when `local` is not a real date-time. */
export function instantOf(local: string, timeZone: string): string | undefined {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return zonedInstant(year, month, day, hour, minute, timeZone).toISOString();
}

/** What a wall clock in `timeZone` shows at `instant`, as `YYYY-MM-DDTHH:MM`. */
export function localOf(instant: string, timeZone: string): string {
  const w = wallClock(new Date(instant), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/** The event's day on its own calendar, `YYYY-MM-DD`. */
export const eventDay = (event: VoiceEvent): string => localOf(event.startsAt, event.timeZone).slice(0, 10);

/** "Friday, July 10, 2026, 6:00 – 7:30 PM CDT": the event's times where it happens, with the zone named. */
export function eventWhen(event: Pick<VoiceEvent, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: event.timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatRange(new Date(event.startsAt), new Date(event.endsAt));
}

export const hasStarted = (event: VoiceEvent, now: Date): boolean => now.toISOString() >= event.startsAt;
export const hasEnded = (event: VoiceEvent, now: Date): boolean => now.toISOString() >= event.endsAt;

/** The clearance items of the RSVP's event kind not ticked yet, by label. */
export function missingClearance(event: VoiceEvent, ticks: readonly ClearanceTick[]): string[] {
  const ticked = new Set(ticks.map((t) => t.item));
  return EVENT_KIND_INFO[event.kind].clearance.filter((c) => !ticked.has(c.id)).map((c) => c.label);
}

/** Why this attendance mark may not be set now, or null when it may. */
export function attendanceRefusal(
  event: VoiceEvent,
  rsvp: Rsvp,
  ticks: readonly ClearanceTick[],
  mark: AttendanceMark | null,
  now: Date,
): string | null {
  if (rsvp.status !== 'confirmed') return 'Only a confirmed RSVP can be marked attended or no-show.';
  if (mark !== null && !hasStarted(event, now)) return 'Attendance can be marked once the event has started.';
  if (mark === 'attended' && !isCleared(event.kind, ticks))
    return `Not cleared: ${missingClearance(event, ticks).join('; ')}. A facility visit’s attendee must be cleared before being marked attended.`;
  return null;
}

/** Why this member may not be added to the event, or null when they may. */
export function memberRefusal(event: VoiceEvent, member: CouncilMember): string | null {
  if (event.councilId !== null && member.councilId !== event.councilId) return 'This member is not on the event’s council.';
  const day = eventDay(event);
  if (member.joinedOn > day || (member.leftOn !== null && member.leftOn <= day))
    return 'This member is not on the council on the event’s day.';
  return null;
}
