// `pathways synth` writes a calibrated population as JSON Lines: valid records, reproducible by seed,
// written atomically, and usage errors refused with exit status 2 and no file.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUPPORTED_JURISDICTIONS, validateRecord } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathways-synth-'));
const out = (name: string) => join(dir, name);

describe('pathways synth', () => {
  it('writes one valid record a line, every person on supervision on the as-of date', () => {
    const file = out('mo.jsonl');
    const r = runCli(['synth', '--jurisdiction', 'US-MO', '--people', '250', '--seed', '7', '--as-of', '2024-06-30', '--out', file]);
    expect(r.stderr).toMatch(/synth US-MO/);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(250);
    lines.forEach((line, i) => {
      const record = JSON.parse(line);
      const v = validateRecord(record, i + 1, { supportedJurisdictions: SUPPORTED_JURISDICTIONS });
      expect(v.ok ? [] : v.errors).toEqual([]);
      expect(record.id).toBe(`P-${String(i + 1).padStart(7, '0')}`);
      expect(record.terms[0].jurisdiction).toBe('US-MO');
      expect(record.terms[0].startDate <= '2024-06-30').toBe(true);
    });
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('the same seed writes identical bytes; another seed a different file', () => {
    const args = (seed: string, name: string) => [
      'synth',
      '--jurisdiction',
      'US-CA',
      '--people',
      '100',
      '--seed',
      seed,
      '--out',
      out(name),
    ];
    expect(runCli(args('3', 'a.jsonl')).status).toBe(0);
    expect(runCli(args('3', 'b.jsonl')).status).toBe(0);
    expect(runCli(args('4', 'c.jsonl')).status).toBe(0);
    const a = readFileSync(out('a.jsonl'));
    expect(a.equals(readFileSync(out('b.jsonl')))).toBe(true);
    expect(a.equals(readFileSync(out('c.jsonl')))).toBe(false);
    // The default as-of date is the fixed 2025-01-01: every term has started by then.
    for (const line of a.toString('utf8').trimEnd().split('\n')) expect(JSON.parse(line).terms[0].startDate <= '2025-01-01').toBe(true);
  });

  it.each([
    ['an unknown jurisdiction', ['--jurisdiction', 'US-TX', '--people', '5', '--out'], /US-TX.*no calibration.*US-CA/],
    ['N not a positive integer', ['--jurisdiction', 'US-MO', '--people', '0', '--out'], /--people must be a whole number from 1 to 50,000,000/],
    ['N not a number', ['--jurisdiction', 'US-MO', '--people', '2.5', '--out'], /--people must be a whole number from 1 to 50,000,000/],
    [
      'a bad date',
      ['--jurisdiction', 'US-MO', '--people', '5', '--as-of', '2024-02-30', '--out'],
      /--as-of "2024-02-30" is not a real date/,
    ],
    ['a bad seed', ['--jurisdiction', 'US-MO', '--people', '5', '--seed', 'abc', '--out'], /--seed must be a whole number/],
  ])('refuses %s with exit 2 and writes no file', (_, args, message) => {
    const file = out(`bad-${Math.random().toString(36).slice(2)}.jsonl`);
    const r = runCli(['synth', ...args, file]);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('refuses a missing --out with exit 2', () => {
    const r = runCli(['synth', '--jurisdiction', 'US-MO', '--people', '5']);
    expect(r.stderr).toMatch(/synth needs --out FILE\.jsonl/);
    expect(r.status).toBe(2);
  });
});
