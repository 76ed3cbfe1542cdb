/**
 * What every workspace test in Chromium starts from: the web app built, the real server (buildServer,
 * listening on a loopback port, with the law reference at /law/) over an in-memory SQLite store seeded
 * with the fictional demo, and Chromium; plus axe-core run in the page.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, totpCode } from '@pathways/server';
import { openStore, type Store } from '@pathways/store';
import axe from 'axe-core';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { renderLawReference } from '../../src/commands/law.ts';
import { repositoryRoot } from '../../src/io/repository.ts';
import { DEMO_TOTP_SECRET, seedDemo } from '../../src/serve/demo-seed.ts';
import { WEB_ROOT } from '../../src/serve/web-root.ts';
import { launchChromium } from './chromium.ts';

const WEB = join(repositoryRoot, 'packages', 'web');
export const SCREENSHOTS = join(repositoryRoot, 'docs', 'screenshots');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds packages/web unless its dist is newer than every source (`npm ci` has usually built it already). */
async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_ROOT, 'index.html');
  const sources = Math.max(newest(join(WEB, 'src')), newest(join(WEB, 'index.html')), newest(join(WEB, 'vite.config.ts')));
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  // Vitest sets NODE_ENV=test, which would make Vite ship React's development build (StrictMode's doubled
  // effects, doubled audit entries): build what `npm run build` builds.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core in the page (evaluated through the debugging protocol, which the page's policy does not govern). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = (await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

export interface Workspace {
  store: Store;
  app: FastifyInstance;
  browser: Browser;
  base: string;
}

export async function startWorkspace(): Promise<Workspace> {
  await ensureWebBuild();
  const store = await openStore({ sqlitePath: ':memory:' });
  const today = new Date().toISOString().slice(0, 10);
  await seedDemo(store, today);
  const app = await buildServer({ store, webRoot: WEB_ROOT, lawReference: await renderLawReference(today) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  return { store, app, browser, base };
}

export async function stopWorkspace(w: Partial<Workspace>): Promise<void> {
  await w.browser?.close();
  await w.app?.close();
  await w.store?.close();
}

/**
 * Opens `url` and signs in there as a demo account through the page: the password, then (staff only; a
 * person on supervision has no second factor) the current TOTP code.
 */
export async function signInThroughPage(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(`pathways-demo-${username}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = page.getByLabel('Six-digit code');
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await code.or(signOut).first().waitFor();
  if (await code.isVisible()) {
    await code.fill(totpCode(DEMO_TOTP_SECRET, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  await signOut.waitFor();
}

/**
 * Signs in again on the sign-in form a page shows after its session ended: password, then the code for
 * `at` (a later step than the sign-in before it, which the server will not take twice).
 */
export async function signInAgain(page: Page, username: string, at: Date): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(`pathways-demo-${username}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Six-digit code').fill(totpCode(DEMO_TOTP_SECRET, at));
  await page.getByRole('button', { name: 'Verify' }).click();
}
