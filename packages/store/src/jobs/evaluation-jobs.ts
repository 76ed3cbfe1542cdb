/**
 * The evaluation jobs: stored evaluations carry the law version and the date they were computed as
 * of, and are recomputed
 *
 * - `evaluate-person {personId}`: whenever `store.people.upsert` writes a person (enqueued in the same
 *   transaction, one waiting job per person). Imports compute evaluations in their own transaction and
 *   enqueue nothing.
 * - `refresh-evaluations {day}`: at start and each time the clock passes midnight UTC. It recomputes,
 *   in batches of REFRESH_BATCH people (one transaction each), every person with an evaluation computed
 *   as of an earlier day or under another LAW_VERSION. Batched in the job rather than one job per person:
 *   a million people would otherwise be a million queue rows each day. It is resumable for free: a run
 *   cut short leaves the rest stale, and the next run (the retry, or tomorrow's) picks them up.
 *
 * Records are validated before evaluation (the Store does not validate what it is given); a record that
 * fails validation, or that the engine cannot evaluate, has its evaluations removed rather than left
 * describing another version of it. Logs carry counts only: no ids, no record content.
 */
import {
  evaluatePerson,
  JURISDICTIONS,
  LAW_VERSION,
  parseIsoDate,
  SUPPORTED_JURISDICTIONS,
  validateRecord,
  type PersonRecord,
} from '@pathways/law';
import { sql } from 'kysely';
import { fromJson, onPersonChanged, storeInternals } from '../kysely-store.ts';
import type { Store, StoredEvaluation } from '../store.ts';
import { openJobQueue } from './open-job-queue.ts';
import { SILENT_LOG, utcDay, type JobLog, type JobQueue, type JobQueueOptions } from './queue.ts';

export const EVALUATE_PERSON = 'evaluate-person';
export const REFRESH_EVALUATIONS = 'refresh-evaluations';
/**
 * People per transaction in the daily refresh. Small, because on SQLite a transaction holds the one
 * connection: fifty people take a few milliseconds, so requests served during the refresh wait no longer
 * than that for their turn.
 */
export const REFRESH_BATCH = 50;

export interface RecomputeResult {
  /** People whose evaluations were replaced. */
  evaluated: number;
  /** People whose record failed validation or evaluation: their evaluations were removed. */
  unevaluable: number;
  /** Ids with no person (deleted since): nothing to do. */
  missing: number;
}

/**
 * Recomputes and replaces the stored evaluations of these people as of `day` (`YYYY-MM-DD`) under
 * LAW_VERSION, in one transaction. On PostgreSQL the people's rows are locked (`for update`) so that a
 * record changed meanwhile is not overwritten with evaluations of its previous version.
 */
export async function recomputeEvaluations(
  store: Store,
  personIds: readonly string[],
  day: string,
  computedAt: string,
): Promise<RecomputeResult> {
  const result: RecomputeResult = { evaluated: 0, unevaluable: 0, missing: 0 };
  if (personIds.length === 0) return result;
  const asOf = parseIsoDate(day);
  await store.transaction(async (tx) => {
    const { db, dialect } = storeInternals(tx);
    let q = db
      .selectFrom('people')
      .select(['id', 'record'])
      .where('id', 'in', [...personIds])
      .orderBy('id');
    if (dialect === 'postgres') q = q.forUpdate();
    const rows = await q.execute();
    result.missing = personIds.length - rows.length;
    for (const row of rows) {
      const evaluations = evaluate(row.id, fromJson(row.record), day, asOf, computedAt);
      if (evaluations === undefined) result.unevaluable += 1;
      else result.evaluated += 1;
      await tx.evaluations.replace(row.id, evaluations ?? []);
    }
  });
  return result;
}

function evaluate(personId: string, value: unknown, day: string, asOf: number, computedAt: string): StoredEvaluation[] | undefined {
  const v = validateRecord(value, 0, { supportedJurisdictions: SUPPORTED_JURISDICTIONS });
  if (!v.ok) return undefined;
  try {
    return evaluatePerson(JURISDICTIONS, v.record as PersonRecord, asOf).map((evaluation) => ({
      personId,
      termId: evaluation.termId,
      asOf: day,
      lawVersion: LAW_VERSION,
      evaluation,
      computedAt,
    }));
  } catch {
    return undefined;
  }
}

/** Ids (in order, after `after`) of people with an evaluation older than `day` or of another law version. */
async function stalePeople(store: Store, day: string, after: string | undefined, limit: number): Promise<string[]> {
  const { db } = storeInternals(store);
  let q = db
    .selectFrom('evaluations')
    .select('person_id')
    .distinct()
    .where((eb) => eb.or([eb('as_of', '<', day), eb('law_version', '<>', LAW_VERSION)]));
  if (after !== undefined) q = q.where('person_id', '>', after);
  const rows = await q.orderBy('person_id').limit(limit).execute();
  return rows.map((r) => r.person_id);
}

export interface RefreshOptions {
  now?: () => Date;
  log?: JobLog;
  batchSize?: number;
}

/** Recomputes every stale evaluation (see the file's comment) as of the clock's UTC day. */
export async function refreshStaleEvaluations(store: Store, options: RefreshOptions = {}): Promise<RecomputeResult & { day: string }> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? SILENT_LOG;
  const batchSize = options.batchSize ?? REFRESH_BATCH;
  const day = utcDay(now());
  const { db } = storeInternals(store);
  const counted = await db
    .selectFrom('evaluations')
    .select(sql<number>`cast(count(distinct person_id) as integer)`.as('n'))
    .where((eb) => eb.or([eb('as_of', '<', day), eb('law_version', '<>', LAW_VERSION)]))
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const totals: RecomputeResult = { evaluated: 0, unevaluable: 0, missing: 0 };
  log.info(`${REFRESH_EVALUATIONS}: ${total} people with evaluations older than ${day} or of another law version`);
  let after: string | undefined;
  let done = 0;
  for (;;) {
    const ids = await stalePeople(store, day, after, batchSize);
    if (ids.length === 0) break;
    const r = await recomputeEvaluations(store, ids, day, now().toISOString());
    totals.evaluated += r.evaluated;
    totals.unevaluable += r.unevaluable;
    totals.missing += r.missing;
    done += ids.length;
    after = ids.at(-1);
    log.info(`${REFRESH_EVALUATIONS}: ${done}/${total} people recomputed as of ${day}`);
  }
  if (totals.unevaluable > 0)
    log.warn(`${REFRESH_EVALUATIONS}: ${totals.unevaluable} record(s) could not be evaluated; their evaluations were removed`);
  log.info(`${REFRESH_EVALUATIONS}: done, ${totals.evaluated} people recomputed as of ${day} under ${LAW_VERSION}`);
  return { ...totals, day };
}

export interface EvaluationJobs {
  queue: JobQueue;
  /** Stops enqueueing on record changes, the daily trigger and the workers (running jobs finish). */
  stop(): Promise<void>;
}

/**
 * Opens the store's job queue, starts the two workers, enqueues `evaluate-person` on every
 * `people.upsert`, and triggers `refresh-evaluations` now and each UTC midnight of `now`.
 */
export async function startEvaluationJobs(
  store: Store,
  options: JobQueueOptions & { refreshBatchSize?: number } = {},
): Promise<EvaluationJobs> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? SILENT_LOG;
  const queue = await openJobQueue(store, options);
  let off: (() => void) | undefined;
  try {
    await queue.work<{ personId: string }>(EVALUATE_PERSON, async ({ personId }) => {
      const r = await recomputeEvaluations(store, [personId], utcDay(now()), now().toISOString());
      if (r.unevaluable > 0) log.warn(`${EVALUATE_PERSON}: a record could not be evaluated; its evaluations were removed`);
    });
    await queue.work(REFRESH_EVALUATIONS, async () => {
      await refreshStaleEvaluations(store, {
        now,
        log,
        ...(options.refreshBatchSize !== undefined ? { batchSize: options.refreshBatchSize } : {}),
      });
    });
    off = onPersonChanged(store, async (tx, personId) => {
      await queue.enqueue(EVALUATE_PERSON, { personId }, { singletonKey: personId, tx });
    });
    await queue.daily(REFRESH_EVALUATIONS, (day) => ({ day }));
  } catch (e) {
    off?.();
    await queue.stop();
    throw e;
  }
  log.info(`evaluation jobs started (${queue.kind}): ${EVALUATE_PERSON} on record changes, ${REFRESH_EVALUATIONS} daily at 00:00 UTC`);
  return {
    queue,
    async stop() {
      off?.();
      await queue.stop();
    },
  };
}
