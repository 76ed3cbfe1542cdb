/**
 * Supervisor review of a denial. The review is a new action row (status `upheld` or `reopened`, naming
 * the denial in `reviewedActionId`), never an edit: the actions stay a history whose latest row for a
 * term and opportunity kind is the opportunity's state, so a `reopened` row shows it open again in the
 * person's actions. Only the supervisor of the unit whose officer has the person on their caseload gets
 * here (the person scope answers 404 to anyone else); a denial is reviewed once.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isUniqueViolation, type Store } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { opportunityActionSchema } from '../http/schemas.ts';
import { MAX_REASON_LENGTH } from '../input-limits.ts';

export function actionReviewRoutes(app: FastifyInstance, deps: { store: Store }): void {
  const { store } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/people/:id/actions/:actionId/review',
    {
      config: { permission: 'action.review', personParam: 'id' },
      schema: {
        summary: 'Uphold or reopen a denial (supervisor of the unit)',
        description:
          'Adds an action with status `upheld` or `reopened` that names the denial (`reviewedActionId`); `reopened` makes the opportunity open again. 409 when the action is not a denial or was already reviewed. Audited `action.review`.',
        tags: ['people'],
        params: z.object({ id: z.string().min(1).max(200), actionId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
        body: z.object({ decision: z.enum(['upheld', 'reopened']), note: z.string().min(1).max(MAX_REASON_LENGTH).optional() }).strict(),
        response: {
          201: opportunityActionSchema.extend({ reviewedActionId: z.number() }),
        },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const { id: personId, actionId } = request.params;
      const { decision, note } = request.body;
      const review = await store
        .transaction(async (tx) => {
          const actions = await tx.actions.forPerson(personId);
          const denial = actions.find((a) => a.id === actionId);
          if (!denial) throw new HttpProblem(404, 'No such action.');
          if (denial.status !== 'denied') throw new HttpProblem(409, `Only a denial can be reviewed; this action is ${denial.status}.`);
          if (actions.some((a) => a.reviewedActionId === actionId)) throw new HttpProblem(409, 'This denial has already been reviewed.');
          const added = await tx.actions.add({
            personId,
            termId: denial.termId,
            kind: denial.kind,
            status: decision,
            reason: note ?? null,
            snoozedUntil: null,
            actorUserId: user.id,
            reviewedActionId: actionId,
          });
          await tx.audit.append({
            actorUserId: user.id,
            action: 'action.review',
            personId,
            reason: note ?? null,
            detail: {
              actionId: added.id,
              reviewedActionId: actionId,
              termId: denial.termId,
              kind: denial.kind,
              decision,
              deniedBy: denial.actorUserId,
            },
          });
          return added;
        })
        .catch((error: unknown) => {
          // Another review of the same denial committed first (the unique index of migration
          // 20261201000400_one_review): the same answer as when it is seen before writing.
          if (isUniqueViolation(error)) throw new HttpProblem(409, 'This denial has already been reviewed.');
          throw error;
        });
      return reply.code(201).send({ ...review, reviewedActionId: actionId });
    },
  );
}
