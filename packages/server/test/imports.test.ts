import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { authHeaders, dialects, makeWorld, record, signIn, type World } from './fixture.ts';

describe.each(dialects)('imports on %s', (dialect) => {
  let world: World | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  const upload = async (w: World, query: string, payload: string, who: 'admin' | 'supervisor' = 'admin') => {
    const client = await signIn(w, who);
    return w.app.inject({
      method: 'POST',
      url: `/api/imports?${query}`,
      headers: { ...authHeaders(client), 'content-type': 'application/x-ndjson' },
      payload,
    });
  };

  test('a JSON Lines import writes the people with evaluations and an import.create audit row', async () => {
    world = await makeWorld(dialect);
    const lines = [record('P-000010', 'Ten'), record('P-000011', 'Eleven')].map((r) => JSON.stringify(r)).join('\n');
    const response = await upload(world, 'agencyId=A-1&format=jsonl', lines, 'supervisor');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ read: 2, written: 2, committed: true, rejected: [] });
    expect((await world.store.people.get('P-000011'))?.agencyId).toBe('A-1');
    expect((await world.store.evaluations.forPerson('P-000010'))[0]?.asOf).toBe('2026-06-01');
    const audit = (await world.store.audit.list({ limit: 100 })).find((e) => e.action === 'import.create');
    expect(audit).toMatchObject({ actorUserId: 'U-supervisor-1', detail: { agencyId: 'A-1', read: 2, written: 2, committed: true } });
  });

  test('a person imported with a 200-character id can be opened by it', async () => {
    world = await makeWorld(dialect);
    const id = `P-${'x'.repeat(198)}`;
    expect((await upload(world, 'agencyId=A-1', JSON.stringify([record(id, 'Long')]))).statusCode).toBe(200);
    const client = await signIn(world, 'admin');
    const read = await world.app.inject({ method: 'GET', url: `/api/people/${encodeURIComponent(id)}`, headers: authHeaders(client) });
    expect(read.statusCode, read.body.slice(0, 300)).toBe(200);
  });

  test('a record read back keeps every field it was imported with, "__proto__" included (spec: never silently dropped)', async () => {
    world = await makeWorld(dialect);
    // Written as JSON text: an own "__proto__" key, as JSON.parse makes one, and an unknown field beside it.
    const text = JSON.stringify([record('P-000020', 'Twenty')]).replace(
      '{"id":"P-000020"',
      '{"id":"P-000020","__proto__":{"x":1},"foo":{"bar":2}',
    );
    expect((await upload(world, 'agencyId=A-1', text)).statusCode).toBe(200);
    const client = await signIn(world, 'admin');
    const read = await world.app.inject({ method: 'GET', url: '/api/people/P-000020', headers: authHeaders(client) });
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    const stored = (JSON.parse(read.body) as { person: { record: Record<string, unknown> } }).person.record;
    expect(Object.prototype.hasOwnProperty.call(stored, '__proto__')).toBe(true);
    expect(stored['foo']).toEqual({ bar: 2 });
  });

  test('one bad record refuses the file unless skipInvalid=true', async () => {
    world = await makeWorld(dialect);
    const bad = { id: 'P-000013', terms: [{ ...record('P-000013', 'X').terms[0]!, startDate: '2024-02-30' }] };
    const body = JSON.stringify([record('P-000012', 'Twelve'), bad]);
    const refused = await upload(world, 'agencyId=A-1', body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toBe('Nothing was written: 1 problem found in the 2 records read.');
    expect(refused.json().errors).toEqual([
      { path: expect.stringMatching(/record P-000013, terms\[0\]\.startDate$/), message: expect.stringContaining('2024-02-30') },
    ]);
    expect(await world.store.people.get('P-000012')).toBeUndefined();

    const partial = await upload(world, 'agencyId=A-1&skipInvalid=true', body);
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ read: 2, written: 1, committed: true, rejected: [{ record: 'P-000013' }] });
    expect(await world.store.people.get('P-000012')).toBeDefined();
  });

  test('imports go into the caller’s own agency only', async () => {
    world = await makeWorld(dialect);
    const response = await upload(world, 'agencyId=A-2', JSON.stringify([record('P-000014', 'Fourteen')]));
    expect(response.statusCode).toBe(403);
    expect(await world.store.people.get('P-000014')).toBeUndefined();
  });

  test('a supervisor’s import adds new people and updates only people on the unit’s caseloads', async () => {
    world = await makeWorld(dialect);
    // P-000001 is on officer-1's caseload (UNIT-1, the supervisor's); P-000003 on officer-2's (UNIT-2).
    const before = await world.store.people.get('P-000003');
    const body = [record('P-000001', 'Renamed'), record('P-000003', 'Overwritten'), record('P-000020', 'New')].map((r) =>
      JSON.stringify(r),
    );
    const refused = await upload(world, 'agencyId=A-1&format=jsonl', body.join('\n'), 'supervisor');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { path: 'line 2, record P-000003, id', message: expect.stringContaining('not on a caseload of your unit') },
    ]);

    const partial = await upload(world, 'agencyId=A-1&format=jsonl&skipInvalid=true', body.join('\n'), 'supervisor');
    expect(partial.json()).toMatchObject({ read: 3, written: 2, rejected: [{ record: 'P-000003' }] });
    expect((await world.store.people.get('P-000001'))?.record.name?.family).toBe('Renamed');
    expect((await world.store.people.get('P-000003'))?.record).toEqual(before?.record);
    expect(await world.store.people.get('P-000020')).toBeDefined();
    // The administrator's import reaches the whole agency.
    expect((await upload(world, 'agencyId=A-1&format=jsonl', body[1]!)).statusCode).toBe(200);
    expect((await world.store.people.get('P-000003'))?.record.name?.family).toBe('Overwritten');
  });

  test('an upload still arriving holds no other request up', async () => {
    world = await makeWorld(dialect);
    const client = await signIn(world, 'admin');
    let finish: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (finish = resolve));
    async function* slowly() {
      yield Buffer.from(JSON.stringify(record('P-000030', 'Slow')) + '\n');
      await arrived;
      yield Buffer.from(JSON.stringify(record('P-000031', 'Slower')) + '\n');
    }
    const importing = world.app.inject({
      method: 'POST',
      url: '/api/imports?agencyId=A-1&format=jsonl',
      headers: { ...authHeaders(client), 'content-type': 'application/x-ndjson' },
      payload: Readable.from(slowly()),
    });
    // While the client has not finished sending, another request reads and writes the database.
    const read = await world.app.inject({ method: 'GET', url: '/api/people?limit=10', headers: authHeaders(client) });
    expect(read.statusCode).toBe(200);
    expect(await world.store.people.get('P-000030')).toBeUndefined();
    finish();
    expect((await importing).json()).toMatchObject({ read: 2, written: 2 });
  });

  test('an import may exceed the 1 MiB API body limit, but not its own limit', async () => {
    world = await makeWorld(dialect, { importBodyLimit: 2 * 1024 * 1024 });
    const many = Array.from({ length: 4000 }, (_, i) => JSON.stringify(record(`P-1${String(i).padStart(5, '0')}`, 'Bulk'))).join('\n');
    expect(many.length).toBeGreaterThan(1024 * 1024);
    const ok = await upload(world, 'agencyId=A-1&format=jsonl', many);
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(200);
    expect(ok.json().written).toBe(4000);

    const doubled = many + '\n' + many.replaceAll('P-1', 'P-2');
    expect(doubled.length).toBeGreaterThan(2 * 1024 * 1024);
    // Refused from its Content-Length before reading…
    const tooBig = await upload(world, 'agencyId=A-1&format=jsonl', doubled);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.headers['content-type']).toMatch(/^application\/problem\+json/);
    // …and, streamed without one, stopped by the byte counter with the transaction rolled back.
    const client = await signIn(world, 'admin');
    const streamed = await world.app.inject({
      method: 'POST',
      url: '/api/imports?agencyId=A-1&format=jsonl',
      headers: { ...authHeaders(client), 'content-type': 'application/x-ndjson' },
      payload: Readable.from(
        [Buffer.from(doubled)].flatMap((b) =>
          Array.from({ length: Math.ceil(b.length / 65536) }, (_, i) => b.subarray(i * 65536, (i + 1) * 65536)),
        ),
      ),
    });
    expect(streamed.statusCode, streamed.body.slice(0, 200)).toBe(413);
    expect(await world.store.people.get('P-200000')).toBeUndefined();
  });
});
