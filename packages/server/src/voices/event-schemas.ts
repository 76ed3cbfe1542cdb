/**
 * Councils and events as the API answers them (zod: validated on the way out and documented in OpenAPI),
 * and the functions that shape store rows into them. Staff see RSVPs with names, emails and clearance;
 * the public sees an event and its seats left, never who is coming.
 */
import {
  COUNCIL_ROLE_LABELS,
  COUNCIL_ROLES,
  EVENT_KIND_INFO,
  EVENT_KINDS,
  EVENT_VISIBILITIES,
  ATTENDANCE_MARKS,
  isCleared,
  RSVP_SOURCES,
  RSVP_STATUSES,
  type ClearanceTick,
  type Council,
  type CouncilMember,
  type EventCounts,
  type Rsvp,
  type VoiceEvent,
} from '@pathways/store';
import { z } from 'zod';
import { eventWhen, hasEnded, hasStarted, localOf } from './event-rules.ts';

export const councilSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const memberSchema = z.object({
  id: z.number().int(),
  councilId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(COUNCIL_ROLES),
  roleLabel: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});

export const countsSchema = z.object({
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  pending: z.number().int().describe('Public RSVPs whose emailed link has not been opened: they hold no seat'),
  cancelled: z.number().int(),
  attended: z.number().int(),
  noShow: z.number().int(),
});

export const kindSchema = z.object({
  id: z.enum(EVENT_KINDS),
  label: z.string(),
  clearance: z
    .array(z.object({ id: z.string(), label: z.string() }))
    .describe('What each attendee must have cleared; empty for most kinds'),
});

export const KINDS = EVENT_KINDS.map((id) => ({ id, label: EVENT_KIND_INFO[id].label, clearance: [...EVENT_KIND_INFO[id].clearance] }));

export const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  kindLabel: z.string(),
  description: z.string(),
  startsAt: z.string().describe('UTC'),
  endsAt: z.string().describe('UTC'),
  timeZone: z.string().describe('The IANA zone the event happens in'),
  startLocal: z.string().describe('The start on the event’s own wall clock, YYYY-MM-DDTHH:MM'),
  endLocal: z.string(),
  when: z.string().describe('Start and end in words, in the event’s zone, the zone named'),
  location: z.string(),
  capacity: z.number().int(),
  bring: z.string().nullable(),
  councilId: z.string().nullable(),
  campaignId: z.string().nullable(),
  visibility: z.enum(EVENT_VISIBILITIES),
  counts: countsSchema,
  seatsLeft: z.number().int(),
  started: z.boolean(),
  ended: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const clearanceSchema = z.object({
  item: z.string(),
  label: z.string(),
  checked: z.boolean(),
  checkedBy: z.string().nullable().describe('Display name of who ticked it'),
  checkedAt: z.string().nullable(),
});

export const rsvpSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  source: z.enum(RSVP_SOURCES),
  councilMemberId: z.number().int().nullable(),
  status: z.enum(RSVP_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  verifiedAt: z.string().nullable(),
  queuedAt: z.string().nullable(),
  createdAt: z.string(),
  clearance: z.array(clearanceSchema),
  cleared: z.boolean().describe('Every clearance item of the event’s kind ticked (always true for kinds without a checklist)'),
  attendance: z.enum(ATTENDANCE_MARKS).nullable(),
  attendanceBy: z.string().nullable().describe('Display name of who marked it'),
  attendanceAt: z.string().nullable(),
});

export const publicEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  kindLabel: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  when: z.string(),
  location: z.string(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  waitlisted: z.number().int(),
  campaign: z.object({ id: z.string(), name: z.string() }).nullable(),
  clearanceRequired: z.boolean().describe('A facility visit: the facility must clear each visitor (ID, background check)'),
  rsvpOpen: z.boolean().describe('RSVPs close when the event starts'),
  ended: z.boolean(),
});

export const toCouncil = (c: Council) => ({
  id: c.id,
  name: c.name,
  description: c.description,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export const toMember = (m: CouncilMember) => ({ ...m, roleLabel: COUNCIL_ROLE_LABELS[m.role] });

export function toEvent(e: VoiceEvent, counts: EventCounts, now: Date): z.infer<typeof eventSchema> {
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    kindLabel: EVENT_KIND_INFO[e.kind].label,
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    startLocal: localOf(e.startsAt, e.timeZone),
    endLocal: localOf(e.endsAt, e.timeZone),
    when: eventWhen(e),
    location: e.location,
    capacity: e.capacity,
    bring: e.bring,
    councilId: e.councilId,
    campaignId: e.campaignId,
    visibility: e.visibility,
    counts,
    seatsLeft: Math.max(0, e.capacity - counts.confirmed),
    started: hasStarted(e, now),
    ended: hasEnded(e, now),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toPublicEvent(
  e: VoiceEvent,
  counts: EventCounts,
  campaign: { id: string; name: string } | null,
  now: Date,
): z.infer<typeof publicEventSchema> {
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    kindLabel: EVENT_KIND_INFO[e.kind].label,
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    when: eventWhen(e),
    location: e.location,
    capacity: e.capacity,
    seatsLeft: Math.max(0, e.capacity - counts.confirmed),
    waitlisted: counts.waitlisted,
    campaign,
    clearanceRequired: EVENT_KIND_INFO[e.kind].clearance.length > 0,
    rsvpOpen: !hasStarted(e, now),
    ended: hasEnded(e, now),
  };
}

/** An RSVP for staff: every clearance item of the kind, ticked or not, with who ticked it. */
export function toRsvp(
  event: VoiceEvent,
  r: Rsvp & { clearance: ClearanceTick[] },
  waitlistPosition: number | null,
  names: Map<string, string>,
): z.infer<typeof rsvpSchema> {
  const ticks = new Map(r.clearance.map((t) => [t.item, t]));
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    source: r.source,
    councilMemberId: r.councilMemberId,
    status: r.status,
    waitlistPosition,
    verifiedAt: r.verifiedAt,
    queuedAt: r.queuedAt,
    createdAt: r.createdAt,
    clearance: EVENT_KIND_INFO[event.kind].clearance.map((c) => {
      const tick = ticks.get(c.id);
      return {
        item: c.id,
        label: c.label,
        checked: tick !== undefined,
        checkedBy: tick?.checkedByName ?? null,
        checkedAt: tick?.checkedAt ?? null,
      };
    }),
    cleared: isCleared(event.kind, r.clearance),
    attendance: r.attendance,
    attendanceBy: r.attendanceBy === null ? null : (names.get(r.attendanceBy) ?? r.attendanceBy),
    attendanceAt: r.attendanceAt,
  };
}
