// The policy lab in Chromium, public (no sign-in), against the real server and the real build: load /lab/,
// pick Missouri and the 2012 credits bill, run it small, change a parameter, run again and see the key
// numbers change against the unchanged run, compare the two, reopen the share link and find the form as it
// was, download the impact brief and check it is a PDF that pdf-lib loads; axe-core clean at each state,
// no horizontal overflow on a phone, no page errors; screenshots lab-*.png in docs/screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousViolations, startWorkspace, stopWorkspace, type Workspace } from './workspace-harness.ts';
import { loadReformFile, runInThisThread, SHIPPED_REFORMS_DIR, whoItHelps } from '@pathways/sim';

let workspace: Workspace | undefined;
let browser: Browser;
let base: string;

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ browser, base } = workspace);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  if (workspace) await stopWorkspace(workspace);
});

const CREDITS = 'Earned compliance credit per compliant month (days)';
/** Small enough for a test (a couple of seconds); the benchmark runs the CLI's full default size. */
const SMALL = { people: '1500', months: '24', replications: '2' };

async function setNumber(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Tab'); // react-aria's NumberField commits on blur
}

async function runAndWait(page: Page, run: number): Promise<void> {
  await page.getByRole('button', { name: 'Run the simulation' }).click();
  await page.getByRole('heading', { name: new RegExp(`^Results of run ${run}:`) }).waitFor({ timeout: 120_000 });
}

const keyValue = (page: Page, key: string) => page.locator(`[data-key="${key}"] .key-value`).textContent();
/** "−1,234" as the page writes it (a true minus sign, grouped thousands) → -1234. */
const count = (text: string | null) => Number((text ?? '').replace('−', '-').replace(/,/g, ''));

describe('the policy lab in Chromium', () => {
  it('case: build, run, change, run again, compare, share, download the brief', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    const response = await page.goto(`${base}/lab/`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Policy lab', level: 1 }).waitFor();
    expect(await page.title()).toBe('Policy lab · Pathways');
    await page.getByLabel('Jurisdiction').selectOption('US-MO');
    await page.getByLabel('Start from').selectOption('us-mo-ecc-2012.yaml');
    // The form: the parameter with its value in force on the run's first day and its citation.
    const credits = page.getByLabel(CREDITS, { exact: true });
    await expect.poll(() => credits.inputValue()).toBe('30');
    expect(await page.locator('li.param', { has: credits }).textContent()).toContain('RSMo § 217.703.3');
    await expect.poll(() => page.getByLabel('People on supervision on the first day').inputValue()).toBe('53,671');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'lab-form.png'), fullPage: false });

    await setNumber(page, 'People on supervision on the first day', SMALL.people);
    await setNumber(page, 'Months', SMALL.months);
    await setNumber(page, 'Replications', SMALL.replications);
    await runAndWait(page, 1);
    const before = {
      years: await keyValue(page, 'supervisionYearsAvoided'),
      exits: await keyValue(page, 'earlyExits'),
    };
    expect(count(before.years)).toBeGreaterThan(0);
    expect(await page.locator('svg[role="img"] path.line-reform').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){23}$/);
    expect(await page.getByRole('complementary', { name: 'Assumptions of this run' }).textContent()).toContain(
      '1,500 people on supervision',
    );
    // The figures of `pathways simulate` for the same file, size and seed (its runInThisThread), though the
    // page ran them on a pool of Web Workers.
    const file = 'us-mo-ecc-2012.yaml';
    const node = runInThisThread({
      reform: { file, text: readFileSync(join(SHIPPED_REFORMS_DIR, file), 'utf8') },
      start: '2012-09-01',
      months: Number(SMALL.months),
      people: Number(SMALL.people),
      seed: 1,
      replications: Number(SMALL.replications),
      grantRates: {},
    });
    expect(count(before.exits)).toBe(Math.round(node.summary.totals.exitsBeforeScheduledEnd!.difference.mean));
    // Who it helps: the same people whoItHelps finds in Node for this bill, start and seed.
    const helped = whoItHelps(loadReformFile(join(SHIPPED_REFORMS_DIR, 'us-mo-ecc-2012.yaml')), '2012-09-01', 1);
    expect(helped.length).toBeGreaterThan(0);
    const people = page.getByRole('region', { name: 'Who it helps' }).locator(':scope > ul > li');
    expect(await people.count()).toBe(helped.length);
    expect(await people.first().locator('p').textContent()).toContain(`${helped[0]!.before} now, ${helped[0]!.after} under the reform`);

    // Fewer credit days: the reform avoids less supervision than the unchanged bill.
    await setNumber(page, CREDITS, '5');
    expect(await page.locator('li.param.changed').count()).toBe(1);
    await runAndWait(page, 2);
    const after = { years: await keyValue(page, 'supervisionYearsAvoided'), exits: await keyValue(page, 'earlyExits') };
    expect(after.years).not.toBe(before.years);
    expect(count(after.years)).toBeLessThan(count(before.years));
    expect(count(after.exits)).toBeLessThan(count(before.exits));
    expect(await page.getByRole('heading', { name: /^Results of run 2:/ }).textContent()).toContain('edited in the policy lab');

    // Both runs side by side.
    const compare = page.locator('table.compare-table');
    expect(await compare.locator('thead th').count()).toBe(3);
    // The first row is each run's setup; the two runs share it, so no warning that they differ.
    expect(await compare.locator('tbody tr').first().textContent()).toContain('Missouri · 1,500 people');
    expect(await compare.locator('tbody tr').nth(1).textContent()).toContain(before.exits!);
    expect(await page.locator('.compare-warning').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('section.results').screenshot({ path: join(SCREENSHOTS, 'lab-results.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'lab-full.png'), fullPage: true });

    // The brief: a PDF that pdf-lib reads, one page.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download the impact brief (PDF)' }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    expect(download.suggestedFilename()).toBe('impact-brief-us-mo-run-2.pdf');

    // The share link restores the form: the edit, the bill and the run size.
    const link = await page.getByLabel('Share link (opens this form as it is now)').inputValue();
    expect(link).toBe(page.url());
    const shared = await context.newPage();
    await shared.goto(link);
    await shared.getByRole('heading', { name: 'Policy lab', level: 1 }).waitFor();
    expect(await shared.getByLabel(CREDITS, { exact: true }).inputValue()).toBe('5');
    expect(await shared.getByLabel('Start from').inputValue()).toBe('us-mo-ecc-2012.yaml');
    expect(await shared.getByLabel('People on supervision on the first day').inputValue()).toBe('1,500');

    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('case: typed fields keep what is typed and say at the field what they take', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/lab/`);
    await page.getByRole('heading', { name: 'Policy lab', level: 1 }).waitFor();
    await page.getByLabel('Jurisdiction').selectOption('US-MO');
    await page.getByLabel('Start from').selectOption('us-mo-ecc-2012.yaml');

    // The first month, typed key by key after clearing it: each keystroke stays, and the run takes the date on leaving.
    const start = page.getByLabel('First month (YYYY-MM-01)');
    await start.click();
    await start.press('ControlOrMeta+a');
    await start.press('Backspace');
    expect(await start.inputValue()).toBe('');
    await start.pressSequentially('2028-03');
    expect(await start.inputValue()).toBe('2028-03');
    await start.press('Tab');
    expect(await page.locator('.field', { has: start }).textContent()).toContain('Give the first day of a month, written YYYY-MM-01');
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    await start.click();
    await start.press('End');
    await start.pressSequentially('-01');
    await start.press('Tab');
    expect(await start.inputValue()).toBe('2028-03-01');
    expect(await start.getAttribute('aria-invalid')).toBeNull();
    await page.getByText('with the value in force on 2028-03-01').waitFor();

    // A fractional month is refused at the field, and stays as typed rather than being rounded or restored.
    const months = page.getByLabel('Months', { exact: true });
    await months.fill('1.5');
    await months.press('Tab');
    expect(await months.inputValue()).toBe('1.5');
    expect(await page.locator('.field', { has: months }).textContent()).toContain('Give a whole number between 1 and 600');
    // The run waits until it is put right.
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Put right the fields marked above first');
    expect(await page.locator('section.results').count()).toBe(0);

    // People beyond what a browser run can take, and a negative credit, are said at their fields too.
    const people = page.getByLabel('People on supervision on the first day');
    await people.fill('99999999999');
    await people.press('Tab');
    expect(await page.locator('.field', { has: people }).textContent()).toContain('between 1 and 2,000,000');
    const credits = page.getByLabel(CREDITS, { exact: true });
    await credits.fill('-30');
    await credits.press('Tab');
    expect(await page.locator('.field', { has: credits }).textContent()).toContain('Cannot be negative');
    expect(await page.locator('li.param.changed').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Put right, the run starts; a long one can be cancelled, which stops it without a result.
    await setNumber(page, 'Months', '60');
    await setNumber(page, 'People on supervision on the first day', '300000');
    await setNumber(page, CREDITS, '30');
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    await page.getByRole('progressbar', { name: 'Simulating' }).waitFor();
    await page.getByRole('button', { name: 'Cancel the run' }).click();
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Run the simulation' }).isEnabled()).toBe(true);
    expect(await page.locator('section.results').count()).toBe(0);
    await context.close();
  }, 120_000);

  it('case: on a phone the form fits the width and is axe clean', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base}/lab`);
    await page.getByRole('heading', { name: 'Policy lab', level: 1 }).waitFor();
    const overflow = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document;
      return d.documentElement.scrollWidth - d.documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'lab-phone.png') });
    await context.close();
  }, 120_000);
});
