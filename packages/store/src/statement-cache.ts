/**
 * The better-sqlite3 handle as Kysely's SQLite dialect sees it, with its prepared statements kept.
 *
 * Kysely prepares every query it runs afresh; preparing costs as much as running a point query, and a
 * server runs the same few statements (the session, the revision, the audit row) on every request. A
 * statement is reusable once it has run, and the dialect's one connection runs one statement at a time,
 * so a statement is never handed out while it is still in use.
 */
import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

export function withStatementCache(database: BetterSqlite3Database, capacity = 256): SqliteDatabase {
  // Least recently used first: a Map keeps insertion order, and a hit moves the entry to the end.
  const statements = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement !== undefined) statements.delete(sql);
      else {
        statement = database.prepare(sql);
        // Statements built for a list of ids differ in their number of placeholders: keep a bounded few.
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
