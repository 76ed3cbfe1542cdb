/**
 * The SQLite job queue: rows of the `jobs` table (migration `20261130120000_jobs`), worked by this
 * process. Durable because the row is the job: one enqueued before a crash or a shutdown is still
 * there when the database is opened again, and a job that was running when the process died is
 * released when the queue starts.
 *
 * - claim: one `UPDATE … RETURNING` (a transaction of its own, holding SQLite's write lock) marks the
 *   oldest due job `active`, counts the attempt and leases it for `expireInSeconds`;
 * - success: `completed`; failure: `retry`, due again after retryDelay × 2^(attempt-1) (capped at six
 *   hours), or `failed` once the attempts are spent; the error's message is kept in `last_error`;
 * - completed jobs are deleted after 7 days, failed ones after 30.
 *
 * It assumes one process works a database file (the server): SQLite is the single-machine option.
 */
import { sql, type Kysely } from 'kysely';
import { storeInternals } from '../kysely-store.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../store.ts';
import {
  DailyTrigger,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
  type JobQueueOptions,
  type ResolvedJobQueueOptions,
  resolveOptions,
} from './queue.ts';

const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;
const KEEP_COMPLETED_MS = 7 * 24 * 60 * 60 * 1000;
const KEEP_FAILED_MS = 30 * 24 * 60 * 60 * 1000;
/** Enough of an error's message to diagnose; the rest is dropped. */
const MAX_ERROR_LENGTH = 500;

interface Claimed {
  id: number | string;
  payload: string;
  attempts: number;
  max_attempts: number;
}

/** Wakes early when `wake()` is called (a job was enqueued, or the queue stops). */
class Sleeper {
  private wakeUp: (() => void) | undefined;
  private pending = false;
  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeUp = undefined;
        resolve();
      }
      this.wakeUp = done;
    });
  }
  wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.pending = true;
  }
}

export class SqliteJobQueue implements JobQueue {
  readonly kind = 'sqlite' as const;
  private readonly options: ResolvedJobQueueOptions;
  private readonly db: Kysely<Database>;
  private readonly workers = new Map<string, { sleeper: Sleeper; done: Promise<void> }>();
  private readonly triggers: DailyTrigger[] = [];
  private stopped = false;

  private constructor(store: Store, options: JobQueueOptions) {
    this.options = resolveOptions(options);
    this.db = storeInternals(store).db;
  }

  static async open(store: Store, options: JobQueueOptions = {}): Promise<SqliteJobQueue> {
    const queue = new SqliteJobQueue(store, options);
    await queue.releaseAbandoned();
    await queue.purge();
    return queue;
  }

  private nowIso(offsetMs = 0): string {
    return new Date(this.options.now().getTime() + offsetMs).toISOString();
  }

  /** Jobs left `active` by a process that died: due again now, or failed if that was their last attempt. */
  private async releaseAbandoned(): Promise<void> {
    const now = this.nowIso();
    const r = await this.db
      .updateTable('jobs')
      .set({
        state: sql<string>`case when attempts >= max_attempts then 'failed' else 'retry' end`,
        run_after: now,
        locked_until: null,
        last_error: 'interrupted: the process stopped while the job ran',
      })
      .where('state', '=', 'active')
      .executeTakeFirst();
    const n = Number(r.numUpdatedRows);
    if (n > 0) this.options.log.warn(`job queue: ${n} job(s) interrupted by the last shutdown will run again`);
  }

  private async purge(): Promise<void> {
    await this.db
      .deleteFrom('jobs')
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'completed'), eb('completed_at', '<', this.nowIso(-KEEP_COMPLETED_MS))]),
          eb.and([eb('state', '=', 'failed'), eb('completed_at', '<', this.nowIso(-KEEP_FAILED_MS))]),
        ]),
      )
      .execute();
  }

  async enqueue<P extends object>(name: string, payload: P, options: EnqueueOptions = {}): Promise<string | null> {
    const db = options.tx !== undefined ? storeInternals(options.tx).db : this.db;
    const row = await db
      .insertInto('jobs')
      .values({
        name,
        payload: JSON.stringify(payload),
        state: 'created',
        singleton_key: options.singletonKey ?? null,
        run_after: (options.startAfter ?? this.options.now()).toISOString(),
        attempts: 0,
        max_attempts: this.options.retryLimit + 1,
        locked_until: null,
        last_error: null,
        created_at: this.nowIso(),
        completed_at: null,
      })
      // The partial unique index on (name, singleton_key) of waiting jobs: a duplicate is skipped.
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    // Waking inside a transaction is safe: the worker's claim waits for the connection, so after the commit.
    this.workers.get(name)?.sleeper.wake();
    return row === undefined ? null : String(row.id);
  }

  async work<P extends object>(name: string, handler: JobHandler<P>): Promise<void> {
    if (this.stopped) throw new Error('the job queue is stopped');
    if (this.workers.has(name)) throw new Error(`a worker for ${name} is already running`);
    const sleeper = new Sleeper();
    const worker = { sleeper, done: Promise.resolve() };
    this.workers.set(name, worker);
    worker.done = this.loop(name, handler as JobHandler<unknown>, sleeper);
  }

  private async loop(name: string, handler: JobHandler<unknown>, sleeper: Sleeper): Promise<void> {
    const idleMs = this.options.pollIntervalSeconds * 1000;
    while (!this.stopped) {
      let job: Claimed | undefined;
      try {
        job = await this.claim(name);
      } catch (e) {
        if (this.stopped) break;
        this.options.log.error(`job queue: claiming a ${name} job failed: ${(e as Error).message}`);
      }
      if (job === undefined) {
        await sleeper.sleep(idleMs);
        continue;
      }
      await this.run(name, job, handler);
    }
  }

  private async claim(name: string): Promise<Claimed | undefined> {
    const now = this.nowIso();
    const lease = this.nowIso(this.options.expireInSeconds * 1000);
    const r = await sql<Claimed>`
      update jobs set state = 'active', attempts = attempts + 1, locked_until = ${lease}
      where id = (
        select id from jobs
        where name = ${name}
          and ((state in ('created', 'retry') and run_after <= ${now}) or (state = 'active' and locked_until < ${now}))
        order by run_after, id
        limit 1
      )
      returning id, payload, attempts, max_attempts`.execute(this.db);
    return r.rows[0];
  }

  private async run(name: string, job: Claimed, handler: JobHandler<unknown>): Promise<void> {
    const attempt = Number(job.attempts);
    try {
      await handler(JSON.parse(job.payload), { id: String(job.id), name, attempt });
      await this.db
        .updateTable('jobs')
        .set({ state: 'completed', completed_at: this.nowIso(), locked_until: null })
        .where('id', '=', Number(job.id))
        .execute();
    } catch (e) {
      const message = String((e as Error)?.message ?? e).slice(0, MAX_ERROR_LENGTH);
      const giveUp = attempt >= Number(job.max_attempts);
      const delayMs = Math.min(this.options.retryDelaySeconds * 1000 * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
      try {
        await this.db
          .updateTable('jobs')
          .set({
            state: giveUp ? 'failed' : 'retry',
            run_after: this.nowIso(giveUp ? 0 : delayMs),
            completed_at: giveUp ? this.nowIso() : null,
            locked_until: null,
            last_error: message,
          })
          .where('id', '=', Number(job.id))
          .execute();
      } catch (e2) {
        // Left active: released when the queue next starts.
        this.options.log.error(`job queue: recording the failure of ${name} job ${job.id} failed: ${(e2 as Error).message}`);
      }
      if (giveUp) this.options.log.error(`job queue: ${name} job ${job.id} failed for good after ${attempt} attempt(s): ${message}`);
      else
        this.options.log.warn(`job queue: ${name} job ${job.id} failed (attempt ${attempt}), retrying in ${delayMs / 1000} s: ${message}`);
    }
  }

  async daily(name: string, payload: (day: string) => object): Promise<void> {
    const trigger = new DailyTrigger(
      this.options.now,
      this.options.dailyCheckSeconds * 1000,
      async (day) => {
        await this.purge();
        await this.enqueue(name, payload(day), { singletonKey: day });
      },
      this.options.log,
    );
    this.triggers.push(trigger);
    await trigger.start();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all(this.triggers.map((t) => t.stop()));
    for (const w of this.workers.values()) w.sleeper.wake();
    await Promise.all([...this.workers.values()].map((w) => w.done));
  }
}
