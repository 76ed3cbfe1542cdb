/**
 * Events for campaign staff (`council.manage`): list and create events, read one with its RSVPs (names,
 * emails, clearance: audited as `event.read`), change it, add a council member's RSVP, cancel an RSVP,
 * tick a facility visit's clearance items, and mark attendance after the event has started.
 *
 * Times come in as the event's own wall clock (`startLocal`, `endLocal`: `YYYY-MM-DDTHH:MM`) and zone,
 * as staff think of them, and are kept as UTC instants. Seats are the store's business (councils-store.ts:
 * a freed or added seat goes to the waitlist's first in the same commit, who is emailed); clearance and
 * the clock's rules are ../../voices/event-rules.ts. Every write is audited with ids only.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ATTENDANCE_MARKS,
  councils,
  EVENT_KIND_INFO,
  EVENT_KINDS,
  EVENT_VISIBILITIES,
  type CouncilMember,
  type PathwaysStore,
  type VoiceEvent,
} from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { displayNames } from '../display-names.ts';
import { publicOrigin } from '../../voices/event-links.ts';
import { sendSeatsOpened } from '../../voices/event-notify.ts';
import { attendanceRefusal, instantOf, LOCAL_DATE_TIME, localOf, memberRefusal, underRules } from '../../voices/event-rules.ts';
import { eventSchema, KINDS, kindSchema, memberSchema, rsvpSchema, toEvent, toMember, toRsvp } from '../../voices/event-schemas.ts';
import type { VoicesRouteDeps } from './index.ts';

const eventParams = z.object({ eventId: z.string().min(1).max(100) });
const rsvpParams = eventParams.extend({ rsvpId: z.coerce.number().int().positive() });

const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as America/Chicago');
const localDateTime = z.string().regex(LOCAL_DATE_TIME, 'must be a date and time written YYYY-MM-DDTHH:MM');

const eventFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000),
  startLocal: localDateTime.describe('The start on the event’s own wall clock'),
  endLocal: localDateTime,
  timeZone: timeZone.describe('Where the event happens (IANA)'),
  location: z.string().trim().min(1).max(500),
  capacity: z.number().int().min(1).max(10_000),
  bring: z.string().trim().max(1000).nullable().describe('What to bring, said in the reminders; null: the kind’s default'),
  councilId: z.string().min(1).max(100).nullable(),
  campaignId: z.string().min(1).max(100).nullable(),
  visibility: z.enum(EVENT_VISIBILITIES).describe('public: a page and RSVP form at /events/<id>; members: staff add council members'),
};

const eventDetailSchema = z.object({
  event: eventSchema,
  rsvps: z.array(rsvpSchema).describe('Confirmed, then waitlisted in line, then pending, then cancelled'),
  members: z
    .array(memberSchema)
    .describe('Council members who may be added (on the event’s council, if any, on its day) and have no seat or place yet'),
});

function instants(local: { startLocal: string; endLocal: string }, zone: string): { startsAt: string; endsAt: string } {
  const startsAt = instantOf(local.startLocal, zone);
  const endsAt = instantOf(local.endLocal, zone);
  const errors = [
    ...(startsAt === undefined ? [{ path: 'body.startLocal', message: 'is not a real date' }] : []),
    ...(endsAt === undefined ? [{ path: 'body.endLocal', message: 'is not a real date' }] : []),
  ];
  if (errors.length > 0) throw new HttpProblem(400, 'The request does not match the schema.', { errors });
  if (endsAt! <= startsAt!) throw new HttpProblem(422, 'The event must end after it starts.');
  return { startsAt: startsAt!, endsAt: endsAt! };
}

/** Council members who may still be added to the event. */
async function eligibleMembers(store: PathwaysStore, event: VoiceEvent, taken: Set<number>): Promise<CouncilMember[]> {
  const c = councils(store);
  const councilIds = event.councilId !== null ? [event.councilId] : (await c.councils.list('0000-01-01')).map((x) => x.id);
  const members: CouncilMember[] = [];
  for (const id of councilIds) members.push(...(await c.members.forCouncil(id)));
  return members.filter((m) => !taken.has(m.id) && memberRefusal(event, m) === null);
}

export function eventDeskRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** One RSVP as staff see it, read through `tx`. */
  async function rsvpView(tx: PathwaysStore, event: VoiceEvent, rsvpId: number) {
    const c = councils(tx);
    const rsvp = (await c.rsvps.get(rsvpId))!;
    const names = await displayNames(tx, [rsvp.attendanceBy]);
    return toRsvp(event, { ...rsvp, clearance: await c.rsvps.clearance(rsvpId) }, await c.rsvps.waitlistPosition(rsvp), names);
  }

  /** The event and the RSVP, which must belong to it (404 otherwise). */
  async function eventAndRsvp(tx: PathwaysStore, eventId: string, rsvpId: number) {
    const c = councils(tx);
    const event = await c.events.get(eventId);
    const rsvp = await c.rsvps.get(rsvpId);
    if (!event || !rsvp || rsvp.eventId !== event.id) throw new HttpProblem(404, 'No such RSVP for this event.');
    return { event, rsvp };
  }

  r.get(
    '/api/voices/events',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Every event with its counts (latest first), and what a new event may name',
        description:
          'No one’s name or email: counts only. Also the councils and campaigns an event may belong to, and the kinds with their clearance checklists.',
        tags: ['councils and events'],
        response: {
          200: z.object({
            events: z.array(eventSchema),
            councils: z.array(z.object({ id: z.string(), name: z.string() })),
            campaigns: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
            kinds: z.array(kindSchema),
          }),
        },
      },
    },
    async () => {
      const c = councils(store);
      const at = now();
      const [events, councilList, campaigns] = await Promise.all([
        c.events.list(),
        c.councils.list(at.toISOString().slice(0, 10)),
        c.campaigns.choices(),
      ]);
      return {
        events: events.map((e) => toEvent(e, e.counts, at)),
        councils: councilList.map((x) => ({ id: x.id, name: x.name })),
        campaigns,
        kinds: KINDS,
      };
    },
  );

  r.post(
    '/api/voices/events',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Create an event',
        description: 'Its id (the public page’s address) is made from the title. Audited as `event.create`.',
        tags: ['councils and events'],
        body: z
          .object({
            ...eventFields,
            kind: z.enum(EVENT_KINDS),
            description: eventFields.description.default(''),
            bring: eventFields.bring.default(null),
            councilId: eventFields.councilId.default(null),
            campaignId: eventFields.campaignId.default(null),
          })
          .strict(),
        response: { 201: eventSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const { startLocal, endLocal, ...rest } = request.body;
      const times = instants({ startLocal, endLocal }, rest.timeZone);
      const event = await underRules(() =>
        store.transaction(async (tx) => {
          const created = await councils(tx).events.create({ ...rest, ...times, createdBy: user.id }, now().toISOString());
          await tx.audit.append({
            actorUserId: user.id,
            action: 'event.create',
            personId: null,
            reason: null,
            detail: { eventId: created.id },
          });
          return created;
        }),
      );
      return reply.code(201).send(toEvent(event, await councils(store).events.counts(event.id), now()));
    },
  );

  r.get(
    '/api/voices/events/:eventId',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'An event with its RSVPs, their clearance and attendance',
        description: 'Names and emails of who is coming: audited as `event.read`.',
        tags: ['councils and events'],
        params: eventParams,
        response: { 200: eventDetailSchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const c = councils(store);
      const event = await c.events.get(request.params.eventId);
      if (!event) throw new HttpProblem(404, 'No such event.');
      const rsvps = await c.rsvps.forEvent(event.id);
      const names = await displayNames(
        store,
        rsvps.map((x) => x.attendanceBy),
      );
      let inLine = 0;
      const shown = rsvps.map((x) => toRsvp(event, x, x.status === 'waitlisted' ? ++inLine : null, names));
      const taken = new Set(
        rsvps
          .filter((x) => x.councilMemberId !== null && (x.status === 'confirmed' || x.status === 'waitlisted'))
          .map((x) => x.councilMemberId!),
      );
      const members = await eligibleMembers(store, event, taken);
      await store.audit.append({
        actorUserId: user.id,
        action: 'event.read',
        personId: null,
        reason: null,
        detail: { eventId: event.id, rsvps: rsvps.length },
      });
      return { event: toEvent(event, await c.events.counts(event.id), now()), rsvps: shown, members: members.map(toMember) };
    },
  );

  r.put(
    '/api/voices/events/:eventId',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Change an event',
        description:
          'Send what changes (the kind stays). Times: the wall clock and zone as for a new event; a time not sent keeps its wall-clock value. ' +
          'A capacity below the confirmed seats is refused (409); a larger one seats the waitlist’s first at once, and emails them. Audited as `event.update`.',
        tags: ['councils and events'],
        params: eventParams,
        body: z.object(eventFields).partial().strict(),
        response: { 200: z.object({ event: eventSchema, promoted: z.number().int().describe('RSVPs seated from the waitlist') }) },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const { startLocal, endLocal, ...rest } = request.body;
      const at = now();
      const { event, promoted } = await underRules(() =>
        store.transaction(async (tx) => {
          const c = councils(tx);
          const before = await c.events.get(request.params.eventId);
          if (!before) throw new HttpProblem(404, 'No such event.');
          const zone = rest.timeZone ?? before.timeZone;
          const moved = startLocal !== undefined || endLocal !== undefined || rest.timeZone !== undefined;
          const times = moved
            ? instants(
                {
                  startLocal: startLocal ?? localOf(before.startsAt, before.timeZone),
                  endLocal: endLocal ?? localOf(before.endsAt, before.timeZone),
                },
                zone,
              )
            : {};
          const result = await c.events.update(before.id, { ...rest, ...times }, at.toISOString());
          await sendSeatsOpened(tx, result.event, result.promoted, publicOrigin(request), at);
          await tx.audit.append({
            actorUserId: user.id,
            action: 'event.update',
            personId: null,
            reason: null,
            detail: { eventId: before.id, fields: Object.keys(request.body), promoted: result.promoted.map((p) => p.id) },
          });
          return result;
        }),
      );
      return { event: toEvent(event, await councils(store).events.counts(event.id), at), promoted: promoted.length };
    },
  );

  r.post(
    '/api/voices/events/:eventId/rsvps',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Add a council member to an event',
        description:
          'Confirmed while seats remain, waitlisted otherwise; no email link needed (staff know the address). The member must sit on the council on the event’s day (on the event’s own council when it has one): 422 otherwise; 409 when they already have a seat or a place. Audited as `event.rsvp_add`.',
        tags: ['councils and events'],
        params: eventParams,
        body: z.object({ memberId: z.number().int().positive() }).strict(),
        response: { 201: rsvpSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const at = now();
      const view = await underRules(() =>
        store.transaction(async (tx) => {
          const c = councils(tx);
          const event = await c.events.get(request.params.eventId);
          if (!event) throw new HttpProblem(404, 'No such event.');
          const member = await c.members.get(request.body.memberId);
          if (!member) throw new HttpProblem(422, 'No such council member.');
          const refusal = memberRefusal(event, member);
          if (refusal) throw new HttpProblem(422, refusal);
          const rsvp = await c.rsvps.addMember(event.id, member, at.toISOString());
          await tx.audit.append({
            actorUserId: user.id,
            action: 'event.rsvp_add',
            personId: null,
            reason: null,
            detail: { eventId: event.id, rsvpId: rsvp.id, memberId: member.id, status: rsvp.status },
          });
          return rsvpView(tx, event, rsvp.id);
        }),
      );
      return reply.code(201).send(view);
    },
  );

  r.post(
    '/api/voices/events/:eventId/rsvps/:rsvpId/cancel',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Cancel an RSVP',
        description: 'A seat it held goes to the first on the waitlist at once, who is emailed. Audited as `event.rsvp_cancel`.',
        tags: ['councils and events'],
        params: rsvpParams,
        response: { 200: z.object({ rsvp: rsvpSchema, promoted: rsvpSchema.nullable() }) },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const at = now();
      return underRules(() =>
        store.transaction(async (tx) => {
          const { event } = await eventAndRsvp(tx, request.params.eventId, request.params.rsvpId);
          const { rsvp, promoted } = await councils(tx).rsvps.cancel(request.params.rsvpId, at.toISOString());
          if (promoted) await sendSeatsOpened(tx, event, [promoted], publicOrigin(request), at);
          await tx.audit.append({
            actorUserId: user.id,
            action: 'event.rsvp_cancel',
            personId: null,
            reason: null,
            detail: { eventId: event.id, rsvpId: rsvp.id, promoted: promoted?.id ?? null },
          });
          return { rsvp: await rsvpView(tx, event, rsvp.id), promoted: promoted ? await rsvpView(tx, event, promoted.id) : null };
        }),
      );
    },
  );

  r.put(
    '/api/voices/events/:eventId/rsvps/:rsvpId/clearance/:item',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Tick or untick one item of an RSVP’s clearance checklist',
        description: `Facility visits only; their items: ${EVENT_KIND_INFO.facility_visit.clearance.map((c) => `\`${c.id}\` (${c.label})`).join(', ')}. Who ticked it and when are kept. Audited as \`event.clearance\`.`,
        tags: ['councils and events'],
        params: rsvpParams.extend({ item: z.string().min(1).max(60) }),
        body: z.object({ checked: z.boolean() }).strict(),
        response: { 200: rsvpSchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const { eventId, rsvpId, item } = request.params;
      return underRules(() =>
        store.transaction(async (tx) => {
          const { event } = await eventAndRsvp(tx, eventId, rsvpId);
          await councils(tx).rsvps.setClearance(rsvpId, item, request.body.checked, user.id, now().toISOString());
          await tx.audit.append({
            actorUserId: user.id,
            action: 'event.clearance',
            personId: null,
            reason: null,
            detail: { eventId, rsvpId, item, checked: request.body.checked },
          });
          return rsvpView(tx, event, rsvpId);
        }),
      );
    },
  );

  r.put(
    '/api/voices/events/:eventId/rsvps/:rsvpId/attendance',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Mark a confirmed RSVP attended or no-show (null clears the mark)',
        description:
          'Once the event has started. A facility visit’s attendee must be fully cleared to be marked attended (409 “not cleared” otherwise). Audited as `event.attendance`.',
        tags: ['councils and events'],
        params: rsvpParams,
        body: z.object({ attendance: z.enum(ATTENDANCE_MARKS).nullable() }).strict(),
        response: { 200: rsvpSchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const { eventId, rsvpId } = request.params;
      const { attendance } = request.body;
      const at = now();
      return underRules(() =>
        store.transaction(async (tx) => {
          const { event, rsvp } = await eventAndRsvp(tx, eventId, rsvpId);
          const refusal = attendanceRefusal(event, rsvp, await councils(tx).rsvps.clearance(rsvpId), attendance, at);
          if (refusal) throw new HttpProblem(409, refusal);
          await councils(tx).rsvps.setAttendance(rsvpId, attendance, user.id, at.toISOString());
          await tx.audit.append({
            actorUserId: user.id,
            action: 'event.attendance',
            personId: null,
            reason: null,
            detail: { eventId, rsvpId, attendance },
          });
          return rsvpView(tx, event, rsvpId);
        }),
      );
    },
  );
}
