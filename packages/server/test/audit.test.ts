import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authHeaders, dialects, makeWorld, signIn, type Client, type World } from './fixture.ts';

describe.each(dialects)('audit on %s', (dialect) => {
  let world: World;
  let officer: Client;
  let admin: Client;
  beforeAll(async () => {
    world = await makeWorld(dialect);
    officer = await signIn(world, 'officer');
    admin = await signIn(world, 'admin');
  });
  afterAll(() => world.close());

  const entries = async (action: string) => (await world.store.audit.list({ limit: 1000 })).filter((e) => e.action === action);

  test('listing people writes person.list with the ids returned', async () => {
    const response = await world.app.inject({ url: '/api/people?limit=1', headers: authHeaders(officer) });
    expect(response.json()).toMatchObject({ total: 2, limit: 1, people: [{ id: 'P-000001' }] });
    const rows = await entries('person.list');
    expect(rows.at(-1) ?? rows[0]).toBeDefined();
    expect(rows.some((e) => e.actorUserId === 'U-officer-1' && JSON.stringify(e.detail) === JSON.stringify({ ids: ['P-000001'] }))).toBe(
      true,
    );
  });

  test("a list is found under each person it returned: in the log filtered by person, and in that person's own views", async () => {
    await world.app.inject({ url: '/api/people?limit=1', headers: authHeaders(officer) });
    const listed = (personId: string) =>
      world.store.audit.list({ personId, limit: 1000 }).then((r) => r.filter((e) => e.action === 'person.list'));
    expect((await listed('P-000001')).length).toBeGreaterThan(0);
    // P-000002 was not on that page: none of the lists so far name it.
    expect(await listed('P-000002')).toEqual([]);
    const byAdmin = await world.app.inject({ url: '/api/audit?personId=P-000001', headers: authHeaders(admin) });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect(JSON.stringify(byAdmin.json())).toContain('person.list');
    // A page with both on it: the person (P-000002) sees the officer's list among who looked at the record.
    await world.app.inject({ url: '/api/people?limit=2', headers: authHeaders(officer) });
    expect((await listed('P-000002')).length).toBe(1);
    const person = await signIn(world, 'person');
    const views = (await world.app.inject({ url: '/api/portal/views', headers: authHeaders(person) })).json().views as { action: string }[];
    expect(views.map((v) => v.action)).toContain('person.list');
  });

  test('reading a person writes person.read with the reason from the query or the header', async () => {
    await world.app.inject({ url: '/api/people/P-000001?reason=hearing%20prep', headers: authHeaders(officer) });
    await world.app.inject({ url: '/api/people/P-000002', headers: { ...authHeaders(officer), 'x-access-reason': 'monthly review' } });
    await world.app.inject({ url: '/api/people/P-000002', headers: authHeaders(officer) });
    const rows = (await entries('person.read')).filter((e) => e.actorUserId === 'U-officer-1');
    expect(
      rows
        .map((e) => JSON.stringify([e.personId, e.reason]))
        .sort()
        .map((j) => JSON.parse(j)),
    ).toEqual([
      ['P-000001', 'hearing prep'],
      ['P-000002', 'monthly review'],
      ['P-000002', null],
    ]);
  });

  test('a reason in the x-access-reason header is stored as the UTF-8 text sent (Latin-1 where its bytes are not UTF-8); a NUL answers 400 as the query form does', async () => {
    // Node hands a header over as latin1, one character per byte: what a client's UTF-8 bytes look like here.
    const onTheWire = (bytes: Buffer) => bytes.toString('latin1');
    const read = (reason: Buffer) =>
      world.app.inject({ url: '/api/people/P-000002', headers: { ...authHeaders(officer), 'x-access-reason': onTheWire(reason) } });
    const reasons = async () => (await entries('person.read')).filter((e) => e.actorUserId === 'U-officer-1').map((e) => e.reason);

    expect((await read(Buffer.from('café — revisión mensual'))).statusCode).toBe(200);
    expect((await reasons()).at(-1)).toBe('café — revisión mensual');
    // 500 characters is the limit in characters, as for ?reason=, not in bytes (here 1000).
    expect((await read(Buffer.from('é'.repeat(500)))).statusCode).toBe(200);
    expect((await reasons()).at(-1)).toBe('é'.repeat(500));

    // Bytes that are not UTF-8 were sent as Latin-1 (Node's fetch, Python's requests): read so, not refused.
    expect((await read(Buffer.from('révision du dossier', 'latin1'))).statusCode).toBe(200);
    expect((await reasons()).at(-1)).toBe('révision du dossier');

    const before = (await reasons()).length;
    const nul = await read(Buffer.from('bad\0reason'));
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors).toEqual([expect.objectContaining({ path: 'headers.x-access-reason' })]);
    const query = await world.app.inject({ url: '/api/people/P-000002?reason=bad%00reason', headers: authHeaders(officer) });
    expect(query.statusCode).toBe(400);
    expect((await read(Buffer.from('é'.repeat(501)))).statusCode).toBe(400);
    // Nothing refused was read, so nothing of it is in the log.
    expect((await reasons()).length).toBe(before);
  });

  test('a refused read (out of scope) writes no person.read row, answers 404 like a missing id, and is audited as denied', async () => {
    const before = (await entries('person.read')).length;
    const other = await world.app.inject({ url: '/api/people/P-000003', headers: authHeaders(officer) });
    const missing = await world.app.inject({ url: '/api/people/P-999999', headers: authHeaders(officer) });
    expect(other.statusCode).toBe(404);
    expect(other.body).toBe(missing.body);
    expect((await entries('person.read')).length).toBe(before);
    const denied = (await entries('person.access.denied')).filter((e) => e.actorUserId === 'U-officer-1');
    expect(denied.map((e) => e.personId)).toEqual(expect.arrayContaining(['P-000003', 'P-999999']));
    expect(denied[0]!.detail).toEqual({ method: 'GET', route: '/api/people/:id' });
  });

  test('the person read returns the record, the stored evaluations with explanations, and actions', async () => {
    const response = await world.app.inject({ url: '/api/people/P-000001', headers: authHeaders(officer) });
    const body = response.json();
    expect(body.person).toMatchObject({ id: 'P-000001', agencyId: 'A-1', record: { id: 'P-000001', terms: [{ id: 'T-1' }] } });
    expect(body.evaluations).toHaveLength(1);
    expect(body.evaluations[0].evaluation.explanation.length).toBeGreaterThan(0);
    expect(body.evaluations[0].evaluation.projectedEndDate).toBe('2026-03-15');
  });

  test('actions: recorded, audited, and validated (denied needs a reason, snoozed a future date, the term must exist)', async () => {
    const post = (payload: object) =>
      world.app.inject({ method: 'POST', url: '/api/people/P-000002/actions', headers: authHeaders(officer), payload });
    const denied = await post({ termId: 'T-1', kind: 'term_cap', status: 'denied' });
    expect(denied.statusCode).toBe(400);
    expect(denied.json().errors).toEqual([{ path: 'body.reason', message: 'is required when denied' }]);
    expect((await post({ termId: 'T-1', kind: 'term_cap', status: 'snoozed', snoozedUntil: '2026-06-01' })).json().errors[0].path).toBe(
      'body.snoozedUntil',
    );
    // At most 365 days ahead: from 2026-06-01 (the fixture's clock), 2027-06-01 is the latest (no February 29 between).
    expect((await post({ termId: 'T-1', kind: 'term_cap', status: 'snoozed', snoozedUntil: '2027-06-02' })).json().errors).toEqual([
      {
        path: 'body.snoozedUntil',
        message:
          'must be at most 365 days after today (2027-06-01 at the latest); to set the opportunity aside for longer, deny it with the reason',
      },
    ]);
    expect((await post({ termId: 'T-1', kind: 'term_cap', status: 'snoozed', snoozedUntil: '9999-12-31' })).statusCode).toBe(400);
    expect((await post({ termId: 'T-9', kind: 'term_cap', status: 'submitted' })).json().errors[0]).toEqual({
      path: 'body.termId',
      message: 'is not a term of this person',
    });
    // A California term has no earned discharge (Missouri's), and this one, ended by its cap on 2026-03-15, no
    // early termination either: an action on either answers nothing the law gives.
    for (const kind of ['earned_discharge', 'early_termination']) {
      const none = await post({ termId: 'T-1', kind, status: 'granted' });
      expect(none.statusCode, none.body).toBe(422);
      expect(none.json().errors).toEqual([{ path: 'body.kind', message: 'is not an opportunity of this term (it has: term_cap)' }]);
    }
    const ok = await post({
      termId: 'T-1',
      kind: 'term_cap',
      status: 'snoozed',
      snoozedUntil: '2026-07-01',
      reason: 'awaiting court date',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ personId: 'P-000002', status: 'snoozed', snoozedUntil: '2026-07-01', actorUserId: 'U-officer-1' });
    const audit = (await entries('person.action')).find((e) => e.personId === 'P-000002');
    expect(audit).toMatchObject({
      actorUserId: 'U-officer-1',
      reason: 'awaiting court date',
      detail: { status: 'snoozed', kind: 'term_cap' },
    });
    expect((await world.store.actions.forPerson('P-000002')).length).toBe(1);
  });

  test('GET /api/audit filters, pages, and is itself audited', async () => {
    const response = await world.app.inject({ url: '/api/audit?personId=P-000001&limit=50', headers: authHeaders(admin) });
    expect(response.statusCode).toBe(200);
    const got = response.json().entries as { personId: string; action: string }[];
    expect(got.length).toBeGreaterThan(0);
    // Its own entries, and the lists that returned it (which name it in their detail).
    expect(got.every((e) => e.personId === 'P-000001' || (e.action === 'person.list' && JSON.stringify(e).includes('"P-000001"')))).toBe(
      true,
    );
    expect((await entries('audit.read')).some((e) => e.actorUserId === 'U-admin-1')).toBe(true);
  });

  test('GET /api/audit answers newest first, and its pages follow on', async () => {
    await world.app.inject({ url: '/api/people/P-000001?reason=newest%20first', headers: authHeaders(officer) });
    const page = async (query: string) => {
      const response = await world.app.inject({ url: `/api/audit?${query}`, headers: authHeaders(admin) });
      expect(response.statusCode).toBe(200);
      return response.json().entries as { id: number; at: string; action: string; reason: string | null }[];
    };
    const first = await page('personId=P-000001&limit=3');
    expect(first).toHaveLength(3);
    expect(first[0]).toMatchObject({ action: 'person.read', reason: 'newest first' });
    expect(first.map((e) => e.id)).toEqual([...first.map((e) => e.id)].sort((a, b) => b - a));
    expect(first[0]!.at >= first[2]!.at).toBe(true);
    // The next page starts where the first left off.
    const next = await page('personId=P-000001&limit=2&offset=1');
    expect(next.map((e) => e.id)).toEqual([first[1]!.id, first[2]!.id]);
    // `before` pages from an entry back, whatever was appended since.
    await world.app.inject({ url: '/api/people/P-000001?reason=after%20the%20first%20page', headers: authHeaders(officer) });
    const after = await page(`personId=P-000001&limit=2&before=${first[0]!.id}`);
    expect(after.map((e) => e.id)).toEqual([first[1]!.id, first[2]!.id]);
    // Unfiltered, the newest entry is the previous read of the log itself.
    const all = await page('limit=1');
    expect(all[0]).toMatchObject({ action: 'audit.read' });
  });

  test('entries name their actor; `actor` filters by username (or by user id), `actorUserId` still by id', async () => {
    await world.app.inject({ url: '/api/people/P-000001?reason=named%20actor', headers: authHeaders(officer) });
    const page = async (query: string) =>
      (await world.app.inject({ url: `/api/audit?${query}`, headers: authHeaders(admin) })).json().entries as {
        actorUserId: string | null;
        actorName: string | null;
        reason: string | null;
      }[];
    const byName = await page('actor=officer&limit=50');
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((e) => e.actorUserId === 'U-officer-1' && e.actorName === 'The officer')).toBe(true);
    expect(byName.some((e) => e.reason === 'named actor')).toBe(true);
    expect((await page('actor=U-officer-1&limit=50')).map((e) => e.actorUserId)).toEqual(byName.map((e) => e.actorUserId));
    expect(await page('actor=nobody-by-that-name')).toEqual([]);
  });

  test('GET /api/audit.csv exports the log as CSV and records audit.export', async () => {
    const response = await world.app.inject({ url: '/api/audit.csv', headers: authHeaders(admin) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('audit.csv');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actorUserId,actorName,action,personId,reason,detail');
    expect(lines.some((l) => l.includes(',person.read,P-000001,hearing prep,'))).toBe(true);
    expect(lines.some((l) => l.includes('"{""ids"":[""P-000001""]}"'))).toBe(true);
    expect((await entries('audit.export')).length).toBe(1);
  });
});
