// `pathways import`: one transaction, errors per row on standard error with exit status 2 and nothing
// written, `--skip-invalid` writing the rest, and a re-import that changes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '@pathways/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli.ts';

const bin = fileURLToPath(new URL('../bin/pathways.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pathways-import-'));
const db = join(dir, 'import.sqlite');

const record = (n: number) => ({
  id: `P-${n}`,
  terms: [
    {
      id: 'T-1',
      jurisdiction: 'US-MO',
      kind: 'probation',
      sentenceDate: '2023-03-01',
      startDate: '2023-03-01',
      length: { years: 3 },
      offenses: [{ statute: 'RSMo 570.030', level: 'felony', class: 'D', description: 'Stealing' }],
    },
  ],
});

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PATHWAYS_SQLITE: db, DATABASE_URL: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function peopleCount(): Promise<number> {
  const store = await openStore({ sqlitePath: db });
  try {
    return await store.people.count({ agencyId: 'AG-MO' });
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  const store = await openStore({ sqlitePath: db });
  await store.agencies.upsert({ id: 'AG-MO', name: 'Test County (fictional)', jurisdiction: 'US-MO' });
  await store.close();
});

describe('pathways import', () => {
  it('refuses a file with one bad record: every error listed, exit 2, nothing written', async () => {
    const file = join(dir, 'bad.jsonl');
    const bad = { ...record(2), terms: [{ ...record(2).terms[0], startDate: '2023-02-30' }] };
    writeFileSync(file, [record(1), bad, record(3)].map((r) => JSON.stringify(r)).join('\n'));
    const r = cli('import', file, '--agency', 'AG-MO');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/P-2/);
    expect(r.stderr).toMatch(/startDate/);
    expect(r.stderr).toMatch(/nothing written/);
    expect(await peopleCount()).toBe(0);
  });

  it('with --skip-invalid writes the valid records and lists the rejected one', async () => {
    const r = cli('import', join(dir, 'bad.jsonl'), '--agency', 'AG-MO', '--skip-invalid');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/imported 2 of 3 records/);
    expect(r.stderr).toMatch(/P-2/);
    expect(await peopleCount()).toBe(2);
  });

  it('imports a whole file, and importing it again changes nothing', async () => {
    const file = join(dir, 'good.jsonl');
    writeFileSync(file, [1, 2, 3, 4].map((n) => JSON.stringify(record(n))).join('\n'));
    expect(cli('import', file, '--agency', 'AG-MO').status).toBe(0);
    expect(await peopleCount()).toBe(4);
    expect(cli('import', file, '--agency', 'AG-MO').status).toBe(0);
    expect(await peopleCount()).toBe(4);
  });

  it('refuses an unknown agency and a missing file with exit 2', () => {
    expect(cli('import', join(dir, 'good.jsonl'), '--agency', 'NOPE').stderr).toMatch(/no agency "NOPE"/);
    expect(cli('import', join(dir, 'missing.jsonl'), '--agency', 'AG-MO').status).toBe(2);
    expect(cli('import', join(dir, 'good.jsonl')).status).toBe(2);
  });
});
