/**
 * Notes on a person's file, written by staff and read back oldest first. The store keeps every note
 * (`store.notes`, not part of the Store contract: the PathwaysStore that `openStore()` hands out has it);
 * this route decides who sees which.
 *
 * Privilege: a note is shown only to callers on the same side as its author. A public defender's notes
 * are the client's lawyer's work product, privileged: the probation agency must never see them. Agency
 * notes (officer, supervisor, admin) are the agency's internal case file and are not shown to defenders
 * either. So defenders see notes written by defenders, and officers, supervisors and admins see notes
 * written by agency staff. The author's side comes from the author's role in the users table at the time
 * of reading; a note whose author can no longer be found is shown to no one (failing closed: its side
 * cannot be told).
 *
 * The person themselves does not see staff notes (`note.read` does not name the person role); writing to
 * the person is the portal's messages. Reading is audited as `person.read` (view `notes`); writing as
 * `note.write` with the note's id only: the text may hold personal data, and the audit log is exported.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Note, PathwaysStore, Role, User } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';

/** The longest note, in characters after trimming. */
export const MAX_NOTE_LENGTH = 4000;

type Side = 'defense' | 'agency';

/** Which side of the case a role writes for; undefined for roles that write no notes. */
function sideOf(role: Role): Side | undefined {
  switch (role) {
    case 'defender':
      return 'defense';
    case 'officer':
    case 'supervisor':
    case 'admin':
      return 'agency';
    default:
      return undefined;
  }
}

const noteSchema = z.object({
  id: z.number().int(),
  authorUserId: z.string(),
  authorName: z.string(),
  authorRole: z.string(),
  text: z.string(),
  at: z.string(),
});

const personIdParams = z.object({ id: z.string().min(1).max(200) });

const noteBody = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'must not be empty or only whitespace')
      .max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`),
  })
  .strict();

const shown = (note: Note, author: User) => ({
  id: note.id,
  authorUserId: note.authorUserId,
  authorName: author.displayName,
  authorRole: author.role,
  text: note.text,
  at: note.at,
});

export function noteRoutes(app: FastifyInstance, deps: { store: PathwaysStore; now: () => Date }): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people/:id/notes',
    {
      config: { permission: 'note.read', personParam: 'id' },
      schema: {
        summary: 'Notes on a person’s file written by the caller’s side, oldest first',
        description:
          'Defenders see notes written by defenders; officers, supervisors and admins see notes written by agency staff. A defender’s notes are privileged and never shown to the agency. Audited as `person.read` (view `notes`).',
        tags: ['notes'],
        params: personIdParams,
        response: { 200: z.object({ notes: z.array(noteSchema) }) },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const side = sideOf(user.role);
      const all = await store.notes.forPerson(person.id);
      // One lookup per author, not per note.
      const authors = new Map<string, User | undefined>();
      for (const id of new Set(all.map((n) => n.authorUserId))) authors.set(id, await store.users.byId(id));
      const visible = all.flatMap((note) => {
        const author = authors.get(note.authorUserId);
        return side !== undefined && author !== undefined && sideOf(author.role) === side ? [shown(note, author)] : [];
      });
      await store.audit.append({
        actorUserId: user.id,
        action: 'person.read',
        personId: person.id,
        reason: null,
        detail: { view: 'notes', shown: visible.length },
      });
      return { notes: visible };
    },
  );

  r.post(
    '/api/people/:id/notes',
    {
      config: { permission: 'note.write', personParam: 'id' },
      schema: {
        summary: 'Add a note to a person’s file',
        description: `The text is trimmed and must hold 1 to ${MAX_NOTE_LENGTH} characters. Only the writer’s side sees the note (see the read). Audited as \`note.write\` with the note’s id, never its text.`,
        tags: ['notes'],
        params: personIdParams,
        body: noteBody,
        response: { 201: noteSchema },
      },
    },
    async (request, reply) => {
      const user = request.auth!.user;
      const person = await store.people.get(request.params.id);
      if (!person) throw new HttpProblem(404, 'No such person.');
      const note = await store.transaction(async (tx) => {
        const added = await tx.notes.add({
          personId: person.id,
          authorUserId: user.id,
          text: request.body.text,
          at: now().toISOString(),
        });
        await tx.audit.append({
          actorUserId: user.id,
          action: 'note.write',
          personId: person.id,
          reason: null,
          detail: { noteId: added.id },
        });
        return added;
      });
      return reply.code(201).send(shown(note, user));
    },
  );
}
