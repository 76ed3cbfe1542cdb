/**
 * Petitions, notices, reports and proposed orders for one person, as PDF drafts filled from the record and
 * the stored evaluation of a term (@pathways/documents). Listing which documents apply is a read of the
 * record and is audited as one (`person.read`, detail `{ view: 'documents' }`); generating one is audited
 * as `document.generate` with the term and kind (never the PDF, which holds personal data).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DOCUMENT_KINDS, documentsFor, generateDocument, prepareDocument } from '@pathways/documents';
import { parseIsoDate } from '@pathways/law';
import type { Store } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';

const personIdParams = z.object({ id: z.string().min(1).max(200) });

/** A file name a browser keeps as it is: the id's unusual characters become "_". */
const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');

export function documentRoutes(app: FastifyInstance, deps: { store: Store; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people/:id/documents',
    {
      config: { permission: 'document.generate', personParam: 'id' },
      schema: {
        summary: 'The documents that apply to each of a person’s terms, from the stored evaluations',
        description: 'Answers 404 for a person outside your scope. Audited as a read of the record.',
        tags: ['documents'],
        params: personIdParams,
        response: {
          200: z.object({
            terms: z.array(
              z.object({
                termId: z.string(),
                asOf: z.string(),
                documents: z.array(
                  z.object({
                    kind: z.enum(DOCUMENT_KINDS),
                    label: z.string(),
                    opportunity: z.object({ kind: z.string(), status: z.string(), date: z.string().nullable() }),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const evaluations = await store.evaluations.forPerson(person.id);
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.read',
        personId: person.id,
        reason: null,
        detail: { view: 'documents' },
      });
      return {
        terms: evaluations.map((e) => ({
          termId: e.termId,
          asOf: e.asOf,
          documents: documentsFor(e.evaluation, person.record).map(({ kind, label, opportunity }) => ({ kind, label, opportunity })),
        })),
      };
    },
  );

  r.post(
    '/api/people/:id/documents',
    {
      config: { permission: 'document.generate', personParam: 'id' },
      schema: {
        summary: 'Generate a document for a term as a PDF draft (petition, notice, status report or proposed order)',
        description:
          'Answers `application/pdf` as an attachment. 404 for a person outside your scope; 422 (problem+json, with the reason) when the document does not apply to the term’s stored evaluation.',
        tags: ['documents'],
        params: personIdParams,
        body: z.object({ termId: z.string().min(1).max(200), kind: z.enum(DOCUMENT_KINDS) }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const { termId, kind } = request.body;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      if (!person.record.terms.some((t) => t.id === termId)) {
        throw new HttpProblem(400, 'The request does not match the schema.', {
          errors: [{ path: 'body.termId', message: 'is not a term of this person' }],
        });
      }
      const stored = (await store.evaluations.forPerson(person.id)).find((e) => e.termId === termId);
      if (!stored) throw new HttpProblem(422, `Term ${termId} has no stored evaluation yet, so no document can be filled from it.`);
      const today = now().toISOString().slice(0, 10);
      const agency = user.agencyId ? await store.agencies.get(user.agencyId) : undefined;
      const prepared = prepareDocument(
        kind,
        person.record,
        stored.evaluation,
        { name: user.displayName, agency: agency?.name ?? null },
        parseIsoDate(today),
      );
      if ('reason' in prepared) throw new HttpProblem(422, prepared.reason);
      const pdf = await generateDocument(kind, prepared.facts, parseIsoDate(today));
      await store.audit.append({
        actorUserId: user.id,
        action: 'document.generate',
        personId: person.id,
        reason: null,
        detail: { termId, kind, asOf: stored.asOf, lawVersion: stored.lawVersion },
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileSafe(`${kind}-${person.id}-${today}`)}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );
}
