/**
 * The officer's checklist (criteria the data cannot show) and supervisor review of denials, on both
 * dialects. The fixture's P-000001 has a California probation term whose stored evaluation lists an
 * early-termination opportunity (PC 1203.3), so its checklist is shown.
 */
import { isUniqueViolation } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authHeaders, dialects, makeWorld, record, signIn, USERS, type Client, type World } from './fixture.ts';

describe.each(dialects)('checklists and reviews on %s', (dialect) => {
  let world: World;
  let officer: Client;
  let supervisor: Client;
  let defender: Client;
  beforeAll(async () => {
    world = await makeWorld(dialect);
    officer = await signIn(world, 'officer');
    supervisor = await signIn(world, 'supervisor');
    defender = await signIn(world, 'defender');
  });
  afterAll(() => world.close());

  const put = (client: Client, personId: string, path: string, payload: Record<string, unknown>) =>
    world.app.inject({ method: 'PUT', url: `/api/people/${personId}/checklists/${path}`, headers: authHeaders(client), payload });
  const audits = async (action: string, personId: string) =>
    (await world.store.audit.list({ personId, limit: 1000 })).filter((e) => e.action === action);

  test('case: verify with evidence → 200 with who and when; the read shows it with the label; audited', async () => {
    const response = await put(officer, 'P-000001', 'T-1/early_termination/treatment_completed', {
      verified: true,
      evidence: 'Completion certificate from the county program, 2026-04-30',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().item).toMatchObject({
      key: 'treatment_completed',
      verified: true,
      verifiedBy: USERS.officer.id,
      verifiedAt: world.clock.now.toISOString(),
      evidence: 'Completion certificate from the county program, 2026-04-30',
    });

    const read = await world.app.inject({ url: '/api/people/P-000001/checklists?termId=T-1', headers: authHeaders(defender) });
    expect(read.statusCode, read.body).toBe(200);
    const early = read.json().checklists.find((c: { opportunityKind: string }) => c.opportunityKind === 'early_termination');
    expect(early.items.map((i: { key: string }) => i.key)).toEqual([
      'treatment_completed',
      'no_new_arrests_verified',
      'employment_verified',
    ]);
    expect(early.items[0]).toMatchObject({
      label: expect.stringContaining('treatment'),
      verified: true,
      verifiedBy: USERS.officer.id,
      verifiedByName: 'The officer',
    });
    expect(early.items[1]).toMatchObject({ verified: false, verifiedBy: null, evidence: null });

    const [audit] = await audits('checklist.verify', 'P-000001');
    expect(audit).toMatchObject({
      actorUserId: USERS.officer.id,
      detail: {
        termId: 'T-1',
        kind: 'early_termination',
        item: 'treatment_completed',
        verified: true,
        evidence: expect.stringContaining('certificate'),
      },
    });
    expect((await audits('person.read', 'P-000001')).at(-1)!.detail).toEqual({ view: 'checklists', termId: 'T-1' });
  });

  test('case: un-verifying clears who and when, and is audited too', async () => {
    await put(officer, 'P-000001', 'T-1/early_termination/employment_verified', { verified: true, evidence: 'Pay stubs, March–May' });
    const response = await put(supervisor, 'P-000001', 'T-1/early_termination/employment_verified', { verified: false });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().item).toMatchObject({
      verified: false,
      verifiedBy: null,
      verifiedAt: null,
      updatedBy: USERS.supervisor.id,
      updatedByName: 'The supervisor',
    });
    const rows = (await audits('checklist.verify', 'P-000001')).filter((e) => e.detail.item === 'employment_verified');
    expect(rows.map((e) => [e.actorUserId, e.detail.verified])).toEqual([
      [USERS.officer.id, true],
      [USERS.supervisor.id, false],
    ]);
  });

  test.each([
    ['verified without evidence', 'T-1/early_termination/treatment_completed', { verified: true }, 400, 'body.evidence'],
    [
      'verified with blank evidence',
      'T-1/early_termination/treatment_completed',
      { verified: true, evidence: '   ' },
      400,
      'body.evidence',
    ],
    ['an unknown opportunity kind', 'T-1/parole_release/treatment_completed', { verified: false }, 400, 'params.kind'],
    ['an item not in the kind’s catalogue', 'T-1/term_cap/treatment_completed', { verified: false }, 400, 'params.item'],
    ['an item of another jurisdiction', 'T-1/earned_discharge/not_in_treatment_court', { verified: false }, 400, 'params.item'],
  ])('case: %s → %d', async (_name, path, payload, status, field) => {
    const before = (await audits('checklist.verify', 'P-000001')).length;
    const response = await put(officer, 'P-000001', path, payload);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    expect((await audits('checklist.verify', 'P-000001')).length).toBe(before);
  });

  test('case: a term the person does not have → 404; out of scope → 404; a defender may read but not verify (403)', async () => {
    expect((await put(officer, 'P-000001', 'T-9/early_termination/treatment_completed', { verified: false })).statusCode).toBe(404);
    expect((await put(officer, 'P-000003', 'T-1/early_termination/treatment_completed', { verified: false })).statusCode).toBe(404);
    expect((await put(defender, 'P-000001', 'T-1/early_termination/treatment_completed', { verified: false })).statusCode).toBe(403);
  });

  describe('supervisor review of denials', () => {
    // A denial answers an opportunity the term has. The fixture's terms ended by their cap on 2026-03-15, so
    // these two get a probation granted 2025-03-15 instead (cap 2027-03-15), whose PC 1203.3 early
    // termination is open on the fixture's day, 2026-06-01.
    beforeAll(async () => {
      for (const id of ['P-000001', 'P-000002']) {
        const person = (await world.store.people.get(id))!;
        const running = record(id, person.record.name!.family!);
        running.terms[0] = { ...running.terms[0]!, sentenceDate: '2025-03-15', startDate: '2025-03-15' };
        await world.store.people.upsert({ id, agencyId: person.agencyId, record: running, updatedAt: world.clock.now.toISOString() });
      }
    });

    const deny = async (personId: string) => {
      const response = await world.app.inject({
        method: 'POST',
        url: `/api/people/${personId}/actions`,
        headers: authHeaders(officer),
        payload: { termId: 'T-1', kind: 'early_termination', status: 'denied', reason: 'treatment not finished' },
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json().id as number;
    };
    const review = (client: Client, personId: string, actionId: number | string, payload: Record<string, unknown>) =>
      world.app.inject({
        method: 'POST',
        url: `/api/people/${personId}/actions/${actionId}/review`,
        headers: authHeaders(client),
        payload,
      });

    test('case: reopened by the unit’s supervisor → 201; the person’s actions show the opportunity open again; audited', async () => {
      const denialId = await deny('P-000001');
      const response = await review(supervisor, 'P-000001', denialId, { decision: 'reopened', note: 'Treatment completed in April.' });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ status: 'reopened', reviewedActionId: denialId, kind: 'early_termination', termId: 'T-1' });
      const read = await world.app.inject({ url: '/api/people/P-000001', headers: authHeaders(officer) });
      const latest = read
        .json()
        .actions.filter((a: { kind: string }) => a.kind === 'early_termination')
        .at(-1);
      expect(latest).toMatchObject({
        status: 'reopened',
        reason: 'Treatment completed in April.',
        actorUserId: USERS.supervisor.id,
        actorName: 'The supervisor',
      });
      const [audit] = await audits('action.review', 'P-000001');
      expect(audit).toMatchObject({
        actorUserId: USERS.supervisor.id,
        reason: 'Treatment completed in April.',
        detail: { reviewedActionId: denialId, decision: 'reopened', kind: 'early_termination', deniedBy: USERS.officer.id },
      });
      // Reviewed once.
      expect((await review(supervisor, 'P-000001', denialId, { decision: 'upheld' })).statusCode).toBe(409);
    });

    test('case: two reviews of one denial at the same moment: one is recorded, the other is a 409, and one review row exists', async () => {
      const denialId = await deny('P-000002');
      const answers = await Promise.all([
        review(supervisor, 'P-000002', denialId, { decision: 'upheld' }),
        review(supervisor, 'P-000002', denialId, { decision: 'reopened' }),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
      const reviews = (await world.store.actions.forPerson('P-000002')).filter((a) => a.reviewedActionId === denialId);
      expect(reviews).toHaveLength(1);
    });

    test('case: the store refuses a second review row for one denial (the unique index holds without the route)', async () => {
      const denialId = await deny('P-000002');
      const row = {
        personId: 'P-000002',
        termId: 'T-1',
        kind: 'early_termination',
        status: 'upheld' as const,
        reason: null,
        snoozedUntil: null,
        actorUserId: USERS.supervisor.id,
        reviewedActionId: denialId,
      };
      await world.store.actions.add(row);
      await expect(world.store.actions.add(row)).rejects.toSatisfy(isUniqueViolation);
    });

    test('case: upheld → 201 with status upheld', async () => {
      const denialId = await deny('P-000002');
      const response = await review(supervisor, 'P-000002', denialId, { decision: 'upheld' });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ status: 'upheld', reviewedActionId: denialId, reason: null });
    });

    test('case: a person of another unit → 404; an officer → 403; an action that is no denial → 409; another person’s action → 404', async () => {
      const other = await world.store.actions.add({
        personId: 'P-000003',
        termId: 'T-1',
        kind: 'early_termination',
        status: 'denied',
        reason: 'not yet',
        snoozedUntil: null,
        actorUserId: USERS.officer2.id,
      });
      expect((await review(supervisor, 'P-000003', other.id, { decision: 'reopened' })).statusCode).toBe(404);
      const denialId = await deny('P-000001');
      expect((await review(officer, 'P-000001', denialId, { decision: 'reopened' })).statusCode).toBe(403);
      // The denial of P-000003 named under P-000001: not found, so no action of another person is confirmed.
      expect((await review(supervisor, 'P-000001', other.id, { decision: 'reopened' })).statusCode).toBe(404);
      const submitted = await world.app.inject({
        method: 'POST',
        url: '/api/people/P-000001/actions',
        headers: authHeaders(officer),
        payload: { termId: 'T-1', kind: 'term_cap', status: 'submitted' },
      });
      expect((await review(supervisor, 'P-000001', submitted.json().id, { decision: 'reopened' })).statusCode).toBe(409);
    });

    test.each([
      ['an unknown decision', { decision: 'granted' }, 'body.decision'],
      ['an empty note', { decision: 'upheld', note: '' }, 'body.note'],
      ['no decision', {}, 'body.decision'],
    ])('case: %s → 400', async (_name, payload, field) => {
      const response = await review(supervisor, 'P-000001', 1, payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    });

    test('case: a non-numeric action id → 400', async () => {
      expect((await review(supervisor, 'P-000001', 'abc', { decision: 'upheld' })).statusCode).toBe(400);
    });
  });
});
