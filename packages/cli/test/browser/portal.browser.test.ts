// The portal for people on supervision in Chromium, on a phone (360×740, touch), against the real server and
// the seeded demo: a person signs in with a code the admin reads in the outbox, and goes through every
// screen in English (the end date checked against the law package run here in Node, a message sent and
// read back by the officer, jobs, help near them, who saw their record, settings); a Spanish speaker does
// the same in Spanish and switches language both ways; a signed-in person reaches nobody else's data; an
// officer's one-time link signs in once and only once. Each state reached is checked with axe-core, for
// horizontal overflow at the phone's width, and for console and page errors. The English phone is set to
// UTC while the person's profile is in Los Angeles: the portal's times follow the profile.
//
// Staff accounts sign in once each (a second sign-in within the same 30-second TOTP step is refused as a
// replayed code), so their browser contexts are kept; so is the English person's, which step 3 reuses.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePerson, JURISDICTIONS, parseIsoDate, type PersonRecord } from '@pathways/law';
import type { Store } from '@pathways/store';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeoplePage } from '../../../web/src/api/types.ts';
import type { JobsAnswer, ObligationsAnswer, PortalMessage, PortalPreferences, ServiceResult } from '../../../web/src/portal/api-types.ts';
import { whatBringsItCloser } from '../../../web/src/portal/closer/closer.ts';
import { closerMessage } from '../../../web/src/portal/presenters/closer.ts';
import { progressToward } from '../../../web/src/portal/presenters/end-date.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../../web/src/portal/presenters/format.ts';
import { localeOf, type Language } from '../../../web/src/portal/presenters/language.ts';
import { orderObligations } from '../../../web/src/portal/presenters/obligations.ts';
import { repositoryRoot } from '../../src/io/repository.ts';
import { SCREENSHOTS, seriousViolations, signInThroughPage, startWorkspace, stopWorkspace, type Workspace } from './workspace-harness.ts';

let store: Store;
let browser: Browser;
let base: string;
let workspace: Workspace | undefined;
const staffContexts = new Map<string, { context: BrowserContext; page: Page }>();
const personContexts = new Map<string, BrowserContext>();

const WIDTH = 360;
const PHONE = { viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true } as const;

/** The demo people this file signs in as (packages/cli/src/serve/demo-portal.ts). */
const CA = { personId: 'P-CA-00001', email: 'person.ca@example.org', admin: 'admin-ca' } as const;
const MO = { personId: 'P-MO-00001', phone: '+15555550102', typed: '(555) 555-0102', admin: 'admin-mo' } as const;

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ store, browser, base } = workspace);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  for (const context of personContexts.values()) await context.close();
  for (const { context } of staffContexts.values()) await context.close();
  if (workspace) await stopWorkspace(workspace);
});

// ---- The portal's words, read from its own locale files, so the test follows what the page says. ----

type Catalog = { [key: string]: string | Catalog };
const LOCALES: Record<Language, Catalog> = {
  en: JSON.parse(readFileSync(join(repositoryRoot, 'packages/web/src/portal/locales/en.json'), 'utf8')) as Catalog,
  es: JSON.parse(readFileSync(join(repositoryRoot, 'packages/web/src/portal/locales/es.json'), 'utf8')) as Catalog,
};

function lookup(catalog: Catalog, key: string): string | undefined {
  let at: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  return typeof at === 'string' ? at : undefined;
}

/** A message as i18next renders it: the plural form by `count`, `{{name}}` filled in (no escaping, as the portal). */
function tr(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const catalog = LOCALES[language];
  let template = lookup(catalog, key);
  if (typeof values.count === 'number') {
    const form = new Intl.PluralRules(localeOf(language)).select(values.count);
    template = lookup(catalog, `${key}_${form}`) ?? lookup(catalog, `${key}_other`) ?? template;
  }
  if (template === undefined) throw new Error(`no ${key} in ${language}.json`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (values[name] === undefined) throw new Error(`no value for {{${name}}} in ${key}`);
    return String(values[name]);
  });
}

/** A presenter's values formatted as the portal's formatValues does (components/common.tsx). */
function formatted(values: Record<string, string | number>, language: Language): Record<string, string | number> {
  const out: Record<string, string | number> = { ...values };
  if (typeof values.date === 'string') out.date = formatDate(values.date, language);
  if (typeof values.amount === 'number') out.amount = formatMoney(values.amount, language);
  if (typeof values.count === 'number') out.n = formatNumber(values.count, language);
  return out;
}

// ---- Pages, problems and the checks every state gets. ----

interface Doc {
  document: { documentElement: { scrollWidth: number; lang: string }; title: string; body: { innerText: string } };
}

/** A failed request the step means to make (a signed-out GET /api/me, a 404 for someone else's record …). */
interface Expected {
  path: string;
  status: number;
}

/**
 * Collects page errors and console errors. Chromium reports every 4xx answer as a console error ("Failed to
 * load resource"); those the step expects (`expected`) are not problems, any other is.
 */
function watch(page: Page, expected: Expected[] = []): string[] {
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

const htmlLang = (page: Page) => page.evaluate(() => (globalThis as unknown as Doc).document.documentElement.lang);
const documentTitle = (page: Page) => page.evaluate(() => (globalThis as unknown as Doc).document.title);
const bodyText = (page: Page) => page.evaluate(() => (globalThis as unknown as Doc).document.body.innerText);

/** axe (no serious or critical violation) and nothing wider than the phone. */
async function checkState(page: Page, label: string): Promise<void> {
  expect(await seriousViolations(page), label).toEqual([]);
  const width = await page.evaluate(() => (globalThis as unknown as Doc).document.documentElement.scrollWidth);
  expect(width, `${label}: the page is wider than the phone`).toBeLessThanOrEqual(WIDTH);
}

const h1 = (page: Page) => page.locator('main h1');

/** GET through the API as the signed-in page (its session cookie): the status and the JSON. */
async function apiGet<T>(page: Page, path: string): Promise<{ status: number; body: T }> {
  return page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { accept: 'application/json' } });
    return { status: response.status, body: (await response.json()) as T };
  }, path);
}

/** The date `days` from today in the browser's time zone, as the portal's localToday counts days. */
async function browserDate(page: Page, days = 0): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const pad = (x: number) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** A staff account signed in through the workspace page (password and TOTP), once; its page serves API calls. */
async function staff(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const known = staffContexts.get(username);
  if (known) return known;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInThroughPage(page, `${base}/`, username);
  const signedIn = { context, page };
  staffContexts.set(username, signedIn);
  return signedIn;
}

interface OutboxRow {
  id: number;
  to: string;
  kind: string;
  personId: string | null;
  body: string;
  language: string;
}

/** The sign-in messages to `to` now in the admin's outbox (GET /api/outbox, newest first). */
async function codeMessages(admin: string, to: string): Promise<OutboxRow[]> {
  const { page } = await staff(admin);
  const { status, body } = await apiGet<{ messages: OutboxRow[] }>(page, '/api/outbox?limit=100&offset=0');
  expect(status).toBe(200);
  return body.messages.filter((m) => m.kind === 'sign_in_code' && m.to === to);
}

/**
 * Signs in on the portal's sign-in screen: asks for a code at `typed`, reads the new one the admin's outbox
 * holds for `to` (the address as stored), and enters it. Checks both sign-in states on the way.
 */
async function signInWithCode(
  page: Page,
  language: Language,
  who: { personId: string; admin: string; to: string; typed: string },
): Promise<void> {
  const t = (key: string) => tr(language, key);
  await page.goto(`${base}/portal/`);
  await expect.poll(() => h1(page).textContent()).toBe(t('signIn.title'));
  expect(await htmlLang(page)).toBe(language);
  expect(await documentTitle(page)).toBe(tr(language, 'app.documentTitle', { page: t('signIn.title') }));
  await checkState(page, `${language} sign-in`);

  const before = new Set((await codeMessages(who.admin, who.to)).map((m) => m.id));
  await page.getByLabel(t('signIn.address')).fill(who.typed);
  await page.getByRole('button', { name: t('signIn.sendCode') }).click();
  await expect.poll(() => h1(page).textContent()).toBe(t('signIn.codeTitle'));
  expect(await page.getByRole('status').textContent()).toBe(t('signIn.codeSent'));
  await checkState(page, `${language} sign-in, code step`);

  let message: OutboxRow | undefined;
  await expect
    .poll(async () => (message = (await codeMessages(who.admin, who.to)).find((m) => !before.has(m.id))), {
      message: 'a new code in the outbox',
    })
    .toBeTruthy();
  expect(message!.personId).toBe(who.personId);
  expect(message!.language).toBe(language);
  const code = /\b(\d{6})\b/.exec(message!.body)![1]!;
  await page.getByLabel(t('signIn.code')).fill(code);
  await page.getByRole('button', { name: t('signIn.signIn'), exact: true }).click();
  // Signed in: the header gains the menu button (the menu itself stays closed on a phone).
  await page.getByRole('button', { name: t('nav.menu'), exact: true }).waitFor();
}

/**
 * The English person's phone context, signed in: step 1's, or (when step 1 did not get that far) a new one
 * signed in with a code here, whose problems are answered too.
 */
async function personSignedIn(who: typeof CA): Promise<{ context: BrowserContext; problems: string[] }> {
  const known = personContexts.get(who.personId);
  if (known) return { context: known, problems: [] };
  const context = await browser.newContext({ ...PHONE, locale: 'en-US' });
  const page = await context.newPage();
  const problems = watch(page);
  await signInWithCode(page, 'en', { personId: who.personId, admin: who.admin, to: who.email, typed: who.email });
  await page.close();
  personContexts.set(who.personId, context);
  return { context, problems };
}

/** Opens a screen through the phone's menu, as a person would, and waits for its address. */
async function openScreen(page: Page, language: Language, screen: string): Promise<void> {
  await page.getByRole('button', { name: tr(language, 'nav.menu'), exact: true }).click();
  const nav = page.getByRole('navigation', { name: tr(language, 'nav.label') });
  await nav.getByRole('link', { name: tr(language, `nav.${screen}`), exact: true }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(screen === 'home' ? '/portal' : `/portal/${screen}`);
  // The menu closes on arrival, and focus is on the new screen's heading (a lazily loaded screen too).
  await page.getByRole('button', { name: tr(language, 'nav.menu'), exact: true }).waitFor();
  await expect
    .poll(() =>
      page.evaluate(
        () => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName,
      ),
    )
    .toBe('H1');
}

/**
 * Home's headline as the law package gives the date in Node: the latest projected end of the person's terms
 * ("can end on" through the last day itself, "could end on" once it has passed).
 */
async function expectedEnd(
  personId: string,
  today: string,
  language: Language,
): Promise<{ record: PersonRecord; date: string; headline: string }> {
  const record = (await store.people.get(personId))!.record as PersonRecord;
  const ends = evaluatePerson(JURISDICTIONS, record, parseIsoDate(today)).map((e) => e.projectedEndDate);
  expect(ends.length, `${personId} has terms`).toBeGreaterThan(0);
  expect(ends, `${personId}: every term has a projected end`).not.toContain(null);
  const date = (ends as string[]).sort().at(-1)!;
  const headline = tr(language, date >= today ? 'home.endsOn' : 'home.reached', { date: formatDate(date, language) });
  return { record, date, headline };
}

interface AXNode {
  role?: { value?: unknown };
  name?: { value?: unknown };
  /** A range's current value (valuenow) is the node's value; its bounds are properties. */
  value?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** The progress bar as Chromium exposes it to assistive technology: its name, value and maximum. */
async function progressBar(page: Page): Promise<{ name: unknown; now: unknown; max: unknown }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const prop = (n: AXNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;
    return nodes
      .filter((n) => n.role?.value === 'progressbar')
      .map((n) => ({ name: n.name?.value, now: n.value?.value, max: prop(n, 'valuemax') }));
  } finally {
    await cdp.detach();
  }
}

describe('the portal on a phone, in English and Spanish', () => {
  it('case: in English, P-CA-00001 signs in with an emailed code and goes through every screen', async () => {
    // The phone is set to UTC; the person's profile says Los Angeles, and times are shown there.
    const context = await browser.newContext({ ...PHONE, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    const refusals: Expected[] = [];
    const problems = watch(page, refusals);
    const t = (key: string, values?: Record<string, string | number>) => tr('en', key, values);
    await signInWithCode(page, 'en', { personId: CA.personId, admin: CA.admin, to: CA.email, typed: CA.email });
    personContexts.set(CA.personId, context);

    // Home: the date, as the law package computes it here from the stored record.
    const today = await browserDate(page);
    const { record, date, headline } = await expectedEnd(CA.personId, new Date().toISOString().slice(0, 10), 'en');
    expect(headline).toBe(t('home.endsOn', { date: formatDate(date, 'en') }));
    await expect.poll(() => h1(page).textContent()).toBe(headline);
    expect(await htmlLang(page)).toBe('en');
    expect(await documentTitle(page)).toBe('My date · Pathways');

    // The progress bar carries its value for assistive technology, and its words agree.
    // Of the terms ending that day, the first sets where the bar starts (presenters/end-date.ts).
    const deciding = evaluatePerson(JURISDICTIONS, record, parseIsoDate(today)).find((e) => e.projectedEndDate === date)!;
    const start = record.terms.find((term) => term.id === deciding.termId)!.startDate;
    const progress = progressToward(start, date, today);
    expect(await progressBar(page)).toEqual([{ name: t('home.progress.title'), now: progress.percent, max: 100 }]);
    expect(await page.locator('#progress-text').textContent()).toContain(
      t('home.progress.text', { percent: progress.percent, start: formatDate(start, 'en'), end: formatDate(date, 'en') }),
    );

    // What brings the date closer: worked out in the page by the law package, the same as here.
    const closer = page.getByRole('region', { name: t('home.closer.title') });
    await expect.poll(() => closer.textContent(), { timeout: 60_000 }).not.toContain(t('home.closer.working'));
    expect(await closer.locator('.error-text').count()).toBe(0);
    const items = await whatBringsItCloser(record, today);
    const lines = items.map((item) => {
      const message = closerMessage(item);
      return t(message.key, formatted(message.values, 'en'));
    });
    if (lines.length === 0) expect(await closer.locator('p').allTextContents()).toEqual([t('home.closer.none')]);
    else expect(await closer.getByRole('listitem').allTextContents()).toEqual(lines);
    await checkState(page, 'en home');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-en-home.png'), fullPage: true });

    // The menu, open, is itself a state to check.
    await page.getByRole('button', { name: t('nav.menu'), exact: true }).click();
    const nav = page.getByRole('navigation', { name: t('nav.label') });
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      ['home', 'obligations', 'messages', 'jobs', 'services', 'story', 'privacy', 'settings'].map((s) => t(`nav.${s}`)),
    );
    expect(await nav.getByRole('link', { name: t('nav.home') }).getAttribute('aria-current')).toBe('page');
    await checkState(page, 'en menu open');
    // Escape from inside the open menu closes it and gives focus back to the button that opened it.
    await nav.getByRole('link', { name: t('nav.obligations') }).focus();
    await page.keyboard.press('Escape');
    const menuButton = page.getByRole('button', { name: t('nav.menu'), exact: true });
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(
      await menuButton.evaluate((b) => b === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement),
    ).toBe(true);
    // From the button itself too; the Close button still closes it.
    await menuButton.press('Enter');
    await expect.poll(() => nav.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await menuButton.click();
    await page.getByRole('button', { name: t('nav.close'), exact: true }).click();
    await expect.poll(() => nav.isVisible()).toBe(false);

    // Obligations: what is coming up, soonest first, as the API lists it.
    await openScreen(page, 'en', 'obligations');
    await expect.poll(() => h1(page).textContent()).toBe(t('obligations.title'));
    const upcoming = page.getByRole('region', { name: t('obligations.upcoming') });
    await upcoming.getByRole('listitem').first().waitFor();
    const obligations = (await apiGet<ObligationsAnswer>(page, '/api/portal/obligations')).body;
    const ordered = orderObligations(obligations.obligations, new Date());
    expect(await upcoming.getByRole('heading', { level: 3 }).allTextContents()).toEqual(ordered.upcoming.map((o) => o.title));
    expect(ordered.upcoming.map((o) => o.title)).toContain('Meet with your officer');
    const earlier = page.getByRole('region', { name: t('obligations.past') });
    expect(await earlier.getByRole('heading', { level: 3 }).allTextContents()).toEqual(ordered.past.map((o) => o.title));
    // Each at its hour in the profile's zone, not the phone's.
    expect((await apiGet<PortalPreferences>(page, '/api/portal/preferences')).body.timeZone).toBe('America/Los_Angeles');
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC');
    expect(await upcoming.locator('time').allTextContents()).toEqual(
      ordered.upcoming.map((o) => formatDateTime(o.startsAt, 'en', 'America/Los_Angeles')),
    );
    expect(await earlier.locator('time').allTextContents()).toEqual(
      ordered.past.map((o) => formatDateTime(o.startsAt, 'en', 'America/Los_Angeles')),
    );
    await checkState(page, 'en obligations');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-en-obligations.png'), fullPage: true });

    // Messages: the officer's message is there; one sent shows in the thread.
    const officerId = (await store.caseloads.officerOf(CA.personId))!;
    const officer = (await store.users.byId(officerId))!;
    await openScreen(page, 'en', 'messages');
    await expect.poll(() => h1(page).textContent()).toBe(t('messages.title'));
    const thread = page.getByRole('list', { name: t('messages.thread') });
    await thread.waitFor();
    expect(await thread.locator('li .who').first().textContent()).toMatch(new RegExp(`^${escape(officer.displayName)} · `));
    await checkState(page, 'en messages');
    const text = 'I start a new job on Monday. Can we move my check-in to the afternoon?';
    const field = page.getByRole('textbox', { name: t('messages.write'), exact: true });
    await field.fill(text);
    expect(await page.getByText(t('messages.left', { count: 2000 - text.length, n: formatNumber(2000 - text.length, 'en') })).count()).toBe(
      1,
    );
    // The session ends before it is sent: the send is refused (401), and after signing in again the
    // message is still in its field (kept in the tab, packages/web/src/api/drafts.ts).
    await context.clearCookies();
    refusals.push({ path: '/api/portal/messages', status: 401 });
    await page.getByRole('button', { name: t('messages.send'), exact: true }).click();
    await expect.poll(() => h1(page).textContent()).toBe(t('signIn.title'));
    await signInWithCode(page, 'en', { personId: CA.personId, admin: CA.admin, to: CA.email, typed: CA.email });
    await openScreen(page, 'en', 'messages');
    await expect.poll(() => field.inputValue()).toBe(text);
    await page.getByRole('button', { name: t('messages.send'), exact: true }).click();
    await expect.poll(() => page.locator('p.status-text').textContent()).toBe(t('messages.sent'));
    const mine = thread.getByRole('listitem').last();
    await expect.poll(() => mine.locator('.body').textContent()).toBe(text);
    expect(await mine.locator('.who').textContent()).toMatch(/^You · /);
    expect(await field.inputValue()).toBe('');
    await checkState(page, 'en message sent');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-en-messages.png'), fullPage: true });

    // The officer of the person's caseload reads it through the workspace's API.
    const desk = await staff(officer.username);
    const theirs = await apiGet<{ messages: PortalMessage[] }>(desk.page, `/api/people/${CA.personId}/messages`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.messages.filter((m) => m.direction === 'from_person').map((m) => m.body)).toEqual([text]);

    // Jobs: each match as the API has it, with why it fits, fair-chance employers marked.
    await openScreen(page, 'en', 'jobs');
    await expect.poll(() => h1(page).textContent()).toBe(t('jobs.title'));
    const jobs = (await apiGet<JobsAnswer>(page, '/api/portal/jobs?lang=en')).body;
    expect(jobs.matches.length, 'at least one job fits P-CA-00001').toBeGreaterThan(0);
    expect(jobs.matches.some((m) => m.reasons.length > 0)).toBe(true);
    const cards = page.locator('main ul.cards > li');
    await expect.poll(() => cards.count()).toBe(jobs.matches.length);
    for (const [n, match] of jobs.matches.entries()) {
      const card = cards.nth(n);
      expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(match.title);
      expect(await card.locator('ul.reasons > li').allTextContents()).toEqual(match.reasons.map((r) => r.text));
      expect(await card.getByText(t('jobs.fairChance'), { exact: true }).count(), match.title).toBe(match.fairChance ? 1 : 0);
    }
    expect(
      jobs.matches.some((m) => m.fairChance),
      'the demo has a fair-chance employer among the matches',
    ).toBe(true);
    if (jobs.excludedCount > 0) expect(await page.getByText(t('jobs.excluded', { count: jobs.excludedCount })).count()).toBe(1);
    await checkState(page, 'en jobs');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-en-jobs.png'), fullPage: true });

    // Help near me, filtered to housing: the places the API finds, each tagged Housing.
    await openScreen(page, 'en', 'services');
    await expect.poll(() => h1(page).textContent()).toBe(t('services.title'));
    const all = (await apiGet<{ results: ServiceResult[] }>(page, '/api/portal/services?maxMiles=25')).body.results;
    await expect.poll(() => page.getByText(/ places? found\.$/).textContent()).toBe(t('services.count', { count: all.length }));
    await checkState(page, 'en services');
    // A react-aria Select's button is named by its value and its label.
    await page.getByRole('button', { name: new RegExp(escape(t('services.need'))) }).click();
    await page.getByRole('option', { name: t('services.needs.housing') }).click();
    const housing = (await apiGet<{ results: ServiceResult[] }>(page, '/api/portal/services?need=housing&maxMiles=25')).body.results;
    expect(housing.length, 'housing near P-CA-00001').toBeGreaterThan(0);
    expect(housing.length).toBeLessThan(all.length);
    await expect.poll(() => page.getByText(/ places? found\.$/).textContent()).toBe(t('services.count', { count: housing.length }));
    const places = page.locator('main ul.cards > li');
    expect(await places.getByRole('heading', { level: 2 }).allTextContents()).toEqual(housing.map((s) => s.name));
    for (let n = 0; n < housing.length; n++) {
      expect(await places.nth(n).locator('.tag').allTextContents()).toContain(t('services.needs.housing'));
    }
    await checkState(page, 'en services, housing');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-en-services.png'), fullPage: true });

    // Who saw my record: the officer opens the person's page in the workspace, and the portal lists it.
    const personPage = await desk.context.newPage();
    const deskProblems = watch(personPage);
    await personPage.goto(`${base}/people/${CA.personId}`);
    await personPage.getByRole('region', { name: 'Portal sign-in link' }).waitFor();
    await personPage.close();
    await openScreen(page, 'en', 'privacy');
    await expect.poll(() => h1(page).textContent()).toBe(t('privacy.title'));
    const viewed = page
      .locator('main ol.cards > li')
      .filter({ hasText: `${officer.displayName} (${t('roles.officer')}) ${t('privacy.actions.person_read')}` })
      .filter({ hasText: t('privacy.reason', { reason: 'caseload review' }) });
    await expect.poll(() => viewed.count()).toBeGreaterThan(0);
    await checkState(page, 'en privacy');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-en-privacy.png'), fullPage: true });

    // Settings: reminders on, the addresses on file, the language.
    await openScreen(page, 'en', 'settings');
    await expect.poll(() => h1(page).textContent()).toBe(t('settings.title'));
    const preferences = (await apiGet<PortalPreferences>(page, '/api/portal/preferences')).body;
    expect(preferences).toMatchObject({ language: 'en', sms: true, email: true, emailAddress: CA.email });
    await page.getByText(t('settings.emailOnFile', { email: CA.email })).waitFor();
    expect(await page.getByRole('switch', { name: t('settings.sms') }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: t('settings.email') }).isChecked()).toBe(true);
    await checkState(page, 'en settings');
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-en-settings.png'), fullPage: true });

    expect(problems).toEqual([]);
    expect(deskProblems).toEqual([]);
    await page.close();
  }, 180_000);

  it('case: in Spanish, P-MO-00001 signs in with a texted code, every screen is in Spanish, and the language switches both ways', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'es-US' });
    const page = await context.newPage();
    const problems = watch(page);
    const t = (key: string, values?: Record<string, string | number>) => tr('es', key, values);
    await signInWithCode(page, 'es', { personId: MO.personId, admin: MO.admin, to: MO.phone, typed: MO.typed });

    // The demo's Missouri person may be past their date: the headline then says it could have ended.
    const { date, headline } = await expectedEnd(MO.personId, new Date().toISOString().slice(0, 10), 'es');
    const reached = date < (await browserDate(page));
    const titles: [string, string][] = [
      ['home', headline],
      ['obligations', t('obligations.title')],
      ['messages', t('messages.title')],
      ['jobs', t('jobs.title')],
      ['services', t('services.title')],
      ['privacy', t('privacy.title')],
      ['settings', t('settings.title')],
    ];
    for (const [screen, title] of titles) {
      if (screen !== 'home') await openScreen(page, 'es', screen);
      await expect.poll(() => h1(page).textContent(), { message: screen }).toBe(title);
      expect(await htmlLang(page), screen).toBe('es');
      const tabTitle = screen === 'home' ? t('home.title') : title;
      expect(await documentTitle(page), screen).toBe(t('app.documentTitle', { page: tabTitle }));
      // Whatever the screen loads, it has loaded (no "Cargando…" left to check instead of the screen).
      await expect.poll(() => page.getByText(t('common.loading')).count(), { message: screen }).toBe(0);
      if (screen === 'home' && reached) await page.getByText(t('home.reachedText')).waitFor();
      if (screen === 'home' && !reached) {
        const closer = page.getByRole('region', { name: t('home.closer.title') });
        await expect.poll(() => closer.textContent(), { timeout: 60_000 }).not.toContain(t('home.closer.working'));
        expect(await closer.locator('.error-text').count()).toBe(0);
      }
      if (screen === 'obligations') await page.getByRole('heading', { level: 3, name: 'Cita con su oficial' }).waitFor();
      if (screen === 'messages') await page.getByRole('list', { name: t('messages.thread') }).waitFor();
      await checkState(page, `es ${screen}`);
      if (screen === 'home' || screen === 'obligations') {
        await page.screenshot({ path: join(SCREENSHOTS, `portal-es-${screen}.png`), fullPage: true });
      }
    }

    // To English with the header's switch, on Appointments and payments, and back; the account follows.
    await openScreen(page, 'es', 'obligations');
    const language = page.getByRole('radiogroup', { name: t('language.label') });
    await language.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => h1(page).textContent()).toBe(tr('en', 'obligations.title'));
    expect(await htmlLang(page)).toBe('en');
    await expect.poll(async () => (await apiGet<PortalPreferences>(page, '/api/portal/preferences')).body.language).toBe('en');
    expect(await page.getByRole('heading', { level: 2, name: tr('en', 'obligations.upcoming') }).count()).toBe(1);
    await checkState(page, 'es person in English');

    await page
      .getByRole('radiogroup', { name: tr('en', 'language.label') })
      .getByRole('radio', { name: 'Español' })
      .click();
    await expect.poll(() => h1(page).textContent()).toBe(t('obligations.title'));
    expect(await htmlLang(page)).toBe('es');
    await expect.poll(async () => (await apiGet<PortalPreferences>(page, '/api/portal/preferences')).body.language).toBe('es');
    expect(await page.getByRole('heading', { level: 2, name: t('obligations.upcoming') }).count()).toBe(1);
    await checkState(page, 'es person back in Spanish');

    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('case: signed in as P-CA-00001, nobody else’s record, list or outbox can be reached', async () => {
    const { context, problems: signInProblems } = await personSignedIn(CA);
    const page = await context.newPage();
    const problems = watch(page, [
      { path: '/api/people/P-MO-00001', status: 404 },
      { path: '/api/people/P-CA-00002', status: 404 },
      { path: '/api/outbox', status: 403 },
    ]);
    await page.goto(`${base}/portal/`);
    await expect.poll(() => h1(page).textContent()).toMatch(/^Your supervision can end on /);

    expect((await apiGet<unknown>(page, '/api/people/P-MO-00001')).status).toBe(404);
    expect((await apiGet<unknown>(page, '/api/people/P-CA-00002')).status).toBe(404);
    const own = await apiGet<{ person: { id: string } }>(page, `/api/people/${CA.personId}`);
    expect(own.status).toBe(200);
    expect(own.body.person.id).toBe(CA.personId);
    const list = await apiGet<PeoplePage>(page, '/api/people?limit=200&offset=0');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.people.map((p) => p.id)).toEqual([CA.personId]);
    expect((await apiGet<unknown>(page, '/api/outbox?limit=10&offset=0')).status).toBe(403);

    // The page names no other person: no other demo person's id, nor the full name of those asked about
    // (the portal shows no person's name at all, their own included, so any name here would be another's).
    const others = await Promise.all(['P-MO-00001', 'P-CA-00002', 'P-PA-00001'].map((id) => store.people.get(id)));
    const otherNames = others
      .map((p) => (p!.record as PersonRecord).name)
      .flatMap((n) => (n?.given && n.family ? [`${n.given} ${n.family}`, `${n.family}, ${n.given}`] : []));
    expect(otherNames.length).toBe(6);
    // Open the full explanation too, so everything Home can show is in the text.
    await page.getByText(tr('en', 'home.how.full')).click();
    const text = await bodyText(page);
    expect([...text.matchAll(/P-[A-Z]{2}-\d{5}/g)].map((m) => m[0]).filter((id) => id !== CA.personId)).toEqual([]);
    for (const name of otherNames) expect(text, 'another person’s name').not.toContain(name);
    await checkState(page, 'en home, steps open');
    expect(signInProblems).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('case: the officer’s one-time link signs in on a new phone, once; the second time the page says it no longer works', async () => {
    const desk = await staff('officer-ca-1');
    const personPage = await desk.context.newPage();
    const deskProblems = watch(personPage);
    await personPage.goto(`${base}/people/${CA.personId}`);
    const section = personPage.getByRole('region', { name: 'Portal sign-in link' });
    await section.getByRole('button', { name: 'Make a sign-in link' }).click();
    const field = section.getByRole('textbox', { name: /^Sign-in link for / });
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${escape(base)}/portal/link/[^/]+$`));
    await personPage.close();

    // A new phone: the link lands on Home, signed in, with the token gone from the address bar.
    const phone = await browser.newContext({ ...PHONE, locale: 'en-US' });
    const page = await phone.newPage();
    const problems = watch(page);
    await page.goto(link);
    const { headline } = await expectedEnd(CA.personId, new Date().toISOString().slice(0, 10), 'en');
    await expect.poll(() => h1(page).textContent(), { timeout: 30_000 }).toBe(headline);
    expect(new URL(page.url()).pathname).toBe('/portal');
    expect((await apiGet<{ user: { personId: string } }>(page, '/api/me')).body.user.personId).toBe(CA.personId);
    await checkState(page, 'home after the link');
    expect(problems).toEqual([]);
    await phone.close();

    // The same link again, on another new phone: refused, in plain words, with the way to sign in instead.
    const again = await browser.newContext({ ...PHONE, locale: 'en-US' });
    const second = await again.newPage();
    // The page's own requests: only the spent link's refusal; the GET /api/me below is the test's own.
    const secondProblems = watch(second, [
      { path: '/api/portal/link', status: 401 },
      { path: '/api/me', status: 401 },
    ]);
    await second.goto(link);
    await expect.poll(() => h1(second).textContent()).toBe(tr('en', 'signIn.linkFailedTitle'));
    expect(await second.getByRole('alert').filter({ hasText: /\S/ }).allTextContents()).toEqual([tr('en', 'signIn.errors.badLink')]);
    expect(await second.getByRole('link', { name: tr('en', 'signIn.withCode') }).getAttribute('href')).toBe('/portal');
    expect(await documentTitle(second)).toBe(tr('en', 'app.documentTitle', { page: tr('en', 'signIn.linkFailedTitle') }));
    expect((await apiGet<unknown>(second, '/api/me')).status).toBe(401);
    await checkState(second, 'a spent link');
    await second.screenshot({ path: join(SCREENSHOTS, 'portal-en-link-spent.png'), fullPage: true });
    expect(secondProblems).toEqual([]);
    expect(deskProblems).toEqual([]);
    await again.close();
  }, 180_000);
});

/** Text as a literal inside a RegExp (names hold parentheses and commas). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
