/**
 * A request that meets a SQLite database held by another process (an import from the command line) answers
 * 503 with Retry-After, not 500: the error is SQLite's own, from two real connections to one file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { afterAll, expect, test } from 'vitest';
import { installErrorHandling } from '../src/http/error-handler.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathways-busy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('case: a write that finds the database locked by another connection answers 503 with Retry-After', async () => {
  const file = join(dir, 'busy.sqlite');
  const holder = new Database(file);
  holder.exec('CREATE TABLE t (x INTEGER)');
  const writer = new Database(file, { timeout: 0 });
  holder.exec('BEGIN IMMEDIATE');
  const app = Fastify();
  installErrorHandling(app);
  app.post('/write', async () => {
    writer.prepare('INSERT INTO t VALUES (1)').run();
    return { ok: true };
  });
  try {
    const response = await app.inject({ method: 'POST', url: '/write' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json().detail).toContain('nothing was changed');
    holder.exec('ROLLBACK');
    expect((await app.inject({ method: 'POST', url: '/write' })).statusCode).toBe(200);
  } finally {
    await app.close();
    writer.close();
    holder.close();
  }
});
