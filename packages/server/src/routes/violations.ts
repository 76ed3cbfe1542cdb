/**
 * Violation responses held within the law. `GET …/sanction-limit` shows the limit on confinement for a
 * term's next technical violation; `POST …/violations` records a violation and refuses (422) a jail or
 * prison sanction above the statutory limit for this violation's number unless an override reason is
 * given, which is then kept on the event and audited (`violation.override`).
 *
 * The limit for THIS violation is computed on the record as it stands before it, as of its date, and
 * the engine decides whether the violation counts (violation-limits.ts). Recording appends the event,
 * recomputes the stored evaluations at once (so the answer and the next read show the next limit) and
 * audits, all in one transaction. The sanction-limit read uses `person.read`: the limit is part of the
 * evaluation any reader of the record already sees (the person and their defender included).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  EARLIEST_YEAR,
  inSupportedYears,
  LATEST_YEAR,
  MAX_SANCTION_DAYS,
  parseIsoDate,
  SANCTION_TYPES,
  VIOLATION_CATEGORIES,
  VIOLATION_KINDS,
  type PersonRecord,
  type ViolationEvent,
} from '@pathways/law';
import { recomputeEvaluations, type Store } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { evaluateTermAsOf, exceedsLimit, limitForViolation, recordErrors, withEvent } from './violation-limits.ts';
import { MAX_REASON_LENGTH } from '../input-limits.ts';

const sanctionLimitSchema = z
  .object({
    violationNumber: z.number().int(),
    confinementAllowed: z.boolean(),
    maxConfinementDays: z.number().nullable(),
    citations: z.array(z.string()),
    reasons: z.array(z.string()).optional(),
  })
  .describe('SanctionLimit (spec/evaluation.schema.json): the limit on confinement for a technical violation of this number');

const personIdParams = z.object({ id: z.string().min(1).max(200) });
const utcDay = (d: Date) => d.toISOString().slice(0, 10);
const badField = (path: string, message: string) =>
  new HttpProblem(400, 'The request does not match the schema.', { errors: [{ path, message }] });

const SUPPORTED_YEARS = `${EARLIEST_YEAR}–${LATEST_YEAR}`;

/**
 * A day the law engine may be asked about: in the years a record may carry (the law package's
 * `inSupportedYears`, which the CLI's --as-of holds to as well), so the law looked up is law the
 * rules know.
 */
const evaluableDate = z.iso
  // A malformed date is refused as such, without a second error about its year.
  .date({ abort: true })
  .refine((date) => inSupportedYears(parseIsoDate(date)), { message: `must be in the supported years ${SUPPORTED_YEARS}` });

const violationBody = z
  .object({
    termId: z.string().min(1).max(200),
    date: z.iso.date(),
    category: z.enum(VIOLATION_CATEGORIES),
    kinds: z.array(z.enum(VIOLATION_KINDS)).max(VIOLATION_KINDS.length).optional(),
    status: z.enum(['sustained', 'reported']),
    episodeId: z.string().min(1).max(200).optional(),
    // Days measure a confinement (and may measure "other"); a warning has none. Jail and prison must give
    // them, or a sanction could pass the limit check by leaving its length out.
    sanction: z
      .object({
        type: z.enum(SANCTION_TYPES),
        days: z.number().int().min(0).max(MAX_SANCTION_DAYS).optional(),
      })
      .refine((s) => (s.type !== 'jail' && s.type !== 'prison') || s.days !== undefined, {
        message: 'a jail or prison sanction needs its days',
        path: ['days'],
      })
      .optional(),
    overrideReason: z.string().max(MAX_REASON_LENGTH).optional(),
  })
  .strict();

export function violationRoutes(app: FastifyInstance, deps: { store: Store; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people/:id/terms/:termId/sanction-limit',
    {
      config: { permission: 'person.read', personParam: 'id' },
      schema: {
        summary: 'The statutory limit on confinement for the next violation on a term, as of a date',
        description:
          `Evaluates the stored record as of \`date\` (default today), which must be in the years ${SUPPORTED_YEARS} (400). ` +
          '`applies` says whether the law engine counts a violation of `category` (default technical) toward the limit. Audited as `person.read`.',
        tags: ['violations'],
        params: personIdParams.extend({ termId: z.string().min(1).max(200) }),
        querystring: z.object({ date: evaluableDate.optional(), category: z.enum(VIOLATION_CATEGORIES).default('technical') }),
        response: {
          200: z.object({
            termId: z.string(),
            date: z.string(),
            category: z.string(),
            sanctionLimit: sanctionLimitSchema.nullable(),
            applies: z.boolean(),
            note: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const { termId } = request.params;
      const date = request.query.date ?? utcDay(now());
      const category = request.query.category;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const evaluation = evaluateTermAsOf(person.record, termId, date);
      if (!evaluation) throw new HttpProblem(404, 'No such term.');
      const check = limitForViolation(person.record, { type: 'violation', termId, date, category, status: 'sustained' });
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.read',
        personId: person.id,
        reason: null,
        detail: { view: 'sanction-limit', termId, date, category },
      });
      return {
        termId,
        date,
        category,
        sanctionLimit: evaluation.sanctionLimit,
        applies: check.check === 'applied',
        note: check.note,
      };
    },
  );

  r.post(
    '/api/people/:id/violations',
    {
      config: { permission: 'violation.record', personParam: 'id' },
      schema: {
        summary: 'Record a violation; a sanction above the statutory limit needs an override reason',
        description:
          'The limit for this violation is computed on the record before it, as of its date. A jail or prison sanction above it answers 422 naming the limit, its citations and the requested days, unless `overrideReason` is given (audited `violation.override`). New-offense and other violations the law engine does not count as technical are recorded without the check (`check: "not_technical"`). The date may not be in the future or before the term started.',
        tags: ['violations'],
        params: personIdParams,
        body: violationBody,
        response: {
          201: z.object({
            event: z.looseObject({ type: z.literal('violation'), termId: z.string(), date: z.string() }).describe('The stored event'),
            check: z.enum(['applied', 'no_limit', 'not_technical']),
            note: z.string(),
            limitApplied: sanctionLimitSchema.nullable(),
            overLimit: z.boolean(),
            nextSanctionLimit: sanctionLimitSchema.nullable(),
          }),
        },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const body = request.body;
      const today = utcDay(now());
      if (body.date > today) throw badField('body.date', `must not be after today (${today})`);
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const term = person.record.terms.find((t) => t.id === body.termId);
      if (!term) throw badField('body.termId', 'is not a term of this person');
      if (body.date < term.startDate) throw badField('body.date', `must not be before the term started (${term.startDate})`);

      const { overrideReason: givenReason, ...fields } = body;
      const violation = { type: 'violation', ...fields } as ViolationEvent & { termId: string };
      const check = limitForViolation(person.record, violation);
      const confinedBefore = check.check === 'applied' ? (check.confinedBefore ?? 0) : 0;
      const overLimit = check.limit !== null && exceedsLimit(check.limit, body.sanction, confinedBefore);
      const overrideReason = givenReason?.trim() || undefined;
      if (overLimit && overrideReason === undefined) {
        const limit = check.limit!;
        const before = confinedBefore > 0 ? `, with the ${confinedBefore} days already imposed for the same episode,` : '';
        throw new HttpProblem(
          422,
          `A ${body.sanction!.type} sanction of ${body.sanction!.days} days${before} is above the limit for technical violation number ${limit.violationNumber} on this term (${limit.confinementAllowed ? `at most ${limit.maxConfinementDays} days` : 'no confinement'}; ${limit.citations.join(', ')}). Give an overrideReason to record it anyway.`,
          { limit, citations: limit.citations, requestedDays: body.sanction!.days, confinedBefore },
        );
      }
      // An override is kept on the event too, so whoever reads the record sees that the limit was passed and why.
      const event: ViolationEvent =
        overLimit && overrideReason !== undefined
          ? {
              ...violation,
              sanctionOverride: {
                reason: overrideReason,
                maxConfinementDays: check.limit!.maxConfinementDays,
                citations: check.limit!.citations,
              },
            }
          : violation;
      const record: PersonRecord = withEvent(person.record, event);
      const errors = recordErrors(record);
      if (errors) {
        throw new HttpProblem(422, 'The record with this violation would not match the supervision-record contract.', {
          errors: errors.map((e) => ({ path: `record.${e.path}`, message: e.message })),
        });
      }

      const at = now().toISOString();
      const nextSanctionLimit = await store.transaction(async (tx) => {
        await tx.people.upsert({ id: person.id, agencyId: person.agencyId, record, updatedAt: at });
        await recomputeEvaluations(tx, [person.id], today, at);
        const detail = {
          termId: body.termId,
          date: body.date,
          category: body.category,
          status: body.status,
          sanction: body.sanction ?? null,
          check: check.check,
          violationNumber: check.limit?.violationNumber ?? null,
          overLimit,
        };
        await tx.audit.append({ actorUserId: user.id, action: 'violation.record', personId: person.id, reason: null, detail });
        if (overLimit) {
          await tx.audit.append({
            actorUserId: user.id,
            action: 'violation.override',
            personId: person.id,
            reason: overrideReason!,
            detail: { termId: body.termId, date: body.date, limit: check.limit, requestedDays: body.sanction!.days },
          });
        }
        const stored = (await tx.evaluations.forPerson(person.id)).find((e) => e.termId === body.termId);
        return stored?.evaluation.sanctionLimit ?? null;
      });
      return reply.code(201).send({
        event: event as ViolationEvent & { type: 'violation'; termId: string },
        check: check.check,
        note: check.note,
        limitApplied: check.limit,
        overLimit,
        nextSanctionLimit,
      });
    },
  );
}
