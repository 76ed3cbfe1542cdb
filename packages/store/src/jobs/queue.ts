/**
 * A durable job queue with the same contract on both dialects: pg-boss on PostgreSQL
 * (`pg-boss-queue.ts`), a `jobs` table worked in-process on SQLite (`sqlite-queue.ts`). Jobs survive a
 * restart, are retried with exponential backoff when their handler throws, and a daily trigger driven by
 * an injectable clock enqueues a job once at start and again each time the clock passes midnight UTC.
 */
import type { Store } from '../store.ts';

export interface EnqueueOptions {
  /**
   * While a job of the same name and key is still waiting to start, enqueueing another does nothing
   * and returns null. A job already running does not block a new one (so a change made while a job
   * runs is picked up by the next). pg-boss's `short` queue policy; a partial unique index on SQLite.
   */
  singletonKey?: string;
  /** Not started before this time. */
  startAfter?: Date;
  /**
   * A store handed out by `store.transaction(…)`: the job is written in that transaction, so it
   * exists only if the transaction commits.
   */
  tx?: Store;
}

export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

export type JobHandler<P> = (payload: P, job: JobContext) => Promise<void>;

/** What the queue logs through: pino (Fastify's `app.log`) fits. Messages never carry payloads. */
export interface JobLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const SILENT_LOG: JobLog = { info() {}, warn() {}, error() {} };

export interface JobQueueOptions {
  /** The clock (tests inject one). Default: the system clock. */
  now?: () => Date;
  log?: JobLog;
  /** Retries after the first failure before a job is given up as failed. Default 5. */
  retryLimit?: number;
  /** Delay before the first retry; doubled for each further one. Default 30 s. */
  retryDelaySeconds?: number;
  /** How often an idle worker looks for due jobs. Default 2 s (pg-boss refuses less than 0.5 s). */
  pollIntervalSeconds?: number;
  /** How often the daily trigger looks at the clock. Default 60 s. */
  dailyCheckSeconds?: number;
  /**
   * A job running longer than this is taken to be abandoned (its process died) and run again.
   * Default 4 hours: the daily refresh of a large database must fit.
   */
  expireInSeconds?: number;
  /** PostgreSQL: the schema pg-boss keeps its tables in. Default `pgboss`. */
  pgBossSchema?: string;
}

export interface JobQueue {
  readonly kind: 'sqlite' | 'pg-boss';
  /** The job's id, or null when `singletonKey` matched a job still waiting. */
  enqueue<P extends object>(name: string, payload: P, options?: EnqueueOptions): Promise<string | null>;
  /** Starts one worker for `name` (jobs of a name run one at a time in this process). */
  work<P extends object>(name: string, handler: JobHandler<P>): Promise<void>;
  /**
   * Enqueues `name` now and again each time the clock enters a new UTC day, with `singletonKey` the
   * day (`YYYY-MM-DD`), so a restart on a day whose job still waits adds no second one.
   */
  daily(name: string, payload: (day: string) => object): Promise<void>;
  /** Stops the daily triggers and the workers, waiting for running jobs to finish. */
  stop(): Promise<void>;
}

export type ResolvedJobQueueOptions = Required<Omit<JobQueueOptions, 'pgBossSchema'>> & { pgBossSchema: string };

export function resolveOptions(options: JobQueueOptions): ResolvedJobQueueOptions {
  return {
    now: options.now ?? (() => new Date()),
    log: options.log ?? SILENT_LOG,
    retryLimit: options.retryLimit ?? 5,
    retryDelaySeconds: options.retryDelaySeconds ?? 30,
    pollIntervalSeconds: options.pollIntervalSeconds ?? 2,
    dailyCheckSeconds: options.dailyCheckSeconds ?? 60,
    expireInSeconds: options.expireInSeconds ?? 4 * 60 * 60,
    pgBossSchema: options.pgBossSchema ?? 'pgboss',
  };
}

/** `YYYY-MM-DD` of the instant, in UTC. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * Fires once when started, then whenever the clock's UTC day differs from the day it last fired for
 * (checked every `intervalMs`, so a clock that jumps, or a machine that slept, still fires once).
 * Implemented here rather than with pg-boss's cron so that it behaves alike on both dialects and
 * follows the injected clock.
 */
export class DailyTrigger {
  private last: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly now: () => Date,
    private readonly intervalMs: number,
    private readonly fire: (day: string) => Promise<void>,
    private readonly log: JobLog,
  ) {}

  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.check());
    }, this.intervalMs);
    // The server keeps the process alive; a timer alone must not.
    this.timer.unref();
  }

  private async check(): Promise<void> {
    const day = utcDay(this.now());
    if (day === this.last) return;
    try {
      await this.fire(day);
      this.last = day;
    } catch (e) {
      // Not recorded as fired: the next check tries again.
      this.log.error(`daily trigger for ${day} failed: ${(e as Error).message}`);
    }
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.running;
  }
}
