import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importRecords, openStore } from '@pathways/store';
import { authHeaders, dialects, makeWorld, record, signIn, type Client, type World } from './fixture.ts';

describe.each(dialects)('the caseload list on %s', (dialect) => {
  let world: World;
  let officer: Client;
  let supervisor: Client;
  beforeAll(async () => {
    world = await makeWorld(dialect);
    officer = await signIn(world, 'officer');
    supervisor = await signIn(world, 'supervisor');
  });
  afterAll(() => world.close());

  const list = async (client: Client, query = '') => {
    const response = await world.app.inject({ url: `/api/people${query}`, headers: authHeaders(client) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    return response.json() as {
      total: number;
      people: { id: string; name: unknown; terms: { termId: string; projectedEndDate: string | null }[] }[];
    };
  };
  const listRows = async () => (await world.store.audit.list({ limit: 10_000 })).filter((e) => e.action === 'person.list');

  test('case: names and evaluation summaries, and the same page twice alike, each read audited', async () => {
    const before = (await listRows()).length;
    const first = await list(officer);
    expect(first).toMatchObject({ total: 2, limit: 50, offset: 0 });
    expect(first.people.map((p) => p.id)).toEqual(['P-000001', 'P-000002']);
    expect(first.people[1]).toMatchObject({
      agencyId: 'A-1',
      name: { given: 'Test', family: 'Example' },
      terms: [{ termId: 'T-1', jurisdiction: 'US-CA' }],
    });
    expect(await list(officer)).toEqual(first);
    expect((await listRows()).length).toBe(before + 2);
  });

  test('case: a change to a record shows on the next read', async () => {
    await list(officer);
    const changed = record('P-000002', 'Renamed');
    changed.terms[0]!.length = { years: 1 };
    await world.store.people.upsert({ id: 'P-000002', agencyId: 'A-1', record: changed, updatedAt: world.clock.now.toISOString() });
    const after = await list(officer);
    expect(after.people[1]).toMatchObject({ name: { family: 'Renamed' } });
  });

  test('case: an import, and a reassignment, show on the next read', async () => {
    await list(officer);
    const report = await importRecords(
      world.store,
      { name: 'p.jsonl', data: JSON.stringify(record('P-000002', 'Imported')) },
      { agencyId: 'A-1', asOf: '2026-06-01' },
    );
    expect(report.committed).toBe(true);
    expect((await list(officer)).people[1]).toMatchObject({ name: { family: 'Imported' } });
    await world.store.caseloads.assign('U-officer-2', 'P-000002');
    expect((await list(officer)).people.map((p) => p.id)).toEqual(['P-000001']);
    await world.store.caseloads.assign('U-officer-1', 'P-000002');
  });

  test('case: pages and scopes are kept apart', async () => {
    expect((await list(officer, '?limit=1&offset=1')).people.map((p) => p.id)).toEqual(['P-000002']);
    expect((await list(officer, '?limit=1')).people.map((p) => p.id)).toEqual(['P-000001']);
    // The supervisor's unit holds officer 1 only (officer 2 is in another unit).
    expect((await list(supervisor)).people.map((p) => p.id)).toEqual(['P-000001', 'P-000002']);
  });
});

if (dialects.includes('sqlite')) {
  test('case: a change made by another process (another connection to the same SQLite file) shows on the next read', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'pathways-caseload-'));
    try {
      const path = join(dir, 'db.sqlite');
      const world = await makeWorld('sqlite', {}, path);
      try {
        const officer = await signIn(world, 'officer');
        const read = async () => (await world.app.inject({ url: '/api/people', headers: authHeaders(officer) })).json().people[0].name;
        expect(await read()).toMatchObject({ family: expect.any(String) });
        const other = await openStore({ sqlitePath: path });
        await importRecords(
          other,
          { name: 'p.jsonl', data: JSON.stringify(record('P-000001', 'FromElsewhere')) },
          { agencyId: 'A-1', asOf: '2026-06-01' },
        );
        await other.close();
        expect(await read()).toMatchObject({ family: 'FromElsewhere' });
      } finally {
        await world.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
