// What a command was given and cannot use (a missing directory, a file that is not a database, a value
// in the wrong form) is the user's to fix: exit status 2 and one line saying what, never an internal
// fault (exit 1) with a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
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
    const env = { ...process.env, PATHWAYS_SQLITE: target, NO_COLOR: '1' };
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
