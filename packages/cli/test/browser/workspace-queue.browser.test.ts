// The opportunity queue and the supervisor's unit view in Chromium against the real server and the seeded
// demo: an officer opens the queue (on a tab with people in it, or the tab the address names), sees
// eligible rows, opens one and reads its citations (an audited read with the reason "opportunity queue");
// a supervisor opens the unit view and sees the totals of both officers' caseloads. axe-core finds no
// serious or critical violation on either screen, and the page runs under the server's
// Content-Security-Policy without a refusal.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '@pathways/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousViolations, signInThroughPage, startWorkspace, stopWorkspace, type Workspace } from './workspace-harness.ts';

let store: Store;
let browser: Browser;
let base: string;
let workspace: Workspace | undefined;

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ store, browser, base } = workspace);
}, 240_000);

afterAll(async () => {
  if (workspace) await stopWorkspace(workspace);
});

async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} at ${JSON.stringify(m.location())}`);
  });
  return { page, problems };
}

describe('the queue and the unit view in Chromium', () => {
  it('case: an officer opens the queue, sees eligible people and reads one row’s citations', async () => {
    const { page, problems } = await openPage();
    await signInThroughPage(page, `${base}/queue`, 'officer-ca-1');
    const nav = page.getByRole('navigation', { name: 'Screens' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Caseload', 'Opportunity queue']);

    // At /queue the screen opens on a tab with people in it, never on an empty one while others are full.
    const selected = page.getByRole('tab', { selected: true });
    await selected.waitFor({ timeout: 60_000 });
    await expect.poll(async () => Number(await selected.locator('.tab-count').textContent()), { timeout: 60_000 }).toBeGreaterThan(0);
    const opened = (await selected.textContent())!.replace(/\s*\d+$/, '');
    await expect.poll(() => page.title()).toBe(`Queue: ${opened} · Pathways`);
    expect(page.url()).toBe(`${base}/queue`);

    // A tab the address names is the user's choice, and is kept even when no one is in it.
    await page.goto(`${base}/queue/earned_discharge`);
    await expect.poll(() => selected.textContent(), { timeout: 60_000 }).toMatch(/^Earned discharge/);
    await expect.poll(() => page.title()).toBe('Queue: Earned discharge · Pathways');

    // The demo's California terms have early termination open for many: pick that tab.
    await page.getByRole('tab', { name: /Early termination/ }).click();
    await expect.poll(() => page.url()).toBe(`${base}/queue/early_termination`);
    const eligible = page.getByRole('list', { name: 'Early termination: eligible now' });
    await eligible.waitFor();
    const rows = eligible.getByRole('listitem');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toMatch(/eligible (since|now)/);

    await rows.first().getByRole('button', { name: 'Show reasons and citations' }).click();
    await rows.first().locator('.queue-basis cite').first().waitFor();
    expect((await rows.first().locator('.queue-basis cite').first().textContent())?.trim()).toBeTruthy();
    expect(await rows.first().getByRole('button', { name: 'Hide reasons and citations' }).getAttribute('aria-expanded')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'queue.png') });

    // The read for the row was audited with the queue's reason; nobody else's record was read.
    const reads = (await store.audit.list({ limit: 50 })).filter((e) => e.action === 'person.read');
    expect(reads.length).toBe(1);
    expect(reads[0]!.reason).toBe('opportunity queue');

    // The row links to the person page.
    await rows.first().getByRole('link').first().click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`^${base}/people/P-CA-`));
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('case: a supervisor opens the unit view and sees the totals of the unit', async () => {
    const { page, problems } = await openPage();
    await signInThroughPage(page, `${base}/`, 'supervisor-ca');
    await expect.poll(() => page.title()).toBe('Caseload · Pathways');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Unit', exact: true }).click();
    await expect.poll(() => page.title()).toBe('Unit · Pathways');
    const totals = page.locator('dl.totals');
    await totals.waitFor();
    // Both officers' caseloads: every person of the California demo, read in pages of 200.
    const people = await store.people.count({ agencyId: 'demo-ca', unitId: 'demo-ca-unit-1' });
    expect(people).toBeGreaterThan(200);
    await expect
      .poll(() =>
        totals
          .locator('div')
          .filter({ hasText: /^People/ })
          .locator('dd')
          .textContent(),
      )
      .toBe(String(people));
    expect(await page.getByRole('heading', { name: /^Past their lawful end date: \d+$/ }).count()).toBe(1);
    expect(await page.getByText('The goal is zero', { exact: false }).count()).toBe(1);
    expect(await page.locator('svg.age-chart[role="img"]').count()).toBe(1);
    expect(await page.getByText('no demographic fields', { exact: false }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'unit.png') });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
