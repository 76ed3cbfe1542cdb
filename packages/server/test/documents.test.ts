/**
 * The document routes on both databases: a PDF for an in-scope officer with its audit row, 404 out of
 * scope, 403 for roles without `document.generate`, 422 with the reason when the document does not apply.
 *
 * The fixture's people hold a California felony probation granted 2024-03-15: its two-year cap
 * (PC 1203.1(a)) ended it on 2026-03-15, before the fixture's day 2026-06-01, so no PC 1203.3 petition
 * applies to them. P-000010, added here to officer-1's caseload, was granted 2025-09-01 and is still on
 * probation, so the petition applies from the grant.
 */
import { evaluatePerson, JURISDICTIONS, parseIsoDate, type PersonRecord } from '@pathways/law';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfText } from '../../documents/src/test-support/pdf-text.ts';
import { authHeaders, dialects, makeWorld, signIn, USERS, type Client, type World } from './fixture.ts';

const PERSON = 'P-000010';
const petition = { termId: 'T-1', kind: 'us-ca-pc-1203.3-petition' };

const record: PersonRecord = {
  id: PERSON,
  name: { given: 'Zoë', family: 'Núñez' },
  terms: [
    {
      id: 'T-1',
      jurisdiction: 'US-CA',
      kind: 'probation',
      sentenceDate: '2025-09-01',
      startDate: '2025-09-01',
      length: { years: 2 },
      offenses: [{ statute: 'PC 459', level: 'felony', maxPrisonMonths: 36 }],
      caseNumber: 'SCD-123456',
    },
  ],
};

describe.each(dialects)('documents on %s', (dialect) => {
  let world: World;
  let officer: Client;
  let officer2: Client;
  let admin: Client;
  beforeAll(async () => {
    world = await makeWorld(dialect);
    const at = world.clock.now.toISOString();
    await world.store.people.upsert({ id: PERSON, agencyId: 'A-1', record, updatedAt: at });
    await world.store.evaluations.replace(
      PERSON,
      evaluatePerson(JURISDICTIONS, record, parseIsoDate('2026-06-01')).map((evaluation) => ({
        personId: PERSON,
        termId: evaluation.termId,
        asOf: evaluation.asOf,
        lawVersion: evaluation.lawVersion,
        evaluation,
        computedAt: at,
      })),
    );
    await world.store.caseloads.assign(USERS.officer.id, PERSON);
    officer = await signIn(world, 'officer');
    officer2 = await signIn(world, 'officer2');
    admin = await signIn(world, 'admin');
  });
  afterAll(() => world.close());

  const post = (client: Client, id: string, payload: object) =>
    world.app.inject({ method: 'POST', url: `/api/people/${id}/documents`, headers: authHeaders(client), payload });

  test('case: an officer with the person on the caseload gets the petition as a PDF, and the audit log records it without the PDF', async () => {
    const response = await post(officer, PERSON, petition);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="us-ca-pc-1203.3-petition-${PERSON}-2026-06-01.pdf"`);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Zoë Núñez');
    expect(text).toContain('Case No. SCD-123456');
    expect(text).toContain('Cal. Penal Code § 1203.3(a)');
    expect(text).toContain('by The officer, Agency One');

    const rows = (await world.store.audit.list({ personId: PERSON, limit: 100 })).filter((e) => e.action === 'document.generate');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: USERS.officer.id, personId: PERSON });
    expect(rows[0]!.detail).toMatchObject({ termId: 'T-1', kind: 'us-ca-pc-1203.3-petition' });
    expect(JSON.stringify(rows[0])).not.toContain('Núñez');
  });

  test('case: listing the documents shows the petition for the term and is audited as a read', async () => {
    const response = await world.app.inject({ url: `/api/people/${PERSON}/documents`, headers: authHeaders(officer) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      terms: [
        {
          termId: 'T-1',
          asOf: '2026-06-01',
          documents: [
            {
              kind: 'us-ca-pc-1203.3-petition',
              label: 'Petition for early termination of probation (Cal. Penal Code § 1203.3)',
              opportunity: { kind: 'early_termination', status: 'eligible', date: '2025-09-01' },
            },
          ],
        },
      ],
    });
    const reads = (await world.store.audit.list({ personId: PERSON, limit: 100 })).filter((e) => e.action === 'person.read');
    expect(reads.some((e) => e.actorUserId === USERS.officer.id && JSON.stringify(e.detail) === '{"view":"documents"}')).toBe(true);
  });

  test('case: another officer’s caseload answers 404, and nothing is generated: only the refusal is audited', async () => {
    const before = await world.store.audit.list({ personId: PERSON, limit: 100 });
    const response = await post(officer2, PERSON, petition);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const added = (await world.store.audit.list({ personId: PERSON, limit: 100 })).slice(before.length);
    expect(added.map((e) => e.action)).toEqual(['person.access.denied']);
  });

  test('case: an admin, whose role has no document.generate, answers 403', async () => {
    const response = await post(admin, PERSON, petition);
    expect(response.statusCode).toBe(403);
  });

  test('case: a petition for a term past its cap, or a Missouri notice for a California term, answers 422 with the reason', async () => {
    const capped = await post(officer, 'P-000001', petition);
    expect(capped.statusCode).toBe(422);
    expect(capped.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(capped.json().detail).toMatch(/no early termination opportunity under Cal\. Penal Code § 1203\.3\(a\)/);

    const wrongState = await post(officer, PERSON, { termId: 'T-1', kind: 'us-mo-earned-discharge-notice' });
    expect(wrongState.statusCode).toBe(422);
    expect(wrongState.json().detail).toBe('This document is for US-MO terms; term T-1 is under US-CA.');
  });

  test('case: an unknown kind or a term the person does not have is a 400', async () => {
    expect((await post(officer, PERSON, { termId: 'T-1', kind: 'us-xx-anything' })).statusCode).toBe(400);
    expect((await post(officer, PERSON, { termId: 'T-9', kind: 'us-ca-pc-1203.3-petition' })).statusCode).toBe(400);
  });
});
