/**
 * 2,000 malformed inputs (JSON arrays, JSON Lines and CSV: truncated, wrong types, bad dates, bad
 * UTF-8, huge fields, NUL and lone surrogates, random byte damage…) through `importRecords` on each
 * dialect. Whatever the input: the import resolves with a report (never throws), every problem is
 * reported with the file name and a reason, and when anything is rejected without `skipInvalid` the
 * database is exactly as before. Deterministic: each case comes from its own seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeInternals } from '../src/kysely-store.ts';
import { importRecords, type PathwaysStore } from '../src/index.ts';
import { dialects, openTestStore, type TestStore } from './dialects.ts';
import { person } from './records.ts';

const CASES = 2000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

const WRONG_VALUES: unknown[] = [null, 0, -1, 1.5, 1e308, '', 'x', true, [], {}, [1, 2], { a: 1 }, '2024-01-01', 'US-CA', 'felony'];
const BAD_DATES = [
  '2024-02-30',
  '2024-13-01',
  '24-01-01',
  '2024/01/15',
  '',
  '1899-12-31',
  '2200-01-01',
  '2024-1-5',
  'yesterday',
  '２０２４-01-01',
];
const NASTY_STRINGS = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u202e', '\uffff', 'é'.repeat(10), '"', '\\', '\n', ','];

/** Every path to a leaf of a JSON value, for picking a field to damage. */
function leafPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((v, i) => leafPaths(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, k], out);
  out.push(path);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = value;
  return root;
}

function baseRecords(rng: Rng): Record<string, unknown>[] {
  const n = 1 + int(rng, 4);
  return Array.from({ length: n }, () => {
    const p = person(1 + int(rng, 6)) as Record<string, unknown>;
    if (rng() < 0.5) p.events = [{ type: 'payment', date: '2024-03-01', amountUsd: 25, kind: 'fee' }];
    return p;
  });
}

/** Damages the parsed records (before serialising). */
function damageValue(rng: Rng, records: unknown[]): unknown[] {
  const i = int(rng, records.length);
  const paths = leafPaths(records[i]);
  const path = pick(rng, paths);
  switch (int(rng, 7)) {
    case 0:
      records[i] = setAt(records[i], path, pick(rng, WRONG_VALUES));
      break;
    case 1: {
      const datePaths = paths.filter((p) => /date|Date|start|end/.test(String(p[p.length - 1])));
      if (datePaths.length > 0) records[i] = setAt(records[i], pick(rng, datePaths), pick(rng, BAD_DATES));
      else records[i] = setAt(records[i], path, pick(rng, BAD_DATES));
      break;
    }
    case 2:
      records[i] = setAt(records[i], path, pick(rng, NASTY_STRINGS));
      break;
    case 3: {
      // A huge field: within the 1 MiB a record may take, or well past it.
      const size = pick(rng, [10_000, 300_000, 1_200_000]);
      (records[i] as Record<string, unknown>)[pick(rng, ['remark', 'id', 'name'])] = 'z'.repeat(size);
      break;
    }
    case 4: {
      let deep: unknown = 'bottom';
      for (let d = 0; d < 1 + int(rng, 2000); d++) deep = [deep];
      (records[i] as Record<string, unknown>).nested = deep;
      break;
    }
    case 5:
      records[i] = pick(rng, [null, 42, 'P-000001', [], true]);
      break;
    default:
      if (path.length > 0) {
        const parent = path.slice(0, -1).reduce((v: any, k) => v[k], records[i]);
        if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
        else delete parent[path[path.length - 1]!];
      }
  }
  return records;
}

/** Damages the bytes (after serialising). */
function damageBytes(rng: Rng, bytes: Uint8Array): Uint8Array {
  const at = int(rng, bytes.length + 1);
  switch (int(rng, 6)) {
    case 0:
      return bytes.slice(0, at);
    case 1: {
      const bad = pick(rng, [[0xff], [0xc0, 0x80], [0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xed, 0xa0, 0x80]]);
      return new Uint8Array([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
    }
    case 2: {
      const out = bytes.slice();
      for (let k = 0; k < 1 + int(rng, 5); k++) out[int(rng, out.length)] = int(rng, 256);
      return out;
    }
    case 3:
      return new Uint8Array([...bytes.slice(0, at), ...bytes.slice(Math.min(bytes.length, at + 1 + int(rng, 20)))]);
    case 4: {
      const junk = new TextEncoder().encode(pick(rng, ['{', '}', ']', '[', ',', '"', '\n', 'null', '\\', '\u2028', ',,']));
      return new Uint8Array([...bytes.slice(0, at), ...junk, ...bytes.slice(at)]);
    }
    default:
      return bytes.slice(at);
  }
}

const CSV_HEADER = [
  'record_type',
  'person_id',
  'term_id',
  'jurisdiction',
  'kind',
  'sentenceDate',
  'startDate',
  'length.years',
  'statute',
  'level',
  'type',
  'date',
  'amountUsd',
];

function toCsv(rng: Rng, records: Record<string, any>[]): string {
  const rows: string[][] = [CSV_HEADER];
  const row = (cells: Record<string, unknown>) => CSV_HEADER.map((h) => (cells[h] === undefined ? '' : String(cells[h])));
  for (const r of records) {
    if (typeof r !== 'object' || r === null) continue;
    rows.push(row({ record_type: 'person', person_id: r.id }));
    for (const t of Array.isArray(r.terms) ? r.terms : []) {
      rows.push(
        row({
          record_type: 'term',
          person_id: r.id,
          term_id: t?.id,
          jurisdiction: t?.jurisdiction,
          kind: t?.kind,
          sentenceDate: t?.sentenceDate,
          startDate: t?.startDate,
          'length.years': t?.length?.years,
        }),
      );
      for (const o of Array.isArray(t?.offenses) ? t.offenses : [])
        rows.push(row({ record_type: 'offense', person_id: r.id, term_id: t?.id, statute: o?.statute, level: o?.level }));
    }
  }
  // CSV-only damage: shuffled rows, wrong cell counts, bad record types, broken quoting.
  switch (int(rng, 5)) {
    case 0:
      if (rows.length > 2) rows.splice(1 + int(rng, rows.length - 1), 1);
      break;
    case 1:
      rows[1 + int(rng, rows.length - 1)]?.push('extra');
      break;
    case 2:
      if (rows.length > 1) rows[1 + int(rng, rows.length - 1)]![0] = pick(rng, ['sentence', '', 'PERSON', 'offense']);
      break;
    case 3:
      if (rows.length > 2) rows.push(rows[1 + int(rng, rows.length - 1)]!.slice());
      break;
    default:
      if (rows.length > 1)
        rows[1 + int(rng, rows.length - 1)]![int(rng, CSV_HEADER.length)] = pick(rng, [
          '"unclosed',
          'a"b',
          '"x""y"',
          pick(rng, BAD_DATES),
          pick(rng, NASTY_STRINGS),
        ]);
  }
  return rows
    .map((r) => r.map((c) => (/^[^",\n\r]*$/.test(c) || c.startsWith('"') ? c : `"${c.replace(/"/g, '""')}"`)).join(','))
    .join('\n');
}

interface Case {
  name: string;
  bytes: Uint8Array;
  skipInvalid: boolean;
}

function makeCase(seed: number): Case {
  const rng = mulberry32(seed);
  const format = pick(rng, ['json', 'jsonl', 'csv'] as const);
  let records = baseRecords(rng) as unknown[];
  if (rng() < 0.8) records = damageValue(rng, records);
  const text =
    format === 'json'
      ? JSON.stringify(records, null, rng() < 0.5 ? 2 : undefined)
      : format === 'jsonl'
        ? records.map((r) => JSON.stringify(r)).join('\n')
        : toCsv(rng, records as Record<string, any>[]);
  let bytes: Uint8Array = new TextEncoder().encode(text);
  if (rng() < 0.5) bytes = damageBytes(rng, bytes);
  return { name: `case-${seed}.${format}`, bytes, skipInvalid: rng() < 0.25 };
}

async function fingerprint(store: PathwaysStore): Promise<string> {
  const { db } = storeInternals(store);
  const people = await db.selectFrom('people').select(['id', 'record', 'updated_at']).orderBy('id').execute();
  const evaluations = await db
    .selectFrom('evaluations')
    .select(['person_id', 'term_id', 'computed_at'])
    .orderBy('person_id')
    .orderBy('term_id')
    .execute();
  return JSON.stringify([people, evaluations]);
}

describe.each(dialects)('fuzzed imports on %s', (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    await t.store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it(`${CASES} malformed inputs: always a report, never a partial write`, async () => {
    const store = t.store;
    let before = await fingerprint(store);
    let rejectedRuns = 0;
    let committedRuns = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const c = makeCase(seed);
      const report = await importRecords(
        store,
        { name: c.name, data: c.bytes },
        { agencyId: 'AG-1', asOf: '2026-06-01', skipInvalid: c.skipInvalid },
      ).catch((e: unknown) => {
        throw new Error(`${c.name} threw instead of reporting: ${String(e)}`);
      });
      for (const e of report.rejected) {
        expect(e.file, c.name).toBe(c.name);
        expect(typeof e.message === 'string' && e.message.length > 0, c.name).toBe(true);
        expect(typeof e.path, c.name).toBe('string');
        expect(typeof e.record, c.name).toBe('string');
      }
      const after = await fingerprint(store);
      const fileLevel = report.rejected.some((e) => e.record === '');
      if (fileLevel || (report.rejected.length > 0 && !c.skipInvalid)) {
        expect(report.committed, c.name).toBe(false);
        expect(report.written, c.name).toBe(0);
        expect(after, `${c.name} wrote despite errors`).toBe(before);
        rejectedRuns += 1;
      } else {
        expect(report.committed, c.name).toBe(true);
        if (report.rejected.length === 0) expect(report.written, c.name).toBe(report.read);
        committedRuns += 1;
      }
      before = after;
    }
    // The generator must actually produce both kinds, or the test proves nothing.
    expect(rejectedRuns).toBeGreaterThan(CASES / 2);
    expect(committedRuns).toBeGreaterThan(20);
  }, 120_000);
});
