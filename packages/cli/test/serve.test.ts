// `pathways serve` from nothing: seeds the fictional demo into a fresh SQLite file, prints the demo
// accounts, answers the API, lets each demo role sign in (password, then the second factor for staff)
// and see only what its role may, and stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { totpCode } from '@pathways/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../src/serve/demo-seed.ts';
import { repoRoot } from './run-cli.ts';

const bin = fileURLToPath(new URL('../bin/pathways.js', import.meta.url));
const port = 18_000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let stdout = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pathways-serve-'));
  server = spawn(process.execPath, [bin, 'serve', '--port', String(port)], {
    cwd: repoRoot,
    env: { ...process.env, PATHWAYS_SQLITE: join(dir, 'demo.sqlite'), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (b) => (stdout += String(b)));
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start within two minutes');
}, 130_000);

afterAll(() => {
  server.kill('SIGKILL');
});

/** Signs in as a demo account; staff pass the second factor with the demo secret. */
async function signIn(username: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: `pathways-demo-${username}` }),
  });
  expect(r.status, username).toBe(200);
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  const body = (await r.json()) as { csrfToken: string; secondFactorRequired: boolean };
  if (body.secondFactorRequired) {
    const t = await fetch(`${base}/api/session/totp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
      body: JSON.stringify({ code: totpCode(DEMO_TOTP_SECRET, new Date()) }),
    });
    expect(t.status, `${username} second factor`).toBe(200);
  }
  return { cookie, csrf: body.csrfToken };
}

const get = (path: string, s: { cookie: string }) => fetch(`${base}${path}`, { headers: { cookie: s.cookie } });

describe('pathways serve', () => {
  it('seeds the demo and prints its accounts', async () => {
    expect(stdout).toMatch(/officer-ca-1\s+pathways-demo-officer-ca-1/);
    const health = (await (await fetch(`${base}/api/health`)).json()) as { status: string; database: string };
    expect(health).toMatchObject({ status: 'ok', database: 'sqlite' });
  });

  it('an officer sees their caseload, not another agency’s people', async () => {
    const s = await signIn('officer-ca-1');
    const list = (await (await get('/api/people?limit=500', s)).json()) as { people: { id: string }[] };
    expect(list.people.length).toBe(350);
    expect(list.people.every((p) => p.id.startsWith('P-CA-'))).toBe(true);
    expect((await get('/api/people/P-CA-00001', s)).status).toBe(200);
    // P-CA-00002 is on the other officer's caseload; P-MO-00001 is in another agency.
    expect((await get('/api/people/P-CA-00002', s)).status).toBe(404);
    expect((await get('/api/people/P-MO-00001', s)).status).toBe(404);
  });

  it('a person sees only themselves; an advocate sees no person at all', async () => {
    const person = await signIn('person-mo');
    expect((await get('/api/people/P-MO-00001', person)).status).toBe(200);
    expect((await get('/api/people/P-MO-00002', person)).status).toBe(404);
    const advocate = await signIn('advocate');
    expect((await get('/api/people/P-MO-00001', advocate)).status).toBe(403);
    expect((await get('/api/stats', advocate)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
