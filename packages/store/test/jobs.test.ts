/**
 * The job queue and the evaluation jobs, on both dialects: stale and old-law evaluations recomputed,
 * record changes re-evaluated, jobs surviving a restart, retries with backoff, and the daily trigger
 * following an injected clock across midnight UTC.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluatePerson, JURISDICTIONS, LAW_VERSION, parseIsoDate, type PersonRecord } from '@pathways/law';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeInternals } from '../src/kysely-store.ts';
import {
  importRecords,
  openJobQueue,
  openStore,
  startEvaluationJobs,
  type EvaluationJobs,
  type JobQueue,
  type JobQueueOptions,
  type PathwaysStore,
} from '../src/index.ts';
import { dialects, openTestStore, TEST_DATABASE_URL, type TestStore } from './dialects.ts';
import { jsonl, person } from './records.ts';

/** Polls `check` until it holds (or throws its last failure after `ms`). */
async function eventually(check: () => Promise<void> | void, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Drops a test's pg-boss schema holding the advisory lock `dialects.ts` takes exclusively to drop a
 * store's schema (the same key), so no other test file's migrator is introspecting the catalog meanwhile.
 */
async function dropBossSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [7_405_112_026]);
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end(); // ends the session, which releases the lock
  }
}

/** A clock the test moves by hand. */
function manualClock(iso: string) {
  let at = new Date(iso);
  return {
    now: () => new Date(at),
    set(next: string) {
      at = new Date(next);
    },
  };
}

/** What evaluatePerson gives for the fixture person `n` as of `day`, as stored (JSON). */
const expected = (n: number, day: string) =>
  JSON.parse(JSON.stringify(evaluatePerson(JURISDICTIONS, person(n) as unknown as PersonRecord, parseIsoDate(day))));

/** Fast polling for tests; pg-boss refuses less than 0.5 s. */
const FAST: JobQueueOptions = { pollIntervalSeconds: 0.5, retryDelaySeconds: 0, dailyCheckSeconds: 0.02 };

describe.each(dialects)('evaluation jobs on %s', (dialect) => {
  let t: TestStore;
  let store: PathwaysStore;
  let bossSchema: string;
  const running: { stop(): Promise<void> }[] = [];

  beforeEach(async () => {
    t = await openTestStore(dialect);
    store = t.store;
    bossSchema = `pgboss_test_${randomBytes(6).toString('hex')}`;
    await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
  });
  afterEach(async () => {
    for (const r of running.splice(0)) await r.stop();
    await t.dispose();
    if (dialect === 'postgres') await dropBossSchema(bossSchema);
  });

  const start = async (options: JobQueueOptions = {}): Promise<EvaluationJobs> => {
    const jobs = await startEvaluationJobs(store, { ...FAST, pgBossSchema: bossSchema, ...options });
    running.push(jobs);
    return jobs;
  };
  const queue = async (options: JobQueueOptions = {}, on: PathwaysStore = store): Promise<JobQueue> => {
    const q = await openJobQueue(on, { ...FAST, pgBossSchema: bossSchema, ...options });
    running.push(q);
    return q;
  };
  const importAsOf = (asOf: string, ns: number[]) =>
    importRecords(store, { name: 'people.jsonl', data: jsonl(ns.map((n) => person(n))) }, { agencyId: 'AG-1', asOf });

  it('recomputes evaluations computed as of an earlier day to today, at start, and leaves current ones alone', async () => {
    await importAsOf('2026-11-29', [1, 2]);
    await importAsOf('2026-11-30', [3]);
    const current = await store.evaluations.forPerson('P-000003');
    const logs: string[] = [];
    const clock = manualClock('2026-11-30T09:00:00.000Z');
    await start({ now: clock.now, log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) } });

    await eventually(async () => {
      for (const id of ['P-000001', 'P-000002']) {
        const [e] = await store.evaluations.forPerson(id);
        expect(e?.asOf).toBe('2026-11-30');
      }
    });
    const [e1] = await store.evaluations.forPerson('P-000001');
    expect(e1).toMatchObject({ lawVersion: LAW_VERSION, computedAt: '2026-11-30T09:00:00.000Z' });
    expect(e1?.evaluation).toEqual(expected(1, '2026-11-30')[0]);
    expect(expected(1, '2026-11-30')).not.toEqual(expected(1, '2026-11-29'));
    // Already as of today under this law: not rewritten.
    expect(await store.evaluations.forPerson('P-000003')).toEqual(current);
    // Progress in the logs, with counts and no person ids.
    await eventually(() => expect(logs.some((l) => l.includes('2/2 people recomputed as of 2026-11-30'))).toBe(true));
    expect(logs.join('\n')).not.toMatch(/P-0000/);
  });

  it('recomputes evaluations stored under another law version', async () => {
    await importAsOf('2026-11-30', [1]);
    const [stored] = await store.evaluations.forPerson('P-000001');
    await store.evaluations.replace('P-000001', [{ ...stored!, lawVersion: 'pathways-law 0.0.1 (an older reading)' }]);
    await start({ now: manualClock('2026-11-30T09:00:00.000Z').now });
    await eventually(async () => {
      const [e] = await store.evaluations.forPerson('P-000001');
      expect(e?.lawVersion).toBe(LAW_VERSION);
    });
    const [e] = await store.evaluations.forPerson('P-000001');
    expect(e?.evaluation).toEqual(expected(1, '2026-11-30')[0]);
  });

  it('re-evaluates a person whose record changes through store.people.upsert, only when the change commits', async () => {
    const clock = manualClock('2026-11-30T09:00:00.000Z');
    await start({ now: clock.now });
    const changed = person(1, { terms: [{ ...(person(1).terms as object[])[0], length: { years: 5 } }] }) as unknown as PersonRecord;
    await store.people.upsert({ id: 'P-000001', agencyId: 'AG-1', record: changed, updatedAt: clock.now().toISOString() });
    await eventually(async () => {
      const [e] = await store.evaluations.forPerson('P-000001');
      expect(e?.evaluation).toEqual(JSON.parse(JSON.stringify(evaluatePerson(JURISDICTIONS, changed, parseIsoDate('2026-11-30'))[0])));
    });
    expect((await store.evaluations.forPerson('P-000001'))[0]?.asOf).toBe('2026-11-30');

    // Rolled back: no person, and no job enqueued for them.
    await expect(
      store.transaction(async (tx) => {
        await tx.people.upsert({
          id: 'P-000002',
          agencyId: 'AG-1',
          record: person(2) as unknown as PersonRecord,
          updatedAt: clock.now().toISOString(),
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    if (dialect === 'sqlite') {
      const rows = await storeInternals(store)
        .db.selectFrom('jobs')
        .select(['name', 'payload'])
        .where('name', '=', 'evaluate-person')
        .execute();
      expect(rows.map((r) => JSON.parse(r.payload))).toEqual([{ personId: 'P-000001' }]);
    }
  });

  it('retries a failing job, then gives it up after retryLimit retries', async () => {
    const q = await queue({ retryLimit: 2 });
    const attempts: number[] = [];
    await q.work<{ fail: number }>('flaky', async ({ fail }, job) => {
      attempts.push(job.attempt);
      if (job.attempt <= fail) throw new Error(`failure ${job.attempt}`);
    });
    await q.enqueue('flaky', { fail: 1 });
    await eventually(() => expect(attempts).toEqual([1, 2]));

    attempts.length = 0;
    await q.enqueue('flaky', { fail: 99 });
    await eventually(() => expect(attempts).toEqual([1, 2, 3]));
    await sleep(1500);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('waits between retries, doubling the delay', async () => {
    const q = await queue({ retryLimit: 3, retryDelaySeconds: 1 });
    const at: number[] = [];
    await q.work('slow-flaky', async () => {
      at.push(Date.now());
      if (at.length < 3) throw new Error('not yet');
    });
    await q.enqueue('slow-flaky', {});
    await eventually(() => expect(at).toHaveLength(3), 20_000);
    // pg-boss: delay × 2^n / 2 plus up to as much again at random; SQLite: delay × 2^(n-1).
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(900);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(1900);
  });

  it('skips a job whose singleton key is still waiting', async () => {
    const q = await queue();
    const first = await q.enqueue('once', { n: 1 }, { singletonKey: 'k' });
    const second = await q.enqueue('once', { n: 2 }, { singletonKey: 'k' });
    const other = await q.enqueue('once', { n: 3 }, { singletonKey: 'other' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(other).not.toBeNull();
    const seen: number[] = [];
    await q.work<{ n: number }>('once', async ({ n }) => {
      seen.push(n);
    });
    await eventually(() => expect(seen.sort()).toEqual([1, 3]));
  });

  // SQLite's restart (closing and reopening the file) has its own suite below.
  if (dialect === 'postgres')
    it('keeps a job enqueued before a stop and runs it after a restart', async () => {
      const q1 = await queue();
      await q1.enqueue('durable', { n: 7 });
      await q1.stop();
      const q2 = await queue();
      const seen: number[] = [];
      await q2.work<{ n: number }>('durable', async ({ n }) => {
        seen.push(n);
      });
      await eventually(() => expect(seen).toEqual([7]));
    });

  it('fires the daily trigger at start and again when the clock passes midnight UTC', async () => {
    const clock = manualClock('2026-11-30T23:59:59.900Z');
    const q = await queue({ now: clock.now });
    const days: string[] = [];
    await q.work<{ day: string }>('daily-job', async ({ day }) => {
      days.push(day);
    });
    await q.daily('daily-job', (day) => ({ day }));
    await eventually(() => expect(days).toEqual(['2026-11-30']));
    await sleep(200);
    expect(days).toEqual(['2026-11-30']);
    clock.set('2026-12-01T00:00:00.100Z');
    await eventually(() => expect(days).toEqual(['2026-11-30', '2026-12-01']));
    await sleep(300);
    expect(days).toEqual(['2026-11-30', '2026-12-01']);
  });

  it('after midnight UTC, recomputes the previous day’s evaluations as of the new day', async () => {
    await importAsOf('2026-11-30', [1]);
    const clock = manualClock('2026-11-30T23:59:00.000Z');
    await start({ now: clock.now });
    await sleep(300);
    expect((await store.evaluations.forPerson('P-000001'))[0]?.asOf).toBe('2026-11-30');
    clock.set('2026-12-01T00:00:01.000Z');
    await eventually(async () => expect((await store.evaluations.forPerson('P-000001'))[0]?.asOf).toBe('2026-12-01'));
    expect((await store.evaluations.forPerson('P-000001'))[0]?.evaluation).toEqual(expected(1, '2026-12-01')[0]);
  });
});

describe('the SQLite job queue across a restart', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pathways-jobs-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a job enqueued before the store was closed, and one that was running when the process died', async () => {
    const path = join(dir, 'pathways.sqlite');
    let store = await openStore({ sqlitePath: path });
    let q = await openJobQueue(store, FAST);
    await q.enqueue('durable', { n: 1 });
    await q.enqueue('durable', { n: 2 });
    // Job 2 was claimed by a worker when the process was killed: left `active`, with a long lease.
    await storeInternals(store)
      .db.updateTable('jobs')
      .set({ state: 'active', attempts: 1, locked_until: '2999-01-01T00:00:00.000Z' })
      .where('payload', '=', JSON.stringify({ n: 2 }))
      .execute();
    await q.stop();
    await store.close();

    store = await openStore({ sqlitePath: path });
    try {
      q = await openJobQueue(store, FAST);
      const seen: { n: number; attempt: number }[] = [];
      await q.work<{ n: number }>('durable', async ({ n }, job) => {
        seen.push({ n, attempt: job.attempt });
      });
      await eventually(() =>
        expect(seen.sort((a, b) => a.n - b.n)).toEqual([
          { n: 1, attempt: 1 },
          { n: 2, attempt: 2 },
        ]),
      );
      await q.stop();
      const states = await storeInternals(store).db.selectFrom('jobs').select('state').execute();
      expect(states.map((s) => s.state)).toEqual(['completed', 'completed']);
    } finally {
      await store.close();
    }
  });

  it('stop() waits for the running job to finish', async () => {
    const store = await openStore({ sqlitePath: join(dir, 'stop.sqlite') });
    try {
      const q = await openJobQueue(store, FAST);
      let finished = false;
      let started = false;
      await q.work('long', async () => {
        started = true;
        await sleep(300);
        finished = true;
      });
      await q.enqueue('long', {});
      await eventually(() => expect(started).toBe(true));
      await q.stop();
      expect(finished).toBe(true);
      const [row] = await storeInternals(store).db.selectFrom('jobs').select('state').execute();
      expect(row?.state).toBe('completed');
    } finally {
      await store.close();
    }
  });
});
