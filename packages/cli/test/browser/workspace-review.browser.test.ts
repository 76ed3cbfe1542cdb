// The workspace's newer features in Chromium against the real server and the seeded demo: a caseload past
// the first page of 200, a what-if question answered in the browser by the law package (checked against the
// same package run here in Node), citation links into the law reference, notes and their privilege, a
// checklist item verified and an opportunity snoozed, a denial the unit's supervisor upholds, and the unit's
// outcomes by officer, and the audit log an administrator reads. Each step runs axe-core on the state it reaches and fails on any console or page error.
//
// The steps share one workspace and one signed-in browser context per account: a second sign-in of the same
// account within the same 30-second TOTP step is refused as a replayed code, so each account signs in once.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluatePerson, JURISDICTIONS, parseIsoDate, type PersonRecord, type SupervisionEvent } from '@pathways/law';
import type { Store } from '@pathways/store';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checklist, Me, Note, PeoplePage, PersonSummary, UnitOutcomes } from '../../../web/src/api/types.ts';
import { displayName, sanctionLimitText } from '../../../web/src/presenters/caseload.ts';
import { SCREENSHOTS, seriousViolations, signInThroughPage, startWorkspace, stopWorkspace, type Workspace } from './workspace-harness.ts';

let store: Store;
let browser: Browser;
let base: string;
let workspace: Workspace | undefined;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ store, browser, base } = workspace);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  if (workspace) await stopWorkspace(workspace);
});

const words = (s: string) => s.replace(/_/g, ' ');

/**
 * A browser context signed in as the account, through the page (password, then the TOTP code), once per
 * account and kept.
 */
async function signedIn(username: string): Promise<BrowserContext> {
  const known = contexts.get(username);
  if (known) return known;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInThroughPage(page, `${base}/`, username);
  await page.close();
  contexts.set(username, context);
  return context;
}

/** A new page of the account's context at `path`, with every console error, page error and response URL collected. */
async function openPage(username: string, path: string): Promise<{ page: Page; problems: string[]; responses: string[] }> {
  const page = await (await signedIn(username)).newPage();
  const problems: string[] = [];
  const responses: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} at ${JSON.stringify(m.location())}`);
  });
  page.on('response', (r) => responses.push(r.url()));
  await page.goto(`${base}${path}`);
  return { page, problems, responses };
}

/** GET through the API as the signed-in page (its session cookie), answering the status and the JSON. */
async function apiGet<T>(page: Page, path: string): Promise<{ status: number; body: T }> {
  return page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { accept: 'application/json' } });
    return { status: response.status, body: (await response.json()) as T };
  }, path);
}

/** The first page of the caller's scope (200 people). */
async function firstPage(page: Page): Promise<PersonSummary[]> {
  const { status, body } = await apiGet<PeoplePage>(page, '/api/people?limit=200&offset=0');
  expect(status).toBe(200);
  return body.people;
}

/** The date `days` from today in the browser's own time zone, as the page's localToday counts days. */
async function browserDate(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const pad = (x: number) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/**
 * The opportunity's action cell on the person page (its state text and its buttons), by the term's section
 * and the row of the kind: the group of buttons is absent once nothing more may be recorded.
 */
function opportunityCell(page: Page, kind: string, termId: string) {
  return page
    .locator(`section[aria-labelledby="term-${termId}"] tr`)
    .filter({ has: page.getByRole('rowheader', { name: words(kind), exact: true }) })
    .first()
    .locator('.opportunity-actions');
}

// Shared between steps 6 and 7: the denial the supervisor reviews and then finds counted.
let denial: { personId: string; termId: string; kind: string; officerName: string } | undefined;

/** A display name as a literal inside a RegExp (names hold parentheses and commas). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the workspace’s review features in Chromium', () => {
  it('case: a caseload past 200 shows everyone, with the next-sanction column, and finds a person beyond the first page', async () => {
    const { page, problems } = await openPage('officer-ca-1', '/');
    const first = await apiGet<PeoplePage>(page, '/api/people?limit=200&offset=0');
    const second = await apiGet<PeoplePage>(page, '/api/people?limit=200&offset=200');
    const total = first.body.total;
    expect(total, 'officer-ca-1 has more people than one page holds').toBeGreaterThan(200);
    expect(second.body.people.length).toBe(total - 200);

    const count = page.locator('p.count');
    await expect.poll(() => count.textContent(), { timeout: 60_000 }).toBe(`Showing ${total} of ${total}.`);
    const table = page.getByRole('table', { name: 'People on the caseload' });
    // The sort marker (▲/▼) is hidden from assistive technology but is part of the header's text.
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.replace(/[▲▼]/g, '').trim())).toEqual([
      'Name',
      'ID',
      'Projected end',
      'Status by term',
      'Next technical-violation sanction',
    ]);
    const sanctionCells = await table.locator('tbody tr > td:last-child').allTextContents();
    expect(sanctionCells.length).toBe(total);
    expect(sanctionCells.filter((text) => !/^(.+: )?(violation \d+: .+|no statutory limit)/.test(text))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'caseload-350.png') });

    // A person from the API's second page, found by name; their row shows the server's sanction limit.
    const beyond = second.body.people.find((p) => p.terms.length === 1 && p.name?.family && p.name.given)!;
    expect(beyond, 'a single-term person with a full name on the second page').toBeTruthy();
    const name = displayName(beyond.name, beyond.id);
    await page.getByLabel('Search by name or id').fill(name);
    await expect.poll(() => count.textContent()).toMatch(new RegExp(`^Showing \\d+ of ${total}\\.$`));
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: beyond.id, exact: true }) });
    expect(await row.count()).toBe(1);
    expect(await row.getByRole('rowheader').textContent()).toBe(name);
    expect(await row.locator('td').last().textContent()).toBe(sanctionLimitText(beyond.terms[0]!.sanctionLimit));
    const shown = Number(/^Showing (\d+) of/.exec((await count.textContent())!)![1]);
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(total);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('case: a what-if violation answered in the browser matches the law package in Node, from a jurisdiction chunk', async () => {
    const { page, problems, responses } = await openPage('officer-pa-1', '/');
    const people = await firstPage(page);
    const person = people.find((p) => p.terms.some((t) => t.jurisdiction === 'US-PA' && t.sanctionLimit !== null));
    expect(person, 'a Pennsylvania person whose term has a sanction limit').toBeTruthy();
    const termId = person!.terms.find((t) => t.jurisdiction === 'US-PA' && t.sanctionLimit !== null)!.termId;

    await page.goto(`${base}/people/${person!.id}`);
    const section = page.locator(`section.what-if[aria-labelledby="what-if-${termId}"]`);
    await section.waitFor();
    // The day the page answers as of: its own (the browser's time zone), which Node must use too.
    const today = /as of today \((\d{4}-\d{2}-\d{2})\)/.exec((await section.locator('p.meta').textContent())!)![1]!;
    await section.getByRole('button', { name: /Question/ }).click();
    await page.getByRole('option', { name: 'A violation sustained today' }).click();
    expect(await section.getByRole('button', { name: /Kind of violation/ }).textContent()).toContain('technical (a missed appointment)');
    expect(responses.filter((u) => /\/assets\/us-pa-[^/]*\.js$/.test(u))).toEqual([]);
    await section.getByRole('button', { name: 'Answer' }).click();
    const row = section.getByRole('row', { name: /^Next technical-violation sanction/ });
    await row.waitFor();
    const [now, ifSo] = await row.getByRole('cell').allTextContents();

    // The same record, evaluated here by the law package as of the same day, without and with the violation.
    const record = (await store.people.get(person!.id))!.record as PersonRecord;
    const violation: SupervisionEvent = {
      type: 'violation',
      termId,
      date: today,
      category: 'technical',
      kinds: ['missed_appointment'],
      status: 'sustained',
    };
    const limitOf = (r: PersonRecord) =>
      evaluatePerson(JURISDICTIONS, r, parseIsoDate(today)).find((e) => e.termId === termId)!.sanctionLimit;
    const before = sanctionLimitText(limitOf(record));
    const after = sanctionLimitText(limitOf({ ...record, events: [...(record.events ?? []), violation] }));
    expect(before).not.toBe(after);
    expect(now).toBe(before);
    expect(ifSo).toBe(after);
    expect(await section.locator('.what-if-answer p').first().textContent()).toBe(
      `With a technical violation sustained on ${today}: this would change.`,
    );
    // The engine came with Pennsylvania's rules only, as a chunk of their own, once asked.
    expect(responses.filter((u) => /\/assets\/us-pa-[^/]*\.js$/.test(u)).length).toBe(1);
    expect(responses.filter((u) => /\/assets\/us-(ca|mo|ny)-[^/]*\.js$/.test(u))).toEqual([]);

    expect(await seriousViolations(page)).toEqual([]);
    await section.screenshot({ path: join(SCREENSHOTS, 'what-if.png') });
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('case: an explanation’s citation leads to its section of the law reference', async () => {
    const { page, problems } = await openPage('officer-pa-1', '/');
    const person = (await firstPage(page)).find((p) => p.terms.length > 0 && p.terms.every((t) => t.jurisdiction === 'US-PA'))!;
    await page.goto(`${base}/people/${person.id}`);
    const link = page.locator('ol.explanation cite a').first();
    await link.waitFor();
    const cited = (await link.textContent())!;
    expect(await link.getAttribute('href')).toBe(`/law/cite?${new URLSearchParams({ jurisdiction: 'US-PA', citation: cited }).toString()}`);
    expect(await seriousViolations(page)).toEqual([]);

    await link.click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`^${base}/law/us-pa\\.html#.+`));
    const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(
      await page.evaluate(
        (id) => (globalThis as unknown as { document: { getElementById(id: string): unknown } }).document.getElementById(id) !== null,
        fragment,
      ),
    ).toBe(true);
    expect(await page.title()).toMatch(/Pennsylvania/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('case: an officer adds a note and an empty one is refused; a defender does not see the agency’s note', async () => {
    const { page, problems } = await openPage('officer-ca-1', '/');
    const defender = await openPage('defender', '/');
    const clients = new Set((await firstPage(defender.page)).map((p) => p.id));
    const shared = (await firstPage(page)).find((p) => clients.has(p.id));
    expect(shared, 'a person on officer-ca-1’s caseload who is also the defender’s client').toBeTruthy();
    const personId = shared!.id;
    const me = (await apiGet<Me>(page, '/api/me')).body.user;

    await page.goto(`${base}/people/${personId}`);
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByText('No notes yet.').waitFor();
    const field = notes.getByLabel('New note');
    const add = notes.getByRole('button', { name: 'Add the note' });

    // Empty, then only spaces: the page says why and sends nothing; the button stays where it was pressed.
    await add.click();
    await expect.poll(() => notes.getByRole('alert').textContent()).toBe('Write the note first: it is empty.');
    await field.fill('   ');
    await add.click();
    await expect.poll(() => notes.getByRole('alert').textContent()).toBe('Write the note first: it is empty.');
    expect(await seriousViolations(page)).toEqual([]);
    expect((await apiGet<{ notes: Note[] }>(page, `/api/people/${personId}/notes`)).body.notes).toEqual([]);

    const text = 'Reported a new employer; pay stubs to follow at the next visit.';
    await field.fill(text);
    await add.click();
    const item = notes.getByRole('listitem');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('strong').textContent()).toBe(me.displayName);
    expect(await item.textContent()).toContain(`${me.displayName} (officer)`);
    expect(await item.locator('p').last().textContent()).toBe(text);
    await expect.poll(() => notes.locator('.status-text').textContent()).toMatch(/^Note added \(/);
    expect(await field.inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'notes.png'), fullPage: true });

    // The defender reads the notes of their client: the agency's note is not among them, by the API or on the page.
    const theirs = await apiGet<{ notes: Note[] }>(defender.page, `/api/people/${personId}/notes`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.notes).toEqual([]);
    await defender.page.goto(`${base}/people/${personId}`);
    const defenderNotes = defender.page.getByRole('region', { name: 'Notes' });
    await defenderNotes.getByText('No notes yet.').waitFor();
    expect(await defender.page.getByText(text).count()).toBe(0);
    expect(await seriousViolations(defender.page)).toEqual([]);

    // The officer's own read still lists it once.
    const own = (await apiGet<{ notes: Note[] }>(page, `/api/people/${personId}/notes`)).body.notes;
    expect(own.map((n) => [n.authorUserId, n.text])).toEqual([[me.id, text]]);
    expect(problems).toEqual([]);
    expect(defender.problems).toEqual([]);
    await page.close();
    await defender.page.close();
  }, 180_000);

  it('case: an officer verifies a checklist item with evidence and snoozes the opportunity until a date', async () => {
    const { page, problems } = await openPage('officer-pa-1', '/');
    const me = (await apiGet<Me>(page, '/api/me')).body.user;
    // Through the API: a person (not the one step 6 denies) whose term has a checklist with an unverified item.
    const found = await page.evaluate(
      async (ids) => {
        for (const id of ids) {
          const response = await fetch(`/api/people/${id}/checklists`, { headers: { accept: 'application/json' } });
          const { checklists } = (await response.json()) as { checklists: Checklist[] };
          const c = checklists.find((x) => x.items.some((i) => !i.verified));
          if (c) return { personId: id, termId: c.termId, kind: c.opportunityKind, item: c.items.find((i) => !i.verified)! };
        }
        return null;
      },
      (await firstPage(page)).slice(0, 60).map((p) => p.id),
    );
    expect(found, 'a Pennsylvania person with a checklist item to verify').toBeTruthy();
    const { personId, termId, kind, item } = found!;

    await page.goto(`${base}/people/${personId}`);
    const checklist = page.getByRole('region', { name: `Checklist for ${words(kind)}, term ${termId}` });
    const row = checklist.locator('li.checklist-item').filter({ has: page.getByText(item.label, { exact: true }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Not verified');
    await row.getByRole('button', { name: 'Verify…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe(`Verify: ${item.label}`);
    expect(await seriousViolations(page)).toEqual([]);
    const evidence = 'Court docket entry of the hearing, clerk’s certified copy';
    await dialog.getByLabel('Evidence (document, date, source)').fill(evidence);
    await dialog.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => row.locator('.verified').textContent())
      .toMatch(new RegExp(`^Verified by ${escape(me.displayName)} on \\d{4}-\\d{2}-\\d{2}$`));
    expect(await row.getByText(`Evidence: ${evidence}`).count()).toBe(1);
    expect(await row.getByRole('button', { name: `Clear: ${item.label}` }).count()).toBe(1);

    // Snooze the same opportunity for a month: the date must be after today.
    const until = await browserDate(page, 30);
    const cell = opportunityCell(page, kind, termId);
    await cell.getByRole('button', { name: 'Snooze…' }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Snooze until').fill(until);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Snooze', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => cell.locator('.action-state').textContent())
      .toMatch(new RegExp(`^Snoozed until ${until} by ${escape(me.displayName)} on \\d{4}-\\d{2}-\\d{2}$`));
    expect(await seriousViolations(page)).toEqual([]);

    const stored = await store.checklists.forPerson(personId, termId);
    expect(stored.find((s) => s.termId === termId && s.opportunityKind === kind && s.itemKey === item.key)).toMatchObject({
      verified: true,
      verifiedBy: me.id,
      evidence,
    });
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('case: an officer denies an opportunity and the unit’s supervisor upholds the denial', async () => {
    const officer = await openPage('officer-pa-1', '/');
    const me = (await apiGet<Me>(officer.page, '/api/me')).body.user;
    // A person from the back of the first page (step 5 looks at the front) with an opportunity on a term.
    const person = (await firstPage(officer.page))
      .slice(100)
      .find((p) => p.terms.some((t) => t.opportunities.length > 0 && t.jurisdiction === 'US-PA'))!;
    expect(person, 'a Pennsylvania person with an opportunity').toBeTruthy();
    const term = person.terms.find((t) => t.opportunities.length > 0 && t.jurisdiction === 'US-PA')!;
    const kind = term.opportunities[0]!.kind;

    await officer.page.goto(`${base}/people/${person.id}`);
    const cell = opportunityCell(officer.page, kind, term.termId);
    await cell.waitFor();
    expect(await cell.locator('.action-state').textContent()).toBe('No action recorded');
    await cell.getByRole('button', { name: 'Deny…' }).click();
    const dialog = officer.page.getByRole('dialog');
    await dialog.waitFor();
    const reason = 'Outstanding fines not yet paid per the court ledger';
    await dialog.getByLabel(/Reason for the denial/).fill(reason);
    await dialog.getByRole('button', { name: 'Record the denial' }).click();
    await expect
      .poll(() => cell.locator('.action-state').textContent())
      .toMatch(new RegExp(`^Denied by ${escape(me.displayName)} on \\d{4}-\\d{2}-\\d{2}: ${reason}$`));
    expect(await cell.getByRole('button').count()).toBe(0);
    expect(await seriousViolations(officer.page)).toEqual([]);
    expect(officer.problems).toEqual([]);
    await officer.page.close();

    // The supervisor of the same unit, in a browser context of their own.
    const supervisor = await openPage('supervisor-pa', `/people/${person.id}`);
    const reviewer = (await apiGet<Me>(supervisor.page, '/api/me')).body.user;
    expect(reviewer.unitId).toBe(me.unitId);
    const review = opportunityCell(supervisor.page, kind, term.termId);
    await review.waitFor();
    expect(await review.locator('.action-state').textContent()).toMatch(
      new RegExp(`^Denied by ${escape(me.displayName)} on .*: ${reason}$`),
    );
    expect(await review.getByRole('button').allTextContents()).toEqual(['Uphold denial', 'Reopen']);
    expect(await seriousViolations(supervisor.page)).toEqual([]);
    await review.getByRole('button', { name: 'Uphold denial' }).click();
    await expect
      .poll(() => review.locator('.action-state').textContent())
      .toMatch(new RegExp(`^Denial upheld by ${escape(reviewer.displayName)} on \\d{4}-\\d{2}-\\d{2}`));
    expect(await review.locator('.status-text').textContent()).toBe('Denial upheld.');
    expect(await review.getByRole('button').count()).toBe(0);
    expect(await seriousViolations(supervisor.page)).toEqual([]);
    expect(supervisor.problems).toEqual([]);
    await supervisor.page.close();
    denial = { personId: person.id, termId: term.termId, kind, officerName: me.displayName };
  }, 180_000);

  it('case: the supervisor’s unit view counts the upheld denial under the officer', async () => {
    expect(denial, 'the denial of the previous step').toBeTruthy();
    const { page, problems } = await openPage('supervisor-pa', '/unit');
    const section = page.getByRole('region', { name: 'Outcomes by group' });
    const grouping = section.getByRole('button', { name: /Group by/ });
    await grouping.waitFor({ timeout: 60_000 });
    const outcomes = await apiGet<UnitOutcomes>(page, '/api/unit/outcomes');
    expect(outcomes.status).toBe(200);
    const expected = outcomes.body.groups.officer.find((r) => r.group === denial!.officerName)!;
    expect(expected, `an outcome row for ${denial!.officerName}`).toBeTruthy();
    expect(expected.denied).toBeGreaterThanOrEqual(1);

    // Away to the age bands and back to officers, as a supervisor would.
    await grouping.click();
    await page.getByRole('option', { name: 'Age band' }).click();
    const table = section.getByRole('table');
    await expect.poll(() => table.getByRole('columnheader').first().textContent()).toBe('Age band');
    await grouping.click();
    await page.getByRole('option', { name: 'Officer' }).click();
    await expect.poll(() => table.getByRole('columnheader').first().textContent()).toBe('Officer');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Officer',
      'People',
      'Terms',
      'Eligible now',
      'Submitted',
      'Granted',
      'Denied',
      'Grant rate',
      'Past the lawful end',
    ]);
    const groups = await table.getByRole('rowheader').allTextContents();
    expect(groups).toEqual(outcomes.body.groups.officer.map((r) => r.group));
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: denial!.officerName, exact: true }) });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 6)).toEqual(
      [expected.people, expected.terms, expected.eligibleNow, expected.submitted, expected.granted, expected.denied].map(String),
    );
    expect(Number(cells[5])).toBeGreaterThanOrEqual(1);
    expect(await seriousViolations(page)).toEqual([]);
    await section.screenshot({ path: join(SCREENSHOTS, 'unit-outcomes.png') });
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
  it('case: every role lands on a screen of its own, clean, and a person sees only their own dates as the law package computes them', async () => {
    const landings: [string, RegExp][] = [
      ['admin-ca', /^Caseload$/],
      ['supervisor-ca', /^Caseload$/],
      ['officer-ca-1', /^Caseload$/],
      ['defender', /^Caseload$/],
      ['person-ca', /^Caseload$/],
      ['advocate', /^Statistics$/],
    ];
    for (const [username, heading] of landings) {
      const { page, problems } = await openPage(username, '/');
      await expect.poll(() => page.locator('main h1').textContent(), { message: username }).toMatch(heading);
      await page.locator('main table').first().waitFor();
      expect(await page.locator('main [role="alert"]').count(), username).toBe(0);
      expect(await seriousViolations(page), username).toEqual([]);
      expect(problems, username).toEqual([]);
      if (username === 'advocate') {
        // Counts only: the stats name no person.
        expect(await page.locator('a[href^="/people/"]').count()).toBe(0);
        await page.screenshot({ path: join(SCREENSHOTS, 'advocate-stats.png'), fullPage: true });
      }
      if (username === 'person-ca') {
        const me = (await apiGet<Me>(page, '/api/me')).body.user;
        const rows = page.locator('table[aria-label="People on the caseload"] tbody tr');
        await expect.poll(() => rows.count()).toBe(1);
        const record = (await store.people.get(me.personId!))!.record as PersonRecord;
        const today = new Date().toISOString().slice(0, 10);
        const ends = evaluatePerson(JURISDICTIONS, record, parseIsoDate(today))
          .map((e) => e.projectedEndDate)
          .filter((d): d is string => d !== null)
          .sort();
        expect(await rows.locator('td').nth(1).textContent()).toBe(ends.at(-1) ?? '—');
        expect(await rows.locator('td').first().textContent()).toBe(me.personId);
      }
      await page.close();
    }
  }, 180_000);
  it('case: an administrator opens a person, then the audit log from the menu, and finds the read at the top; an officer is not offered the log', async () => {
    const { page, problems } = await openPage('admin-ca', '/');
    const personId = (await firstPage(page))[3]!.id;
    await page.goto(`${base}/people/${personId}`);
    await page.locator('ol.explanation li').first().waitFor();

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Audit log' }).click();
    await expect.poll(() => page.title()).toBe('Audit log · Pathways');
    expect(page.url()).toBe(`${base}/audit`);
    const table = page.getByRole('table', { name: 'Audit log entries, newest first' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    // Newest first: the times never rise down the table, and the page's own reads of the person lead it.
    const times = await rows.locator('th time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort().reverse());
    const first = rows.first();
    expect(await first.getByRole('link').textContent()).toBe(personId);
    const read = rows.filter({ hasText: 'Opened a person’s record' }).filter({ has: page.getByRole('link', { name: personId }) });
    expect(await read.count()).toBeGreaterThan(0);
    // The record itself, read with the page's reason; its parts (notes, documents…) by their view.
    expect(await read.filter({ hasText: 'caseload review' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'audit-log.png') });

    // Filtered by the person, every row is about them: theirs, or a caseload list that returned them.
    await page.getByLabel('Person id').fill(personId);
    await page.getByRole('button', { name: 'Filter' }).click();
    // The status already read "Showing …" before the filter: wait for the filtered rows themselves.
    await expect
      .poll(async () => {
        const cells = await rows.evaluateAll((trs) => trs.map((tr) => [tr.children[3]?.textContent ?? '', tr.textContent ?? '']));
        return cells.length > 0 && cells.every(([id, text]) => id === personId || text!.includes('Listed people'));
      })
      .toBe(true);

    // Filtered by a username, every row is that user's, named by display name with the id beneath.
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('User (username or id)').fill('admin-ca');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect
      .poll(async () => {
        const actors = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent ?? ''));
        return actors.length > 0 && new Set(actors).size === 1 && !actors[0]!.startsWith('System') && actors[0] !== '';
      })
      .toBe(true);

    // At 375px the page does not scroll sideways: the table scrolls in its own container.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.locator('.table-wrap').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();

    const officer = await openPage('officer-ca-1', '/');
    const nav = officer.page.getByRole('navigation', { name: 'Screens' });
    await nav.getByRole('link', { name: 'Caseload' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(officer.problems).toEqual([]);
    await officer.page.close();
  }, 180_000);
  it('case: an officer keeps a person’s portal contact and conditions, and the server holds what the form saved', async () => {
    const { page, problems } = await openPage('officer-ca-1', '/');
    const personId = (await firstPage(page))[5]!.id;
    await page.goto(`${base}/people/${personId}`);
    const section = page.getByRole('region', { name: 'Portal contact and conditions' });
    await section.getByLabel('Home ZIP code').waitFor();
    await section.getByLabel('Home ZIP code').fill('94607');
    await section.getByLabel('Travel limit (miles)').fill('30');
    await section.getByLabel('Email').fill('Someone.New@Example.org');
    const noDriving = section.getByRole('checkbox', { name: 'No driving' });
    const drivingBefore = await noDriving.isChecked();
    await section.getByText('No driving', { exact: true }).click();
    await section.getByRole('button', { name: 'Save the portal profile' }).click();
    await expect.poll(() => section.locator('.status-text').textContent()).toBe('Saved.');
    const saved = (
      await apiGet<{ email: string; homeZip: string; conditions: { noDriving: boolean; travelLimitMiles: number } }>(
        page,
        `/api/people/${personId}/portal-profile`,
      )
    ).body;
    expect(saved).toMatchObject({
      email: 'someone.new@example.org',
      homeZip: '94607',
      conditions: { noDriving: !drivingBefore, travelLimitMiles: 30 },
    });
    // A ZIP of four digits is refused on the page; nothing is sent.
    await section.getByLabel('Home ZIP code').fill('9460');
    await section.getByRole('button', { name: 'Save the portal profile' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toBe('The home ZIP code has five digits.');
    expect((await apiGet<{ homeZip: string }>(page, `/api/people/${personId}/portal-profile`)).body.homeZip).toBe('94607');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});
