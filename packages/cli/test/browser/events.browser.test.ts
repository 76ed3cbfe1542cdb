// Councils and events in Chromium, against the real server and the seeded demo (packages/cli/src/serve/
// demo-councils.ts): a member of the public, on a phone, RSVPs to the demo briefing on its page
// /events/earned-compliance-briefing, reads nothing counted until the emailed link (read from the outbox
// in the store) is opened, then sees the RSVP confirmed and one seat fewer; the advocate signs in to the
// desk (password and TOTP) and, in "Councils and events", sees that RSVP on the briefing, ticks a
// clearance item of an RSVP on the facility visit (who and when shown, and kept), and marks attendance at
// the past dinner (the counts change). Each state is checked with axe-core; screenshots go to
// docs/screenshots/events-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { councils, outbox, type PathwaysStore } from '@pathways/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rsvpOutcome, seatsText } from '../../../web/src/voices/events/words.ts';
import { DEMO_BRIEFING_ID, DEMO_DINNER_ID, DEMO_VISIT_ID } from '../../src/serve/demo-councils.ts';
import { SCREENSHOTS, seriousViolations, signInThroughPage, startWorkspace, stopWorkspace, type Workspace } from './workspace-harness.ts';

let store: PathwaysStore;
let browser: Browser;
let base: string;
let workspace: Workspace | undefined;

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;
const GUEST = { name: 'Robin Castillo', email: 'robin.castillo@example.org' };

beforeAll(async () => {
  workspace = await startWorkspace();
  ({ browser, base } = workspace);
  store = workspace.store as PathwaysStore;
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  if (workspace) await stopWorkspace(workspace);
});

/**
 * Page errors and console errors; the browser reports a 4xx answer as a console error, and none is
 * expected (the desk asks who is signed in with GET /api/session, which answers 200 signed out too).
 */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    problems.push(`console: ${m.text()}`);
  });
  return problems;
}

async function checkPage(page: Page, problems: string[]): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  const overflow = await page.evaluate(() => {
    // The page's own globals (this file is type-checked without the DOM library).
    const { document, innerWidth } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return document.documentElement.scrollWidth - innerWidth;
  });
  expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
}

describe('councils and events in Chromium', () => {
  it('case: the public RSVPs to the briefing and confirms by the emailed link; the advocate sees it, ticks a clearance item and marks attendance', async () => {
    const c = councils(store);
    const briefing = (await c.events.get(DEMO_BRIEFING_ID))!;
    const seatsBefore = briefing.capacity - (await c.events.counts(briefing.id)).confirmed;

    // ---- A member of the public, on a phone. ----
    const phone = await browser.newContext(PHONE);
    const guest = await phone.newPage();
    const guestProblems = watch(guest);
    await guest.goto(`${base}/events/${DEMO_BRIEFING_ID}`);
    await guest.getByRole('heading', { level: 1, name: briefing.title }).waitFor();
    await expect.poll(() => guest.title()).toBe(`${briefing.title} · Pathways`);
    const seats = guest.locator('.event-facts');
    expect(await seats.textContent()).toContain(seatsText({ seatsLeft: seatsBefore, capacity: briefing.capacity, waitlisted: 0 }));
    expect(await seats.textContent()).toMatch(/C[SD]T/); // the event's zone, named
    await checkPage(guest, guestProblems);
    await guest.screenshot({ path: join(SCREENSHOTS, 'events-page.png'), fullPage: true });

    await guest.getByLabel('Your name').fill(GUEST.name);
    await guest.getByLabel('Email address').fill(GUEST.email);
    await guest.getByRole('button', { name: 'Send my RSVP' }).click();
    await guest.getByText(`Check your email: we sent a link to ${GUEST.email}.`).waitFor();
    // Not counted yet: pending until the link is opened.
    expect(await c.events.counts(briefing.id)).toMatchObject({ confirmed: briefing.capacity - seatsBefore, pending: 1 });
    await checkPage(guest, guestProblems);

    // The link, read from the outbox as the demo keeps it.
    const mails = (await outbox(store).list({ limit: 50, offset: 0 })).filter(
      (m) => m.to === GUEST.email && m.kind === 'event_rsvp_verify',
    );
    expect(mails).toHaveLength(1);
    const link = /https?:\/\/\S+\/events\/\S+\?rsvp=[A-Za-z0-9_-]{43}/.exec(mails[0]!.body)?.[0];
    expect(link, mails[0]!.body).toBeTruthy();
    await guest.goto(link!);
    await guest.getByText(rsvpOutcome({ status: 'confirmed', name: GUEST.name, waitlistPosition: null })).waitFor();
    // The token is taken out of the address bar; the seat is counted.
    expect(new URL(guest.url()).search).toBe('');
    await expect
      .poll(async () => seats.textContent())
      .toContain(seatsText({ seatsLeft: seatsBefore - 1, capacity: briefing.capacity, waitlisted: 0 }));
    expect(await c.events.counts(briefing.id)).toMatchObject({ confirmed: briefing.capacity - seatsBefore + 1, pending: 0 });
    await guest.getByRole('button', { name: 'Cancel my RSVP' }).waitFor();
    await checkPage(guest, guestProblems);
    await guest.screenshot({ path: join(SCREENSHOTS, 'events-rsvp-confirmed.png'), fullPage: true });
    await phone.close();

    // ---- The advocate at the desk. ----
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const deskProblems = watch(desk);
    await signInThroughPage(desk, `${base}/voices/councils`, 'advocate');
    await desk.getByRole('heading', { level: 1, name: 'Councils and events' }).waitFor();
    await checkPage(desk, deskProblems);

    // The briefing, with the RSVP just confirmed.
    await desk.getByRole('button', { name: briefing.title }).click();
    await desk.getByRole('heading', { level: 2, name: briefing.title }).waitFor();
    const guestCard = desk.getByRole('listitem', { name: GUEST.name });
    await guestCard.waitFor();
    expect(await guestCard.textContent()).toContain('Confirmed');
    expect(await guestCard.textContent()).toContain('Public RSVP');
    expect(await guestCard.textContent()).toContain(GUEST.email);
    await checkPage(desk, deskProblems);
    await desk.screenshot({ path: join(SCREENSHOTS, 'events-desk-briefing.png'), fullPage: true });

    // The facility visit: Sam has only the ID submitted; tick the background check.
    const visit = (await c.events.get(DEMO_VISIT_ID))!;
    await desk.getByRole('button', { name: visit.title }).click();
    await desk.getByRole('heading', { level: 2, name: visit.title }).waitFor();
    const sam = desk.getByRole('group', { name: 'Clearance for Sam Whitfield' });
    const check = sam.getByRole('checkbox', { name: 'Background check approved by the facility' });
    expect(await check.isChecked()).toBe(false);
    expect(await desk.getByRole('listitem', { name: 'Sam Whitfield' }).textContent()).toContain('Not cleared');
    expect(await desk.getByRole('listitem', { name: 'Aaliyah Brooks' }).textContent()).toContain('Cleared');
    await sam.getByText('Background check approved by the facility').click();
    await expect.poll(() => check.isChecked()).toBe(true);
    await sam
      .getByText(/Ticked by Advocate \(demo\) on/)
      .nth(1)
      .waitFor();
    const samRsvp = (await c.rsvps.forEvent(visit.id)).find((r) => r.name === 'Sam Whitfield')!;
    expect(samRsvp.clearance.map((t) => [t.item, t.checkedBy]).sort()).toEqual([
      ['background_check', 'user-advocate'],
      ['id_submitted', 'user-advocate'],
    ]);
    await checkPage(desk, deskProblems);
    await desk.screenshot({ path: join(SCREENSHOTS, 'events-desk-clearance.png'), fullPage: true });

    // The past dinner: Jordan was marked a no-show; they came after all.
    const dinner = (await c.events.get(DEMO_DINNER_ID))!;
    await desk.getByRole('button', { name: dinner.title }).click();
    await desk.getByRole('heading', { level: 2, name: dinner.title }).waitFor();
    const detail = desk.locator('.event-detail');
    expect(await detail.textContent()).toContain('3 attended · 1 no-show');
    const jordan = desk.getByRole('radiogroup', { name: 'Attendance of Jordan Lee' });
    expect(await jordan.getByRole('radio', { name: 'No-show' }).isChecked()).toBe(true);
    await jordan.getByText('Attended', { exact: true }).click();
    await expect.poll(async () => detail.textContent()).toContain('4 attended · 0 no-shows');
    const jordanRsvp = (await c.rsvps.forEvent(dinner.id)).find((r) => r.name === 'Jordan Lee')!;
    expect(jordanRsvp).toMatchObject({ attendance: 'attended', attendanceBy: 'user-advocate' });
    await checkPage(desk, deskProblems);
    await desk.screenshot({ path: join(SCREENSHOTS, 'events-desk-attendance.png'), fullPage: true });
    await desk.close();
  }, 180_000);
});
