import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { LAW_VERSION } from '@pathways/law';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeInternals } from '../src/kysely-store.ts';
import { importRecords, type PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { jsonl, person } from './records.ts';

/** Every row of the tables an import writes, in a fixed order: equal snapshots mean equal databases. */
async function snapshot(store: PathwaysStore): Promise<unknown> {
  const { db } = storeInternals(store);
  const people = await db.selectFrom('people').selectAll().orderBy('id').execute();
  const evaluations = await db.selectFrom('evaluations').selectAll().orderBy('person_id').orderBy('term_id').execute();
  const norm = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  return {
    people: people.map((p) => ({ ...p, record: norm(p.record) })),
    evaluations: evaluations.map((e) => ({ ...e, evaluation: norm(e.evaluation) })),
  };
}

describe.each(dialects)('importRecords on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  const options = { agencyId: 'AG-1', asOf: '2026-06-01' };

  beforeEach(() => {
    store = t.store;
  });

  it('imports JSON Lines: the records as given, unknown fields kept, evaluations as of the date', async () => {
    const records = [person(1, { agencyCaseNumber: 'CN-1' }), person(2), person(3)];
    const progress: number[] = [];
    const report = await importRecords(
      store,
      { name: 'people.jsonl', data: jsonl(records) },
      { ...options, onProgress: (n) => progress.push(n) },
    );
    expect(report).toEqual({ read: 3, written: 3, rejected: [], committed: true });
    expect(progress.at(-1)).toBe(3);
    const stored = await store.people.get('P-000001');
    expect(stored?.agencyId).toBe('AG-1');
    expect(stored?.record).toEqual(records[0]);
    expect((stored?.record as unknown as { agencyCaseNumber: string }).agencyCaseNumber).toBe('CN-1');
    const evaluations = await store.evaluations.forPerson('P-000001');
    expect(evaluations).toHaveLength(1);
    expect(evaluations[0]).toMatchObject({ personId: 'P-000001', termId: 'T-1', asOf: '2026-06-01', lawVersion: LAW_VERSION });
    expect(evaluations[0]!.evaluation.personId).toBe('P-000001');
    expect(evaluations[0]!.evaluation.asOf).toBe('2026-06-01');
    expect(evaluations[0]!.evaluation.scheduledEndDate).toBe('2027-01-15');
    expect(await store.people.count({ agencyId: 'AG-1' })).toBe(3);
  });

  it('refuses a record whose id is a person of another agency: nobody moves across agencies or loses their record', async () => {
    await store.agencies.upsert({ id: 'AG-2', name: 'Other County', jurisdiction: 'US-CA' });
    const theirs = person(2, { agencyCaseNumber: 'THEIRS' });
    await importRecords(store, { name: 'theirs.jsonl', data: jsonl([theirs]) }, { ...options, agencyId: 'AG-2' });
    const attempt = jsonl([person(1), person(2, { agencyCaseNumber: 'MINE' })]);
    const report = await importRecords(store, { name: 'mine.jsonl', data: attempt }, options);
    expect(report).toMatchObject({ written: 0, committed: false });
    expect(report.rejected).toEqual([
      {
        file: 'mine.jsonl',
        line: 2,
        record: 'P-000002',
        path: 'id',
        message: 'is the id of a person of another agency: an import adds or updates only people of its own agency',
      },
    ]);
    // With skipInvalid the others are written; the other agency's person stays as it was, where it was.
    const skipping = await importRecords(store, { name: 'mine.jsonl', data: attempt }, { ...options, skipInvalid: true });
    expect(skipping).toMatchObject({ written: 1, committed: true });
    const kept = await store.people.get('P-000002');
    expect(kept?.agencyId).toBe('AG-2');
    expect(kept?.record).toEqual(theirs);
  });

  it('imports a JSON array from a file path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathways-import-'));
    try {
      const file = join(dir, 'people.json');
      writeFileSync(file, JSON.stringify([person(1), person(2)], null, 2));
      const report = await importRecords(store, file, options);
      expect(report).toMatchObject({ read: 2, written: 2, rejected: [], committed: true });
      expect((await store.people.list({})).map((p) => p.id)).toEqual(['P-000001', 'P-000002']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is idempotent: the same file twice leaves the same database, timestamps included', async () => {
    const data = jsonl([person(1), person(2), person(3)]);
    await importRecords(store, { name: 'a.jsonl', data }, options);
    const first = await snapshot(store);
    await new Promise((r) => setTimeout(r, 5));
    const again = await importRecords(store, { name: 'a.jsonl', data }, options);
    expect(again).toMatchObject({ read: 3, written: 3, committed: true });
    expect(await snapshot(store)).toEqual(first);
  });

  it('replaces a person by id and drops evaluations of terms the new record lacks', async () => {
    const two = person(1);
    (two.terms as object[]).push({ ...(two.terms as object[])[0]!, id: 'T-2' });
    await importRecords(store, { name: 'a.jsonl', data: jsonl([two]) }, options);
    expect((await store.evaluations.forPerson('P-000001')).map((e) => e.termId)).toEqual(['T-1', 'T-2']);
    await importRecords(store, { name: 'b.jsonl', data: jsonl([person(1, { note: 'second' })]) }, { ...options, asOf: '2026-07-01' });
    const evaluations = await store.evaluations.forPerson('P-000001');
    expect(evaluations.map((e) => [e.termId, e.asOf])).toEqual([['T-1', '2026-07-01']]);
    expect((await store.people.get('P-000001'))?.record).toEqual(person(1, { note: 'second' }));
  });

  it('a repeated id within one file is refused (spec § 1: unique within a file), naming the line of the first', async () => {
    const data = jsonl([person(1, { v: 1 }), person(2), person(1, { v: 2 })]);
    const report = await importRecords(store, { name: 'a.jsonl', data }, options);
    expect(report).toMatchObject({ committed: false, written: 0 });
    expect(report.rejected).toEqual([
      {
        file: 'a.jsonl',
        line: 3,
        record: 'P-000001',
        path: 'id',
        message: 'repeats the id of the record on line 1; ids must be unique within a file',
      },
    ]);
    expect(await store.people.get('P-000001')).toBeUndefined();
    // With skipInvalid the first is kept and the repeat left out; a repeat in a later batch (past 500) too.
    const many = [person(1, { v: 1 }), ...Array.from({ length: 600 }, (_, n) => person(n + 2)), person(1, { v: 2 })];
    const skipped = await importRecords(store, { name: 'b.jsonl', data: jsonl(many) }, { ...options, skipInvalid: true });
    expect(skipped).toMatchObject({ committed: true, written: 601 });
    expect(skipped.rejected.map((e) => [e.line, e.record])).toEqual([[602, 'P-000001']]);
    expect((await store.people.get('P-000001'))?.record).toEqual(person(1, { v: 1 }));
  });

  it('a valid record repeating the id of an invalid one is refused as a repeat, as `pathways validate` lists it', async () => {
    const invalid = person(1, { v: 1 });
    (invalid.terms as Record<string, unknown>[])[0]!.startDate = '2023-02-30';
    const data = jsonl([invalid, person(2), person(1, { v: 2 })]);
    const report = await importRecords(store, { name: 'a.jsonl', data }, { ...options, skipInvalid: true });
    expect(report.rejected.map((e) => [e.line, e.record, e.path])).toEqual([
      [1, 'P-000001', 'terms[0].startDate'],
      [3, 'P-000001', 'id'],
    ]);
    expect(report).toMatchObject({ committed: true, written: 1 });
    expect(await store.people.get('P-000001')).toBeUndefined();
  });

  it('one transaction: an invalid record in the middle means nothing is written, and every error is listed', async () => {
    await importRecords(store, { name: 'before.jsonl', data: jsonl([person(900)]) }, options);
    const before = await snapshot(store);
    const records: unknown[] = [];
    for (let n = 1; n <= 1200; n++) records.push(person(n));
    const bad1 = person(600) as { terms: { startDate: string }[] };
    bad1.terms[0]!.startDate = '2024-02-30';
    records[599] = bad1;
    records[899] = { ...person(900), terms: 'none' };
    const lines = jsonl(records).split('\n');
    lines.splice(1000, 0, '{"id": "P-broken", ');
    const report = await importRecords(store, { name: 'people.jsonl', data: lines.join('\n') }, options);
    expect(report.committed).toBe(false);
    expect(report.written).toBe(0);
    expect(report.read).toBe(1201);
    expect(report.rejected).toEqual([
      {
        file: 'people.jsonl',
        line: 600,
        record: 'P-000600',
        path: 'terms[0].startDate',
        message: '"2024-02-30" is not a real calendar date',
      },
      { file: 'people.jsonl', line: 900, record: 'P-000900', path: 'terms', message: 'must be a list of terms' },
      { file: 'people.jsonl', line: 1001, record: '#1001', path: '', message: expect.stringMatching(/^is not valid JSON/) },
    ]);
    // Batches before the bad record had been written inside the transaction: all rolled back.
    expect(await snapshot(store)).toEqual(before);
  });

  it('skipInvalid: the valid records are written, the rejected ones listed', async () => {
    const records = [
      person(1),
      { id: 'P-000002', terms: [] },
      person(3),
      { ...person(4), terms: [{ ...(person(4).terms as object[])[0]!, jurisdiction: 'US-ZZ' }] },
    ];
    const report = await importRecords(store, { name: 'people.jsonl', data: jsonl(records) }, { ...options, skipInvalid: true });
    expect(report.committed).toBe(true);
    expect(report.read).toBe(4);
    expect(report.written).toBe(2);
    expect(report.rejected.map((e) => [e.line, e.record, e.path])).toEqual([
      [2, 'P-000002', 'terms'],
      [4, 'P-000004', 'terms[0].jurisdiction'],
    ]);
    expect((await store.people.list({})).map((p) => p.id)).toEqual(['P-000001', 'P-000003']);
    expect((await store.evaluations.forPeople(['P-000001', 'P-000003'])).length).toBe(2);
  });

  it('skipInvalid: a record larger than the limit is rejected as a record, and the records after it are written', async () => {
    const huge = JSON.stringify({ ...person(2), remark: 'x'.repeat(1024 * 1024) });
    const data = [JSON.stringify(person(1)), huge, JSON.stringify(person(3))].join('\n');
    const report = await importRecords(store, { name: 'big.jsonl', data }, { ...options, skipInvalid: true });
    expect(report).toMatchObject({ committed: true, read: 3, written: 2 });
    expect(report.rejected).toEqual([
      { file: 'big.jsonl', line: 2, record: '#2', path: '', message: expect.stringMatching(/^is larger than 1,048,576 bytes/) },
    ]);
    expect((await store.people.list({})).map((p) => p.id)).toEqual(['P-000001', 'P-000003']);
  });

  it('a file that cannot be read to its end writes nothing, even with skipInvalid', async () => {
    const truncated = JSON.stringify([person(1), person(2)]).slice(0, -30);
    const report = await importRecords(store, { name: 'cut.json', data: truncated }, { ...options, skipInvalid: true });
    expect(report.committed).toBe(false);
    expect(report.written).toBe(0);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]).toMatchObject({ file: 'cut.json', record: '', path: '' });
    expect(report.rejected[0]!.message).toMatch(/not closed|found/);
    expect(await store.people.count({})).toBe(0);

    const missing = await importRecords(store, '/nonexistent/people.jsonl', options);
    expect(missing.rejected).toEqual([{ file: '/nonexistent/people.jsonl', record: '', path: '', message: 'no such file' }]);
  });

  it('refuses text the databases cannot hold alike (NUL, lone surrogates) and over-long ids, as row errors', async () => {
    const records = [
      person(1, { remark: 'a\u0000b' }),
      person(2, { remark: 'x\ud800y' }),
      { ...person(3), id: 'P'.repeat(201) },
      person(4),
    ];
    const report = await importRecords(store, { name: 'odd.jsonl', data: jsonl(records) }, { ...options, skipInvalid: true });
    expect(report.rejected.map((e) => [e.line, e.path])).toEqual([
      [1, 'remark'],
      [2, 'remark'],
      [3, 'id'],
    ]);
    expect((await store.people.list({})).map((p) => p.id)).toEqual(['P-000004']);
  });

  it('refuses an unknown agency or a bad date before reading anything', async () => {
    await expect(importRecords(store, { name: 'a.jsonl', data: jsonl([person(1)]) }, { agencyId: 'AG-404' })).rejects.toThrow(/no agency/);
    await expect(
      importRecords(store, { name: 'a.jsonl', data: jsonl([person(1)]) }, { agencyId: 'AG-1', asOf: '2026-13-01' }),
    ).rejects.toThrow(/asOf/);
  });

  it('batches: 1,234 records in statements of 500, progress reported as it goes', async () => {
    const records: unknown[] = [];
    for (let n = 1; n <= 1234; n++) records.push(person(n));
    const progress: number[] = [];
    const report = await importRecords(
      store,
      { name: 'many.jsonl', data: jsonl(records) },
      { ...options, onProgress: (n) => progress.push(n) },
    );
    expect(report).toMatchObject({ read: 1234, written: 1234, committed: true });
    expect(progress.at(-1)).toBe(1234);
    expect(await store.people.count({})).toBe(1234);
    const { db } = storeInternals(store);
    const n = await sql<{ n: number }>`select cast(count(*) as integer) as n from evaluations`.execute(db);
    expect(Number(n.rows[0]!.n)).toBe(1234);
  });

  it('people with many terms: evaluations split across statements, all stored', async () => {
    const records = Array.from({ length: 120 }, (_, i) => {
      const p = person(i + 1);
      const term = (p.terms as object[])[0]!;
      p.terms = Array.from({ length: 25 }, (_, k) => ({ ...term, id: `T-${k + 1}` }));
      return p;
    });
    const report = await importRecords(store, { name: 'terms.jsonl', data: jsonl(records) }, options);
    expect(report).toMatchObject({ read: 120, written: 120, committed: true });
    const { db } = storeInternals(store);
    const n = await sql<{ n: number }>`select cast(count(*) as integer) as n from evaluations`.execute(db);
    expect(Number(n.rows[0]!.n)).toBe(3000);
    expect((await store.evaluations.forPerson('P-000120')).length).toBe(25);
  });
});
