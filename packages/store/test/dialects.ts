/**
 * The dialects every store test runs against. PostgreSQL is not optional: CI has it, so a test that
 * cannot reach it fails. Set PATHWAYS_SKIP_POSTGRES=1 to run the SQLite half alone.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { openStore, type PathwaysStore } from '../src/index.ts';

export type TestDialect = 'sqlite' | 'postgres';
export const dialects: TestDialect[] = process.env.PATHWAYS_SKIP_POSTGRES === '1' ? ['sqlite'] : ['sqlite', 'postgres'];
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: PathwaysStore;
  /** Closes the store and drops its schema (PostgreSQL). */
  dispose(): Promise<void>;
}

/**
 * Test files run in parallel. Dropping a schema while another connection introspects the catalog (Kysely's
 * migrator does, naming every schema) fails that query with "schema … does not exist" (3F000), so creating
 * a store holds this advisory lock shared and dropping a schema holds it exclusively.
 */
const SCHEMA_LOCK = 7_405_112_026;

async function withSchemaLock<T>(mode: 'shared' | 'exclusive', work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(mode === 'shared' ? 'select pg_advisory_lock_shared($1)' : 'select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    return await work();
  } finally {
    await client.end(); // ends the session, which releases the lock
  }
}

async function dropSchema(schema: string): Promise<void> {
  await withSchemaLock('exclusive', async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`drop schema if exists "${schema}" cascade`);
    } finally {
      await client.end();
    }
  });
}

/** A fresh, empty store: SQLite in memory, or PostgreSQL in a schema of its own. */
export async function openTestStore(dialect: TestDialect): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const store = await openStore({ sqlitePath: ':memory:' });
    return { store, dispose: () => store.close() };
  }
  const schema = `pathways_test_${randomBytes(6).toString('hex')}`;
  let store: PathwaysStore;
  try {
    store = await withSchemaLock('shared', () => openStore({ databaseUrl: TEST_DATABASE_URL, postgresSchema: schema }));
  } catch (error) {
    await dropSchema(schema).catch(() => {});
    throw error;
  }
  return {
    store,
    async dispose() {
      await store.close();
      await dropSchema(schema);
    },
  };
}

/** The agency most tests import into. */
export const TEST_AGENCY = { id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' };

/** For the calling `describe`: a fresh store holding TEST_AGENCY before each test, disposed of after it. */
export function storeForEachTest(dialect: TestDialect): { readonly store: PathwaysStore } {
  let current: TestStore | undefined;
  beforeEach(async () => {
    current = await openTestStore(dialect);
    await current.store.agencies.upsert(TEST_AGENCY);
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  return {
    get store() {
      if (current === undefined) throw new Error('the store exists only while a test runs');
      return current.store;
    },
  };
}
