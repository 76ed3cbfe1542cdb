/**
 * A crash in the middle of an import (SIGKILL: no cleanup runs) leaves the SQLite database exactly
 * as before the import, sound, and ready to take the same import again.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeInternals } from '../src/kysely-store.ts';
import { importRecords, openStore } from '../src/index.ts';
import { jsonl, person } from './records.ts';

const here = dirname(fileURLToPath(import.meta.url));
const RECORDS = 20_000;

describe('an import killed mid-transaction (SQLite)', () => {
  let dir: string;
  let dbPath: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pathways-crash-'));
    dbPath = join(dir, 'data', 'pathways.sqlite');
    file = join(dir, 'people.jsonl');
    const out = createWriteStream(file);
    for (let n = 1; n <= RECORDS; n++) out.write(JSON.stringify(person(n, { remark: 'r'.repeat(n % 50) })) + '\n');
    await new Promise((resolve) => out.end(resolve));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the database as before, passes integrity_check, and the import then completes', async () => {
    const store = await openStore({ sqlitePath: dbPath });
    await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
    await importRecords(
      store,
      { name: 'seed.jsonl', data: jsonl([person(900001), person(900002), person(900003)]) },
      { agencyId: 'AG-1', asOf: '2026-06-01' },
    );
    const seeded = await store.people.list({});
    await store.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'fixtures', 'import-child.ts'), dbPath, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const outcome = await new Promise<{ killedAfter: number; walBytes: number } | { finished: string }>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (d) => {
        buffered += String(d);
        const all = [...buffered.matchAll(/progress (\d+)/g)];
        const last = all.at(-1);
        // Batches are written as records are read, held in SQLite's page cache until it spills into the
        // WAL: once the WAL has grown, uncommitted rows are on disk. That is the moment to kill.
        const walBytes = existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0;
        if (last && walBytes > 0 && !child.killed) {
          child.kill('SIGKILL');
          resolve({ killedAfter: Number(last[1]), walBytes });
        }
        if (buffered.includes('done')) resolve({ finished: buffered });
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`child exited (${code}) before it could be killed: ${stderr}`));
      });
    });
    expect(outcome, 'the child finished before it was killed').toHaveProperty('killedAfter');
    if (!('killedAfter' in outcome)) return;
    expect(outcome.killedAfter).toBeLessThan(RECORDS);
    expect(outcome.walBytes, 'the child had started writing').toBeGreaterThan(0);
    await new Promise((r) => child.once('close', r));

    const reopened = await openStore({ sqlitePath: dbPath });
    try {
      const { db } = storeInternals(reopened);
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      expect(await reopened.people.list({})).toEqual(seeded);
      expect(await reopened.evaluations.forPeople(['P-000001', 'P-000002'])).toEqual([]);

      const report = await importRecords(reopened, file, { agencyId: 'AG-1', asOf: '2026-06-01' });
      expect(report).toMatchObject({ read: RECORDS, written: RECORDS, committed: true });
      expect(await reopened.people.count({})).toBe(RECORDS + 3);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
