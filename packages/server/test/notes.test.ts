/**
 * Notes on a person's file, on both dialects: writing and reading them, the privilege rule (a defender's
 * notes never reach the agency, the agency's never reach the defender), scope and role refusals, the
 * text's limits, and audit entries that never carry the text. Fixture: officer-1 and defender-1 both have
 * P-000001; officer-2 (another unit) does not; person-2 is P-000002.
 */
import type { PathwaysStore } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authHeaders, dialects, makeWorld, signIn, USERS, type Client, type World } from './fixture.ts';

const OFFICER_NOTE = 'Met at the office; employment letter from Ridgeway Bakery promised for next week.';
const DEFENDER_NOTE = 'Client says the April test was a lab mix-up; ask for the chain-of-custody form.';

describe.each(dialects)('notes on %s', (dialect) => {
  let world: World;
  let officer: Client;
  let officer2: Client;
  let supervisor: Client;
  let admin: Client;
  let defender: Client;
  let person: Client;
  beforeAll(async () => {
    world = await makeWorld(dialect);
    officer = await signIn(world, 'officer');
    officer2 = await signIn(world, 'officer2');
    supervisor = await signIn(world, 'supervisor');
    admin = await signIn(world, 'admin');
    defender = await signIn(world, 'defender');
    person = await signIn(world, 'person');
  });
  afterAll(() => world.close());

  const post = (client: Client, personId: string, payload: unknown) =>
    world.app.inject({ method: 'POST', url: `/api/people/${personId}/notes`, headers: authHeaders(client), payload: payload as object });
  const read = (client: Client, personId: string) =>
    world.app.inject({ url: `/api/people/${personId}/notes`, headers: authHeaders(client) });
  const texts = async (client: Client, personId: string) => {
    const response = await read(client, personId);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().notes as { text: string }[]).map((n) => n.text);
  };
  const stored = (personId: string) => (world.store as PathwaysStore).notes.forPerson(personId);
  const audits = async (action: string, personId: string) =>
    (await world.store.audit.list({ personId, limit: 1000 })).filter((e) => e.action === action);

  test('case: an officer adds a note (trimmed) → 201 with author and time; the officer reads it back', async () => {
    const response = await post(officer, 'P-000001', { text: `  ${OFFICER_NOTE}\n` });
    expect(response.statusCode, response.body).toBe(201);
    const note = response.json();
    expect(note).toEqual({
      id: expect.any(Number),
      authorUserId: USERS.officer.id,
      authorName: 'The officer',
      authorRole: 'officer',
      text: OFFICER_NOTE,
      at: world.clock.now.toISOString(),
    });
    const listed = await read(officer, 'P-000001');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json()).toEqual({ notes: [note] });
  });

  test('case: a defender’s note is seen by defenders only, an agency note by agency staff only', async () => {
    const written = await post(defender, 'P-000001', { text: DEFENDER_NOTE });
    expect(written.statusCode, written.body).toBe(201);
    expect(written.json()).toMatchObject({ authorUserId: USERS.defender.id, authorRole: 'defender', text: DEFENDER_NOTE });
    const second = await post(supervisor, 'P-000001', { text: 'Reviewed with the officer.' });
    expect(second.statusCode, second.body).toBe(201);

    // Oldest first, the other side's note left out.
    expect(await texts(officer, 'P-000001')).toEqual([OFFICER_NOTE, 'Reviewed with the officer.']);
    expect(await texts(supervisor, 'P-000001')).toEqual([OFFICER_NOTE, 'Reviewed with the officer.']);
    expect(await texts(admin, 'P-000001')).toEqual([OFFICER_NOTE, 'Reviewed with the officer.']);
    expect(await texts(defender, 'P-000001')).toEqual([DEFENDER_NOTE]);
    expect((await read(officer, 'P-000001')).body).not.toContain('chain-of-custody');
    expect((await read(defender, 'P-000001')).body).not.toContain('Ridgeway');
    // All three are kept; only the reading is filtered.
    expect((await stored('P-000001')).map((n) => n.authorUserId)).toEqual([USERS.officer.id, USERS.defender.id, USERS.supervisor.id]);
  });

  test('case: the person role may neither read nor write notes → 403', async () => {
    expect((await read(person, 'P-000002')).statusCode).toBe(403);
    expect((await post(person, 'P-000002', { text: 'hello' })).statusCode).toBe(403);
    expect((await post(admin, 'P-000001', { text: 'admins read only' })).statusCode).toBe(403);
    expect(await stored('P-000002')).toEqual([]);
  });

  test('case: an officer of another unit → 404 for a person outside their scope, and nothing is written', async () => {
    const before = (await stored('P-000001')).length;
    const r = await read(officer2, 'P-000001');
    expect(r.statusCode).toBe(404);
    expect(r.json().detail).toBe('No such person.');
    expect((await post(officer2, 'P-000001', { text: 'not mine' })).statusCode).toBe(404);
    expect((await read(officer, 'P-000404')).statusCode).toBe(404);
    expect((await stored('P-000001')).length).toBe(before);
  });

  test.each([
    ['empty text', { text: '' }, 'must not be empty or only whitespace'],
    ['whitespace-only text', { text: ' \n\t  ' }, 'must not be empty or only whitespace'],
    ['text over 4000 characters', { text: 'x'.repeat(4001) }, 'must be at most 4000 characters'],
    ['no text', {}, undefined],
  ])('case: %s → 400 naming body.text; nothing written', async (_name, payload, message) => {
    const before = (await stored('P-000002')).length;
    const writes = (await audits('note.write', 'P-000002')).length;
    const response = await post(officer, 'P-000002', payload);
    expect(response.statusCode, response.body).toBe(400);
    const errors = response.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(['body.text']);
    if (message !== undefined) expect(errors[0]!.message).toBe(message);
    expect((await stored('P-000002')).length).toBe(before);
    expect((await audits('note.write', 'P-000002')).length).toBe(writes);
  });

  test('case: a NUL or half a surrogate pair → 400 naming body.text, nothing written; a whole emoji is text', async () => {
    const before = (await stored('P-000001')).length;
    for (const text of ['a\u0000b', '\ud800x', 'x\udc00']) {
      const response = await post(officer, 'P-000001', { text });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors).toEqual([{ path: 'body.text', message: expect.stringContaining('NUL') }]);
    }
    expect((await stored('P-000001')).length).toBe(before);
    expect((await post(officer, 'P-000001', { text: 'Good news \ud83d\ude00' })).statusCode).toBe(201);
  });

  test('case: 4000 characters once trimmed is accepted', async () => {
    const response = await post(officer, 'P-000002', { text: `   ${'y'.repeat(4000)}   ` });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().text).toHaveLength(4000);
  });

  test('case: writes are audited note.write with the note id, reads person.read (view notes); no entry holds note text', async () => {
    const notes = await stored('P-000001');
    const writes = await audits('note.write', 'P-000001');
    expect(writes.map((e) => [e.actorUserId, e.detail])).toEqual(notes.map((n) => [n.authorUserId, { noteId: n.id }]));
    const reads = (await audits('person.read', 'P-000001')).filter((e) => e.detail.view === 'notes');
    expect(reads.length).toBeGreaterThanOrEqual(6);
    expect(reads.find((e) => e.actorUserId === USERS.defender.id)!.detail).toEqual({ view: 'notes', shown: 1 });

    const everything = JSON.stringify(await world.store.audit.list({ limit: 10_000 }));
    for (const text of [OFFICER_NOTE, DEFENDER_NOTE, 'Reviewed with the officer.', 'y'.repeat(100), 'Ridgeway', 'chain-of-custody']) {
      expect(everything).not.toContain(text);
    }
  });
});
