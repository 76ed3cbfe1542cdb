import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord } from '@pathways/law';
import { importRecords, type PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { jsonl, officer, person } from './records.ts';

describe.each(dialects)('store.revision on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  beforeEach(async () => {
    store = t.store;
    await store.users.create(officer('U-1', 'officer'));
  });

  /** Runs `work` and says whether the revision moved. */
  const moves = async (work: () => Promise<unknown>) => {
    const before = await store.revision();
    await work();
    return (await store.revision()) !== before;
  };
  const record = person(1) as PersonRecord;
  const upsert = () => store.people.upsert({ id: record.id, agencyId: 'AG-1', record, updatedAt: '2026-01-01T00:00:00.000Z' });

  it('case: every change to people, evaluations, opportunity actions, caseloads and defenders moves it', async () => {
    expect(await moves(upsert)).toBe(true);
    expect(await moves(() => store.evaluations.replace(record.id, []))).toBe(true);
    expect(await moves(() => store.caseloads.assign('U-1', record.id))).toBe(true);
    expect(await moves(() => store.defenders.assign('U-1', record.id))).toBe(true);
    const action = { personId: record.id, termId: 'T-1', kind: 'early_termination', reason: null, snoozedUntil: null, actorUserId: 'U-1' };
    expect(await moves(() => store.actions.add({ ...action, status: 'submitted' }))).toBe(true);
    expect(await moves(() => importRecords(store, { name: 'a.jsonl', data: jsonl([person(2)]) }, { agencyId: 'AG-1' }))).toBe(true);
  });

  it('case: reads, audit rows and a refused import leave it as it was', async () => {
    await upsert();
    expect(await moves(() => store.people.summaries({}))).toBe(false);
    expect(
      await moves(() => store.audit.append({ actorUserId: 'U-1', action: 'person.list', personId: null, reason: null, detail: {} })),
    ).toBe(false);
    const refused = () => importRecords(store, { name: 'bad.jsonl', data: jsonl([person(3), { id: 'P-bad' }]) }, { agencyId: 'AG-1' });
    expect(await moves(refused)).toBe(false);
  });

  it('case: a transaction rolled back leaves it as it was', async () => {
    const rolledBack = () =>
      store
        .transaction(async (tx) => {
          await tx.people.upsert({ id: record.id, agencyId: 'AG-1', record, updatedAt: '2026-01-02T00:00:00.000Z' });
          throw new Error('boom');
        })
        .catch(() => {});
    expect(await moves(rolledBack)).toBe(false);
  });
});
