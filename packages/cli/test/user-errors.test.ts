// What a command was given and cannot use (a missing directory, a file that is not a database, a value
// in the wrong form) is the user's to fix: exit status 2 and one line saying what, never an internal
// fault (exit 1) with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathways-user-errors-'));

describe('input the command cannot use: exit 2, one line, no stack', () => {
  it('synth --out into a directory that does not exist', () => {
    const r = runCli(['synth', '--jurisdiction', 'US-MO', '--people', '5', '--out', join(dir, 'missing', 's.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`the directory ${join(dir, 'missing')} does not exist`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    // A directory where the file should go is named as the path given, not a temporary name.
    const intoDirectory = runCli(['synth', '--jurisdiction', 'US-MO', '--people', '5', '--out', dir]);
    expect(intoDirectory.status).toBe(2);
    expect(intoDirectory.stderr).toContain(`--out ${dir} is a directory`);
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

  it('a database path (PATHWAYS_SQLITE) that cannot be a SQLite file: named, exit 2, never a hang', () => {
    const notADatabase = join(dir, 'text.sqlite');
    writeFileSync(notADatabase, 'hello\n');
    const bin = fileURLToPath(new URL('../bin/pathways.js', import.meta.url));
    const cases: [string, string][] = [
      // A file where a directory should be: "mkdir -p" would stop there too.
      [join(notADatabase, 'under', 'a.sqlite'), ': a part of the path is not a directory'],
      [dir, ' cannot be opened as a database file'],
      [notADatabase, ' is not a SQLite database'],
    ];
    // Node's recursive mkdir loops forever on the ENOENT that /proc answers; made one at a time, it is refused.
    if (process.platform === 'linux') cases.push(['/proc/pathways-no-such/a.sqlite', ': no such file or directory']);
    for (const [path, says] of cases) {
      const env: NodeJS.ProcessEnv = { ...process.env, PATHWAYS_SQLITE: path, NO_COLOR: '1' };
      delete env.DATABASE_URL;
      const r = spawnSync(process.execPath, [bin, 'import', join(repoRoot, 'examples/us-ca.json'), '--agency', 'a'], {
        encoding: 'utf8',
        env,
        timeout: 30_000,
      });
      expect(r.stderr).toBe(
        `pathways: PATHWAYS_SQLITE ${path}${says}${says.startsWith(' cannot') ? ' (a directory, or in a directory that cannot be written?)' : ''}\n`,
      );
      expect(r.status).toBe(2);
    }
    expect(readFileSync(notADatabase, 'utf8')).toBe('hello\n');
  });

  it('arguments given twice or too many are usage errors, not silently settled', () => {
    const example = join(repoRoot, 'examples/us-mo.jsonl');
    const cases: [string[], string][] = [
      [['evaluate', '--as-of', '2024-01-01', '--as-of', '2024-02-01', example], '--as-of is given more than once'],
      [['evaluate', '-', '-'], 'standard input ("-" or /dev/stdin) is given more than once'],
      [['evaluate', '-', '/dev/stdin'], 'standard input ("-" or /dev/stdin) is given more than once'],
      [['totp', 'JBSWY3DP', 'JBSWY3DP'], 'totp takes at most one SECRET'],
      [['version', 'extra'], 'version takes no arguments'],
      [['law', 'list', 'extra'], 'law list takes no arguments'],
      [['import', '-', '--agency', 'a'], 'import reads a FILE, not standard input'],
      [['synth', '--jurisdiction', 'US-MO', '--people', '50000001', '--out', join(dir, 'x.jsonl')], 'from 1 to 50,000,000'],
    ];
    for (const [args, says] of cases) {
      const r = runCli(args, '');
      expect(r.stderr).toContain(says);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('an output that is standard input\'s "-" or not a regular file (a device) is refused, and left as it is', () => {
    for (const [out, says] of [
      ['-', 'give a file name (this command does not write to standard output)'],
      ['/dev/null', 'is not a regular file'],
    ] as const) {
      const r = runCli(['synth', '--jurisdiction', 'US-MO', '--people', '5', '--out', out]);
      expect(r.stderr).toContain(says);
      expect(r.status).toBe(2);
    }
    expect(existsSync(join(repoRoot, '-'))).toBe(false);
    // A link to a regular file would be renamed over, the file it points to left as it was.
    writeFileSync(join(dir, 'real.jsonl'), 'x\n');
    symlinkSync(join(dir, 'real.jsonl'), join(dir, 'link.jsonl'));
    const linked = runCli(['synth', '--jurisdiction', 'US-MO', '--people', '5', '--out', join(dir, 'link.jsonl')]);
    expect(linked.stderr).toContain('is a symbolic link; give the file it points to');
    expect(linked.status).toBe(2);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    const env: NodeJS.ProcessEnv = { ...process.env, PATHWAYS_SQLITE: join(dir, 'device.sqlite'), NO_COLOR: '1' };
    delete env.DATABASE_URL;
    const bin = fileURLToPath(new URL('../bin/pathways.js', import.meta.url));
    const backup = spawnSync(process.execPath, [bin, 'backup', '/dev/null'], { encoding: 'utf8', env });
    expect(backup.stderr).toContain('backup /dev/null is not a regular file');
    expect(backup.status).toBe(2);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('endless blank lines on standard input are refused past 16 MiB, not copied forever', () => {
    const r = runCli(['evaluate', '-'], ' \n'.repeat(9 * 1024 * 1024));
    expect(r.stderr).toContain('<stdin>: more than 16 MiB of blank space in a row');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // validate reads standard input once, through the reader, which refuses the same run.
    const validated = runCli(['validate', '-'], ' \n'.repeat(9 * 1024 * 1024));
    expect(validated.stdout + validated.stderr).toContain('more than 16 MiB of blank lines in a row');
    expect(validated.status).toBe(2);
  });

  it('totp with a secret that is not base32; the demo secret gives six digits', () => {
    const bad = runCli(['totp', 'NOTBASE32!!']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('must be written in base32');
    const good = runCli(['totp']);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^\d{6}\n$/);
    // Written in groups of four, as authenticator apps show it: the same secret.
    const grouped = runCli(['totp', 'JBSW Y3DP EHPK 3PXP']);
    expect(grouped.status).toBe(0);
    expect(grouped.stdout).toMatch(/^\d{6}\n$/);
  });
});

describe('standard input copied for the two passes', () => {
  const bin = fileURLToPath(new URL('../bin/pathways.js', import.meta.url));

  it('is removed when the command is interrupted, and the signal still ends the process (a script running it stops too)', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pathways-spool-'));
    const child = spawn(process.execPath, [bin, 'evaluate', '--as-of', '2024-06-30', '-'], {
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.stdin.write('[\n');
    const deadline = Date.now() + 20_000;
    const copy = () => readdirSync(tmp).flatMap((d) => readdirSync(join(tmp, d)));
    while (copy().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(copy()).toEqual(['input-0']);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
    child.kill('SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('gives the same errors as the file itself, a first line that is no record included', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pathways-spool-'));
    const file = join(tmp, 'string-first.jsonl');
    const records = readFileSync(join(repoRoot, 'examples/us-mo.jsonl'), 'utf8').split('\n').slice(0, 2).join('\n');
    writeFileSync(file, `"just a string"\n${records}\n{"id":"BAD","terms":"x"}\n`);
    const fromFile = runCli(['evaluate', '--as-of', '2024-06-30', file]);
    const fromStdin = runCli(['evaluate', '--as-of', '2024-06-30', '-'], readFileSync(file));
    expect(fromFile.status).toBe(2);
    expect(fromStdin.status).toBe(2);
    const errors = (stderr: string, name: string) =>
      stderr
        .replaceAll(name, 'FILE')
        .split('\n')
        .filter((l) => l.startsWith('FILE:'));
    expect(errors(fromStdin.stderr, '<stdin>')).toEqual(errors(fromFile.stderr, file));
    expect(errors(fromFile.stderr, file)).toHaveLength(2);
  });

  it('keeps the record limit the command was given (--max-record-bytes), and stops input made of short lines that cannot be JSON', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pathways-spool-'));
    // A record of about 1.5 MiB: its description pads it past the default 1 MiB limit.
    const [first] = readFileSync(join(repoRoot, 'examples/us-mo.jsonl'), 'utf8').split('\n');
    const big = JSON.parse(first!) as { terms: { offenses: { description?: string }[] }[] };
    big.terms[0]!.offenses[0]!.description = 'x'.repeat(1_500_000);
    const text = `${JSON.stringify(big)}\n`;
    const r = runCli(['evaluate', '--as-of', '2024-06-30', '--max-record-bytes', '4000000', '-'], text);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // "y\n" again and again (`yes`): no JSON value begins with "y", so the copy stops at its start.
    const yes = spawnSync(
      'bash',
      [
        '-c',
        `yes | head -c 50000000 | ${JSON.stringify(process.execPath)} ${JSON.stringify(fileURLToPath(new URL('../bin/pathways.js', import.meta.url)))} evaluate --as-of 2024-06-30 -`,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: tmp },
        timeout: 60_000,
      },
    );
    expect(yes.status).toBe(2);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('stops past a line longer than a record may be (/dev/zero): exit 2, no copy left', () => {
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
