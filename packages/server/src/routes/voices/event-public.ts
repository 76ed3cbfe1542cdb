/**
 * Events for everyone, without signing in: a public event's page data (seats left, never who is coming),
 * a campaign's upcoming public events, and the RSVP form with its emailed link.
 *
 * The RSVP is a public form (publicFormGuard: rate limit, CSRF token, honeypot) and, fourth, email
 * verification: the form only sends a link (`/events/<id>?rsvp=<token>`, the token kept as its SHA-256),
 * and the RSVP counts when the link is opened (POST …/rsvps/confirm), getting a seat while any remain and a
 * waitlist place otherwise, atomically. The form answers the same 202 whatever it did, so it tells no one
 * whether an address already has an RSVP. The same link, later, shows the RSVP and cancels it (a freed
 * seat goes to the waitlist's first, who is emailed). Members-only events are not found here at all.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { councils, RSVP_STATUSES, type PathwaysStore, type VoiceEvent } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { honeypotField, publicFormGuard } from '../../security/public-forms.ts';
import { newToken, sha256Hex } from '../../security/tokens.ts';
import { publicOrigin, rsvpLinkPath } from '../../voices/event-links.ts';
import { sendRsvpLink, sendSeatsOpened } from '../../voices/event-notify.ts';
import { hasEnded, hasStarted, underRules } from '../../voices/event-rules.ts';
import { publicEventSchema, toPublicEvent } from '../../voices/event-schemas.ts';
import type { VoicesRouteDeps } from './index.ts';

const eventParams = z.object({ eventId: z.string().min(1).max(100) });
/** A token of newToken(): 32 random bytes, base64url. */
const tokenBody = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be the token from the link'), ...honeypotField })
  .strict();
const NOT_FOUND = 'No such event.';
const BAD_LINK = 'This RSVP link does not work: it may be mistyped, or a newer email replaced it.';

const rsvpAnswer = z.object({
  status: z.enum(RSVP_STATUSES),
  name: z.string().describe('The name the RSVP was made in (the link’s holder is its owner)'),
  waitlistPosition: z.number().int().nullable(),
  event: publicEventSchema,
});

export function eventPublicRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rsvpGuard = publicFormGuard('event-rsvp', now);
  const linkGuard = publicFormGuard('event-rsvp-link', now);

  /** A public event, or 404. */
  async function publicEvent(s: PathwaysStore, id: string): Promise<VoiceEvent> {
    const event = await councils(s).events.get(id);
    if (!event || event.visibility !== 'public') throw new HttpProblem(404, NOT_FOUND);
    return event;
  }

  async function shown(s: PathwaysStore, event: VoiceEvent, at: Date) {
    const c = councils(s);
    const campaign = event.campaignId === null ? undefined : await c.campaigns.get(event.campaignId);
    // A campaign still in draft is not public: the event is, but it does not name the campaign.
    const named = campaign && campaign.status !== 'draft' ? { id: campaign.id, name: campaign.name } : null;
    return toPublicEvent(event, await c.events.counts(event.id), named, at);
  }

  /** The RSVP a link's token names, on this event (a token for another event is as good as none). */
  async function rsvpOf(s: PathwaysStore, eventId: string, token: string) {
    const rsvp = await councils(s).rsvps.byToken(sha256Hex(token));
    if (!rsvp || rsvp.eventId !== eventId) throw new HttpProblem(404, BAD_LINK);
    return rsvp;
  }

  r.get(
    '/api/public/events',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Upcoming public events (of one campaign, with `campaign`)',
        description: 'Events that have not ended, soonest first. No one’s name: seats left only.',
        tags: ['councils and events'],
        querystring: z.object({ campaign: z.string().min(1).max(100).optional() }),
        response: { 200: z.object({ events: z.array(publicEventSchema) }) },
      },
    },
    async (request) => {
      const at = now();
      const events = await councils(store).events.upcomingPublic(at.toISOString(), request.query.campaign);
      return { events: await Promise.all(events.map((e) => shown(store, e, at))) };
    },
  );

  r.get(
    '/api/public/events/:eventId',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'A public event: details and seats left',
        description: 'Members-only events answer 404.',
        tags: ['councils and events'],
        params: eventParams,
        response: { 200: publicEventSchema },
      },
    },
    async (request) => shown(store, await publicEvent(store, request.params.eventId), now()),
  );

  r.post(
    '/api/public/events/:eventId/rsvps',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: rsvpGuard,
      schema: {
        summary: 'Ask for a seat (public form): emails a link that makes the RSVP count',
        description:
          'Public form: send the `x-form-token` header (GET /api/public/form-token). Answers 202 whether the address is new or already has an RSVP (which is then sent a fresh link); ' +
          'nothing counts until the link is opened. One RSVP per email and event. 409 once the event has started.',
        tags: ['councils and events'],
        params: eventParams,
        body: z
          .object({
            name: z.string().trim().min(1).max(200),
            email: z.email('must be an email address').max(254),
            ...honeypotField,
          })
          .strict(),
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
    },
    async (request, reply) => {
      const at = now();
      const event = await publicEvent(store, request.params.eventId);
      if (hasStarted(event, at)) throw new HttpProblem(409, 'RSVPs for this event are closed: it has started.');
      const token = newToken();
      const link = `${publicOrigin(request)}${rsvpLinkPath(event.id, token)}`;
      await underRules(() =>
        store.transaction(async (tx) => {
          const { rsvp } = await councils(tx).rsvps.requestPublic(
            { eventId: event.id, name: request.body.name, email: request.body.email, tokenHash: sha256Hex(token) },
            at.toISOString(),
          );
          await sendRsvpLink(tx, event, rsvp, link, at);
        }),
      );
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  r.post(
    '/api/public/events/:eventId/rsvps/confirm',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: linkGuard,
      schema: {
        summary: 'Open an RSVP link: the RSVP counts (confirmed or waitlisted) and is shown',
        description:
          'The token from `/events/<id>?rsvp=<token>`. A pending RSVP is confirmed while seats remain and waitlisted otherwise; any other is shown as it is, so opening the link again is harmless. ' +
          '404 for an unknown or replaced link; 410 when the event ended before the link was opened.',
        tags: ['councils and events'],
        params: eventParams,
        body: tokenBody,
        response: { 200: rsvpAnswer },
      },
    },
    async (request) => {
      const at = now();
      const event = await publicEvent(store, request.params.eventId);
      const rsvp = await rsvpOf(store, event.id, request.body.token);
      if (rsvp.status === 'pending' && hasEnded(event, at))
        throw new HttpProblem(410, 'This event is over: the RSVP can no longer be confirmed.');
      const result = await underRules(() => councils(store).rsvps.confirm(sha256Hex(request.body.token), at.toISOString()));
      if (!result) throw new HttpProblem(404, BAD_LINK);
      return {
        status: result.rsvp.status,
        name: result.rsvp.name,
        waitlistPosition: await councils(store).rsvps.waitlistPosition(result.rsvp),
        event: await shown(store, result.event, at),
      };
    },
  );

  r.post(
    '/api/public/events/:eventId/rsvps/cancel',
    {
      config: { permission: 'public', publicForm: true },
      preHandler: linkGuard,
      schema: {
        summary: 'Cancel one’s own RSVP with its link',
        description:
          'A seat it held goes to the first on the waitlist at once, who is emailed. Cancelling again changes nothing. 409 once the event has started.',
        tags: ['councils and events'],
        params: eventParams,
        body: tokenBody,
        response: { 200: rsvpAnswer },
      },
    },
    async (request) => {
      const at = now();
      const event = await publicEvent(store, request.params.eventId);
      const found = await rsvpOf(store, event.id, request.body.token);
      if (hasStarted(event, at)) throw new HttpProblem(409, 'This event has started: to change an RSVP now, contact the campaign staff.');
      const { rsvp } = await underRules(() =>
        store.transaction(async (tx) => {
          const result = await councils(tx).rsvps.cancel(found.id, at.toISOString());
          if (result.promoted) await sendSeatsOpened(tx, event, [result.promoted], publicOrigin(request), at);
          return result;
        }),
      );
      return { status: rsvp.status, name: rsvp.name, waitlistPosition: null, event: await shown(store, event, at) };
    },
  );
}
