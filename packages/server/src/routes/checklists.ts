/**
 * The officer's checklist of criteria the data cannot show (checklist-catalogue.ts): read with each
 * item's label, statute and state, and set one item at a time. Verifying needs evidence; the store
 * keeps the current state, the audit log (`checklist.verify`) every change with its evidence.
 *
 * A term's checklists are those of the opportunities its stored evaluation lists, plus any kind that
 * already has items set (an opportunity the law no longer offers keeps what was verified for it).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ChecklistItem, Store } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { checklistItems, OPPORTUNITY_KINDS } from './checklist-catalogue.ts';
import { displayNames } from './display-names.ts';
import { MAX_EVIDENCE_LENGTH } from '../input-limits.ts';

const itemState = z.object({
  key: z.string(),
  label: z.string(),
  statute: z.string().nullable(),
  verified: z.boolean(),
  verifiedBy: z.string().nullable(),
  verifiedByName: z.string().nullable().describe('The display name of verifiedBy'),
  verifiedAt: z.string().nullable(),
  evidence: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedByName: z.string().nullable().describe('The display name of updatedBy'),
  updatedAt: z.string().nullable(),
});

const personIdParams = z.object({ id: z.string().min(1).max(200) });

export function checklistRoutes(app: FastifyInstance, deps: { store: Store; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people/:id/checklists',
    {
      config: { permission: 'person.read', personParam: 'id' },
      schema: {
        summary: 'Checklists of criteria the data cannot show, per term and opportunity, with each item’s state',
        description: 'Audited as `person.read`. `?termId=` selects one term.',
        tags: ['checklists'],
        params: personIdParams,
        querystring: z.object({ termId: z.string().min(1).max(200).optional() }),
        response: {
          200: z.object({
            checklists: z.array(
              z.object({ termId: z.string(), jurisdiction: z.string(), opportunityKind: z.string(), items: z.array(itemState) }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const { termId } = request.query;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const terms = person.record.terms.filter((t) => termId === undefined || t.id === termId);
      if (termId !== undefined && terms.length === 0) throw new HttpProblem(404, 'No such term.');
      const [evaluations, stored] = await Promise.all([
        store.evaluations.forPerson(person.id),
        store.checklists.forPerson(person.id, termId),
      ]);
      const names = await displayNames(
        store,
        stored.flatMap((s) => [s.verifiedBy, s.updatedBy]),
      );
      const checklists = terms.flatMap((term) => {
        const offered = new Set<string>(evaluations.find((e) => e.termId === term.id)?.evaluation.opportunities.map((o) => o.kind) ?? []);
        for (const s of stored) if (s.termId === term.id) offered.add(s.opportunityKind);
        return OPPORTUNITY_KINDS.filter((kind) => offered.has(kind)).map((kind) => ({
          termId: term.id,
          jurisdiction: term.jurisdiction,
          opportunityKind: kind,
          items: checklistItems(kind, term.jurisdiction).map((item) => {
            const state = stored.find((s) => s.termId === term.id && s.opportunityKind === kind && s.itemKey === item.key);
            return { key: item.key, label: item.label, statute: item.statute, ...stateOf(state, names) };
          }),
        }));
      });
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.read',
        personId: person.id,
        reason: null,
        detail: { view: 'checklists', ...(termId !== undefined ? { termId } : {}) },
      });
      return { checklists };
    },
  );

  r.put(
    '/api/people/:id/checklists/:termId/:kind/:item',
    {
      config: { permission: 'checklist.verify', personParam: 'id' },
      schema: {
        summary: 'Verify (or un-verify) one checklist item; verifying needs the evidence',
        description: 'Records who verified the item, when and on what evidence; audited `checklist.verify`.',
        tags: ['checklists'],
        params: personIdParams.extend({
          termId: z.string().min(1).max(200),
          kind: z.enum(OPPORTUNITY_KINDS as [string, ...string[]]),
          item: z.string().min(1).max(100),
        }),
        body: z
          .object({ verified: z.boolean(), evidence: z.string().max(MAX_EVIDENCE_LENGTH).optional() })
          .strict()
          .superRefine((body, ctx) => {
            if (body.verified && !body.evidence?.trim())
              ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'is required when verified' });
          }),
        response: {
          200: z.object({ termId: z.string(), opportunityKind: z.string(), item: itemState }),
        },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const { termId, kind, item: key } = request.params;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const term = person.record.terms.find((t) => t.id === termId);
      if (!term) throw new HttpProblem(404, 'No such term.');
      const definition = checklistItems(kind as (typeof OPPORTUNITY_KINDS)[number], term.jurisdiction).find((d) => d.key === key);
      if (!definition) {
        throw new HttpProblem(400, 'The request does not match the schema.', {
          errors: [{ path: 'params.item', message: `is not an item of the ${kind} checklist for ${term.jurisdiction}` }],
        });
      }
      const { verified } = request.body;
      const evidence = request.body.evidence?.trim() || null;
      const at = now().toISOString();
      const saved = await store.transaction(async (tx) => {
        const row = await tx.checklists.set({
          personId: person.id,
          termId,
          opportunityKind: kind,
          itemKey: key,
          verified,
          verifiedBy: verified ? user.id : null,
          verifiedAt: verified ? at : null,
          evidence,
          updatedBy: user.id,
          updatedAt: at,
        });
        // The row is replaced on the next change: the audit entry keeps this one, evidence included.
        await tx.audit.append({
          actorUserId: user.id,
          action: 'checklist.verify',
          personId: person.id,
          reason: null,
          detail: { termId, kind, item: key, verified, evidence },
        });
        return row;
      });
      const names = new Map([[user.id, user.displayName]]);
      return {
        termId,
        opportunityKind: kind,
        item: { key, label: definition.label, statute: definition.statute, ...stateOf(saved, names) },
      };
    },
  );
}

function stateOf(state: ChecklistItem | undefined, names: ReadonlyMap<string, string>) {
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : null);
  return {
    verified: state?.verified ?? false,
    verifiedBy: state?.verifiedBy ?? null,
    verifiedByName: name(state?.verifiedBy),
    verifiedAt: state?.verifiedAt ?? null,
    evidence: state?.evidence ?? null,
    updatedBy: state?.updatedBy ?? null,
    updatedByName: name(state?.updatedBy),
    updatedAt: state?.updatedAt ?? null,
  };
}
