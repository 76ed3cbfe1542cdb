// `pathways law list` and `pathways law site`: coverage of every encoded jurisdiction, and a static
// reference whose every page cites its sources.
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JURISDICTIONS } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const codes = [...JURISDICTIONS.keys()];

describe('pathways law list', () => {
  it('case: one row per provision for every jurisdiction, each with citation, dates, status and tests', () => {
    const r = runCli(['law', 'list', '--format', 'json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { jurisdiction: string; citation: string; effectiveFrom: string; status: string; tests: number }[];
    expect(new Set(rows.map((row) => row.jurisdiction))).toEqual(new Set(codes));
    for (const row of rows) {
      expect(row.citation.length).toBeGreaterThan(0);
      expect(row.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.tests, `${row.jurisdiction} ${row.citation}`).toBeGreaterThan(0);
    }
  });

  it('case: the text table has the columns the issue names', () => {
    const r = runCli(['law', 'list']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^jurisdiction\s+provision\s+citation\s+effective\s+review status\s+tests$/);
    expect(r.stdout).toMatch(/\d+ provisions in \d+ jurisdictions, \d+ test cases\./);
    expect(runCli(['law', 'list', '--format', 'csv']).stdout.split('\n')[0]).toBe(
      'jurisdiction,provision,citation,effective,review status,tests',
    );
  });
});

describe('pathways law site', () => {
  it('case: writes an index and a page per jurisdiction; every page cites its sources', () => {
    const out = mkdtempSync(join(tmpdir(), 'pathways-site-'));
    const r = runCli(['law', 'site', out]);
    expect(r.status).toBe(0);
    const pages = readdirSync(out).sort();
    expect(pages).toEqual(['index.html', ...codes.map((c) => `${c.toLowerCase()}.html`)].sort());
    for (const name of pages) {
      const html = readFileSync(join(out, name), 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html, name).toMatch(/§|U\.S\.C\.|MCL|Art\.|art\.|R\.S\./);
      // Relative links only: the pages open from disk with no server.
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        if (href!.startsWith('http') || href!.startsWith('#')) continue;
        expect(existsSync(join(out, href!.split('#')[0]!)), `${name} → ${href}`).toBe(true);
      }
    }
  });

  it('case: needs one output folder', () => {
    expect(runCli(['law', 'site']).status).toBe(2);
    // An empty name is no folder (it would be the current one).
    expect(runCli(['law', 'site', '']).status).toBe(2);
    expect(runCli(['law', 'frob']).status).toBe(2);
  });

  it('case: an output path that is a file, or lies under one, is a usage error (exit 2), not an internal one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pathways-site-')), 'a-file');
    writeFileSync(file, '');
    const said = [`law site ${file} is a file; give a directory`, `law site ${join(file, 'sub')}: a part of the path is not a directory`];
    for (const [i, target] of [file, join(file, 'sub')].entries()) {
      const r = runCli(['law', 'site', target]);
      expect(r.status, target).toBe(2);
      expect(r.stderr).toContain(said[i]);
      expect(r.stderr).not.toContain('internal error');
    }
  });

  it('case: a link to nothing where the folder should be is refused with exit 2, naming it', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'pathways-site-')), 'dangling');
    symlinkSync(join(tmpdir(), 'pathways-no-such-target'), link);
    const r = runCli(['law', 'site', link]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`law site ${link}: something of that name is in the way (a link to nothing?)`);
  });

  it.runIf(process.platform === 'linux')(
    'case: a directory the kernel will not make (under /proc) is refused, not waited on forever',
    () => {
      // Node's recursive mkdir loops on the ENOENT that /proc answers; the directories are made one at a time.
      const r = runCli(['law', 'site', '/proc/pathways-no-such/site']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('law site /proc/pathways-no-such/site: no such file or directory');
    },
  );
});
