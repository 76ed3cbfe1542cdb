/**
 * Imports person records into the store in ONE transaction: every valid record is upserted by id
 * together with its evaluations as of `asOf`, or, when a record is invalid and `skipInvalid` is not
 * set, nothing at all is written. Records stream through in batches (500 people per statement), so
 * memory stays flat however large the file; a crash mid-import leaves the database as it was, since
 * the transaction never committed. With `workers`, this thread reads and writes while worker threads
 * validate and evaluate; the batches come back to be written in file order, so the result is the same.
 */
import { LAW_VERSION, tryParseIsoDate } from '@pathways/law';
import { sql, type Kysely } from 'kysely';
import { bumpRevision, nowIso, storeInternals } from '../kysely-store.ts';
import type { Database, Dialect } from '../schema.ts';
import type { Store } from '../store.ts';
import { readCsvRecords, type CsvCandidate } from './csv-records.ts';
import { SourceError, type ImportError } from './import-error.ts';
import { readJsonRecords } from './json-records.ts';
import { startPreparer } from './prepare-pool.ts';
import type { PrepareInput, Prepared, Ready } from './prepare-record.ts';
import { formatOf, type ImportSource } from './source.ts';

export { MAX_ID_LENGTH } from './prepare-record.ts';

export interface ImportOptions {
  /** The agency the imported people belong to (required; it must exist). */
  agencyId: string;
  /**
   * A supervisor's unit: the import may then add new people and update only people on the caseloads of
   * that unit's officers (the people the supervisor may read), not others of the agency. Default: the
   * whole agency (an administrator, or the command line).
   */
  unitId?: string;
  /** The date the evaluations are computed as of, `YYYY-MM-DD`. Default: today (UTC). */
  asOf?: string;
  /** Write the valid records and list the rejected ones, instead of writing nothing when any is invalid. */
  skipInvalid?: boolean;
  /** Called after each batch read with the number of records read so far. */
  onProgress?: (records: number) => void;
  /**
   * Worker threads to validate and evaluate on, while this thread reads and writes. Default 0: all in
   * this thread, which suits a server that must not take every core for one upload.
   */
  workers?: number;
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

/** People per INSERT statement; also the evaluations' rows per statement, and the records per batch sent to prepare. */
export const BATCH_SIZE = 500;

class RollBack extends Error {}

export async function importRecords(store: Store, source: ImportSource | string, options: ImportOptions): Promise<ImportReport> {
  const src: ImportSource = typeof source === 'string' ? { name: source } : source;
  const { inTransaction } = storeInternals(store);
  if (inTransaction) throw new Error('importRecords opens its own transaction: pass the store, not a transaction of it');
  const asOfIso = options.asOf ?? new Date().toISOString().slice(0, 10);
  const asOf = tryParseIsoDate(asOfIso);
  if (asOf === undefined) throw new Error(`asOf must be a date written YYYY-MM-DD, not ${JSON.stringify(options.asOf)}`);
  const workers = options.workers ?? 0;
  if (!Number.isSafeInteger(workers) || workers < 0) throw new Error(`workers must be a whole number, 0 or more, not ${workers}`);
  if (!(await store.agencies.get(options.agencyId)))
    throw new Error(`no agency ${JSON.stringify(options.agencyId)}: create it before importing`);

  const report: ImportReport = { read: 0, written: 0, rejected: [], committed: false };
  const preparer = startPreparer(workers, asOf);
  try {
    await store.transaction(async (tx) => {
      const { db, dialect } = storeInternals(tx);
      const now = nowIso();
      let pending: Ready[] = [];
      const flush = async () => {
        if (pending.length > 0) await writeBatch(db, dialect, pending, options.agencyId, asOfIso, now);
        pending = [];
      };
      // Batches being prepared, oldest first: they are taken back in this order, which is the file's.
      const inFlight: { candidates: CsvCandidate[]; prepared: Promise<Prepared[]> }[] = [];
      // The line of each id's first record: ids are unique within a file (spec § 1), so a repeat is refused
      // rather than left to replace the record before it. (The one thing an import holds for every record.)
      const firstLineOfId = new Map<string, number>();
      const takeOldest = async () => {
        const { candidates, prepared } = inFlight.shift()!;
        const results = await prepared;
        const outOfScope = await idsOutOfScope(db, results, options.agencyId, options.unitId);
        for (let i = 0; i < candidates.length; i++) {
          const result = results[i]!;
          const line = candidates[i]!.line;
          let ready = accept(candidates[i]!, result, src.name, report.rejected);
          const refusal = ready && outOfScope.get(ready.id);
          if (ready && refusal) {
            report.rejected.push({ file: src.name, line, record: ready.id, path: 'id', message: refusal });
            ready = undefined;
          }
          // An invalid record's id counts too: the record after it with the same id is a repeat all the same.
          const id = 'ready' in result ? result.ready.id : result.id;
          if (id !== undefined) {
            const first = firstLineOfId.get(id);
            if (first === undefined) firstLineOfId.set(id, line);
            else {
              const message = `repeats the id of the record on line ${first}; ids must be unique within a file`;
              report.rejected.push({ file: src.name, line, record: id, path: 'id', message });
              ready = undefined;
            }
          }
          // Once something is rejected without skipInvalid, nothing will be kept: only look for more errors.
          if (!ready || (report.rejected.length > 0 && !options.skipInvalid)) continue;
          pending.push(ready);
          report.written += 1;
          if (pending.length >= BATCH_SIZE) await flush();
        }
      };
      const reader = formatOf(src) === 'csv' ? readCsvRecords(src) : readJsonRecords(src);
      try {
        for await (const batch of reader) {
          report.read += batch.length;
          for (let i = 0; i < batch.length; i += BATCH_SIZE) {
            const candidates = batch.slice(i, i + BATCH_SIZE);
            const prepared = preparer.prepare(candidates.map(inputOf));
            // A batch that fails while older ones are awaited is reported when its turn comes, not as unhandled.
            prepared.catch(() => {});
            inFlight.push({ candidates, prepared });
            while (inFlight.length >= preparer.inFlight) await takeOldest();
          }
          options.onProgress?.(report.read);
        }
      } catch (e) {
        // The records read before the file turned unreadable are reported first, as they would be in this thread.
        if (e instanceof SourceError) while (inFlight.length > 0) await takeOldest();
        throw e;
      }
      while (inFlight.length > 0) await takeOldest();
      if (report.rejected.length > 0 && !options.skipInvalid) throw new RollBack();
      await flush();
      if (report.written > 0) await bumpRevision(db);
    });
    report.committed = true;
  } catch (e) {
    if (e instanceof SourceError) {
      report.rejected.push({ file: src.name, ...(e.line !== undefined ? { line: e.line } : {}), record: '', path: '', message: e.message });
    } else if (!(e instanceof RollBack)) throw e;
    report.written = 0;
  } finally {
    await preparer.close();
  }
  return report;
}

const OTHER_AGENCY = 'is the id of a person of another agency: an import adds or updates only people of its own agency';
const OTHER_UNIT =
  "is the id of a person who is not on a caseload of your unit: a supervisor's import adds new people or updates those on the unit's caseloads";

/**
 * The ids among these prepared records that the import may not write, each with the reason. An import
 * writes into one agency; upserting by id alone would move a person of another agency into it and
 * overwrite their record, across the line that scopes every other route. With a unit, the line is the
 * unit's caseloads: an existing person of the agency on no caseload of the unit is theirs to read only
 * for an administrator, so it is not the supervisor's to overwrite either.
 */
async function idsOutOfScope(
  db: Kysely<Database>,
  results: readonly Prepared[],
  agencyId: string,
  unitId: string | undefined,
): Promise<Map<string, string>> {
  const ids = results.flatMap((r) => ('ready' in r ? [r.ready.id] : []));
  const refused = new Map<string, string>();
  if (ids.length === 0) return refused;
  const rows = await db
    .selectFrom('people')
    .leftJoin('caseloads', 'caseloads.person_id', 'people.id')
    .leftJoin('users', 'users.id', 'caseloads.officer_id')
    .select(['people.id as id', 'people.agency_id as agencyId', 'users.unit_id as unitId'])
    .where('people.id', 'in', ids)
    .execute();
  for (const row of rows) {
    if (row.agencyId !== agencyId) refused.set(row.id, OTHER_AGENCY);
    else if (unitId !== undefined && row.unitId !== unitId) refused.set(row.id, OTHER_UNIT);
  }
  return refused;
}

function inputOf(candidate: CsvCandidate): PrepareInput {
  return {
    position: candidate.position,
    ...(candidate.value !== undefined ? { value: candidate.value } : {}),
    ...(candidate.text !== undefined ? { text: candidate.text } : {}),
    hasReadErrors: candidate.errors !== undefined && candidate.errors.length > 0,
  };
}

/** Lists a prepared candidate's problems (the reader's first), each at its line; returns it when it is to be written. */
function accept(candidate: CsvCandidate, prepared: Prepared, file: string, rejected: ImportError[]): Ready | undefined {
  if (candidate.errors) rejected.push(...candidate.errors);
  if ('ready' in prepared) return prepared.ready;
  for (const p of prepared.problems)
    rejected.push({ file, line: candidate.lineForPath?.(p.path) ?? candidate.line, record: p.record, path: p.path, message: p.message });
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
  // A batch holds each id once (a repeated id is refused as it is read), as an upsert needs.
  // People with many terms make many evaluation rows: group so no statement grows past the limit.
  let group: Ready[] = [];
  let rows = 0;
  for (const p of batch) {
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
    .values(people.map((p) => ({ id: p.id, agency_id: agencyId, record: p.recordJson, updated_at: now, ...p.names })))
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          agency_id: eb.ref('excluded.agency_id'),
          record: eb.ref('excluded.record'),
          updated_at: eb.ref('excluded.updated_at'),
          given_name: eb.ref('excluded.given_name'),
          family_name: eb.ref('excluded.family_name'),
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
      summary: e.summaryJson,
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
            summary: eb.ref('excluded.summary'),
            computed_at: eb.ref('excluded.computed_at'),
          }))
          .where((eb) =>
            eb.or([differs('evaluations', 'evaluation'), differs('evaluations', 'as_of'), differs('evaluations', 'law_version')]),
          ),
      )
      .execute();
  }
}
