// Preparing records on worker threads changes nothing an import reports or stores: each file here is
// imported with no workers and with two, and the two reports and databases must be equal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeInternals } from '../src/kysely-store.ts';
import { importRecords, type ImportOptions, type ImportReport, type PathwaysStore } from '../src/index.ts';
import type { ImportSource } from '../src/import/source.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { jsonl, person } from './records.ts';

const options = { agencyId: 'AG-1', asOf: '2026-06-01' };

function badStartDate(n: number): Record<string, unknown> {
  const p = person(n);
  const [term] = p.terms as Record<string, unknown>[];
  return { ...p, terms: [{ ...term, startDate: '2024-02-30' }] };
}

const JSONL = [
  JSON.stringify(person(1, { name: { given: 'Ana', family: 'Ruiz' } })),
  '{"id": "P-000002", "terms": [',
  JSON.stringify(badStartDate(3)),
  JSON.stringify(person(4, { note: 'a\u0000b' })),
  JSON.stringify(person(5, { id: 'X'.repeat(201) })),
  // An own field named __proto__ must reach the worker and the database as a field.
  `{"__proto__": {"kept": true}, ${JSON.stringify(person(6)).slice(1)}`,
  JSON.stringify(person(7, { name: { given: 'Ben' }, aliases: ['B', 'Benny'], big: 1e300 })),
  JSON.stringify(person(1, { name: { given: 'Ana', family: 'Ruiz-Díaz' } })),
  JSON.stringify({ id: 'P-000008', terms: [] }),
].join('\n');

const CSV_HEADER =
  'record_type,person_id,term_id,name.given,name.family,jurisdiction,kind,sentenceDate,startDate,length.years,supervisingAgency,statute,description,level';
const CSV = [
  CSV_HEADER,
  'person,P-000001,,Ana,Ruiz,,,,,,,,,',
  'term,P-000001,T-1,,,US-CA,probation,2024-01-15,2024-01-15,three,county,,,',
  'offense,P-000001,T-1,,,,,,,,,PC 459,burglary,felony',
  'person,P-000002,,Ben,,,,,,,,,,',
  'term,P-000002,T-1,,,US-CA,probation,2023-05-01,2023-05-01,2,county,,,',
  'offense,P-000002,T-9,,,,,,,,,HS 11350,possession,misdemeanor',
  'offense,P-000002,T-1,,,,,,,,,HS 11350,possession,misdemeanor',
  'sentence,P-000002,T-1,,,,,,,,,,,',
  'person,P-000003,,Cy,Lee,,,,,,,,,',
  'term,P-000003,T-1,,,US-CA,probation,2023-05-01,2023-05-01,2,county,,,',
  'offense,P-000003,T-1,,,,,,,,,PC 459,burglary,felony',
  'offense,P-000001,T-1,,,,,,,,,PC 484,theft,misdemeanor',
  'person,P-000004,,Dee',
  'person,P-000005,,Eve,Park,,,,,,,,,',
  'term,P-000005,T-1,,,US-CA,probation,2022-03-01,2022-03-01,3,county,,,',
  'term,P-000005,T-2,,,US-CA,probation,2022-03-01,2022-02-30,3,county,,,',
  'person,P-000006,,Fay,,,,,,,,,,',
  'term,P-000006,T-1,,,US-CA,probation,2021-09-01,2021-09-01,4,county,,,',
  'offense,P-000006,T-1,,,,,,,,,PC 459,burglary,felony',
].join('\n');

/** Several batches of records in chunks that split lines, invalid ones spread through, the first 600 ids again at the end (the last wins). */
function manyRecords(): Uint8Array[] {
  const records = Array.from({ length: 3000 }, (_, i) => {
    const n = i % 2400;
    if (i % 97 === 13) return badStartDate(n);
    if (i < 2400) return person(n, { name: { given: `G${i}`, family: `F${i % 7}` } });
    const again = person(n, { name: { given: `Again${i}` } });
    (again.terms as Record<string, unknown>[])[0]!.length = { years: 5 };
    return again;
  });
  const bytes = new TextEncoder().encode(jsonl(records));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += 40_000) chunks.push(bytes.slice(at, at + 40_000));
  return chunks;
}

interface Rows {
  people: Record<string, unknown>[];
  evaluations: Record<string, unknown>[];
}

/** Every row an import writes, in a fixed order. */
async function rows(store: PathwaysStore): Promise<Rows> {
  const { db } = storeInternals(store);
  return {
    people: await db.selectFrom('people').selectAll().orderBy('id').execute(),
    evaluations: await db.selectFrom('evaluations').selectAll().orderBy('person_id').orderBy('term_id').execute(),
  };
}

/** The rows without the time they were written at, to compare two imports. */
function withoutTimes({ people, evaluations }: Rows): Rows {
  return {
    people: people.map(({ updated_at: _, ...p }) => p),
    evaluations: evaluations.map(({ computed_at: _, ...e }) => e),
  };
}

async function clear(store: PathwaysStore): Promise<void> {
  const { db } = storeInternals(store);
  await db.deleteFrom('evaluations').execute();
  await db.deleteFrom('people').execute();
}

describe.each(dialects)('importing on worker threads on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  beforeEach(() => {
    store = t.store;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /**
   * Imports with no workers, then again over it with two (which must change nothing, times included,
   * unless an id comes again in a later batch, which rewrites it twice whatever the workers), then
   * afresh with two: all three alike.
   */
  async function expectSameWithWorkers(
    source: () => ImportSource,
    extra: Partial<ImportOptions> = {},
    idsRepeatAcrossBatches = false,
  ): Promise<ImportReport> {
    const alone = await importRecords(store, source(), { ...options, ...extra, workers: 0 });
    const stored = await rows(store);
    const again = await importRecords(store, source(), { ...options, ...extra, workers: 2 });
    expect(again).toEqual(alone);
    if (idsRepeatAcrossBatches) expect(withoutTimes(await rows(store))).toEqual(withoutTimes(stored));
    else expect(await rows(store)).toEqual(stored);
    await clear(store);
    const progress: number[] = [];
    const pooled = await importRecords(store, source(), { ...options, ...extra, workers: 2, onProgress: (n) => progress.push(n) });
    // Compared as text, so the order of the errors' fields counts too (the command prints them so).
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
    expect(withoutTimes(await rows(store))).toEqual(withoutTimes(stored));
    expect(progress.at(-1)).toBe(alone.read);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    return alone;
  }

  it.each([false, true])('JSON Lines with invalid records, skipInvalid %s', async (skipInvalid) => {
    const report = await expectSameWithWorkers(() => ({ name: 'people.jsonl', data: JSONL }), { skipInvalid });
    expect(report.rejected.map((e) => [e.line, e.record, e.path])).toEqual([
      [2, '#2', ''],
      [3, 'P-000003', 'terms[0].startDate'],
      [4, 'P-000004', 'note'],
      [5, '#5', 'id'],
      [8, 'P-000001', 'id'],
      [9, 'P-000008', 'terms'],
    ]);
    expect(report.committed).toBe(skipInvalid);
    if (skipInvalid) {
      expect(report.written).toBe(3);
      const { people } = await rows(store);
      // Line 8 repeats the id of line 1: refused, and the first kept.
      expect(people.map((p) => [p.id, p.given_name, p.family_name])).toEqual([
        ['P-000001', 'Ana', 'Ruiz'],
        ['P-000006', null, null],
        ['P-000007', 'Ben', null],
      ]);
      const six = people[1]!.record;
      expect(Object.keys(typeof six === 'string' ? JSON.parse(six) : six)).toContain('__proto__');
    }
  });

  it.each([false, true])('CSV with invalid rows, each error at its row, skipInvalid %s', async (skipInvalid) => {
    const report = await expectSameWithWorkers(() => ({ name: 'people.csv', data: CSV }), { skipInvalid });
    expect(report.rejected.map((e) => [e.line, e.record, e.path])).toEqual([
      [3, 'P-000001', 'terms[0].length.years'],
      [7, 'P-000002', 'term_id'],
      [9, 'P-000002', 'record_type'],
      [13, 'P-000001', 'person_id'],
      [14, 'P-000004', ''],
      [14, 'P-000004', 'terms'],
      [16, 'P-000005', 'terms[0].offenses'],
      [17, 'P-000005', 'terms[1].startDate'],
      [17, 'P-000005', 'terms[1].offenses'],
    ]);
    if (skipInvalid) expect(report.written).toBe(2);
  });

  it.each([false, true])('thousands of records over many batches, ids repeated across batches, skipInvalid %s', async (skipInvalid) => {
    const chunks = manyRecords();
    const report = await expectSameWithWorkers(() => ({ name: 'many.jsonl', data: chunks }), { skipInvalid }, true);
    expect(report.read).toBe(3000);
    // 31 invalid records, and the 600 that repeat an id (records 2,401 to 3,000): every one of them, the 6
    // invalid themselves and the 7 whose first record was invalid too (the id was used all the same).
    expect(report.rejected).toHaveLength(31 + 600);
    expect(report.rejected.filter((e) => e.path === 'id' && e.message.startsWith('repeats the id'))).toHaveLength(600);
    if (skipInvalid) {
      const { people } = await rows(store);
      // 2,400 ids, less the 25 refused among the first 2,400 records (a valid repeat of one is refused as a repeat).
      expect(people).toHaveLength(2375);
      // The first record of an id is kept; its repeat is refused.
      expect(people.find((p) => p.id === 'P-000001')?.given_name).toBe('G1');
    }
  });

  it('a file that turns unreadable midway: the records before it, then the file error, nothing written', async () => {
    const bytes = new TextEncoder().encode(
      [CSV_HEADER, ...Array.from({ length: 700 }, (_, i) => `person,P-${i},,,,,,,,,,,,`)].join('\n') + '\n',
    );
    const report = await expectSameWithWorkers(() => ({ name: 'broken.csv', data: [bytes, new Uint8Array([0xff, 0x0a])] }), {
      skipInvalid: true,
    });
    expect(report.rejected.length).toBeGreaterThan(500);
    expect(report.rejected.at(-1)?.message).toMatch(/UTF-8/);
    expect(report.committed).toBe(false);
  });

  it('a record nested too deep comes out as it does in one thread: refused, with where it nests too deep', async () => {
    const deep = `{"id":"P-1","terms":[],"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    await expectSameWithWorkers(() => ({ name: 'deep.jsonl', data: `${JSON.stringify(person(1))}\n${deep}\n` }), { skipInvalid: true });
    const deepValid = `${JSON.stringify(person(2)).slice(0, -1)},"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const outcome = (workers: number) =>
      importRecords(store, { name: 'deep.jsonl', data: deepValid }, { ...options, workers }).catch((e: Error) => e.message);
    const inOneThread = await outcome(0);
    expect(await outcome(2)).toEqual(inOneThread);
    // Refused alike whichever thread reads it, instead of depending on that thread's stack.
    expect(inOneThread).toMatchObject({
      written: 0,
      rejected: [{ path: expect.stringMatching(/^x\[0\]/), message: expect.stringMatching(/nested more than 100 levels/) }],
    });
  });

  it('a worker that dies fails the import, and nothing is written', async () => {
    const post = Worker.prototype.postMessage;
    let posts = 0;
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      posts += 1;
      if (posts === 3) void this.terminate();
      return post.apply(this, args);
    });
    await expect(
      importRecords(store, { name: 'many.jsonl', data: manyRecords() }, { ...options, workers: 2, skipInvalid: true }),
    ).rejects.toThrow(/an import worker stopped/);
    expect(await store.people.count({})).toBe(0);
  });

  it('a worker that throws fails the import, and nothing is written', async () => {
    const post = Worker.prototype.postMessage;
    let posts = 0;
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, message: unknown) {
      posts += 1;
      return post.call(this, posts === 3 ? { ...(message as object), inputs: null } : message);
    });
    await expect(
      importRecords(store, { name: 'many.jsonl', data: manyRecords() }, { ...options, workers: 2, skipInvalid: true }),
    ).rejects.toThrow(/an import worker could not prepare records: TypeError/);
    expect(await store.people.count({})).toBe(0);
  });
});

describe('the workers of an import', () => {
  it('are stopped whether it commits, rolls back or fails, so the process exits by itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathways-import-workers-'));
    try {
      const index = new URL('../src/index.ts', import.meta.url).href;
      const script = `
        import { importRecords, openStore } from ${JSON.stringify(index)};
        const store = await openStore({ sqlitePath: ${JSON.stringify(join(dir, 'db.sqlite'))} });
        await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
        const options = { agencyId: 'AG-1', asOf: '2026-06-01', workers: 2 };
        const good = await importRecords(store, { name: 'good.jsonl', data: ${JSON.stringify(jsonl([person(1), person(2)]))} }, options);
        const bad = await importRecords(store, { name: 'bad.jsonl', data: '{"id":"P-3"}\\n' }, options);
        async function* failing() { yield new TextEncoder().encode(${JSON.stringify(jsonl([person(4)]))}); throw new Error('the disk went away'); }
        const failed = await importRecords(store, { name: 'x.jsonl', data: failing() }, options).catch((e) => e.message);
        console.log(JSON.stringify([good.committed, bad.committed, failed]));
        await store.close();
      `;
      const file = join(dir, 'import.mjs');
      writeFileSync(file, script);
      const r = spawnSync(process.execPath, ['--import', 'tsx', file], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([true, false, 'the disk went away']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
