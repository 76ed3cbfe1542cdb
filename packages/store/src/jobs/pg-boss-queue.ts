/**
 * The PostgreSQL job queue: pg-boss, pinned at 10.4.2 (the last release whose engines allow Node 20;
 * 11 and later need Node 22; 10.x supports PostgreSQL 13 and later), in its own schema (`pgboss` by default), running its SQL
 * through the store's own Kysely connection pool (pg-boss's `db` option), so it opens no second pool
 * and a job enqueued with `{ tx }` is written in the caller's transaction.
 *
 * Every queue is created with pg-boss's `short` policy (at most one WAITING job per singleton key),
 * retryLimit / retryDelay from the options and exponential backoff. pg-boss's own cron is not used:
 * `daily` is the same clock-driven trigger as on SQLite (`DailyTrigger`), so tests can drive it.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
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

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** pg-boss's database adapter over a Kysely handle (the pool, or a transaction). */
function bossDb(db: Kysely<Database>): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const r = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: r.rows as any[] };
    },
  };
}

export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private readonly options: ResolvedJobQueueOptions;
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly workerIds = new Map<string, string>();
  private readonly triggers: DailyTrigger[] = [];
  private stopped = false;

  private constructor(store: Store, options: JobQueueOptions) {
    this.options = resolveOptions(options);
    if (!SCHEMA_NAME.test(this.options.pgBossSchema)) throw new Error(`pgBossSchema must be a plain SQL identifier`);
    this.boss = new PgBoss({
      db: bossDb(storeInternals(store).db),
      schema: this.options.pgBossSchema,
      // The daily trigger is ours (see above); pg-boss's cron would also poll for nothing.
      schedule: false,
      supervise: true,
      migrate: true,
    });
    // pg-boss reports maintenance errors as events; unhandled, an 'error' event would end the process.
    this.boss.on('error', (e: Error) => this.options.log.error(`job queue (pg-boss): ${e.message}`));
  }

  static async open(store: Store, options: JobQueueOptions = {}): Promise<PgBossJobQueue> {
    const queue = new PgBossJobQueue(store, options);
    await queue.boss.start();
    return queue;
  }

  private ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (created === undefined) {
      // Idempotent in pg-boss (insert … on conflict do nothing).
      created = this.boss.createQueue(name, {
        name,
        policy: 'short',
        retryLimit: this.options.retryLimit,
        retryDelay: this.options.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: this.options.expireInSeconds,
      });
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }

  async enqueue<P extends object>(name: string, payload: P, options: EnqueueOptions = {}): Promise<string | null> {
    await this.ensureQueue(name);
    const id = await this.boss.send(name, payload, {
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfter !== undefined ? { startAfter: options.startAfter } : {}),
      ...(options.tx !== undefined ? { db: bossDb(storeInternals(options.tx).db) } : {}),
    });
    // Inside a transaction the job is not visible yet: the worker's next poll finds it.
    const worker = this.workerIds.get(name);
    if (worker !== undefined && options.tx === undefined) this.boss.notifyWorker(worker);
    return id;
  }

  async work<P extends object>(name: string, handler: JobHandler<P>): Promise<void> {
    if (this.stopped) throw new Error('the job queue is stopped');
    if (this.workerIds.has(name)) throw new Error(`a worker for ${name} is already running`);
    await this.ensureQueue(name);
    const id = await this.boss.work<P>(
      name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.options.pollIntervalSeconds },
      async (jobs) => {
        // A thrown error fails the job; pg-boss retries it with backoff until retryLimit.
        for (const job of jobs) await handler(job.data, { id: job.id, name, attempt: job.retryCount + 1 });
      },
    );
    this.workerIds.set(name, id);
  }

  async daily(name: string, payload: (day: string) => object): Promise<void> {
    const trigger = new DailyTrigger(
      this.options.now,
      this.options.dailyCheckSeconds * 1000,
      async (day) => {
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
    // graceful + wait: running jobs finish first; close: false, the pool is the store's.
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
  }
}
