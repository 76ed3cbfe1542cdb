// Two processes on one SQLite file (the server and an import): a transaction takes the write lock when it
// begins, so a second writer waits its turn instead of failing mid-transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.ts';

describe('SQLite transactions begin IMMEDIATE', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('case: another connection cannot take the write lock while a transaction that has only read is open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathways-lock-'));
    dirs.push(dir);
    const path = join(dir, 'store.sqlite');
    const store = await openStore({ sqlitePath: path });
    const other = new BetterSqlite3(path);
    other.pragma('busy_timeout = 0');
    try {
      let lockedOut: string | undefined;
      await store.transaction(async (tx) => {
        await tx.agencies.list();
        // A deferred BEGIN would hold no write lock yet, and this would succeed (and the transaction's own
        // write would then fail with SQLITE_BUSY_SNAPSHOT, without waiting).
        try {
          other.exec('begin immediate');
          other.exec('rollback');
        } catch (e) {
          lockedOut = (e as { code?: string }).code;
        }
      });
      expect(lockedOut).toBe('SQLITE_BUSY');
      // Committed: the lock is free again.
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
      await store.close();
    }
  });
});
