// What a command was given and cannot use (a missing directory, a file that is not a database, a value
// in the wrong form) is the user's to fix: exit status 2 and one line saying what, never an internal
// fault (exit 1) with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathways-user-errors-'));

describe('input the command cannot use: exit 2, one line, no stack', () => {
  it('synth --out into a directory that does not exist', () => {
    const r = runCli(['synth', '--jurisdiction', 'US-MO', '--people', '5', '--out', join(dir, 'missing', 's.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such file or directory');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('restore of a file that is not a SQLite database, or of no file, leaves the database alone', () => {
    const notADatabase = join(dir, 'notdb.sqlite');
    writeFileSync(notADatabase, 'hello\n');
    const target = join(dir, 'restored.sqlite');
    const env: NodeJS.ProcessEnv = { ...process.env, PATHWAYS_SQLITE: target, NO_COLOR: '1' };
    delete env.DATABASE_URL;
    const bin = fileURLToPath(new URL('../bin/pathways.js', import.meta.url));
    for (const [from, says] of [
      [notADatabase, 'is not a SQLite database'],
      [join(dir, 'none.sqlite'), 'no backup at'],
    ] as const) {
      const r = spawnSync(process.execPath, [bin, 'restore', from], { encoding: 'utf8', env });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(says);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    expect(existsSync(target)).toBe(false);
  });

  it('totp with a secret that is not base32; the demo secret gives six digits', () => {
    const bad = runCli(['totp', 'NOTBASE32!!']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('must be written in base32');
    const good = runCli(['totp']);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^\d{6}\n$/);
  });
});

describe('standard input copied for the two passes', () => {
  const bin = fileURLToPath(new URL('../bin/pathways.js', import.meta.url));

  it('is removed when the command is interrupted (SIGINT: exit 130)', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pathways-spool-'));
    const child = spawn(process.execPath, [bin, 'evaluate', '--as-of', '2024-06-30', '-'], {
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.stdin.write('[\n');
    const deadline = Date.now() + 20_000;
    while (readdirSync(tmp).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(tmp)).toHaveLength(1);
    const status = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await status).toBe(130);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('stops at the first bytes where they cannot begin JSON (/dev/zero): exit 2, no copy left', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pathways-spool-'));
    const r = spawnSync(process.execPath, [bin, 'evaluate', '--as-of', '2024-06-30', '/dev/zero'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp },
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not valid JSON');
    expect(readdirSync(tmp)).toEqual([]);
  });
});
