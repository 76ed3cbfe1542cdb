/**
 * GET /api/unit/outcomes, on both dialects: counts by officer, age band and jurisdiction over a
 * supervisor's unit or an administrator's agency, from actions recorded through the API. The fixture's
 * records carry no birth date, so people with one are added here through the store.
 *
 * Every fixture term (and the ones added) is California probation from 2024-03-15: at the fixture's
 * 2026-06-01 the two-year cap (2026-03-15) has passed, so each evaluated term has one opportunity open
 * (`term_cap`) and is past its lawful end.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluatePerson, JURISDICTIONS, parseIsoDate } from '@pathways/law';
import { authHeaders, dialects, makeWorld, record, signIn, USERS, type Client, type UserKey, type World } from './fixture.ts';

const row = (
  group: string,
  people: number,
  terms: number,
  eligibleNow: number,
  submitted: number,
  granted: number,
  denied: number,
  pastLawfulEnd: number,
) => ({ group, people, terms, eligibleNow, submitted, granted, denied, pastLawfulEnd });

describe.each(dialects)('unit outcomes on %s', (dialect) => {
  let world: World;
  const clients = {} as Record<UserKey, Client>;

  /** A person of agency A-1 with a birth date, evaluated (or not) and put on a caseload (or none). */
  async function addPerson(id: string, birthDate: string | null, officerId: string | null, evaluated = true): Promise<void> {
    const r = { ...record(id, 'Added'), ...(birthDate ? { birthDate } : {}) };
    await world.store.people.upsert({ id, agencyId: 'A-1', record: r, updatedAt: world.clock.now.toISOString() });
    if (evaluated) {
      await world.store.evaluations.replace(
        id,
        evaluatePerson(JURISDICTIONS, r, parseIsoDate('2026-06-01')).map((evaluation) => ({
          personId: id,
          termId: evaluation.termId,
          asOf: evaluation.asOf,
          lawVersion: evaluation.lawVersion,
          evaluation,
          computedAt: world.clock.now.toISOString(),
        })),
      );
    }
    if (officerId) await world.store.caseloads.assign(officerId, id);
  }

  const act = async (key: UserKey, personId: string, body: Record<string, string>) => {
    const response = await world.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/actions`,
      headers: authHeaders(clients[key]),
      payload: { termId: 'T-1', kind: 'term_cap', ...body },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: number };
  };
  const review = async (personId: string, actionId: number, decision: 'upheld' | 'reopened') => {
    const response = await world.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/actions/${actionId}/review`,
      headers: authHeaders(clients.supervisor),
      payload: { decision },
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const outcomes = (key: UserKey) => world.app.inject({ url: '/api/unit/outcomes', headers: authHeaders(clients[key]) });

  beforeAll(async () => {
    world = await makeWorld(dialect);
    for (const key of Object.keys(USERS) as UserKey[]) clients[key] = await signIn(world, key);
    // A third officer (unit 2) with the same display name as officer 2: the rows must tell them apart.
    await world.store.users.create({
      id: 'U-officer-3',
      username: 'officer3',
      displayName: 'The officer2',
      role: 'officer',
      agencyId: 'A-1',
      unitId: 'UNIT-2',
      personId: null,
      passwordHash: 'scrypt$fictional',
      totpSecret: null,
    });
    // Ages at 2026-06-01: 25 on the day, 24 the day before the birthday, 66, 45.
    await addPerson('P-000010', '2001-06-01', USERS.officer.id);
    await addPerson('P-000011', '2001-06-02', USERS.officer.id);
    await addPerson('P-000012', '1960-01-01', USERS.officer2.id);
    await addPerson('P-000013', '1980-07-01', null, false);
    await addPerson('P-000014', null, 'U-officer-3');

    // Unit 1 (officer 1): P-000001 granted; P-000002 denied, upheld; P-000010 snoozed, then submitted;
    // P-000011 denied, then reopened (open again: no outcome counted).
    await act('officer', 'P-000001', { status: 'submitted' });
    await act('officer', 'P-000001', { status: 'granted' });
    await review('P-000002', (await act('officer', 'P-000002', { status: 'denied', reason: 'Pending restitution' })).id, 'upheld');
    await act('officer', 'P-000010', { status: 'snoozed', snoozedUntil: '2026-07-01' });
    await act('officer', 'P-000010', { status: 'submitted' });
    await review('P-000011', (await act('officer', 'P-000011', { status: 'denied', reason: 'Awaiting report' })).id, 'reopened');
    // Unit 2 (officer 2): P-000003 submitted.
    await act('officer2', 'P-000003', { status: 'submitted' });
    // On no caseload and never evaluated: recorded straight into the store (no officer may act on it).
    await world.store.actions.add({
      personId: 'P-000013',
      termId: 'T-1',
      kind: 'term_cap',
      status: 'granted',
      reason: null,
      snoozedUntil: null,
      actorUserId: USERS.admin.id,
    });
  });
  afterAll(() => world.close());

  test("case: a supervisor sees their unit's officer, every age band and the jurisdiction, with exact counts; audited", async () => {
    const response = await outcomes('supervisor');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      asOf: '2026-06-01',
      groups: {
        officer: [row('The officer', 4, 4, 4, 1, 1, 1, 4)],
        ageBand: [
          row('under 25', 1, 1, 1, 0, 0, 0, 1),
          row('25–34', 1, 1, 1, 1, 0, 0, 1),
          row('35–44', 0, 0, 0, 0, 0, 0, 0),
          row('45–54', 0, 0, 0, 0, 0, 0, 0),
          row('55 and over', 0, 0, 0, 0, 0, 0, 0),
          row('unknown', 2, 2, 2, 0, 1, 1, 2),
        ],
        jurisdiction: [row('US-CA', 4, 4, 4, 1, 1, 1, 4)],
      },
    });
    const audit = (await world.store.audit.list({ actorUserId: USERS.supervisor.id, limit: 1000 })).filter(
      (e) => e.action === 'unit.outcomes',
    );
    expect(audit.at(-1)).toMatchObject({ personId: null, detail: { ids: ['P-000001', 'P-000002', 'P-000010', 'P-000011'] } });
  });

  test('case: an administrator sees the agency: officers sharing a name told apart by id, no caseload last', async () => {
    const response = await outcomes('admin');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().groups).toEqual({
      officer: [
        row('The officer', 4, 4, 4, 1, 1, 1, 4),
        row('The officer2 (U-officer-2)', 2, 2, 2, 1, 0, 0, 2),
        row('The officer2 (U-officer-3)', 1, 1, 1, 0, 0, 0, 1),
        row('No officer', 1, 0, 0, 0, 1, 0, 0),
      ],
      ageBand: [
        row('under 25', 1, 1, 1, 0, 0, 0, 1),
        row('25–34', 1, 1, 1, 1, 0, 0, 1),
        row('35–44', 0, 0, 0, 0, 0, 0, 0),
        row('45–54', 1, 0, 0, 0, 1, 0, 0),
        row('55 and over', 1, 1, 1, 0, 0, 0, 1),
        row('unknown', 4, 4, 4, 1, 1, 1, 4),
      ],
      // P-000013's granted term has no stored evaluation, so no jurisdiction to file it under.
      jurisdiction: [row('not evaluated', 1, 0, 0, 0, 1, 0, 0), row('US-CA', 7, 7, 7, 2, 1, 1, 7)],
    });
  });

  test.each(['officer', 'advocate', 'defender', 'person'] as const)('case: %s → 403, no counts', async (key) => {
    const response = await outcomes(key);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).not.toContain('groups');
    expect(response.body).not.toContain('The officer2');
  });
});
