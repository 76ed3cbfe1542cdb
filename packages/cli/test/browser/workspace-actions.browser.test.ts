// The person page acts, in Chromium against the real server and the seeded demo: a Pennsylvania officer
// generates a document that applies (a valid PDF, saved under the server's name), records a denial with
// its reason and sees it, and records a technical violation with a jail sanction above the 42 Pa.C.S.
// § 9771(c) limit: refused with the limit shown in plain words, the refusal gone once the sanction changes
// (and no days asked for a warning), days that are not a whole number caught at the field, then recorded
// with an override reason (kept on the event and audited). axe-core finds no serious or critical violation on the dialogs and forms.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '@pathways/store';
import { PDFDocument } from 'pdf-lib';
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

interface Found {
  documentPerson: string | null;
  limitPerson: { id: string; termId: string; days: number } | null;
}

/** Through the API, as the signed-in page: a person with a document that applies, and one whose term holds a technical violation to a limit. */
async function findPeople(page: Page, today: string): Promise<Found> {
  return page.evaluate(async (date) => {
    const get = async <T>(path: string): Promise<T> =>
      (await fetch(path, { headers: { accept: 'application/json' } })).json() as Promise<T>;
    const { people } = await get<{ people: { id: string; terms: { termId: string }[] }[] }>('/api/people?limit=200');
    const found: Found = { documentPerson: null, limitPerson: null };
    for (const p of people) {
      if (!found.documentPerson) {
        const docs = (await get<{ terms: { documents: unknown[] }[] }>(`/api/people/${p.id}/documents`)).terms;
        if (docs.some((t) => t.documents.length > 0)) found.documentPerson = p.id;
      }
      if (!found.limitPerson) {
        for (const t of p.terms) {
          const answer = await get<{
            applies: boolean;
            sanctionLimit: { confinementAllowed: boolean; maxConfinementDays: number | null } | null;
          }>(`/api/people/${p.id}/terms/${t.termId}/sanction-limit?date=${date}&category=technical`);
          const limit = answer.sanctionLimit;
          if (!answer.applies || !limit || (limit.confinementAllowed && limit.maxConfinementDays === null)) continue;
          found.limitPerson = { id: p.id, termId: t.termId, days: limit.confinementAllowed ? limit.maxConfinementDays! + 1 : 1 };
          break;
        }
      }
      if (found.documentPerson && found.limitPerson) break;
    }
    return found;
  }, today);
}

describe('acting on a person in Chromium', () => {
  it('case: an officer generates a PDF, records a denial, and records a violation above the limit only with an override', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // The browser logs the refused (422) request itself; that refusal is the point of one step.
      if (m.type() === 'error' && !/status of 422/.test(m.text())) problems.push(`console: ${m.text()}`);
    });

    await signInThroughPage(page, `${base}/`, 'officer-pa-1');

    const today = new Date().toISOString().slice(0, 10);
    const found = await findPeople(page, today);
    expect(found.documentPerson, 'a PA person on the caseload with a document that applies').toBeTruthy();
    expect(found.limitPerson, 'a PA person whose term holds a technical violation to a limit').toBeTruthy();

    // A document that applies: the PDF is downloaded under the server's name and is a PDF.
    await page.goto(`${base}/people/${found.documentPerson}`);
    const generate = page.getByRole('button', { name: /^Generate PDF/ }).first();
    await generate.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), generate.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`-${found.documentPerson}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/downloaded \(a draft to review before filing\)/).count()).toBe(1);

    // A denial needs a reason; once recorded it is the opportunity's state.
    await page.getByRole('button', { name: 'Deny…' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel(/Reason for the denial/).fill('Restitution balance unpaid per court ledger');
    await dialog.getByRole('button', { name: 'Record the denial' }).click();
    await expect.poll(() => page.getByText(/Denied by .*: Restitution balance unpaid per court ledger/).count()).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The caseload's summaries carry the denial, and the queue lists the opportunity under "Acted on", not as work to do.
    const deniedTerm = await page.evaluate(async (id) => {
      const { people } = (await (await fetch('/api/people?limit=500')).json()) as {
        people: {
          id: string;
          terms: { actions: { kind: string; status: string }[]; opportunities: { kind: string; status: string }[] }[];
        }[];
      };
      return people.find((p) => p.id === id)?.terms.find((t) => t.actions.some((a) => a.status === 'denied'));
    }, found.documentPerson!);
    expect(deniedTerm, 'the denial in the caseload summary').toBeTruthy();
    const deniedKind = deniedTerm!.actions.find((a) => a.status === 'denied')!.kind;
    await page.goto(`${base}/queue/${deniedKind}`);
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('heading', { name: /^Eligible now/ }).waitFor();
    const rowOfThePerson = { hasText: `${found.documentPerson} · ` };
    expect(
      await panel
        .getByRole('list', { name: /: eligible now$/ })
        .locator('li', rowOfThePerson)
        .count(),
    ).toBe(0);
    if (deniedTerm!.opportunities.some((o) => o.kind === deniedKind && o.status === 'eligible')) {
      await panel.locator('details.acted-on summary').click();
      const row = panel.getByRole('list', { name: /: acted on$/ }).locator('li', rowOfThePerson);
      await expect.poll(() => row.getByText(/^denied on \d{4}-\d{2}-\d{2}$/).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
    }

    // A technical violation with jail above the limit: refused with the limit shown, then recorded with an override.
    const { id, termId, days } = found.limitPerson!;
    await page.goto(`${base}/people/${id}`);
    const form = page.getByRole('region', { name: 'Record a violation' });
    await form.waitFor();
    const record = (await store.people.get(id))!.record;
    if (record.terms[0]!.id !== termId) {
      await form.getByRole('button', { name: /Term/ }).click();
      await page.getByRole('option', { name: new RegExp(`^${termId} `) }).click();
    }
    await expect.poll(() => form.getByText(/^Limit for violation \d+: .*9771/).count()).toBe(1);
    const daysField = form.getByLabel('Sanction days');
    const alert = form.getByRole('alert');
    const refuseOverLimit = async () => {
      await daysField.fill(String(days));
      await form.getByRole('button', { name: 'Record the violation' }).click();
      await expect.poll(() => alert.textContent()).toContain('To record it anyway, give a reason for going above the limit below.');
    };
    await refuseOverLimit();
    expect(await alert.textContent()).not.toMatch(/overrideReason/);
    expect(await form.getByText(/^Refused: Limit for violation \d+: .*9771/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Changing the sanction takes the refusal away; a warning is not measured in days, so none are asked.
    const chooseSanction = async (name: string) => {
      await form.getByRole('button', { name: /Sanction type/ }).click();
      await page.getByRole('option', { name }).click();
    };
    await chooseSanction('warning');
    await expect.poll(() => alert.textContent()).toBe('');
    expect(await form.getByText(/^Refused:/).count()).toBe(0);
    expect(await daysField.count()).toBe(0);
    await chooseSanction('jail');

    // Days that are not a whole number, 0 or more, are caught at the field in plain words, and not sent.
    const daysMessage = 'Enter a whole number of days, 0 or more.';
    for (const typed of ['-5', 'abc', '1.5']) {
      await daysField.fill(typed);
      expect(await daysField.getAttribute('aria-invalid'), typed).toBe('true');
      const describedBy = (await daysField.getAttribute('aria-describedby')) ?? '';
      const description = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(description, typed).toContain(daysMessage);
      await form.getByRole('button', { name: 'Record the violation' }).click();
      await expect.poll(() => alert.textContent()).toBe(daysMessage);
    }
    expect(await form.getByText(/Please match/).count()).toBe(0);

    await refuseOverLimit();
    await form.getByLabel(/Reason for going above the limit/).fill('Third absconding in a month; judge requested detention hearing');
    await form.getByRole('button', { name: 'Record with override' }).click();
    await expect.poll(() => form.getByText(/Recorded above the limit with the override reason: Third absconding/).count()).toBe(1);
    await form.locator('.limit strong').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'person-actions.png'), fullPage: true });

    const stored = (await store.people.get(id))!.record.events ?? [];
    const violation = stored.find((e) => e.type === 'violation' && 'sanctionOverride' in e && e.sanctionOverride !== undefined);
    expect(violation).toMatchObject({ termId, date: today, sanction: { type: 'jail', days } });
    const audit = await store.audit.list({ personId: id, limit: 50 });
    expect(audit.some((e) => e.action === 'violation.override' && e.reason?.startsWith('Third absconding'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});
