/**
 * Backups of a SQLite store, online: better-sqlite3's `backup()` copies the database page by page
 * while the store stays open and in use, and the copy is a consistent snapshot. (PostgreSQL is backed
 * up with its own tools, pg_dump or base backups.)
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { storeInternals } from './kysely-store.ts';
import { makeDirectories } from './make-directories.ts';
import { openSqlitePaths } from './open-store.ts';
import type { Store } from './store.ts';

/** A restore refused for what it was given (no backup there, not a database, damaged, a database in use), not a fault. */
export class RestoreRefused extends Error {}

/** Copies the open SQLite store to `toPath` (a new file; an existing one is replaced). */
export async function backupSqlite(store: Store, toPath: string): Promise<void> {
  const { dialect, sqlite } = storeInternals(store);
  if (dialect !== 'sqlite' || !sqlite) throw new Error('backupSqlite backs up a SQLite store; back PostgreSQL up with pg_dump');
  const target = resolve(toPath);
  makeDirectories(dirname(target));
  // Into a temporary file first: a backup that fails halfway never leaves a half-copied database under the final name.
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await (sqlite as BetterSqlite3.Database).backup(partial);
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

/**
 * Puts the backup at `fromPath` in place as the database at `toPath`. Refuses when the database at
 * `toPath` is in use: open in this process, or with WAL files beside it (`-wal`, `-shm`), which an
 * open connection keeps and a crashed one leaves behind (open and close it once to fold them back
 * in). Also refuses a backup that is not a sound SQLite database. Stop the server before restoring.
 */
export async function restoreSqlite(fromPath: string, toPath: string): Promise<void> {
  const source = resolve(fromPath);
  const target = resolve(toPath);
  if (!existsSync(source)) throw new RestoreRefused(`no backup at ${source}`);
  if (statSync(source).isDirectory()) throw new RestoreRefused(`${source} is a directory, not a backup file`);
  if (openSqlitePaths.has(target))
    throw new RestoreRefused(`the database ${target} is open in this process: close it before restoring over it`);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(target + suffix)) {
      throw new RestoreRefused(
        `the database ${target} looks in use (${target}${suffix} exists): stop whatever has it open before restoring over it`,
      );
    }
  }
  const backup = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new RestoreRefused(`the backup ${source} is damaged: ${String(check)}`);
    // An empty file, or another program's database, is sound SQLite too: restoring it would wipe the store.
    if (!isPathwaysDatabase(backup)) throw new RestoreRefused(`${source} is not a Pathways backup (it holds no Pathways schema)`);
    makeDirectories(dirname(target));
    const partial = `${target}.restoring`;
    rmSync(partial, { force: true });
    try {
      await backup.backup(partial);
      // The rename is atomic: a reader sees the old database or the restored one, never half of each.
      renameSync(partial, target);
    } catch (e) {
      rmSync(partial, { force: true });
      throw e;
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new RestoreRefused(`${source} is not a SQLite database`);
    throw e;
  } finally {
    backup.close();
  }
}

/** The database holds the schema Pathways migrates (Kysely's migration table, with at least one migration run). */
function isPathwaysDatabase(db: BetterSqlite3.Database): boolean {
  const table = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (table === undefined) return false;
  return (db.prepare('select count(*) as n from kysely_migration').get() as { n: number }).n > 0;
}
