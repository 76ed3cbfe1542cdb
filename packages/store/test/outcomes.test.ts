/**
 * The outcome queries behind the supervisor's "outcomes by group" (`store.outcomes`), on both dialects:
 * who supervises each person in a scope with their birth date, and the latest action per person, term
 * and opportunity kind. Both must honour the same scope filters as `people.summaries`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord } from '@pathways/law';
import { importRecords, type PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { jsonl, person } from './records.ts';

const AT = '2026-01-01T00:00:00.000Z';

async function officer(store: PathwaysStore, id: string, unitId: string, displayName: string): Promise<void> {
  await store.users.create({
    id,
    username: id,
    displayName,
    role: 'officer',
    agencyId: 'AG-1',
    unitId,
    personId: null,
    passwordHash: 'scrypt$fictional',
    totpSecret: null,
  });
}

async function add(store: PathwaysStore, n: number, agencyId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const record = person(n, extra) as PersonRecord;
  await store.people.upsert({ id: record.id, agencyId, record, updatedAt: AT });
  return record.id;
}

describe.each(dialects)('store.outcomes on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;

  /**
   * AG-1: UNIT-1 officer O-1 (P-000001 born 1990-04-02, P-000002 no birth date); UNIT-2 officer O-2
   * (P-000003 born 2003-12-31); P-000004 on no caseload. AG-2: P-000005 born 1970-01-01.
   */
  beforeEach(async () => {
    store = t.store;
    await store.agencies.upsert({ id: 'AG-2', name: 'Other', jurisdiction: 'US-CA' });
    await store.units.upsert({ id: 'UNIT-1', agencyId: 'AG-1', name: 'One' });
    await store.units.upsert({ id: 'UNIT-2', agencyId: 'AG-1', name: 'Two' });
    await officer(store, 'O-1', 'UNIT-1', 'Officer One');
    await officer(store, 'O-2', 'UNIT-2', 'Officer Two');
    await add(store, 1, 'AG-1', { birthDate: '1990-04-02' });
    await add(store, 2, 'AG-1');
    await add(store, 3, 'AG-1', { birthDate: '2003-12-31' });
    await add(store, 4, 'AG-1');
    await add(store, 5, 'AG-2', { birthDate: '1970-01-01' });
    await store.caseloads.assign('O-1', 'P-000001');
    await store.caseloads.assign('O-1', 'P-000002');
    await store.caseloads.assign('O-2', 'P-000003');
  });

  it('case: an agency: every person with their officer (or none) and birth date, in id order', async () => {
    expect(await store.outcomes.people({ agencyId: 'AG-1' })).toEqual([
      { personId: 'P-000001', officerId: 'O-1', officerName: 'Officer One', birthDate: '1990-04-02' },
      { personId: 'P-000002', officerId: 'O-1', officerName: 'Officer One', birthDate: null },
      { personId: 'P-000003', officerId: 'O-2', officerName: 'Officer Two', birthDate: '2003-12-31' },
      { personId: 'P-000004', officerId: null, officerName: null, birthDate: null },
    ]);
  });

  it('case: a unit, an officer, a list of ids and an empty list select what summaries would', async () => {
    const ids = async (filter: Parameters<PathwaysStore['outcomes']['people']>[0]) =>
      (await store.outcomes.people(filter)).map((p) => p.personId);
    expect(await ids({ unitId: 'UNIT-1', agencyId: 'AG-1' })).toEqual(['P-000001', 'P-000002']);
    expect(await ids({ officerId: 'O-2' })).toEqual(['P-000003']);
    expect(await ids({ ids: ['P-000005', 'P-000004'] })).toEqual(['P-000004', 'P-000005']);
    expect(await ids({ ids: [] })).toEqual([]);
    for (const filter of [{ agencyId: 'AG-1' }, { unitId: 'UNIT-2' }, {}]) {
      expect(await ids(filter)).toEqual((await store.people.summaries(filter)).map((p) => p.id));
    }
  });

  it('case: more people than one batch: each read once, in id order, birth dates kept', async () => {
    const records = Array.from({ length: 1203 }, (_, i) => person(100 + i, { birthDate: `19${String(50 + (i % 40))}-06-15` }));
    const report = await importRecords(store, { name: 'many.jsonl', data: jsonl(records) }, { agencyId: 'AG-2', asOf: '2025-06-30' });
    expect(report.committed).toBe(true);
    const got = await store.outcomes.people({ agencyId: 'AG-2' });
    expect(got).toHaveLength(1204); // and P-000005
    expect(new Set(got.map((p) => p.personId)).size).toBe(1204);
    const ids = got.map((p) => p.personId);
    expect(ids).toEqual([...ids].sort());
    expect(got.find((p) => p.personId === 'P-000100')!.birthDate).toBe('1950-06-15');
    expect(got.find((p) => p.personId === 'P-001302')!.birthDate).toBe('1952-06-15'); // i = 1202, 1202 % 40 = 2;
  });

  it('case: the latest action per person, term and kind, only within the scope', async () => {
    const act = (personId: string, kind: string, status: 'submitted' | 'granted' | 'denied' | 'upheld' | 'reopened', termId = 'T-1') =>
      store.actions.add({ personId, termId, kind, status, reason: null, snoozedUntil: null, actorUserId: 'O-1' });
    await act('P-000001', 'early_termination', 'submitted');
    await act('P-000001', 'early_termination', 'granted');
    await act('P-000001', 'term_cap', 'denied');
    await act('P-000001', 'term_cap', 'upheld');
    await act('P-000002', 'early_termination', 'denied');
    await act('P-000002', 'early_termination', 'reopened');
    await act('P-000002', 'early_termination', 'submitted');
    await act('P-000002', 'early_termination', 'granted', 'T-2');
    await act('P-000003', 'earned_discharge', 'submitted');
    await act('P-000005', 'early_termination', 'denied');

    expect(await store.outcomes.latestActions({ unitId: 'UNIT-1', agencyId: 'AG-1' })).toEqual([
      { personId: 'P-000001', termId: 'T-1', kind: 'early_termination', status: 'granted' },
      { personId: 'P-000001', termId: 'T-1', kind: 'term_cap', status: 'upheld' },
      { personId: 'P-000002', termId: 'T-1', kind: 'early_termination', status: 'submitted' },
      { personId: 'P-000002', termId: 'T-2', kind: 'early_termination', status: 'granted' },
    ]);
    expect(await store.outcomes.latestActions({ agencyId: 'AG-1' })).toHaveLength(5);
    expect(await store.outcomes.latestActions({ agencyId: 'AG-2' })).toEqual([
      { personId: 'P-000005', termId: 'T-1', kind: 'early_termination', status: 'denied' },
    ]);
    expect(await store.outcomes.latestActions({ ids: [] })).toEqual([]);
    expect(await store.outcomes.latestActions({ officerId: 'O-2' })).toEqual([
      { personId: 'P-000003', termId: 'T-1', kind: 'earned_discharge', status: 'submitted' },
    ]);
  });
});
