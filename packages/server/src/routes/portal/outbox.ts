/**
 * The notification outbox over HTTP (issue 7, part B):
 *
 * - GET /api/outbox (administrators): their agency's messages, newest first, with the text itself. In
 *   the demo no message leaves the server, and this is where the sign-in codes are read. Reading it is
 *   audited (`outbox.read`, naming the people whose messages were shown): the rows hold addresses and
 *   what was said.
 * - POST /api/portal/sms/inbound (public; Twilio's webhook for texts to our number): STOP and its
 *   synonyms opt the number out of texts, START opts it back in, HELP answers; the reply is TwiML. When an
 *   auth token is configured (TWILIO_AUTH_TOKEN) a request without Twilio's valid signature is refused
 *   403; with none configured (the demo), any caller can opt a number out or in, which is all this does.
 *
 * Neither route logs an address or a body: the request log has the method, path and status only.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OUTBOX_CHANNELS, OUTBOX_STATUSES, outbox, portal, type PathwaysStore } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { pageQuerySchema } from '../../http/schemas.ts';
import {
  KEYWORD_REPLIES,
  parseForm,
  smsKeyword,
  twiml,
  validTwilioSignature,
  type FormParams,
} from '../../portal/adapters/twilio-webhook.ts';

export interface OutboxRouteDeps {
  store: PathwaysStore;
  now: () => Date;
  /** The Twilio auth token webhooks are signed with; default TWILIO_AUTH_TOKEN, null: no check (demo). */
  twilioAuthToken?: string | null;
  /**
   * The webhook's URL exactly as configured at Twilio (default TWILIO_WEBHOOK_URL). Without it, the URL
   * this server was reached at is used, tried as http and as https (a proxy in front ends TLS).
   */
  twilioWebhookUrl?: string | null;
}

const outboxMessageSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  channel: z.enum(OUTBOX_CHANNELS),
  to: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  kind: z.string(),
  personId: z.string().nullable(),
  language: z.enum(['en', 'es']),
  urgent: z.boolean(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int().describe('Tries that failed so far'),
  nextAttemptAt: z.string().nullable().describe('Pending only: when the next try is due (after a backoff or quiet hours)'),
  sentAt: z.string().nullable(),
  providerId: z.string().nullable().describe('`demo` when the demo adapter kept the message here instead of sending it'),
  lastError: z.string().nullable(),
});

const inboundSchema = z
  .looseObject({
    From: z.string().min(1).max(64),
    Body: z.string().max(1600).default(''),
  })
  .describe("Twilio's incoming-message webhook parameters (form-encoded); the others (MessageSid, To, …) are accepted as sent");

/** Only Twilio's form is parsed here (the rest of the API is JSON); texts are short. */
const FORM_BODY_LIMIT = 64 * 1024;

function candidateUrls(request: FastifyRequest, configured: string | null): string[] {
  if (configured) return [configured];
  const here = `${request.protocol}://${request.host}${request.url}`;
  return [...new Set([here, here.replace(/^http:/, 'https:')])];
}

/** The people the messages are about, each once, in the order shown; a message to no person names none. */
function peopleShown(messages: readonly { personId: string | null }[]): string[] {
  return [...new Set(messages.flatMap((m) => (m.personId === null ? [] : [m.personId])))];
}

export function outboxRoutes(app: FastifyInstance, deps: OutboxRouteDeps): void {
  const { store, now } = deps;
  const authToken = deps.twilioAuthToken !== undefined ? deps.twilioAuthToken : process.env.TWILIO_AUTH_TOKEN?.trim() || null;
  const webhookUrl = deps.twilioWebhookUrl !== undefined ? deps.twilioWebhookUrl : process.env.TWILIO_WEBHOOK_URL?.trim() || null;

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/outbox',
    {
      config: { permission: 'outbox.read' },
      schema: {
        summary: "Your agency's notification outbox, newest first (in the demo, where sign-in codes are read)",
        tags: ['portal'],
        querystring: pageQuerySchema,
        response: {
          200: z.object({
            messages: z.array(outboxMessageSchema),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { user } = request.auth!;
      const { limit, offset } = request.query;
      // An administrator of no agency sees nothing rather than everything.
      const agencyId = user.agencyId;
      const [rows, total] =
        agencyId === null
          ? [[], 0]
          : await Promise.all([outbox(store).list({ limit, offset, agencyId }), outbox(store).count({ agencyId })]);
      // Each message names its person (and says what was sent them): the entry names them all, as a
      // caseload list does (`person.list`), so the log filtered by a person and their own view find it.
      const ids = peopleShown(rows);
      await store.audit.append({
        actorUserId: user.id,
        action: 'outbox.read',
        personId: null,
        reason: null,
        detail: { limit, offset, shown: rows.length, ids },
        subjects: ids,
      });
      return {
        messages: rows.map((m) => ({
          id: m.id,
          createdAt: m.createdAt,
          channel: m.channel,
          to: m.to,
          subject: m.subject,
          body: m.body,
          kind: m.kind,
          personId: m.personId,
          language: m.language,
          urgent: m.urgent,
          status: m.status,
          attempts: m.attempts,
          nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt : null,
          sentAt: m.sentAt,
          providerId: m.providerId,
          lastError: m.lastError,
        })),
        total,
        limit,
        offset,
      };
    },
  );

  // A scope of its own, so the form parser applies to this route only.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, parseForm(body as string)),
    );

    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/portal/sms/inbound',
      {
        config: { permission: 'public' },
        bodyLimit: FORM_BODY_LIMIT,
        // The signature is checked on the parameters exactly as sent: before the schema fills in defaults.
        preValidation: async (request) => {
          if (authToken === null) return;
          const signature = request.headers['x-twilio-signature'];
          const params = (request.body ?? {}) as FormParams;
          if (
            !validTwilioSignature(
              authToken,
              typeof signature === 'string' ? signature : undefined,
              candidateUrls(request, webhookUrl),
              params,
            )
          ) {
            throw new HttpProblem(403, 'Missing or invalid X-Twilio-Signature.');
          }
        },
        schema: {
          summary: 'Texts sent to our number (Twilio webhook): STOP, START and HELP',
          description:
            'Form-encoded as Twilio sends it. STOP, STOPALL, UNSUBSCRIBE, CANCEL, END or QUIT opt the sender out of texts; START or ' +
            'UNSTOP opt back in; HELP answers. Answers TwiML. With TWILIO_AUTH_TOKEN set, X-Twilio-Signature must be valid (403).',
          tags: ['portal'],
          consumes: ['application/x-www-form-urlencoded'],
          body: inboundSchema,
          produces: ['text/xml'],
          response: { 200: z.string().describe('TwiML: <Response> with at most one <Message>') },
        },
      },
      async (request, reply) => {
        const from = request.body.From;
        const keyword = smsKeyword(request.body.Body);
        const contacts = portal(store).contacts;
        const personId = await contacts.byAddress(from);
        const language = personId === undefined ? 'en' : ((await contacts.get(personId))?.language ?? 'en');
        if (keyword === 'stop' || keyword === 'start') {
          const optedOut = keyword === 'stop';
          const changed = await contacts.optOut(from, 'sms', optedOut, now().toISOString());
          // No actor: the person did this by text. The detail names no number.
          await store.audit.append({
            actorUserId: null,
            action: optedOut ? 'portal.sms_opt_out' : 'portal.sms_opt_in',
            personId: personId ?? null,
            reason: null,
            detail: { channel: 'sms', contactsChanged: changed },
          });
        }
        reply.type('text/xml; charset=utf-8');
        // Unknown and known numbers are answered alike: the reply never tells whether a number is on file.
        return twiml(keyword === null ? null : KEYWORD_REPLIES[keyword][language]);
      },
    );
  });
}
