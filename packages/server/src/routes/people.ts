/**
 * People in the caller's scope, and one person's record with its stored evaluations. Every read is audited
 * (`person.list` with the ids returned, `person.read` with the reason given), so an agency can answer
 * "who looked at this record, and why".
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addDays, formatIsoDate, parseIsoDate } from '@pathways/law';
import type { Store } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { opportunityActionSchema, pageQuerySchema } from '../http/schemas.ts';
import { decodeUtf8Header } from '../http/utf8-header.ts';
import { scopeFilter } from '../security/scope.ts';
import { CaseloadCache } from './caseload-cache.ts';
import { displayNames } from './display-names.ts';
import { evaluateTermAsOf } from './violation-limits.ts';
import { MAX_REASON_LENGTH, MAX_SNOOZE_DAYS } from '../input-limits.ts';

const opportunitySummary = z.object({
  kind: z.string(),
  status: z.string(),
  date: z.string().nullable(),
  reason: z.string().optional().describe('Why an ineligible opportunity is blocked (the evaluation’s first reason).'),
  almost: z
    .object({ missing: z.array(z.string()), dateIfResolved: z.string().nullable() })
    .optional()
    .describe('Almost eligible: the one missing fact, and the date it would open if resolved.'),
});
const termSummary = z.object({
  termId: z.string(),
  jurisdiction: z.string(),
  asOf: z.string(),
  actions: z
    .array(z.object({ kind: z.string(), status: z.string(), at: z.string(), snoozedUntil: z.string().nullable() }))
    .describe('The latest action recorded on each opportunity kind of the term (its state: submitted, denied, snoozed until…).'),
  projectedEndDate: z.string().nullable(),
  opportunities: z.array(opportunitySummary),
  sanctionLimit: z
    .object({ violationNumber: z.number().int(), confinementAllowed: z.boolean(), maxConfinementDays: z.number().int().nullable() })
    .nullable()
    .describe('The limit on the next technical-violation sanction; null where the law sets none.'),
});
const personSummary = z.object({
  id: z.string(),
  agencyId: z.string(),
  name: z.object({ given: z.string().optional(), family: z.string().optional() }).nullable(),
  terms: z.array(termSummary),
});

const personIdParams = z.object({ id: z.string().min(1).max(200) });

/** The header that may carry why a record is read, decoded from UTF-8 before validation (utf8-header.ts). */
const ACCESS_REASON_HEADER = 'x-access-reason';

/** Why the record is read: `?reason=` or the `x-access-reason` header (some agencies require one). */
function accessReason(query: { reason?: string | undefined }, header: string | undefined): string | null {
  const reason = query.reason ?? header;
  return reason && reason.trim() ? reason.trim().slice(0, 500) : null;
}

export function peopleRoutes(app: FastifyInstance, deps: { store: Store; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cache = new CaseloadCache();

  r.get(
    '/api/people',
    {
      config: { permission: 'person.list' },
      // The response is built right here from stored, typed values, and usually served as the JSON text
      // cached for the caller's scope (caseload-cache.ts): the schema documents it (OpenAPI); plain
      // JSON.stringify writes the one object that is not already text.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        summary: 'People in your scope, with each term’s evaluation summary',
        tags: ['people'],
        querystring: pageQuerySchema,
        response: {
          200: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), people: z.array(personSummary) }),
        },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const filter = scopeFilter(user);
      const { limit, offset } = request.query;
      if (!filter) return { total: 0, limit, offset, people: [] };
      const key = JSON.stringify([filter, limit, offset]);
      const revision = await store.revision();
      let page = cache.get(key, revision);
      if (page === undefined) {
        const [people, total] = await Promise.all([store.people.summaries({ ...filter, limit, offset }), store.people.count(filter)]);
        page = { revision, ids: people.map((p) => p.id), body: Buffer.from(JSON.stringify({ total, limit, offset, people })) };
        cache.set(key, page);
      }
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.list',
        personId: null,
        reason: null,
        detail: { ids: page.ids },
        subjects: page.ids,
      });
      // Already JSON bytes: Fastify sends a Buffer as it is.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(page.body);
    },
  );

  r.get(
    '/api/people/:id',
    {
      config: { permission: 'person.read', personParam: 'id' },
      preValidation: decodeUtf8Header(ACCESS_REASON_HEADER),
      schema: {
        summary: 'One person: the record, stored evaluations (with full explanations) and recorded actions',
        description:
          'Answers 404 for a person outside your scope. Give a reason with `?reason=` or the `x-access-reason` header (read as UTF-8, else as Latin-1); it is audited.',
        tags: ['people'],
        params: personIdParams,
        querystring: z.object({ reason: z.string().max(500).optional() }),
        headers: z.looseObject({ [ACCESS_REASON_HEADER]: z.string().max(500).optional() }),
        response: {
          200: z.object({
            person: z.object({ id: z.string(), agencyId: z.string(), updatedAt: z.string(), record: z.looseObject({ id: z.string() }) }),
            evaluations: z.array(
              z.object({
                termId: z.string(),
                asOf: z.string(),
                lawVersion: z.string(),
                computedAt: z.string(),
                evaluation: z.looseObject({ termId: z.string() }).describe('TermEvaluation (spec/evaluation.schema.json)'),
              }),
            ),
            actions: z.array(opportunityActionSchema.omit({ personId: true }).extend({ actorName: z.string() })),
          }),
        },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const [evaluations, actions] = await Promise.all([store.evaluations.forPerson(person.id), store.actions.forPerson(person.id)]);
      const names = await displayNames(
        store,
        actions.map((a) => a.actorUserId),
      );
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.read',
        personId: person.id,
        reason: accessReason(request.query, request.headers[ACCESS_REASON_HEADER]),
        detail: {},
      });
      const body = {
        person: { id: person.id, agencyId: person.agencyId, updatedAt: person.updatedAt, record: person.record },
        evaluations: evaluations.map((e) => ({
          termId: e.termId,
          asOf: e.asOf,
          lawVersion: e.lawVersion,
          computedAt: e.computedAt,
          evaluation: e.evaluation as unknown as { termId: string },
        })),
        actions: actions.map(({ personId: _, ...a }) => ({ ...a, actorName: names.get(a.actorUserId)! })),
      };
      // Serialized here, not through the response schema: the schema's output is built key by key, which
      // drops a record's own "__proto__" field, and the spec keeps every field a record carries.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(JSON.stringify(body));
    },
  );

  r.post(
    '/api/people/:id/actions',
    {
      config: { permission: 'person.action', personParam: 'id' },
      schema: {
        summary: 'Record an action on an opportunity (submitted, granted, denied, snoozed)',
        description: `\`denied\` needs a \`reason\`; \`snoozed\` needs a \`snoozedUntil\` date in the future, at most ${MAX_SNOOZE_DAYS} days ahead. \`kind\` must be an opportunity of the term as the law engine evaluates it today (422 otherwise).`,
        tags: ['people'],
        params: personIdParams,
        body: z
          .object({
            termId: z.string().min(1).max(200),
            kind: z.enum(['earned_discharge', 'early_termination', 'review_conference', 'term_cap']),
            status: z.enum(['submitted', 'granted', 'denied', 'snoozed']),
            reason: z.string().min(1).max(MAX_REASON_LENGTH).optional(),
            snoozedUntil: z.iso.date().optional(),
          })
          .superRefine((body, ctx) => {
            if (body.status === 'denied' && !body.reason?.trim())
              ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required when denied' });
            if (body.status === 'snoozed' && !body.snoozedUntil)
              ctx.addIssue({ code: 'custom', path: ['snoozedUntil'], message: 'is required when snoozed' });
          }),
        response: {
          201: opportunityActionSchema,
        },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const body = request.body;
      const today = now().toISOString().slice(0, 10);
      if (body.status === 'snoozed' && body.snoozedUntil! <= today) {
        throw new HttpProblem(400, 'The request does not match the schema.', {
          errors: [{ path: 'body.snoozedUntil', message: `must be a date after today (${today})` }],
        });
      }
      const latestSnooze = formatIsoDate(addDays(parseIsoDate(today), MAX_SNOOZE_DAYS));
      if (body.status === 'snoozed' && body.snoozedUntil! > latestSnooze) {
        throw new HttpProblem(400, 'The request does not match the schema.', {
          errors: [
            {
              path: 'body.snoozedUntil',
              message: `must be at most ${MAX_SNOOZE_DAYS} days after today (${latestSnooze} at the latest); to set the opportunity aside for longer, deny it with the reason`,
            },
          ],
        });
      }
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      if (!person.record.terms.some((t) => t.id === body.termId)) {
        throw new HttpProblem(400, 'The request does not match the schema.', {
          errors: [{ path: 'body.termId', message: 'is not a term of this person' }],
        });
      }
      // An action answers an opportunity the law gives on this term today, never one it does not offer.
      const offered = evaluateTermAsOf(person.record, body.termId, today)!.opportunities.map((o) => o.kind);
      if (!offered.includes(body.kind)) {
        throw new HttpProblem(422, `This term has no ${body.kind.replace('_', ' ')} opportunity as of ${today}.`, {
          errors: [
            { path: 'body.kind', message: `is not an opportunity of this term (it has: ${[...new Set(offered)].join(', ') || 'none'})` },
          ],
        });
      }
      const action = await store.actions.add({
        personId: person.id,
        termId: body.termId,
        kind: body.kind,
        status: body.status,
        reason: body.reason ?? null,
        snoozedUntil: body.status === 'snoozed' ? body.snoozedUntil! : null,
        actorUserId: user.id,
      });
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.action',
        personId: person.id,
        reason: body.reason ?? null,
        detail: { actionId: action.id, termId: body.termId, kind: body.kind, status: body.status },
      });
      return reply.code(201).send(action);
    },
  );
}
