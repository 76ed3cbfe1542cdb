// The law reference opens from disk in a real browser: the index links to every jurisdiction, a page
// shows its provisions, a parameter's chart and worked examples, and every page cites its sources.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { launchChromium } from './chromium.ts';

const out = mkdtempSync(join(tmpdir(), 'pathways-site-browser-'));
let browser: Browser;

beforeAll(async () => {
  expect(runCli(['law', 'site', out]).status).toBe(0);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the law reference in Chromium, opened from disk', () => {
  it('case: index → Missouri → a provision, a chart and an example', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    expect(await page.title()).toBe('Coverage · Pathways law reference');
    const jurisdictions = await page.locator('nav a').allTextContents();
    expect(jurisdictions).toContain('Missouri');
    expect(jurisdictions.length).toBeGreaterThanOrEqual(12);

    await page.locator('nav a', { hasText: 'Missouri' }).click();
    await expect.poll(() => page.url()).toMatch(/us-mo\.html$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Missouri');
    expect(await page.locator('section.card h3').first().textContent()).toBeTruthy();
    expect(await page.locator('text=RSMo § 217.703').count()).toBeGreaterThan(0);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#examples').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('case: every page loads and shows citations', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    const hrefs = await page.locator('nav a').evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
    for (const href of hrefs) {
      await page.goto(href);
      const text = await page.locator('main').innerText();
      expect(text, href).toMatch(/§|U\.S\.C\.|art\.|R\.S\.|MCL/);
      expect(await page.locator('.status').count(), href).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('case: on a phone-wide screen no page scrolls sideways; wide tables scroll inside their own box', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    for (const file of ['index.html', 'us-ca.html', 'us-pa.html']) {
      await page.goto(pathToFileURL(join(out, file)).href);
      const widths = await page.evaluate(() => {
        const { document, innerWidth } = globalThis as unknown as {
          document: { documentElement: { scrollWidth: number } };
          innerWidth: number;
        };
        return { page: document.documentElement.scrollWidth, screen: innerWidth };
      });
      expect(widths.page, file).toBeLessThanOrEqual(widths.screen);
      // A table wider than the screen scrolls within a region a keyboard can reach and a screen reader names.
      const boxes = page.locator('.table-scroll');
      expect(await boxes.count(), file).toBeGreaterThan(0);
      expect(await boxes.first().getAttribute('tabindex'), file).toBe('0');
      expect(await boxes.first().getAttribute('aria-label'), file).toBeTruthy();
    }
    await page.close();
  });
});
