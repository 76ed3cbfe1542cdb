/**
 * Councils and their members, for campaign staff (`council.manage`): list and create councils, read a
 * council's members (names and emails: audited as `council.read`), add a member and change one (role,
 * dates; a member who leaves keeps their row with `leftOn`). Writes are audited with ids only.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { COUNCIL_ROLES, councils } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { underRules } from '../../voices/event-rules.ts';
import { councilSchema, memberSchema, toCouncil, toMember } from '../../voices/event-schemas.ts';
import type { VoicesRouteDeps } from './index.ts';

const councilParams = z.object({ councilId: z.string().min(1).max(100) });
const memberParams = councilParams.extend({ memberId: z.coerce.number().int().positive() });

const memberFields = {
  name: z.string().trim().min(1).max(200),
  email: z.email('must be an email address').max(254),
  role: z.enum(COUNCIL_ROLES).describe('chair, member, youth_member (a young person the council speaks for) or staff_liaison'),
  joinedOn: z.iso.date(),
  leftOn: z.iso.date().nullable().describe('The day they left; null while on the council'),
};

export function councilDeskRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => now().toISOString().slice(0, 10);

  r.get(
    '/api/voices/councils',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Councils, with how many members sit on each today',
        tags: ['councils and events'],
        response: { 200: z.object({ councils: z.array(councilSchema.extend({ activeMembers: z.number().int() })) }) },
      },
    },
    async () => ({
      councils: (await councils(store).councils.list(today())).map((c) => ({ ...toCouncil(c), activeMembers: c.activeMembers })),
    }),
  );

  r.post(
    '/api/voices/councils',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Create a council',
        description: 'Its id is made from the name. Audited as `council.create`.',
        tags: ['councils and events'],
        body: z.object({ name: z.string().trim().min(1).max(200), description: z.string().trim().max(4000).default('') }).strict(),
        response: { 201: councilSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const council = await underRules(() =>
        store.transaction(async (tx) => {
          const created = await councils(tx).councils.create({ ...request.body, createdBy: user.id }, now().toISOString());
          await tx.audit.append({
            actorUserId: user.id,
            action: 'council.create',
            personId: null,
            reason: null,
            detail: { councilId: created.id },
          });
          return created;
        }),
      );
      return reply.code(201).send(toCouncil(council));
    },
  );

  r.get(
    '/api/voices/councils/:councilId',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'A council and its members (current first, then those who left)',
        description: 'The members’ names and emails: audited as `council.read`.',
        tags: ['councils and events'],
        params: councilParams,
        response: { 200: z.object({ council: councilSchema, members: z.array(memberSchema) }) },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const c = councils(store);
      const council = await c.councils.get(request.params.councilId);
      if (!council) throw new HttpProblem(404, 'No such council.');
      const members = await c.members.forCouncil(council.id);
      await store.audit.append({
        actorUserId: user.id,
        action: 'council.read',
        personId: null,
        reason: null,
        detail: { councilId: council.id, members: members.length },
      });
      return { council: toCouncil(council), members: members.map(toMember) };
    },
  );

  r.post(
    '/api/voices/councils/:councilId/members',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Add a member to a council',
        description: 'One member per email on a council (409 for a second). Audited as `council.member_add` with the ids.',
        tags: ['councils and events'],
        params: councilParams,
        body: z.object({ ...memberFields, leftOn: memberFields.leftOn.default(null) }).strict(),
        response: { 201: memberSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const member = await underRules(() =>
        store.transaction(async (tx) => {
          const added = await councils(tx).members.add({ councilId: request.params.councilId, ...request.body }, now().toISOString());
          await tx.audit.append({
            actorUserId: user.id,
            action: 'council.member_add',
            personId: null,
            reason: null,
            detail: { councilId: added.councilId, memberId: added.id },
          });
          return added;
        }),
      );
      return reply.code(201).send(toMember(member));
    },
  );

  r.put(
    '/api/voices/councils/:councilId/members/:memberId',
    {
      config: { permission: 'council.manage' },
      schema: {
        summary: 'Change a council member (name, email, role, dates)',
        description: 'Send what changes. `leftOn` a date: they left; null: they are back. Audited as `council.member_update` with the ids.',
        tags: ['councils and events'],
        params: memberParams,
        body: z.object(memberFields).partial().strict(),
        response: { 200: memberSchema },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const { councilId, memberId } = request.params;
      const member = await underRules(() =>
        store.transaction(async (tx) => {
          const c = councils(tx);
          const before = await c.members.get(memberId);
          if (!before || before.councilId !== councilId) throw new HttpProblem(404, 'No such member of this council.');
          const changed = await c.members.update(memberId, request.body, now().toISOString());
          await tx.audit.append({
            actorUserId: user.id,
            action: 'council.member_update',
            personId: null,
            reason: null,
            detail: { councilId, memberId, fields: Object.keys(request.body) },
          });
          return changed;
        }),
      );
      return toMember(member);
    },
  );
}
