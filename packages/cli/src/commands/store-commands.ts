/**
 * The commands that work on the server's database directly: `import`, `backup` and `restore`. They open
 * the same database `pathways serve` uses (SQLite under ./data, or DATABASE_URL).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import {
  DEFAULT_SQLITE_PATH,
  backupSqlite,
  importRecords,
  openStore,
  type PathwaysStore,
  RestoreRefused,
  restoreSqlite,
  type ImportFormat,
  type OpenStoreOptions,
} from '@pathways/store';
import { checkOutputFile, InputError, makeDirectory, onUserPath } from '../io/input-error.ts';
import type { Output } from '../io/output.ts';
import { ProgressBar } from '../io/progress.ts';

export interface ImportCommandOptions {
  file: string;
  agencyId: string;
  format?: ImportFormat;
  skipInvalid: boolean;
  asOf: string;
  /** Threads that validate and evaluate while this one reads and writes; 0 does everything in this thread. */
  workers?: number;
}

/** The database every command and the server use: DATABASE_URL (PostgreSQL), else SQLite under ./data. */
export const storeOptions = (): OpenStoreOptions =>
  process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { sqlitePath: process.env.PATHWAYS_SQLITE ?? DEFAULT_SQLITE_PATH };

/** Why SQLite could not open its file, where the file system said nothing more precise. */
const SQLITE_WHY: Readonly<Record<string, string>> = {
  SQLITE_CANTOPEN: 'cannot be opened as a database file (a directory, or in a directory that cannot be written?)',
  SQLITE_NOTADB: 'is not a SQLite database',
  SQLITE_READONLY: 'cannot be written (read-only)',
};

/**
 * Opens the database `options` name. A SQLite file that cannot be made or opened where the path says
 * (a file standing where a directory should be, no permission, not a database) is an InputError naming
 * the path and where it came from, not an internal fault.
 */
export async function openNamedStore(options: OpenStoreOptions): Promise<PathwaysStore> {
  try {
    return await openStore(options);
  } catch (e) {
    if (options.databaseUrl !== undefined || options.sqlitePath === undefined) throw e;
    throw onDatabasePath(e, options.sqlitePath, process.env.PATHWAYS_SQLITE === options.sqlitePath ? 'PATHWAYS_SQLITE' : 'the database');
  }
}

/** An error met on a SQLite file the user named (SQLite's or the file system's), as an InputError naming it; anything else as it is. */
function onDatabasePath(e: unknown, path: string, named: string): unknown {
  const why = SQLITE_WHY[String((e as { code?: unknown } | null)?.code)];
  return why === undefined ? onUserPath(e, path, named) : new InputError(`${named} ${path} ${why}`);
}

/** Exit 0 when written; 2 when the file was refused (every error on standard error, nothing written). */
export async function importCommand(options: ImportCommandOptions, out: Output, err: Output): Promise<number> {
  if (!existsSync(options.file)) {
    await err.write(`pathways import: ${options.file}: no such file\n`);
    return 2;
  }
  const store = await openNamedStore(storeOptions());
  try {
    if ((await store.agencies.get(options.agencyId)) === undefined) {
      const known = (await store.agencies.list()).map((a) => a.id);
      await err.write(
        `pathways import: no agency ${JSON.stringify(options.agencyId)}; the agencies are ${known.join(', ') || 'none (run pathways serve once to seed the demo)'}\n`,
      );
      return 2;
    }
    let bar: ProgressBar | undefined;
    const report = await importRecords(
      store,
      options.format === undefined ? options.file : { name: options.file, format: options.format },
      {
        agencyId: options.agencyId,
        asOf: options.asOf,
        skipInvalid: options.skipInvalid,
        // One core is left to this thread, which parses the file and writes the database.
        workers: options.workers ?? Math.max(1, availableParallelism() - 1),
        onProgress: (n) => {
          bar ??= new ProgressBar('importing records', 0);
          bar.update(n);
        },
      },
    );
    bar?.done(report.read);
    for (const e of report.rejected) await err.write(`${JSON.stringify(e)}\n`);
    if (!report.committed) {
      await err.write(
        `pathways import: nothing written: ${report.rejected.length.toLocaleString('en-US')} error${report.rejected.length === 1 ? '' : 's'} in ${options.file}.\n`,
      );
      return 2;
    }
    await out.write(
      `imported ${report.written.toLocaleString('en-US')} of ${report.read.toLocaleString('en-US')} records into ${options.agencyId}${report.rejected.length > 0 ? `; ${report.rejected.length.toLocaleString('en-US')} rejected (listed on standard error)` : ''}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

export async function backupCommand(to: string, out: Output): Promise<number> {
  checkOutputFile(to, 'backup', true);
  const store = await openNamedStore(storeOptions());
  try {
    makeDirectory(dirname(resolve(to)), 'backup', to);
    await backupSqlite(store, to).catch((e: unknown) => {
      throw onDatabasePath(e, to, 'backup');
    });
    await out.write(`backed up the database to ${to}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function restoreCommand(from: string, out: Output): Promise<number> {
  const { databaseUrl, sqlitePath = DEFAULT_SQLITE_PATH } = storeOptions();
  if (databaseUrl !== undefined)
    throw new InputError('restore works on the SQLite database; restore PostgreSQL with its own tools (pg_restore), see README');
  try {
    await restoreSqlite(from, sqlitePath);
  } catch (e) {
    throw e instanceof RestoreRefused ? new InputError(`restore: ${e.message}`) : e;
  }
  await out.write(`restored ${sqlitePath} from ${from}\n`);
  return 0;
}
