/**
 * The portal for people on supervision (issue 7, part A): signing in without a password (a one-time
 * code sent to an address on file, or a one-use link from the officer), the person's obligations and
 * restitution balance, their notification preferences, messages with the officer (both ways, kept in
 * the record), who on the staff touched their record, and a calendar feed of their appointments.
 *
 * Every `portal.self` route answers about the signed-in person only: the person id comes from the
 * session, never from the request. Staff routes (`portal.link`, `message.staff`) name the person in the
 * path and pass the scope check (`personParam`); their reads are audited like any read of a record.
 *
 * Sign-in answers never tell whether an address is known: asking for a code answers 202 either way, and
 * a wrong code, an unknown address and a spent code all answer the same 401. Codes and link tokens are
 * stored hashed and never logged (bodies are not logged; the calendar route, whose token is in the path,
 * logs nothing below a warning).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  OBLIGATION_KINDS,
  OBLIGATION_STATUSES,
  PORTAL_LANGUAGES,
  normalizeAddress,
  outbox,
  portal,
  type PathwaysStore,
  type PortalContact,
  type PortalMessage,
} from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { pageQuerySchema, publicUserSchema } from '../../http/schemas.ts';
import { calendarFeed } from '../../portal/calendar.ts';
import { notifyPerson } from '../../portal/notify.ts';
import { openPersonSession } from '../../portal/person-session.ts';
import { restitutionOf } from '../../portal/restitution.ts';
import { CODE_MINUTES, CODE_TRIES, codeMatches, hashCode, newCode } from '../../portal/sign-in-codes.ts';
import { newMessageText, signInCodeText } from '../../portal/texts.ts';
import { LoginLimiter } from '../../security/login-limiter.ts';
import { newToken, sha256Hex } from '../../security/tokens.ts';
import { displayNames } from '../display-names.ts';
import { visits } from '../../portal/visits.ts';

export const MAX_MESSAGE_LENGTH = 2000;
export const LINK_HOURS = 24;
const BAD_CODE = 'That code does not work. It may be wrong, used or too old. Ask for a new code.';
const BAD_LINK = 'This link does not work any more. Ask your officer for a new one, or sign in with a code.';

const sessionAnswer = z.object({ user: publicUserSchema, csrfToken: z.string(), secondFactorRequired: z.boolean(), expiresAt: z.string() });

const obligationSchema = z.object({
  id: z.number().int(),
  personId: z.string(),
  kind: z.enum(OBLIGATION_KINDS),
  title: z.string(),
  startsAt: z.string().describe('ISO date-time, UTC; for a payment, when it is due'),
  endsAt: z.string().nullable(),
  location: z.string().nullable(),
  amountUsd: z.number().nullable(),
  status: z.enum(OBLIGATION_STATUSES),
});

const messageSchema = z.object({
  id: z.number().int(),
  personId: z.string(),
  direction: z.enum(['to_person', 'from_person']),
  authorUserId: z.string(),
  authorName: z.string(),
  body: z.string(),
  at: z.string(),
  readAt: z.string().nullable(),
});

const preferencesSchema = z.object({
  language: z.enum(PORTAL_LANGUAGES),
  sms: z.boolean().describe('Reminders and notices by text message (false after replying STOP)'),
  email: z.boolean().describe('Reminders and notices by email'),
  phone: z.string().nullable().describe('The phone number on file (E.164); the officer changes it'),
  emailAddress: z.string().nullable().describe('The email address on file; the officer changes it'),
  timeZone: z
    .string()
    .nullable()
    .describe(
      'The IANA time zone on file, which reminders and the portal’s times follow; the officer changes it. Null when none is on file',
    ),
});

const messageBody = z
  .object({
    body: z
      .string()
      .trim()
      .min(1, 'must not be empty or only whitespace')
      .max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
  })
  .strict();

const personIdParams = z.object({ id: z.string().min(1).max(200) });

/** The person the signed-in account is; `portal.self` lets only the person role through. */
function selfId(request: FastifyRequest): string {
  const personId = request.auth?.user.personId;
  if (!personId) throw new HttpProblem(404, 'This account is not linked to a person’s record.');
  return personId;
}

function throttle(limiter: LoginLimiter, key: string, now: Date): void {
  const wait = limiter.hit(key, now.getTime());
  if (wait > 0) throw new HttpProblem(429, 'Too many tries. Wait a few minutes, then try again.', {}, { 'retry-after': String(wait) });
}

function preferencesOf(contact: PortalContact | undefined) {
  return {
    language: contact?.language ?? 'en',
    sms: contact ? !contact.smsOptOut : true,
    email: contact ? !contact.emailOptOut : true,
    phone: contact?.phone ?? null,
    emailAddress: contact?.email ?? null,
    timeZone: contact?.timeZone ?? null,
  };
}

export function portalRoutes(app: FastifyInstance, deps: { store: PathwaysStore; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  // In memory, per server, as the staff sign-in's limiter: codes asked per address and per network
  // address, and sign-in attempts (code or link) per network address.
  const codeRequestsByAddress = new LoginLimiter(5, 15 * 60_000);
  const codeRequestsByIp = new LoginLimiter(20, 15 * 60_000);
  const signInsByIp = new LoginLimiter(20, 5 * 60_000);

  const withNames = async (messages: PortalMessage[]) => {
    const names = await displayNames(
      store,
      messages.map((m) => m.authorUserId),
    );
    return messages.map((m) => ({ ...m, authorName: names.get(m.authorUserId)! }));
  };

  r.post(
    '/api/portal/code',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Ask for a one-time sign-in code (portal)',
        description:
          `Sends a six-digit code to the email or phone number, if it is on file for one person with a portal account: good for ${CODE_MINUTES} minutes and ${CODE_TRIES} tries. ` +
          'Answers 202 whether or not the address is known. 5 requests per address and 20 per network address per 15 minutes, then 429.',
        tags: ['portal'],
        body: z.object({ address: z.string().min(3).max(254).describe('An email address or a phone number') }).strict(),
        response: { 202: z.object({ sent: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const at = now();
      throttle(codeRequestsByIp, request.ip, at);
      const found = normalizeAddress(request.body.address);
      if (!found) {
        throw new HttpProblem(400, 'The request does not match the schema.', {
          errors: [{ path: 'body.address', message: 'must be an email address or a phone number' }],
        });
      }
      throttle(codeRequestsByAddress, found.address, at);
      // Made and hashed for unknown addresses too, so the answer takes about as long either way.
      const code = newCode();
      const codeHash = hashCode(code);
      const p = portal(store);
      const personId = await p.contacts.byAddress(found.address);
      const [userId, contact] = personId ? await Promise.all([p.accounts.userFor(personId), p.contacts.get(personId)]) : [];
      if (personId && userId && contact) {
        const text = signInCodeText(code, CODE_MINUTES, contact.language);
        await store.transaction(async (tx) => {
          // Codes dead for a day are of no use to anyone: each new code clears them away.
          await portal(tx).codes.deleteExpired(new Date(at.getTime() - 86_400_000).toISOString());
          await portal(tx).codes.issue({
            address: found.address,
            personId,
            codeHash,
            createdAt: at.toISOString(),
            expiresAt: new Date(at.getTime() + CODE_MINUTES * 60_000).toISOString(),
          });
          await outbox(tx).enqueue(
            {
              channel: found.channel,
              to: found.address,
              subject: found.channel === 'email' ? text.subject : null,
              body: found.channel === 'email' ? text.email : text.sms,
              kind: 'sign_in_code',
              personId,
              language: contact.language,
              urgent: true,
            },
            at,
          );
          await tx.audit.append({
            actorUserId: null,
            action: 'portal.code_sent',
            personId,
            reason: null,
            detail: { channel: found.channel },
          });
        });
      }
      return reply.code(202).send({ sent: true as const });
    },
  );

  r.post(
    '/api/portal/session',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Sign in to the portal with a one-time code',
        description:
          'Sets the same session cookie as POST /api/session; a person needs no second factor. Any failure (unknown address, wrong, used or expired code, no tries left) answers the same 401.',
        tags: ['portal'],
        body: z.object({ address: z.string().min(3).max(254), code: z.string().regex(/^\d{6}$/, 'must be 6 digits') }).strict(),
        response: { 200: sessionAnswer },
      },
    },
    async (request, reply) => {
      const at = now();
      throttle(signInsByIp, request.ip, at);
      const found = normalizeAddress(request.body.address);
      const p = portal(store);
      const code = found && (await p.codes.latest(found.address));
      if (!code || code.usedAt !== null || Date.parse(code.expiresAt) <= at.getTime()) throw new HttpProblem(401, BAD_CODE);
      // The try is spent before the code is compared, so parallel guesses cannot share one.
      if (!(await p.codes.spendAttempt(code.id, CODE_TRIES))) throw new HttpProblem(401, BAD_CODE);
      if (!codeMatches(request.body.code, code.codeHash)) throw new HttpProblem(401, BAD_CODE);
      const userId = await p.accounts.userFor(code.personId);
      const user = userId ? await store.users.byId(userId) : undefined;
      if (!user || !(await p.codes.consume(code.id, at.toISOString()))) throw new HttpProblem(401, BAD_CODE);
      return openPersonSession(store, request, reply, user, at, 'code');
    },
  );

  r.post(
    '/api/people/:id/portal-link',
    {
      config: { permission: 'portal.link', personParam: 'id' },
      schema: {
        summary: 'Make a one-time sign-in link to the person’s portal',
        description: `For the officer to hand to the person: it opens one portal session, once, within ${LINK_HOURS} hours. Audited as \`portal.link\`. 409 when the person has no portal account.`,
        tags: ['portal'],
        params: personIdParams,
        // Nothing to send: an empty object or no body. Anything else is a mistake, refused before a link is made.
        body: z.object({}).strict().nullish(),
        response: { 201: z.object({ url: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const personId = request.params.id;
      const p = portal(store);
      if (!(await p.accounts.userFor(personId))) throw new HttpProblem(409, 'This person has no portal account yet.');
      const at = now();
      const token = newToken();
      const expiresAt = new Date(at.getTime() + LINK_HOURS * 3_600_000).toISOString();
      await store.transaction(async (tx) => {
        await portal(tx).links.create({
          tokenHash: sha256Hex(token),
          personId,
          createdBy: user.id,
          createdAt: at.toISOString(),
          expiresAt,
        });
        await tx.audit.append({ actorUserId: user.id, action: 'portal.link', personId, reason: null, detail: { expiresAt } });
      });
      return reply.code(201).send({ url: `/portal/link/${token}`, expiresAt });
    },
  );

  r.post(
    '/api/portal/link',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Sign in to the portal with a link from the officer',
        description: 'The token from `/portal/link/<token>`. Works once, within 24 hours; any failure answers 401.',
        tags: ['portal'],
        body: z.object({ token: z.string().min(1).max(200) }).strict(),
        response: { 200: sessionAnswer },
      },
    },
    async (request, reply) => {
      const at = now();
      throttle(signInsByIp, request.ip, at);
      const p = portal(store);
      const personId = await p.links.consume(sha256Hex(request.body.token), at.toISOString());
      const userId = personId && (await p.accounts.userFor(personId));
      const user = userId ? await store.users.byId(userId) : undefined;
      if (!user) throw new HttpProblem(401, BAD_LINK);
      return openPersonSession(store, request, reply, user, at, 'link');
    },
  );

  r.get(
    '/api/portal/obligations',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'Your appointments, check-ins, payments and programs, and what restitution is left',
        description: 'Obligations by start time. Restitution per term, counted by the law package from the record as of today.',
        tags: ['portal'],
        response: {
          200: z.object({
            obligations: z.array(obligationSchema),
            restitution: z.array(z.object({ termId: z.string(), orderedUsd: z.number(), paidUsd: z.number(), balanceUsd: z.number() })),
          }),
        },
      },
    },
    async (request) => {
      const personId = selfId(request);
      const person = await store.people.get(personId);
      if (!person) throw new HttpProblem(404, 'No record is on file for this account yet.');
      const obligations = await portal(store).obligations.forPerson(personId);
      return { obligations, restitution: restitutionOf(person.record, now().toISOString().slice(0, 10)) };
    },
  );

  r.get(
    '/api/portal/preferences',
    {
      config: { permission: 'portal.self' },
      schema: { summary: 'Your language and how you get reminders', tags: ['portal'], response: { 200: preferencesSchema } },
    },
    async (request) => preferencesOf(await portal(store).contacts.get(selfId(request))),
  );

  r.put(
    '/api/portal/preferences',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'Change your language, or turn text or email reminders on or off',
        description: 'Each field is optional; what is left out stays as it is. `sms: false` is the same as replying STOP.',
        tags: ['portal'],
        body: z
          .object({ language: z.enum(PORTAL_LANGUAGES).optional(), sms: z.boolean().optional(), email: z.boolean().optional() })
          .strict(),
        response: { 200: preferencesSchema },
      },
    },
    async (request) => {
      const personId = selfId(request);
      const { language, sms, email } = request.body;
      const contact = await store.transaction(async (tx) => {
        const set = await portal(tx).contacts.set(
          {
            personId,
            ...(language !== undefined ? { language } : {}),
            ...(sms !== undefined ? { smsOptOut: !sms } : {}),
            ...(email !== undefined ? { emailOptOut: !email } : {}),
          },
          now().toISOString(),
        );
        await tx.audit.append({
          actorUserId: request.auth!.user.id,
          action: 'portal.preferences',
          personId,
          reason: null,
          detail: { language: set.language, sms: !set.smsOptOut, email: !set.emailOptOut },
        });
        return set;
      });
      return preferencesOf(contact);
    },
  );

  r.get(
    '/api/portal/messages',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'Your messages with your officer, oldest first',
        description: 'Reading marks the officer’s messages read.',
        tags: ['portal'],
        response: { 200: z.object({ messages: z.array(messageSchema) }) },
      },
    },
    async (request) => {
      const personId = selfId(request);
      const p = portal(store);
      await p.messages.markRead(personId, 'to_person', now().toISOString());
      return { messages: await withNames(await p.messages.forPerson(personId)) };
    },
  );

  r.post(
    '/api/portal/messages',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'Write to your officer',
        description: `1 to ${MAX_MESSAGE_LENGTH} characters after trimming. Kept in your record.`,
        tags: ['portal'],
        body: messageBody,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) => {
      const personId = selfId(request);
      const user = request.auth!.user;
      const message = await store.transaction(async (tx) => {
        const added = await portal(tx).messages.add({
          personId,
          direction: 'from_person',
          authorUserId: user.id,
          body: request.body.body,
          at: now().toISOString(),
        });
        await tx.audit.append({ actorUserId: user.id, action: 'message.write', personId, reason: null, detail: { messageId: added.id } });
        return added;
      });
      return reply.code(201).send({ ...message, authorName: user.displayName });
    },
  );

  r.get(
    '/api/portal/views',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'Who on the staff looked at or acted on your record, newest first',
        description:
          'From the audit log: reads, documents, actions and sign-in links by others, grouped into visits. Your own use of the portal is not listed.',
        tags: ['portal'],
        querystring: pageQuerySchema,
        response: {
          200: z.object({
            views: z.array(
              z.object({
                at: z.string(),
                actorName: z.string(),
                actorRole: z.string(),
                action: z.string(),
                reason: z.string().nullable(),
                entries: z.number().int().describe('Audit entries grouped into this visit (same person and act, at most 15 minutes apart)'),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      // A page of audit entries, grouped into visits (one page opened is several reads): ../../portal/visits.ts.
      return { views: visits(await portal(store).views(selfId(request), request.query)) };
    },
  );

  r.get(
    '/api/portal/calendar',
    {
      config: { permission: 'portal.self' },
      schema: {
        summary: 'The address of your calendar feed',
        description: 'Subscribe to it in a calendar app. The address is secret: anyone who has it can read your appointments.',
        tags: ['portal'],
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    async (request) => {
      const token = await portal(store).calendar.feedToken(selfId(request), newToken, now().toISOString());
      return { url: `/api/portal/calendar/${token}.ics` };
    },
  );

  r.get(
    '/api/portal/calendar/:token.ics',
    {
      config: { permission: 'public' },
      // The token is in the path, and the request log writes paths: nothing about this route is logged
      // below a warning.
      logLevel: 'warn',
      schema: {
        summary: 'Your appointments, check-ins and programs as an iCalendar feed',
        description: 'The token in the address is what authorizes the read (calendar apps send no cookie). 404 for an unknown token.',
        tags: ['portal'],
        params: z.object({ token: z.string().min(1).max(200) }),
        response: { 200: z.string().describe('text/calendar') },
      },
    },
    async (request, reply) => {
      const p = portal(store);
      const personId = await p.calendar.personFor(request.params.token);
      if (!personId) throw new HttpProblem(404, 'No such calendar.');
      const [obligations, contact] = await Promise.all([p.obligations.forPerson(personId), p.contacts.get(personId)]);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="pathways.ics"')
        .send(calendarFeed(obligations, contact?.language ?? 'en'));
    },
  );

  r.get(
    '/api/people/:id/messages',
    {
      config: { permission: 'message.staff', personParam: 'id' },
      schema: {
        summary: 'Messages with a person, oldest first',
        description: 'Reading marks the person’s messages read. Audited as `person.read` (view `messages`).',
        tags: ['portal'],
        params: personIdParams,
        response: { 200: z.object({ messages: z.array(messageSchema) }) },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const personId = request.params.id;
      const p = portal(store);
      await p.messages.markRead(personId, 'from_person', now().toISOString());
      const messages = await withNames(await p.messages.forPerson(personId));
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.read',
        personId,
        reason: null,
        detail: { view: 'messages', shown: messages.length },
      });
      return { messages };
    },
  );

  r.post(
    '/api/people/:id/messages',
    {
      config: { permission: 'message.staff', personParam: 'id' },
      schema: {
        summary: 'Write to a person in their portal',
        description: `1 to ${MAX_MESSAGE_LENGTH} characters after trimming. The person gets a notice by text or email (never the message itself). Audited as \`message.write\` with the message’s id, never its text.`,
        tags: ['portal'],
        params: personIdParams,
        body: messageBody,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const personId = request.params.id;
      const at = now();
      const message = await store.transaction(async (tx) => {
        const p = portal(tx);
        const added = await p.messages.add({
          personId,
          direction: 'to_person',
          authorUserId: user.id,
          body: request.body.body,
          at: at.toISOString(),
        });
        await tx.audit.append({ actorUserId: user.id, action: 'message.write', personId, reason: null, detail: { messageId: added.id } });
        const contact = await p.contacts.get(personId);
        if (contact) {
          await notifyPerson(tx, contact, newMessageText(contact.language), {
            kind: 'message',
            urgent: false,
            dedupeKey: (channel) => `message:${added.id}:${channel}`,
            now: at,
          });
        }
        return added;
      });
      return reply.code(201).send({ ...message, authorName: user.displayName });
    },
  );
}
