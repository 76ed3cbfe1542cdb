import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSqlite, importRecords, openStore, restoreSqlite } from '../src/index.ts';
import { dialects, openTestStore } from './dialects.ts';
import { jsonl, person } from './records.ts';

describe('SQLite backup and restore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pathways-backup-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up an open, in-use store and restores it over a closed database', async () => {
    const live = join(dir, 'live.sqlite');
    const copy = join(dir, 'backups', 'nightly.sqlite');
    const store = await openStore({ sqlitePath: live });
    await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
    await importRecords(store, { name: 'a.jsonl', data: jsonl([person(1), person(2)]) }, { agencyId: 'AG-1', asOf: '2026-06-01' });
    await store.audit.append({ actorUserId: null, action: 'import.create', personId: null, reason: null, detail: { file: 'a.jsonl' } });

    await backupSqlite(store, copy);
    expect(existsSync(copy)).toBe(true);
    // Changes after the backup are not in it.
    await importRecords(store, { name: 'b.jsonl', data: jsonl([person(3)]) }, { agencyId: 'AG-1', asOf: '2026-06-01' });
    expect(await store.people.count({})).toBe(3);

    // The live database is open: restoring over it is refused.
    await expect(restoreSqlite(copy, live)).rejects.toThrow(/open in this process/);
    await store.close();

    await restoreSqlite(copy, live);
    const restored = await openStore({ sqlitePath: live });
    try {
      expect((await restored.people.list({})).map((p) => p.id)).toEqual(['P-000001', 'P-000002']);
      expect((await restored.evaluations.forPerson('P-000001')).map((e) => e.termId)).toEqual(['T-1']);
      expect((await restored.audit.list({})).map((e) => e.action)).toEqual(['import.create']);
    } finally {
      await restored.close();
    }
  });

  it('restores to a new path, and the backup opens as a store in its own right', async () => {
    const store = await openStore({ sqlitePath: join(dir, 'live.sqlite') });
    await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
    await backupSqlite(store, join(dir, 'b.sqlite'));
    await store.close();
    await restoreSqlite(join(dir, 'b.sqlite'), join(dir, 'elsewhere', 'new.sqlite'));
    const other = await openStore({ sqlitePath: join(dir, 'elsewhere', 'new.sqlite') });
    expect(await other.agencies.list()).toEqual([{ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' }]);
    await other.close();
  });

  it('refuses a target with WAL files beside it (in use elsewhere, or left by a crash)', async () => {
    const store = await openStore({ sqlitePath: join(dir, 'live.sqlite') });
    await backupSqlite(store, join(dir, 'b.sqlite'));
    await store.close();
    writeFileSync(join(dir, 'target.sqlite'), '');
    writeFileSync(join(dir, 'target.sqlite-wal'), '');
    await expect(restoreSqlite(join(dir, 'b.sqlite'), join(dir, 'target.sqlite'))).rejects.toThrow(/in use/);
  });

  it('refuses a backup that is not a SQLite database, or is missing', async () => {
    writeFileSync(join(dir, 'junk.sqlite'), 'this is not a database, just some text long enough to look like a header'.repeat(20));
    await expect(restoreSqlite(join(dir, 'junk.sqlite'), join(dir, 'target.sqlite'))).rejects.toThrow(/not a SQLite database|damaged/);
    await expect(restoreSqlite(join(dir, 'missing.sqlite'), join(dir, 'target.sqlite'))).rejects.toThrow(/no backup/);
    expect(existsSync(join(dir, 'target.sqlite'))).toBe(false);
  });

  it("refuses an empty file and another program's SQLite database, leaving the store as it was", async () => {
    const live = join(dir, 'live.sqlite');
    const store = await openStore({ sqlitePath: live });
    await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
    await store.close();
    writeFileSync(join(dir, 'empty.sqlite'), '');
    const foreign = new BetterSqlite3(join(dir, 'foreign.sqlite'));
    foreign.exec('create table notes (id integer primary key, text text)');
    foreign.close();
    for (const name of ['empty.sqlite', 'foreign.sqlite']) {
      await expect(restoreSqlite(join(dir, name), live)).rejects.toThrow(/not a Pathways backup/);
    }
    const after = await openStore({ sqlitePath: live });
    try {
      expect(await after.agencies.get('AG-1')).toBeDefined();
    } finally {
      await after.close();
    }
  });

  it.runIf(dialects.includes('postgres'))('refuses a PostgreSQL store', async () => {
    const t = await openTestStore('postgres');
    try {
      await expect(backupSqlite(t.store, join(dir, 'x.sqlite'))).rejects.toThrow(/pg_dump/);
    } finally {
      await t.dispose();
    }
  });
});
