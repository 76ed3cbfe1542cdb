// Stories in Chromium, against the real server and the seeded demo (packages/cli/src/serve/demo-stories.ts):
// the demo campaign's page shows the Missouri person's published anonymous story, masked; that person
// (`person-mo`, whose portal is in Spanish) signs in with a code read from the outbox, on a phone, and tells
// an anonymous story with a photo, which the portal shows waiting for review; the advocate signs in to the
// desk (password and authenticator code), opens it, sees its masks, adds one the rules missed, confirms
// and publishes; the story appears on the campaign page, masked, and at its shared link; then the
// storyteller withdraws it, and at once the campaign page, the export and the shared link (410) no longer
// have it, nor the desk. Each state is checked with axe-core and for console and page errors; on the phone,
// for horizontal overflow too. Screenshots go to docs/screenshots/stories-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { outbox, stories, type PathwaysStore } from '@pathways/store';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicStory } from '../../../web/src/voices/stories/types.ts';
import { repositoryRoot } from '../../src/io/repository.ts';
import { DEMO_CAMPAIGN_ID } from '../../src/serve/demo-campaigns.ts';
import { SCREENSHOTS, seriousViolations, signInThroughPage, startWorkspace, stopWorkspace, type Workspace } from './workspace-harness.ts';

let workspace: Workspace | undefined;
let store: PathwaysStore;
let browser: Browser;
let base: string;

const WIDTH = 360;
const PHONE = { viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true } as const;
const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;
/** The Missouri demo person (packages/cli/src/serve/demo-portal.ts): their portal speaks Spanish. */
const MO = { personId: 'P-MO-00001', email: 'person.mo@example.org' } as const;
/** A real photo, small: a 24×16 PNG of two colours, so the desk shows it as the reviewer would see one. */
const PHOTO = tinyPng(24, 16);

function tinyPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.concat([
      Buffer.from([0]),
      ...Array.from({ length: width }, () => Buffer.from(y < height / 2 ? [31, 78, 140] : [243, 245, 248])),
    ]),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** What the steps hand on: the storyteller's signed-in phone, the story told, its shared link. */
const state: { teller?: BrowserContext; given?: string; storyId?: string; text?: string; link?: string; desk?: Page } = {};

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ browser, base } = workspace);
  store = workspace.store as PathwaysStore;
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await state.teller?.close();
  await state.desk?.context().close();
  if (workspace) await stopWorkspace(workspace);
});

// ---- The portal's Spanish words, from its own locale file, so the test follows what the page says. ----

type Catalog = { [key: string]: string | Catalog };
const ES = JSON.parse(readFileSync(join(repositoryRoot, 'packages/web/src/portal/locales/es.json'), 'utf8')) as Catalog;

function es(key: string): string {
  let at: string | Catalog | undefined = ES;
  for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  if (typeof at !== 'string') throw new Error(`no ${key} in es.json`);
  return at;
}

// ---- Checks every state gets. ----

interface Expected {
  path: string | RegExp;
  status: number;
}

/** Page errors and console errors, but for the failed loads the step means to cause (a withdrawn story's 410 …). */
function watch(page: Page, expected: Expected[] = []): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location().url;
    const path = url ? new URL(url).pathname : '';
    const status = Number(/status of (\d{3})/.exec(m.text())?.[1]);
    const meant = expected.some((e) => e.status === status && (typeof e.path === 'string' ? e.path === path : e.path.test(path)));
    if (m.text().startsWith('Failed to load resource') && meant) return;
    problems.push(`console: ${m.text()} at ${path}`);
  });
  return problems;
}

async function checkPage(page: Page, problems: string[], label: string, phone = false): Promise<void> {
  expect(await seriousViolations(page), label).toEqual([]);
  expect(problems, label).toEqual([]);
  if (phone) {
    const width = await page.evaluate(
      () => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth,
    );
    expect(width, `${label}: wider than the phone`).toBeLessThanOrEqual(WIDTH);
  }
}

const h1 = (page: Page) => page.locator('main h1');

/** The campaign page's stories, as the page shows them (each story's quoted words). */
async function pageStories(page: Page): Promise<string[]> {
  await page.goto(`${base}/campaigns/${DEMO_CAMPAIGN_ID}`);
  const region = page.getByRole('region', { name: 'In their own words' });
  await region.waitFor();
  await expect.poll(() => region.getByRole('status').count(), { message: 'the stories loaded' }).toBe(0);
  return region.locator('blockquote').allTextContents();
}

/** GET as the page (its cookies): the status and the body as text. */
function fetchText(page: Page, path: string): Promise<{ status: number; text: string }> {
  return page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { accept: 'application/json, text/csv' } });
    return { status: response.status, text: await response.text() };
  }, path);
}

/** The newest sign-in code sent to the address (the demo keeps every message in the outbox). */
async function latestCode(to: string, after: Set<number>): Promise<string | undefined> {
  const sent = (await outbox(store).list({ limit: 200, offset: 0 })).find(
    (m) => m.kind === 'sign_in_code' && m.to === to && !after.has(m.id),
  );
  return sent && /\b(\d{6})\b/.exec(sent.body)?.[1];
}

describe('stories in Chromium', () => {
  it('case: the demo campaign shows the Missouri person’s published anonymous story, masked', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watch(page, []);
    const published = await stories(store).publicForCampaign(DEMO_CAMPAIGN_ID, new Date().toISOString().slice(0, 10));
    const demo = published.find((s) => s.personId === MO.personId);
    expect(demo, 'the demo seeds a published story by P-MO-00001').toBeTruthy();
    expect(demo!.tier).toBe('anonymous');
    const record = (await store.people.get(MO.personId))!.record as { name?: { given?: string } };
    state.given = record.name!.given!;

    const shown = await pageStories(page);
    const api = JSON.parse((await fetchText(page, `/api/public/campaigns/${DEMO_CAMPAIGN_ID}/stories`)).text) as { stories: PublicStory[] };
    const fromDemo = api.stories.find((s) => s.id === demo!.id)!;
    expect(shown).toContain(fromDemo.text);
    expect(fromDemo.text).toMatch(/^My name is \[name\]\. On \[date\] a judge in \[place\]/);
    for (const secret of [state.given, 'Cedar Ridge', 'CR-2023-004512', 'March 3, 2023', '1450 Elm Street'])
      expect(shown.join('\n')).not.toContain(secret);
    await checkPage(page, problems, 'campaign page', true);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-campaign-page.png'), fullPage: true });
    await context.close();
  }, 120_000);

  it('case: person-mo signs in with a code and tells an anonymous story with a photo; it waits for review', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'es-US' });
    state.teller = context;
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${base}/portal/`);
    await expect.poll(() => h1(page).textContent()).toBe(es('signIn.title'));
    const before = new Set((await outbox(store).list({ limit: 200, offset: 0 })).map((m) => m.id));
    await page.getByLabel(es('signIn.address')).fill(MO.email);
    await page.getByRole('button', { name: es('signIn.sendCode') }).click();
    await expect.poll(() => h1(page).textContent()).toBe(es('signIn.codeTitle'));
    let code: string | undefined;
    await expect.poll(async () => (code = await latestCode(MO.email, before)), { message: 'a code in the outbox' }).toBeTruthy();
    await page.getByLabel(es('signIn.code')).fill(code!);
    await page.getByRole('button', { name: es('signIn.signIn'), exact: true }).click();

    // My story, through the phone's menu.
    await page.getByRole('button', { name: es('nav.menu'), exact: true }).click();
    await page
      .getByRole('navigation', { name: es('nav.label') })
      .getByRole('link', { name: es('nav.story'), exact: true })
      .click();
    await expect.poll(() => h1(page).textContent()).toBe(es('story.title'));
    expect(await page.title()).toBe(`${es('story.title')} · Pathways`);
    // The demo's published story is theirs, listed with its state.
    const cards = page.locator('.story-card');
    await cards.first().waitFor();
    expect(await cards.first().textContent()).toContain(es('story.statuses.published'));
    await checkPage(page, problems, 'my story', true);

    const text =
      `Me llamo ${state.given}. Vivo en Cedar Ridge con mi hermano Tito desde el 12 de marzo de 2020. ` +
      'Mi caso CR-2020-001234 ya casi termina. Encontré trabajo en una panadería y mis hijos están orgullosos de mí.';
    state.text = text;
    await page.getByLabel(es('story.text')).fill(text);
    // A person taps the words of a choice (react-aria keeps the input itself inside the label).
    await page.getByText(es('story.tiers.anonymous'), { exact: true }).click();
    await page.getByText(es('story.scopes.some'), { exact: true }).click();
    await page.getByText(/^Earned compliance/).click();
    expect(await page.getByRole('radio', { name: es('story.tiers.anonymous') }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Earned compliance/ }).isChecked()).toBe(true);
    await page.getByLabel(es('story.media').split(' (')[0]!).setInputFiles({ name: 'panaderia.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByText(es('story.mediaChosen').replace('{{name}}', 'panaderia.png')).waitFor();
    await checkPage(page, problems, 'my story, filled in', true);
    await page.getByRole('button', { name: es('story.send') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: es('story.sent') })
      .waitFor();

    // Listed first, waiting for review; what others would read is masked.
    const told = cards.first();
    await expect.poll(() => told.textContent()).toContain(es('story.statuses.submitted'));
    expect(await told.textContent()).toContain(es('story.hasPhoto'));
    const publicWords = await told.locator('blockquote').nth(1).textContent();
    expect(publicWords).toMatch(/^Me llamo \[name\]\. Vivo en \[place\] con mi hermano Tito desde el \[date\]\. Mi caso \[case number\]/);
    const mine = (await stories(store).forPerson(MO.personId)).find((s) => s.text === text)!;
    expect(mine).toMatchObject({ status: 'submitted', tier: 'anonymous', campaignIds: [DEMO_CAMPAIGN_ID], media: { type: 'image/png' } });
    state.storyId = mine.id;
    await checkPage(page, problems, 'my story, told', true);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-portal-told.png'), fullPage: true });
    await page.close();
  }, 180_000);

  it('case: the advocate confirms the masks, adds one, and publishes; the campaign page and the shared link show it masked', async () => {
    expect(state.storyId, 'the story told in the previous step').toBeTruthy();
    const context = await browser.newContext(DESKTOP);
    const desk = await context.newPage();
    state.desk = desk;
    const problems = watch(desk, [{ path: /^\/api\/voices\/stories\//, status: 410 }]);
    await signInThroughPage(desk, `${base}/voices`, 'advocate');
    await desk.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
    const queue = desk.getByRole('region', { name: 'To review' });
    const card = queue.getByRole('listitem').filter({ hasText: 'con mi hermano Tito' });
    await card.waitFor();
    expect(await card.textContent()).toContain('with a photo');
    expect(await card.textContent()).not.toContain(state.given!);
    await checkPage(desk, problems, 'desk queue');

    await card.getByRole('button', { name: /^Open the anonymous story/ }).click();
    const review = desk.locator('.story-review');
    await review.getByRole('heading', { level: 2, name: 'Anonymous story · submitted' }).waitFor();
    // Each detected span is highlighted with its label; the photo is there for the reviewer, never for the public.
    expect(await review.locator('mark').allTextContents()).toEqual([
      `${state.given} [name]`,
      'Cedar Ridge [place]',
      '12 de marzo de 2020 [date]',
      'CR-2020-001234 [case number]',
    ]);
    const photo = review.getByRole('img', { name: 'The photo the storyteller added' });
    await photo.waitFor();
    await expect
      .poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), { message: 'the photo loads' })
      .toBe(24);
    await checkPage(desk, problems, 'desk review');
    await desk.screenshot({ path: join(SCREENSHOTS, 'stories-desk-review.png'), fullPage: true });

    // The rules missed the brother's name: the reviewer masks it.
    await review.getByLabel('Words to hide').fill('Tito');
    expect(await review.getByRole('radio', { name: 'a name' }).isChecked(), 'a name, by default').toBe(true);
    await review.getByRole('button', { name: 'Add the mask' }).click();
    await review.getByRole('status').filter({ hasText: 'Masked one place where “Tito” occurs.' }).waitFor();
    expect(await review.locator('blockquote').textContent()).toContain('con mi hermano [name] desde el [date]');
    expect(await review.getByRole('button', { name: 'Mark reviewed' }).isDisabled(), 'not before the confirmation').toBe(true);
    await review.getByText('I read the whole story and checked its masks.').click();
    await review.getByRole('button', { name: 'Mark reviewed' }).click();
    await review.getByRole('heading', { level: 2, name: 'Anonymous story · reviewed' }).waitFor();
    await review.getByRole('button', { name: 'Publish' }).click();
    await review.getByRole('heading', { level: 2, name: 'Anonymous story · published' }).waitFor();
    const link = review.getByRole('link', { name: /\/stories\// });
    state.link = (await link.getAttribute('href'))!;
    expect(new URL(state.link).pathname).toMatch(/^\/stories\/[A-Za-z0-9_-]{43}$/);
    await checkPage(desk, problems, 'desk published');
    await desk.screenshot({ path: join(SCREENSHOTS, 'stories-desk-published.png'), fullPage: true });

    // The public: the campaign page and the shared link, on a phone, masked as confirmed.
    const phone = await browser.newContext(PHONE);
    const page = await phone.newPage();
    const publicProblems = watch(page, []);
    const expected =
      'Me llamo [name]. Vivo en [place] con mi hermano [name] desde el [date]. Mi caso [case number] ya casi termina. ' +
      'Encontré trabajo en una panadería y mis hijos están orgullosos de mí.';
    expect(await pageStories(page)).toContain(expected);
    expect(await page.locator('img').count(), 'an anonymous story shows no photo').toBe(0);
    await checkPage(page, publicProblems, 'campaign page with the new story', true);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-campaign-published.png'), fullPage: true });
    await page.goto(state.link);
    await page.getByRole('heading', { level: 1, name: 'A story' }).waitFor();
    expect(await page.locator('blockquote').textContent()).toBe(expected);
    await checkPage(page, publicProblems, 'shared link', true);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-shared-link.png'), fullPage: true });
    await phone.close();
  }, 180_000);

  it('case: the storyteller withdraws the story; at once the campaign page, the export, the shared link and the desk no longer have it', async () => {
    expect(state.teller && state.link && state.desk, 'the previous steps').toBeTruthy();
    const page = await state.teller!.newPage();
    const problems = watch(page);
    await page.goto(`${base}/portal/story`);
    await expect.poll(() => h1(page).textContent()).toBe(es('story.title'));
    const card = page.locator('.story-card').filter({ hasText: 'con mi hermano Tito' });
    await card.waitFor();
    expect(await card.textContent()).toContain(es('story.statuses.published'));

    // Who viewed it: the advocate by name, the public counted.
    await card.getByRole('button', { name: es('story.views') }).click();
    const views = card.getByRole('list', { name: es('story.views') });
    await views.waitFor();
    expect(await views.textContent()).toContain('Advocate (demo), del personal de la campaña, la leyó para revisarla');
    expect(await views.textContent()).toContain(es('story.viewKinds.campaign_page'));
    expect(await views.textContent()).toContain(es('story.viewKinds.shared_link'));
    await checkPage(page, problems, 'who viewed', true);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-portal-views.png'), fullPage: true });

    await card.getByRole('button', { name: es('story.withdraw') }).click();
    await card.getByText(es('story.withdrawAsk')).waitFor();
    await checkPage(page, problems, 'withdraw, asked', true);
    await card.getByRole('button', { name: es('story.withdrawYes') }).click();
    const ended = page.locator('.story-card').filter({ hasText: es('story.statuses.withdrawn') });
    await ended.first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: es('story.withdrawn') })
      .waitFor();
    expect(await page.locator('main').textContent()).not.toContain('con mi hermano Tito');
    await checkPage(page, problems, 'withdrawn', true);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-portal-withdrawn.png'), fullPage: true });
    await page.close();

    // At once, everywhere: the campaign page …
    const phone = await browser.newContext(PHONE);
    const visitor = await phone.newPage();
    const visitorProblems = watch(visitor, [{ path: /^\/api\/public\/stories\//, status: 410 }]);
    const shown = await pageStories(visitor);
    expect(shown.join('\n')).not.toContain('mi hermano');
    expect(shown.length).toBeGreaterThan(0);
    await checkPage(visitor, visitorProblems, 'campaign page after withdrawal', true);
    // … the shared link (410, a kind word, none of the story) …
    await visitor.goto(state.link!);
    await visitor.getByRole('heading', { level: 1, name: 'This story is no longer shared' }).waitFor();
    expect(await visitor.locator('main').textContent()).toContain('The storyteller has withdrawn this story.');
    expect(await visitor.locator('main').textContent()).not.toContain('mi hermano');
    expect((await fetchText(visitor, `/api/public/stories/${new URL(state.link!).pathname.split('/').pop()}`)).status).toBe(410);
    await checkPage(visitor, visitorProblems, 'shared link after withdrawal', true);
    await visitor.screenshot({ path: join(SCREENSHOTS, 'stories-shared-link-withdrawn.png'), fullPage: true });
    await phone.close();

    // … the export, and the desk.
    const desk = state.desk!;
    for (const format of ['csv', 'json']) {
      const exported = await fetchText(desk, `/api/voices/stories/export?campaign=${DEMO_CAMPAIGN_ID}&format=${format}`);
      expect(exported.status).toBe(200);
      expect(exported.text).not.toContain(state.storyId!);
      expect(exported.text).not.toContain('mi hermano');
    }
    expect((await fetchText(desk, `/api/voices/stories/${state.storyId}`)).status).toBe(410);
    await desk.getByRole('button', { name: 'Published' }).click();
    await desk.getByRole('region', { name: 'Published', exact: true }).getByRole('listitem').first().waitFor();
    expect(await desk.getByRole('region', { name: 'Published', exact: true }).textContent()).not.toContain('mi hermano');
    // And the database keeps no word of it.
    expect(await stories(store).get(state.storyId!)).toMatchObject({ status: 'withdrawn', text: null, media: null, masks: null });
  }, 180_000);

  it('case: an officer opens the person’s record, follows “Record a story”, and records one with their confirmed consent', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const problems = watch(page);
    // P-MO-00001 is on officer-mo-1's caseload (the demo deals people to the two officers in turn).
    await signInThroughPage(page, `${base}/people/${MO.personId}`, 'officer-mo-1');
    await page.getByRole('link', { name: /^Record a story with/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/voices/record/${MO.personId}`);
    await page.getByRole('heading', { level: 1, name: /^Record a story with / }).waitFor();
    expect(await h1(page).textContent()).toContain(state.given!);
    await checkPage(page, problems, 'record with the person');

    const text = 'I want the staff to know how much the evening check-ins cost me in bus fare each month.';
    await page.getByLabel('Their story').fill(text);
    await page.getByText('Only the campaign staff', { exact: true }).click();
    // Nothing goes without the person's consent confirmed.
    await page.getByRole('button', { name: 'Record the story' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /has read or heard the choices and agreed/ })
      .waitFor();
    await page.getByText(/has read \(or heard\) these choices and agreed to them/).click();
    await page.getByRole('button', { name: 'Record the story' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Recorded and sent for review\./ })
      .waitFor();
    const recorded = (await stories(store).forPerson(MO.personId)).find((s) => s.text === text);
    expect(recorded).toMatchObject({ recordedWith: 'staff', tier: 'internal', status: 'submitted', toldBy: 'user-officer-mo-1' });
    await checkPage(page, problems, 'recorded with the person');
    await page.screenshot({ path: join(SCREENSHOTS, 'stories-record-with-person.png'), fullPage: true });
    await context.close();
  }, 120_000);
});
