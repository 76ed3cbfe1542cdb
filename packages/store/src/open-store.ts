/**
 * Opens the database the options name, brings its schema up to date and hands back a Store.
 * SQLite (better-sqlite3, the default) or PostgreSQL (pg, selected by a `postgres://` URL).
 */
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { FifoSqliteDialect } from './fifo-sqlite-dialect.ts';
import { makeDirectories } from './make-directories.ts';
import pg from 'pg';
import { createStore, type PathwaysStore } from './kysely-store.ts';
import { migrationProvider } from './migrations/index.ts';
import { withStatementCache } from './statement-cache.ts';
import type { Database, Dialect } from './schema.ts';
import type { OpenStoreOptions } from './store.ts';

export const DEFAULT_SQLITE_PATH = './data/pathways.sqlite';
/** How long a SQLite writer waits for another process's lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/** Absolute paths of the SQLite files this process has open: `restoreSqlite` refuses to overwrite them. */
export const openSqlitePaths = new Map<string, number>();

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export async function openStore(options: OpenStoreOptions = {}): Promise<PathwaysStore> {
  const url = options.databaseUrl;
  if (url !== undefined && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options.postgresSchema);
  if (url !== undefined && url !== '') throw new Error(`DATABASE_URL must start with postgres:// (got ${url.split(':')[0]}:…)`);
  return openSqlite(options.sqlitePath ?? DEFAULT_SQLITE_PATH);
}

async function openSqlite(path: string): Promise<PathwaysStore> {
  const memory = path === ':memory:';
  const absolute = memory ? path : resolve(path);
  if (!memory) makeDirectories(dirname(absolute));
  const sqlite = new BetterSqlite3(absolute);
  try {
    // WAL: readers never wait for the writer, and a crash leaves the last commit intact.
    if (!memory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // In WAL mode NORMAL is still durable against application crashes (SIGKILL); only power loss can lose the last commits.
    sqlite.pragma('synchronous = NORMAL');
  } catch (e) {
    sqlite.close();
    throw e;
  }
  const db = new Kysely<Database>({ dialect: new FifoSqliteDialect({ database: withStatementCache(sqlite) }) });
  if (!memory) openSqlitePaths.set(absolute, (openSqlitePaths.get(absolute) ?? 0) + 1);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await db.destroy();
    if (!memory) {
      const n = (openSqlitePaths.get(absolute) ?? 1) - 1;
      if (n <= 0) openSqlitePaths.delete(absolute);
      else openSqlitePaths.set(absolute, n);
    }
  };
  try {
    await migrate(db, 'sqlite');
  } catch (e) {
    await close();
    throw e;
  }
  return createStore(db, 'sqlite', { inTransaction: false, close, sqlite, sqlitePath: memory ? undefined : absolute });
}

async function openPostgres(url: string, schema: string | undefined): Promise<PathwaysStore> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`postgresSchema must be a plain SQL identifier, not ${JSON.stringify(schema)}`);
  if (schema !== undefined && schema !== 'public') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`create schema if not exists "${schema}"`);
    } finally {
      await client.end();
    }
  }
  // search_path as a startup option: every pooled connection gets it before its first query.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema !== undefined ? { options: `-c search_path="${schema}"` } : {}),
  });
  // An idle connection dropped by the server must not crash the process: the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, 'postgres', schema);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return createStore(db, 'postgres', { inTransaction: false, close: () => db.destroy() });
}

async function migrate(db: Kysely<Database>, dialect: Dialect, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(schema !== undefined ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
}

/**
 * SQLite's "database is locked": a write that waited `busy_timeout` for another process (better-sqlite3
 * gives the code; a write may also fail as SQLITE_BUSY_SNAPSHOT etc.). Not a fault of the caller.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED');
}
