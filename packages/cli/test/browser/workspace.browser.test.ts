// The workspace in Chromium against the real server and the seeded demo: an officer signs in through the
// page (password, then a fresh TOTP code), sees the caseload, searches it, opens a person and reads the
// explanation with its citations; axe-core finds no serious or critical violation on any screen, and the
// page runs under the server's Content-Security-Policy without a single refusal.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { totpCode } from '@pathways/server';
import type { Store } from '@pathways/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../../src/serve/demo-seed.ts';
import {
  SCREENSHOTS,
  seriousViolations,
  signInAgain,
  signInThroughPage,
  startWorkspace,
  stopWorkspace,
  type Workspace,
} from './workspace-harness.ts';

let store: Store;
let browser: Browser;
let base: string;
let workspace: Workspace | undefined;

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ store, browser, base } = workspace);
}, 240_000);

/** The keys of the drafts the page keeps in the tab's sessionStorage (packages/web/src/api/drafts.ts). */
async function draftsInTab(page: Page): Promise<string[]> {
  const keys = await page.evaluate(() => Object.keys((globalThis as unknown as { sessionStorage: object }).sessionStorage));
  return keys.filter((k) => k.startsWith('pathways.draft:'));
}

afterAll(async () => {
  if (workspace) await stopWorkspace(workspace);
});

describe('the workspace in Chromium', () => {
  it('case: an officer signs in, searches the caseload, opens a person and reads the explanation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()} at ${JSON.stringify(m.location())}`);
    });

    await page.goto(`${base}/`);
    await expect.poll(() => page.title()).toBe('Sign in · Pathways');
    expect(await seriousViolations(page)).toEqual([]);
    // Opened signed out, the page asks who is signed in and is told "nobody" without a failed request.
    expect(problems).toEqual([]);

    // A wrong password is announced in the alert region.
    await page.getByLabel('Username').fill('officer-ca-1');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Wrong username or password/);
    problems.length = 0; // the browser logs the 401 itself

    await page.getByLabel('Password').fill('pathways-demo-officer-ca-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Six-digit code').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Six-digit code').fill(totpCode(DEMO_TOTP_SECRET, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();

    await expect.poll(() => page.title()).toBe('Caseload · Pathways');
    const table = page.getByRole('table', { name: 'People on the caseload' });
    await table.waitFor();
    // The officer's caseload is 350 people: the first 200 come at once, the other 150 after them.
    await expect.poll(() => table.getByRole('row').count()).toBe(351);
    expect(await page.getByText(/^Showing 350 of 350\.$/).count()).toBe(1);
    expect(await page.locator('.chip').count()).toBeGreaterThanOrEqual(350);
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'caseload.png') });

    // Sorting by projected end puts the rows in date order.
    await table.getByRole('columnheader', { name: /Projected end/ }).click();
    await expect.poll(() => table.getByRole('columnheader', { name: /Projected end/ }).getAttribute('aria-sort')).toBe('ascending');
    const ends = (await table.locator('tbody tr td:nth-child(3)').allTextContents()).filter((d) => d !== '—');
    expect(ends.length).toBeGreaterThan(100);
    expect(ends).toEqual([...ends].sort());

    await page.getByLabel('Search by name or id').fill('P-CA-00001');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('link').first().click();

    await expect.poll(() => page.url()).toBe(`${base}/people/P-CA-00001`);
    await page.locator('ol.explanation li').first().waitFor();
    // The demo's synthetic records carry no names, so the page is titled by the id.
    expect(await page.title()).toBe(`${await page.locator('h1').textContent()} · Pathways`);
    expect(await page.locator('ol.explanation cite').count()).toBeGreaterThan(0);
    expect((await page.locator('ol.explanation cite').first().textContent())?.trim()).toBeTruthy();
    expect(await page.getByRole('heading', { name: 'Opportunities' }).count()).toBeGreaterThan(0);
    await page.locator('figure.timeline svg[role="img"]').waitFor();
    expect(await page.locator('ol.timeline-list li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'person.png'), fullPage: true });

    // The read was audited with the reason the page gave.
    const audit = await store.audit.list({ personId: 'P-CA-00001', limit: 20 });
    expect(audit.some((e) => e.action === 'person.read' && e.personId === 'P-CA-00001' && e.reason === 'caseload review')).toBe(true);

    // Back returns to the caseload as it was left: the search and the sort are in its address.
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${base}/?q=P-CA-00001&sort=projectedEndDate`);
    expect(await page.getByLabel('Search by name or id').inputValue()).toBe('P-CA-00001');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await table.getByRole('columnheader', { name: /Projected end/ }).getAttribute('aria-sort')).toBe('ascending');
    await page.goForward();

    // A deep link survives a reload (the server answers index.html, the app routes it).
    await page.reload();
    await page.locator('ol.explanation li').first().waitFor();
    expect(page.url()).toBe(`${base}/people/P-CA-00001`);

    // On a phone (390px) the page does not scroll sideways: wide tables scroll in their own container.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('ol.explanation li').first().waitFor();
    expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(390);
    // The opportunities stack as blocks there, so their actions are on screen without scrolling the table sideways.
    const actionCells = page.locator('table.stack-narrow td[data-label="Action"]');
    expect(await actionCells.count()).toBeGreaterThan(0);
    for (const box of await actionCells.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(390);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.title()).toBe('Sign in · Pathways');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
  it('case: a session that ends while the page is open asks to sign in again, then returns to the same screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInThroughPage(page, `${base}/people/P-CA-00002`, 'officer-ca-2');
    await page.locator('ol.explanation li').first().waitFor();

    // The session goes (as when it expires): the next request the page makes is refused with 401.
    await context.clearCookies();
    await page.getByRole('link', { name: 'Opportunity queue' }).click();
    await page.getByRole('status').filter({ hasText: 'Your session has ended' }).waitFor();
    expect(await page.getByLabel('Username').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Signing in again lands where the officer was going, not on the start page.
    await signInAgain(page, 'officer-ca-2', new Date(Date.now() + 30_000));
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/queue/);
    expect(await page.getByText('Your session has ended').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('case: a note typed as the session ends is still in its field after signing in again, and goes once added', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInThroughPage(page, `${base}/people/P-CA-00002`, 'supervisor-ca');
    await page.locator('ol.explanation li').first().waitFor();

    // The session ends while a note is being written: adding it is refused with 401.
    const note = `Called the employer ${Date.now()}: the start date is confirmed.`;
    await page.getByLabel('New note').fill(note);
    await context.clearCookies();
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByRole('status').filter({ hasText: 'Your session has ended' }).waitFor();
    await signInAgain(page, 'supervisor-ca', new Date(Date.now() + 30_000));
    await expect.poll(() => page.getByLabel('New note').inputValue()).toBe(note);
    expect(new URL(page.url()).pathname).toBe('/people/P-CA-00002');
    expect(await draftsInTab(page)).toEqual(['pathways.draft:/api/people/P-CA-00002/notes']);
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.locator('ol.notes li').filter({ hasText: note }).waitFor();
    expect(await page.getByLabel('New note').inputValue()).toBe('');
    // Sent, it is no longer kept in the tab.
    expect(await draftsInTab(page)).toEqual([]);

    // A screen loaded on first use (the queue's own file) takes focus to its heading once it is drawn.
    await page.getByRole('link', { name: 'Opportunity queue' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const active = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string } | null } })
            .document.activeElement;
          return `${active?.tagName} ${active?.textContent}`;
        }),
      )
      .toMatch(/^H1 /);

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
