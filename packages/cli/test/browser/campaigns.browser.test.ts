// The supporter's flow in Chromium, on a phone (360×740, touch), against the real server and the seeded
// demo: the campaigns list; the demo campaign's page with the simulator's numbers (checked against the
// figures the store holds, with the sentence saying they were scaled from a sample); sign-up; the
// verification email read from the outbox; the link opened and confirmed; the letters to the supporter's
// three legislators (a ZIP spanning two House districts) reviewed with their own words and the impact
// paragraph, then sent (three emails in the outbox, three letters recorded); and the campaign staff's desk,
// signed in with the authenticator code, counting the new letter in its district. Each state is checked
// with axe-core, for horizontal overflow at the phone's width, and for console and page errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { campaignLetters, campaigns, outbox, type PathwaysStore } from '@pathways/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatDollars } from '../../../web/src/voices/campaigns/format.ts';
import type { CampaignImpact } from '../../../web/src/voices/campaigns/types.ts';
import { DEMO_CAMPAIGN_ID } from '../../src/serve/demo-campaigns.ts';
import { SCREENSHOTS, seriousViolations, signInThroughPage, startWorkspace, stopWorkspace, type Workspace } from './workspace-harness.ts';

let workspace: Workspace | undefined;
let store: PathwaysStore;
let browser: Browser;
let base: string;

const WIDTH = 360;
const PHONE = { viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true } as const;
const SUPPORTER = { name: 'Browser Supporter', email: 'browser.supporter@example.org', zip: '63101' } as const;
/** The sample's legislators for ZIP 63101 (examples/legislators/): one Senate and two House districts. */
const LEGISLATORS = [
  { to: 'Senator Morgan Castellano', party: 'D', email: 'morgan.castellano@example.org', district: 'Senate District 5' },
  { to: 'Representative Elliot Mbeki', party: 'D', email: 'elliot.mbeki@example.org', district: 'House District 78' },
  { to: 'Representative Hayden Ruiz-Carter', party: 'D', email: 'hayden.ruiz-carter@example.org', district: 'House District 79' },
];
const OWN_WORDS = 'Credits gave my cousin a reason to keep every appointment.';

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ browser, base } = workspace);
  store = workspace.store as PathwaysStore;
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  if (workspace) await stopWorkspace(workspace);
});

interface Doc {
  document: { documentElement: { scrollWidth: number } };
}

/** Page errors, and console errors other than the failed requests a step expects (`path` → status). */
function watch(page: Page, expected: { path: string; status: number }[] = []): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location().url;
    const path = url ? new URL(url).pathname : '';
    const status = /status of (\d{3})/.exec(m.text())?.[1];
    if (m.text().startsWith('Failed to load resource') && expected.some((e) => e.path === path && String(e.status) === status)) return;
    problems.push(`console: ${m.text()} at ${JSON.stringify(m.location())}`);
  });
  return problems;
}

async function checkState(page: Page, label: string, width?: number): Promise<void> {
  expect(await seriousViolations(page), label).toEqual([]);
  if (width !== undefined) {
    const scroll = await page.evaluate(() => (globalThis as unknown as Doc).document.documentElement.scrollWidth);
    expect(scroll, `${label}: the page is wider than the phone`).toBeLessThanOrEqual(width);
  }
}

describe('a supporter writes to their legislators', () => {
  it('case: from the campaign page through sign-up, the emailed link and the letters, to the desk’s count', async () => {
    const demo = (await campaigns(store).get(DEMO_CAMPAIGN_ID))!;
    expect(demo.impact.status).toBe('ready');
    const impact = demo.impact.figures as CampaignImpact;
    const lettersBefore = await campaignLetters(store).countsByDistrict(DEMO_CAMPAIGN_ID);
    const senate5Before = lettersBefore.find((d) => d.chamber === 'upper' && d.district === '5')?.letters ?? 0;

    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watch(page);

    // The list of live campaigns.
    await page.goto(`${base}/campaigns`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Campaigns');
    const card = page.getByRole('link', { name: demo.name });
    await card.waitFor();
    await checkState(page, 'campaign list', WIDTH);
    await card.click();

    // The campaign's page: the simulator's numbers with their ranges and how they were computed.
    await page.locator('main h1', { hasText: demo.name }).waitFor();
    expect(page.url()).toBe(`${base}/campaigns/${DEMO_CAMPAIGN_ID}`);
    const figures = page.locator('.cmp-figures');
    await figures.waitFor();
    const exits = page.locator('.cmp-figure', { hasText: 'More people finishing supervision early' });
    await expect.poll(() => exits.locator('.cmp-figure-value').textContent()).toBe(formatCount(impact.figures.exitsEarlier.mean));
    expect(await exits.locator('.cmp-figure-range').textContent()).toBe(
      `(range ${formatCount(impact.figures.exitsEarlier.low)} to ${formatCount(impact.figures.exitsEarlier.high)})`,
    );
    const saved = page.locator('.cmp-figure', { hasText: 'Dollars saved' });
    expect(await saved.locator('.cmp-figure-value').textContent()).toBe(formatDollars(impact.figures.dollarsSaved.mean));
    const method = await page.locator('.cmp-method').textContent();
    expect(method).toContain(`scaled from a sample of ${impact.run.people.toLocaleString('en-US')} to Missouri’s`);
    expect(method).toContain(`It did this ${impact.run.replications} times`);
    expect(await page.getByRole('link', { name: 'Run this simulation yourself in the policy lab' }).getAttribute('href')).toBe(
      impact.labUrl,
    );
    await checkState(page, 'campaign page', WIDTH);
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-page.png'), fullPage: true });

    // Sign up: the consent is required and in the server's words.
    await page.getByLabel('Your name').fill(SUPPORTER.name);
    await page.getByLabel('Email address').fill(SUPPORTER.email);
    await page.getByLabel('ZIP code').fill(SUPPORTER.zip);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'agree to be contacted' }).count()).toBe(1);
    // react-aria's checkbox: its input is visually hidden inside the label, which takes the press.
    const consent = page.getByRole('checkbox', { name: /I agree that the Pathways campaign team may email me/ });
    await page.locator('label.cmp-check').click();
    expect(await consent.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `we sent a link to ${SUPPORTER.email}` })
      .waitFor();
    await checkState(page, 'signed up', WIDTH);
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-signed-up.png'), fullPage: true });

    // The verification email, read where the demo keeps it: the outbox.
    const mail = (await outbox(store).list({ limit: 500, offset: 0 })).find(
      (m) => m.to === SUPPORTER.email && m.kind === 'supporter_verify',
    );
    expect(mail, 'the verification email').toBeDefined();
    const link = /https?:\/\/[^\s]+\/supporters\/verify\/[A-Za-z0-9_-]+/.exec(mail!.body)![0];
    expect(new URL(link).origin).toBe(base);

    // The link: confirm, then go on to write.
    await page.goto(link);
    await page.locator('main h1', { hasText: 'Confirm your email address' }).waitFor();
    await checkState(page, 'verify page', WIDTH);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await page.locator('main h1', { hasText: 'Email address confirmed' }).waitFor();
    await checkState(page, 'verified', WIDTH);
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-verified.png'), fullPage: true });
    await page.getByRole('link', { name: /Continue to write to your legislators/ }).click();

    // The letters: one per legislator of the ZIP's districts, reviewed before they are sent.
    await page.getByRole('heading', { name: 'Write to your legislators' }).waitFor();
    const recipients = page.locator('.cmp-recipients li');
    await expect.poll(() => recipients.allTextContents()).toEqual(LEGISLATORS.map((l) => `${l.to} (${l.party}), ${l.district}`));
    await page.getByLabel('In your own words (optional)').fill(OWN_WORDS);
    await page.getByRole('button', { name: 'Review my letters' }).click();
    await page.getByRole('heading', { name: 'Review your letters' }).waitFor();
    const letters = page.locator('article.cmp-letter');
    expect(await letters.count()).toBe(3);
    const senator = page.getByRole('article', { name: `Letter to ${LEGISLATORS[0]!.to}` });
    const text = (await senator.textContent()) ?? '';
    expect(text).toContain(`Dear ${LEGISLATORS[0]!.to},`);
    expect(text).toContain(OWN_WORDS);
    expect(text).toContain(`The Pathways simulator estimates that over 3 years in Missouri, under ${demo.bill}`);
    expect(text).toContain(`about ${formatCount(impact.figures.exitsEarlier.mean)} more people would finish supervision early`);
    await checkState(page, 'letters to review', WIDTH);
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-letters-review.png'), fullPage: true });
    await page.getByRole('button', { name: 'Send my 3 letters' }).click();
    await page.getByRole('status').filter({ hasText: 'Your letters are on the way' }).waitFor();
    await expect.poll(() => page.locator('.cmp-chip').count()).toBe(3);
    await checkState(page, 'letters sent', WIDTH);
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-letters-sent.png'), fullPage: true });
    expect(problems).toEqual([]);

    // In the outbox, one email per legislator, each with the supporter's words; three letters recorded.
    const sent = (await outbox(store).list({ limit: 500, offset: 0 })).filter(
      (m) => m.kind === 'legislator_letter' && m.body.includes(OWN_WORDS),
    );
    expect(sent.map((m) => m.to).sort()).toEqual(LEGISLATORS.map((l) => l.email).sort());
    const after = await campaignLetters(store).countsByDistrict(DEMO_CAMPAIGN_ID);
    expect(after.find((d) => d.chamber === 'upper' && d.district === '5')?.letters).toBe(senate5Before + 1);
    await context.close();

    // The desk: the advocate signs in (password, then the authenticator's code) and sees the count.
    const deskContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const desk = await deskContext.newPage();
    const deskProblems = watch(desk);
    await signInThroughPage(desk, `${base}/voices/campaigns`, 'advocate');
    await desk.locator('main h1', { hasText: 'Campaigns' }).waitFor();
    const row = desk.locator('table', { hasText: 'Letters sent, by district' }).getByRole('row', { name: /Senate District 5/ });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe(String(senate5Before + 1));
    expect(await desk.getByRole('link', { name: /Download every letter/ }).getAttribute('href')).toBe(
      `/api/campaigns/${DEMO_CAMPAIGN_ID}/actions.csv`,
    );
    await checkState(desk, 'desk');
    await desk.screenshot({ path: join(SCREENSHOTS, 'campaigns-desk.png'), fullPage: true });
    expect(deskProblems).toEqual([]);
    await deskContext.close();
  }, 180_000);
});
