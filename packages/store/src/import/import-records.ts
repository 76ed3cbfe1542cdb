/**
 * Imports person records into the store in ONE transaction: every valid record is upserted by id
 * together with its evaluations as of `asOf`, or, when a record is invalid and `skipInvalid` is not
 * set, nothing at all is written. Records stream through in batches (500 people per statement), so
 * memory stays flat however large the file; a crash mid-import leaves the database as it was, since
 * the transaction never committed.
 */
import {
  evaluatePerson,
  JURISDICTIONS,
  LAW_VERSION,
  SUPPORTED_JURISDICTIONS,
  tryParseIsoDate,
  validateRecord,
  type Day,
  type PersonRecord,
} from '@pathways/law';
import { sql, type Kysely } from 'kysely';
import { nowIso, storeInternals } from '../kysely-store.ts';
import type { Database, Dialect } from '../schema.ts';
import type { Store } from '../store.ts';
import { readCsvRecords, type CsvCandidate } from './csv-records.ts';
import { SourceError, type ImportError } from './import-error.ts';
import { readJsonRecords } from './json-records.ts';
import { formatOf, type ImportSource } from './source.ts';

export interface ImportOptions {
  /** The agency the imported people belong to (required; it must exist). */
  agencyId: string;
  /** The date the evaluations are computed as of, `YYYY-MM-DD`. Default: today (UTC). */
  asOf?: string;
  /** Write the valid records and list the rejected ones, instead of writing nothing when any is invalid. */
  skipInvalid?: boolean;
  /** Called after each batch with the number of records read so far. */
  onProgress?: (records: number) => void;
}

export interface ImportReport {
  /** Records read from the source (valid or not). */
  read: number;
  /** Valid records written (upserted). 0 when the import was rolled back. */
  written: number;
  /** Every problem found, in file order. */
  rejected: ImportError[];
  /** Whether the transaction committed: false when any record was invalid without `skipInvalid`, or the file itself was unreadable. */
  committed: boolean;
}

/** People per INSERT statement; also the evaluations' rows per statement. */
export const BATCH_SIZE = 500;
/** Longer ids are refused: they would not fit PostgreSQL's index entries, and no agency's id is that long. */
export const MAX_ID_LENGTH = 200;

class RollBack extends Error {}

interface Ready {
  id: string;
  recordJson: string;
  evaluations: { termId: string; json: string }[];
}

export async function importRecords(store: Store, source: ImportSource | string, options: ImportOptions): Promise<ImportReport> {
  const src: ImportSource = typeof source === 'string' ? { name: source } : source;
  const { inTransaction } = storeInternals(store);
  if (inTransaction) throw new Error('importRecords opens its own transaction: pass the store, not a transaction of it');
  const asOfIso = options.asOf ?? new Date().toISOString().slice(0, 10);
  const asOf = tryParseIsoDate(asOfIso);
  if (asOf === undefined) throw new Error(`asOf must be a date written YYYY-MM-DD, not ${JSON.stringify(options.asOf)}`);
  if (!(await store.agencies.get(options.agencyId)))
    throw new Error(`no agency ${JSON.stringify(options.agencyId)}: create it before importing`);

  const report: ImportReport = { read: 0, written: 0, rejected: [], committed: false };
  try {
    await store.transaction(async (tx) => {
      const { db, dialect } = storeInternals(tx);
      const now = nowIso();
      let pending: Ready[] = [];
      const flush = async () => {
        if (pending.length > 0) await writeBatch(db, dialect, pending, options.agencyId, asOfIso, now);
        pending = [];
      };
      const reader = formatOf(src) === 'csv' ? readCsvRecords(src) : readJsonRecords(src);
      for await (const batch of reader) {
        for (const candidate of batch) {
          report.read += 1;
          const ready = prepare(candidate, src.name, asOf, report.rejected);
          // Once something is rejected without skipInvalid, nothing will be kept: only look for more errors.
          if (!ready || (report.rejected.length > 0 && !options.skipInvalid)) continue;
          pending.push(ready);
          report.written += 1;
          if (pending.length >= BATCH_SIZE) await flush();
        }
        options.onProgress?.(report.read);
      }
      if (report.rejected.length > 0 && !options.skipInvalid) throw new RollBack();
      await flush();
    });
    report.committed = true;
  } catch (e) {
    if (e instanceof SourceError) {
      report.rejected.push({ file: src.name, ...(e.line !== undefined ? { line: e.line } : {}), record: '', path: '', message: e.message });
    } else if (!(e instanceof RollBack)) throw e;
    report.written = 0;
  }
  return report;
}

/** Validates and evaluates one candidate; its problems go to `rejected`. */
function prepare(candidate: CsvCandidate, file: string, asOf: Day, rejected: ImportError[]): Ready | undefined {
  const lineOf = (path: string) => candidate.lineForPath?.(path) ?? candidate.line;
  if (candidate.errors && candidate.errors.length > 0) {
    // Errors from reading (a CSV row that cannot be placed) come first; the record's own are listed too.
    rejected.push(...candidate.errors);
    if (candidate.value !== undefined) {
      const v = validateRecord(candidate.value, candidate.position, { supportedJurisdictions: SUPPORTED_JURISDICTIONS });
      if (!v.ok)
        rejected.push(...v.errors.map((e) => ({ file, line: lineOf(e.path), record: e.record, path: e.path, message: e.message })));
    }
    return undefined;
  }
  const v = validateRecord(candidate.value, candidate.position, { supportedJurisdictions: SUPPORTED_JURISDICTIONS });
  if (!v.ok) {
    rejected.push(...v.errors.map((e) => ({ file, line: lineOf(e.path), record: e.record, path: e.path, message: e.message })));
    return undefined;
  }
  const record = v.record;
  const reject = (path: string, message: string) => {
    rejected.push({
      file,
      line: lineOf(path),
      record: record.id.length <= MAX_ID_LENGTH ? record.id : `#${candidate.position}`,
      path,
      message,
    });
    return undefined;
  };
  if (record.id.length > MAX_ID_LENGTH) return reject('id', `is longer than ${MAX_ID_LENGTH} characters`);
  const longTerm = record.terms.findIndex((t) => t.id.length > MAX_ID_LENGTH);
  if (longTerm >= 0) return reject(`terms[${longTerm}].id`, `is longer than ${MAX_ID_LENGTH} characters`);
  const unstorable = unstorableText(candidate.value, '');
  if (unstorable) return reject(unstorable.path, unstorable.message);
  let evaluations;
  try {
    evaluations = evaluatePerson(JURISDICTIONS, record as PersonRecord, asOf);
  } catch (e) {
    return reject('', `could not be evaluated: ${(e as Error).message}`);
  }
  return {
    id: record.id,
    // The record as given, unknown fields and all.
    recordJson: JSON.stringify(candidate.value),
    evaluations: evaluations.map((e) => ({ termId: e.termId, json: JSON.stringify(e) })),
  };
}

/**
 * Text neither database can hold the same way: PostgreSQL refuses NUL in text and jsonb, and a lone
 * UTF-16 surrogate is not Unicode. Refused on both dialects, so a file imports alike on either.
 */
function unstorableText(value: unknown, path: string): { path: string; message: string } | undefined {
  const bad = (s: string) => s.includes('\u0000') || /\p{Cs}/u.test(s);
  if (typeof value === 'string')
    return bad(value) ? { path, message: 'holds a NUL character or a lone surrogate, which cannot be stored' } : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (bad(key)) return { path: at, message: 'is a field name holding a NUL character or a lone surrogate, which cannot be stored' };
      const found = unstorableText(v, at);
      if (found) return found;
    }
  }
  return undefined;
}

/** Evaluations per group of statements: keeps every statement well under SQLite's 32,766 parameters. */
const EVALUATIONS_PER_GROUP = 2000;

/**
 * Upserts a batch of people and their evaluations. A row whose content is unchanged keeps its
 * timestamps, so importing the same file twice leaves the database exactly as the first time.
 */
async function writeBatch(
  db: Kysely<Database>,
  dialect: Dialect,
  batch: Ready[],
  agencyId: string,
  asOf: string,
  now: string,
): Promise<void> {
  // The last record with an id wins, as it would across batches (an upsert cannot touch one row twice).
  const byId = new Map<string, Ready>();
  for (const r of batch) {
    byId.delete(r.id);
    byId.set(r.id, r);
  }
  // People with many terms make many evaluation rows: group so no statement grows past the limit.
  let group: Ready[] = [];
  let rows = 0;
  for (const p of byId.values()) {
    if (group.length > 0 && rows + p.evaluations.length > EVALUATIONS_PER_GROUP) {
      await writeGroup(db, dialect, group, agencyId, asOf, now);
      group = [];
      rows = 0;
    }
    group.push(p);
    rows += p.evaluations.length;
  }
  if (group.length > 0) await writeGroup(db, dialect, group, agencyId, asOf, now);
}

async function writeGroup(
  db: Kysely<Database>,
  dialect: Dialect,
  people: Ready[],
  agencyId: string,
  asOf: string,
  now: string,
): Promise<void> {
  const differs = (table: string, column: string) =>
    dialect === 'postgres'
      ? sql<boolean>`${sql.ref(`${table}.${column}`)} is distinct from ${sql.ref(`excluded.${column}`)}`
      : sql<boolean>`${sql.ref(`${table}.${column}`)} is not ${sql.ref(`excluded.${column}`)}`;

  await db
    .insertInto('people')
    .values(people.map((p) => ({ id: p.id, agency_id: agencyId, record: p.recordJson, updated_at: now })))
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          agency_id: eb.ref('excluded.agency_id'),
          record: eb.ref('excluded.record'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where((eb) => eb.or([differs('people', 'record'), differs('people', 'agency_id')])),
    )
    .execute();

  const evaluations = people.flatMap((p) =>
    p.evaluations.map((e) => ({
      person_id: p.id,
      term_id: e.termId,
      as_of: asOf,
      law_version: LAW_VERSION,
      evaluation: e.json,
      computed_at: now,
    })),
  );
  // Evaluations of terms the new records no longer have.
  let stale = db.deleteFrom('evaluations').where(
    'person_id',
    'in',
    people.map((p) => p.id),
  );
  if (evaluations.length > 0) {
    const kept = sql.join(evaluations.map((e) => sql`(${e.person_id}, ${e.term_id})`));
    stale = stale.where(sql<boolean>`(person_id, term_id) not in (values ${kept})`);
  }
  await stale.execute();
  for (let i = 0; i < evaluations.length; i += BATCH_SIZE) {
    await db
      .insertInto('evaluations')
      .values(evaluations.slice(i, i + BATCH_SIZE))
      .onConflict((oc) =>
        oc
          .columns(['person_id', 'term_id'])
          .doUpdateSet((eb) => ({
            as_of: eb.ref('excluded.as_of'),
            law_version: eb.ref('excluded.law_version'),
            evaluation: eb.ref('excluded.evaluation'),
            computed_at: eb.ref('excluded.computed_at'),
          }))
          .where((eb) =>
            eb.or([differs('evaluations', 'evaluation'), differs('evaluations', 'as_of'), differs('evaluations', 'law_version')]),
          ),
      )
      .execute();
  }
}
