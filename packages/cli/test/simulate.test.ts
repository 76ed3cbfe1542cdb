// `pathways simulate`: the command (on a small population), its outputs, and refusals with
// exit status 2 that name what is wrong.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'pathways-simulate-'));

describe('pathways simulate', () => {
  it('replays Missouri 2012 and writes the outputs', () => {
    const out = join(dir, 'mo');
    const r = runCli([
      'simulate',
      '--jurisdiction',
      'US-MO',
      '--reform',
      'reforms/us-mo-ecc-2012.yaml',
      '--years',
      '3',
      '--seed',
      '1',
      '--people',
      '600',
      '--replications',
      '3',
      '--out',
      out,
    ]);
    expect(r.stderr).toMatch(/simulating Missouri earned compliance credits/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/supervision-years/);
    expect(r.stdout).toMatch(/person-months in/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.run).toMatchObject({
      jurisdiction: 'US-MO',
      start: '2012-09-01',
      months: 36,
      seed: 1,
      replications: 3,
      peopleOnFirstDay: 600,
    });
    expect(summary.totals.peopleWhoEarnedCredits.baseline.mean).toBe(0);
    expect(summary.totals.peopleWhoEarnedCredits.reform.mean).toBeGreaterThan(0);
    for (const f of ['monthly.csv', 'totals.csv', 'groups.csv', 'population.svg']) expect(existsSync(join(out, f))).toBe(true);
  }, 120_000);

  it('refuses a reform file with an error, naming the field, with exit status 2', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'name: Test bill\njurisdiction: US-MO\ncitations: ["Test"]\nreform:\n  parameters:\n    us-mo.ecc.creditDaysPerMonth:\n      - { from: 2027-01-01, value: lots, source: { citation: "x" } }\n',
    );
    const r = runCli(['simulate', '--reform', bad, '--out', join(dir, 'bad')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/reform\.parameters\.us-mo\.ecc\.creditDaysPerMonth\[0\]\.value/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  });

  it('refuses bad options with exit status 2', () => {
    const cases: [string[], RegExp][] = [
      [['simulate', '--out', join(dir, 'x')], /needs --reform/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml'], /needs --out/],
      [['simulate', '--reform', 'reforms/nope.yaml', '--out', join(dir, 'x')], /no such file/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--jurisdiction', 'US-GA', '--out', join(dir, 'x')], /does not match/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--years', '0', '--out', join(dir, 'x')], /--years must be/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--start', '2012-09-15', '--out', join(dir, 'x')], /first of a month/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--start', '2027-13-01', '--out', join(dir, 'x')], /first of a month/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--start', '3027-01-01', '--out', join(dir, 'x')], /from 1900 to 2199/],
      [
        ['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--grant-rate', 'early_termination=2', '--out', join(dir, 'x')],
        /--grant-rate/,
      ],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--people', 'many', '--out', join(dir, 'x')], /--people must be/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--cost', 'prison=-5', '--out', join(dir, 'x')], /--cost must be/],
      [['simulate', '--reform', 'reforms/us-mo-ecc-2012.yaml', '--cost', 'parking=5', '--out', join(dir, 'x')], /--cost must be/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
