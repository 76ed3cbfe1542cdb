/**
 * Violation responses held within the law: the limit shown, the limit enforced (422 above it unless an
 * override reason is given and audited), on both dialects. The fixture's clock reads 2026-06-01.
 *
 * The limits are worked out by hand from the statutes the law package cites:
 * - Michigan, MCL 771.4b(1)(b) (felony probation, 2020 PA 397, in force from 2021-04-01): first technical
 *   violation at most 15 days of jail, second 30, third 45, then no day limit. (1)(a) (misdemeanor):
 *   5, 10, 15. 771.4b(5): violations of one transaction count once. Absconding is not a technical
 *   violation (771.4b(9)(a)), so it is not held to the table.
 * - Pennsylvania, 42 Pa.C.S. § 9771(c)(2) (Act 44, in force from 2024-06-11): first technical violation
 *   at most 14 days of total confinement, second 30, third or later no day limit of its own; the law
 *   package counts absconding as a technical violation ((c)(1)(iii)(E)), so it is held to the table.
 * - California (PC 1203.2): no limit on jail for a technical violation of probation, so none is enforced.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PersonRecord, Term } from '@pathways/law';
import { authHeaders, dialects, makeWorld, signIn, USERS, type Client, type World } from './fixture.ts';

const MI_FELONY: Term = {
  id: 'T-1',
  jurisdiction: 'US-MI',
  kind: 'probation',
  sentenceDate: '2025-01-10',
  startDate: '2025-01-10',
  length: { years: 3 },
  offenses: [{ statute: 'MCL 750.413', level: 'felony' }],
};
const MI_MISDEMEANOR: Term = { ...MI_FELONY, offenses: [{ statute: 'MCL 750.356(5)', level: 'misdemeanor' }] };
const PA_FELONY: Term = {
  id: 'T-1',
  jurisdiction: 'US-PA',
  kind: 'probation',
  sentenceDate: '2024-07-01',
  startDate: '2024-07-01',
  length: { years: 5 },
  offenses: [{ statute: '18 Pa.C.S. § 3921(a)', level: 'felony' }],
};

describe.each(dialects)('violations on %s', (dialect) => {
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

  /** A person of agency A-1 on officer-1's caseload, with one term and no events. */
  async function addPerson(id: string, term: Term): Promise<void> {
    const record: PersonRecord = { id, terms: [term] };
    await world.store.people.upsert({ id, agencyId: 'A-1', record, updatedAt: world.clock.now.toISOString() });
    await world.store.caseloads.assign(USERS.officer.id, id);
  }
  const record = (client: Client, personId: string, payload: Record<string, unknown>) =>
    world.app.inject({ method: 'POST', url: `/api/people/${personId}/violations`, headers: authHeaders(client), payload });
  const technical = (date: string, extra: Record<string, unknown> = {}) => ({
    termId: 'T-1',
    date,
    category: 'technical',
    kinds: ['missed_appointment'],
    status: 'sustained',
    ...extra,
  });
  const audits = async (action: string, personId: string) =>
    (await world.store.audit.list({ personId, limit: 1000 })).filter((e) => e.action === action);

  test('case: Michigan felony, first violation: 10 days of jail is within 15 → 201, and the next limit is 30', async () => {
    await addPerson('P-MI-01', MI_FELONY);
    const response = await record(officer, 'P-MI-01', technical('2026-03-02', { sanction: { type: 'jail', days: 10 } }));
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.check).toBe('applied');
    expect(body.overLimit).toBe(false);
    expect(body.limitApplied).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
    expect(body.limitApplied.citations[0]).toBe('MCL 771.4b(1)(b)(i)');
    expect(body.event).toMatchObject({ type: 'violation', termId: 'T-1', date: '2026-03-02', sanction: { type: 'jail', days: 10 } });
    expect(body.nextSanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });

    // Stored: the record carries the event, the stored evaluation the new limit, the audit the recording.
    const stored = await world.store.people.get('P-MI-01');
    expect(stored!.record.events).toEqual([body.event]);
    const [evaluation] = await world.store.evaluations.forPerson('P-MI-01');
    expect(evaluation!.evaluation.sanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    const [audit] = await audits('violation.record', 'P-MI-01');
    expect(audit).toMatchObject({
      actorUserId: USERS.officer.id,
      detail: {
        termId: 'T-1',
        date: '2026-03-02',
        category: 'technical',
        sanction: { type: 'jail', days: 10 },
        overLimit: false,
        violationNumber: 1,
      },
    });
  });

  test('case: the second violation gets the second limit: 31 days over 30 → 422 naming MCL 771.4b(1)(b)(ii); 30 days → 201', async () => {
    await addPerson('P-MI-02', MI_FELONY);
    expect((await record(officer, 'P-MI-02', technical('2026-02-01'))).statusCode).toBe(201);
    const over = await record(officer, 'P-MI-02', technical('2026-04-01', { sanction: { type: 'jail', days: 31 } }));
    expect(over.statusCode, over.body).toBe(422);
    expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(over.json()).toMatchObject({ status: 422, requestedDays: 31, limit: { violationNumber: 2, maxConfinementDays: 30 } });
    expect(over.json().citations).toContain('MCL 771.4b(1)(b)(ii)');
    expect(over.json().detail).toContain('MCL 771.4b(1)(b)(ii)');
    // Refused: nothing stored, nothing audited as recorded.
    expect((await world.store.people.get('P-MI-02'))!.record.events).toHaveLength(1);
    expect(await audits('violation.record', 'P-MI-02')).toHaveLength(1);

    const within = await record(officer, 'P-MI-02', technical('2026-04-01', { sanction: { type: 'jail', days: 30 } }));
    expect(within.statusCode, within.body).toBe(201);
    expect(within.json().limitApplied).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
    expect(within.json().nextSanctionLimit).toMatchObject({ violationNumber: 3, maxConfinementDays: 45 });
  });

  test('case: over the limit with an override reason → 201, kept on the event and audited violation.override', async () => {
    await addPerson('P-MI-03', MI_FELONY);
    const reason = 'Awaiting a residential treatment bed with no safe place to wait (MCL 771.4b(3)).';
    const response = await record(
      supervisor,
      'P-MI-03',
      technical('2026-03-02', { sanction: { type: 'jail', days: 40 }, overrideReason: reason }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ overLimit: true, limitApplied: { violationNumber: 1, maxConfinementDays: 15 } });
    expect(response.json().event.sanctionOverride).toMatchObject({ reason, maxConfinementDays: 15 });
    const [override] = await audits('violation.override', 'P-MI-03');
    expect(override).toMatchObject({
      actorUserId: USERS.supervisor.id,
      reason,
      detail: { termId: 'T-1', requestedDays: 40, limit: { violationNumber: 1, maxConfinementDays: 15 } },
    });
    expect((await audits('violation.record', 'P-MI-03'))[0]!.detail).toMatchObject({ overLimit: true });
  });

  test('case: Michigan misdemeanor, first violation: 6 days over 5 → 422 naming MCL 771.4b(1)(a)(i)', async () => {
    await addPerson('P-MI-04', MI_MISDEMEANOR);
    const over = await record(officer, 'P-MI-04', technical('2026-03-02', { sanction: { type: 'jail', days: 6 } }));
    expect(over.statusCode, over.body).toBe(422);
    expect(over.json()).toMatchObject({ requestedDays: 6, limit: { violationNumber: 1, maxConfinementDays: 5 } });
    expect(over.json().citations).toContain('MCL 771.4b(1)(a)(i)');
  });

  test('case: Michigan, a violation of an episode already counted keeps the episode’s number (771.4b(5)): 20 days over 15 → 422', async () => {
    await addPerson('P-MI-05', MI_FELONY);
    expect((await record(officer, 'P-MI-05', technical('2026-03-01', { episodeId: 'E-1' }))).statusCode).toBe(201);
    const over = await record(officer, 'P-MI-05', technical('2026-03-02', { episodeId: 'E-1', sanction: { type: 'jail', days: 20 } }));
    expect(over.statusCode, over.body).toBe(422);
    expect(over.json().limit).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
    const within = await record(officer, 'P-MI-05', technical('2026-03-02', { episodeId: 'E-1', sanction: { type: 'jail', days: 15 } }));
    expect(within.statusCode, within.body).toBe(201);
    expect(within.json()).toMatchObject({
      check: 'applied',
      limitApplied: { violationNumber: 1 },
      nextSanctionLimit: { violationNumber: 2 },
    });
    // One violation in law, one limit for all its sanctions: 15 days already imposed for E-1, so 1 more is over.
    const more = await record(officer, 'P-MI-05', technical('2026-03-03', { episodeId: 'E-1', sanction: { type: 'jail', days: 1 } }));
    expect(more.statusCode, more.body).toBe(422);
    expect(more.json()).toMatchObject({ requestedDays: 1, confinedBefore: 15, limit: { violationNumber: 1, maxConfinementDays: 15 } });
    expect(more.json().detail).toMatch(/with the 15 days already imposed for the same episode/);
    const warned = await record(officer, 'P-MI-05', technical('2026-03-03', { episodeId: 'E-1', sanction: { type: 'warning' } }));
    expect(warned.statusCode, warned.body).toBe(201);
  });

  test('case: Michigan absconding is recorded without the technical-violation check, and says so', async () => {
    await addPerson('P-MI-06', MI_FELONY);
    const response = await record(officer, 'P-MI-06', {
      termId: 'T-1',
      date: '2026-03-02',
      category: 'absconding',
      status: 'sustained',
      sanction: { type: 'jail', days: 90 },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ check: 'not_technical', limitApplied: null, overLimit: false });
    expect(response.json().note).toMatch(/without the technical-violation check/);
    // Not counted: the next technical violation is still the first.
    expect(response.json().nextSanctionLimit).toMatchObject({ violationNumber: 1, maxConfinementDays: 15 });
  });

  test('case: Pennsylvania counts absconding as a technical violation: 20 days over 14 → 422 naming § 9771(c)(2)(i)', async () => {
    await addPerson('P-PA-01', PA_FELONY);
    const absconding = { termId: 'T-1', date: '2026-03-02', category: 'absconding', status: 'sustained' };
    const over = await record(officer, 'P-PA-01', { ...absconding, sanction: { type: 'jail', days: 20 } });
    expect(over.statusCode, over.body).toBe(422);
    expect(over.json()).toMatchObject({ requestedDays: 20, limit: { violationNumber: 1, maxConfinementDays: 14 } });
    expect(over.json().citations).toContain('42 Pa.C.S. § 9771(c)(2)(i)');
    const within = await record(officer, 'P-PA-01', { ...absconding, sanction: { type: 'jail', days: 14 } });
    expect(within.statusCode, within.body).toBe(201);
    expect(within.json().nextSanctionLimit).toMatchObject({ violationNumber: 2, maxConfinementDays: 30 });
  });

  test('case: Pennsylvania, a new offense is not held to the technical-violation table', async () => {
    await addPerson('P-PA-02', PA_FELONY);
    const response = await record(officer, 'P-PA-02', {
      termId: 'T-1',
      date: '2026-03-02',
      category: 'new_offense',
      status: 'sustained',
      sanction: { type: 'jail', days: 60 },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ check: 'not_technical', overLimit: false });
  });

  test('case: California sets no limit: 180 days of jail is recorded, with no limit applied', async () => {
    await addPerson('P-CA-01', {
      ...MI_FELONY,
      jurisdiction: 'US-CA',
      offenses: [{ statute: 'PC 459', level: 'felony', maxPrisonMonths: 36 }],
    });
    const response = await record(officer, 'P-CA-01', technical('2026-03-02', { sanction: { type: 'jail', days: 180 } }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ check: 'no_limit', limitApplied: null, overLimit: false, nextSanctionLimit: null });
  });

  test('case: a reported (not yet sustained) violation is held to the limit its number would have', async () => {
    await addPerson('P-MI-07', MI_FELONY);
    const over = await record(officer, 'P-MI-07', technical('2026-03-02', { status: 'reported', sanction: { type: 'jail', days: 16 } }));
    expect(over.statusCode, over.body).toBe(422);
  });

  test('case: a warning is recorded with no days; jail or prison without its days is refused, so it cannot slip past the limit', async () => {
    await addPerson('P-MI-09', MI_FELONY);
    const warning = await record(officer, 'P-MI-09', technical('2026-03-02', { sanction: { type: 'warning' } }));
    expect(warning.statusCode, warning.body).toBe(201);
    expect(warning.json().event.sanction).toEqual({ type: 'warning' });
    const jail = await record(officer, 'P-MI-09', technical('2026-03-03', { sanction: { type: 'jail' } }));
    expect(jail.statusCode, jail.body).toBe(400);
    expect(jail.json().errors).toEqual([expect.objectContaining({ path: 'body.sanction.days' })]);
  });

  test('case: the sanction-limit read shows the next limit as of a date, and is audited as person.read', async () => {
    await addPerson('P-MI-08', MI_FELONY);
    const response = await world.app.inject({ url: '/api/people/P-MI-08/terms/T-1/sanction-limit', headers: authHeaders(defender) });
    // The defender's client is P-000001 only: P-MI-08 is out of scope.
    expect(response.statusCode).toBe(404);
    const own = await world.app.inject({ url: '/api/people/P-MI-08/terms/T-1/sanction-limit', headers: authHeaders(officer) });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      termId: 'T-1',
      date: '2026-06-01',
      category: 'technical',
      applies: true,
      sanctionLimit: { violationNumber: 1, confinementAllowed: true, maxConfinementDays: 15 },
    });
    expect(own.json().sanctionLimit.citations).toContain('MCL 771.4b(1)(b)(i)');
    expect(own.json().sanctionLimit.reasons.length).toBeGreaterThan(0);
    // Before 2021-04-01 the table was not in force: no limit (on a term that had started by then).
    await addPerson('P-MI-10', { ...MI_FELONY, sentenceDate: '2020-09-01', startDate: '2020-09-01' });
    const early = await world.app.inject({
      url: '/api/people/P-MI-10/terms/T-1/sanction-limit?date=2021-03-31',
      headers: authHeaders(officer),
    });
    expect(early.json()).toMatchObject({ sanctionLimit: null, applies: false });
    const onTable = await world.app.inject({
      url: '/api/people/P-MI-08/terms/T-1/sanction-limit?date=2026-03-31',
      headers: authHeaders(officer),
    });
    expect(onTable.json()).toMatchObject({ sanctionLimit: { violationNumber: 1, maxConfinementDays: 15 }, applies: true });
    const absconding = await world.app.inject({
      url: '/api/people/P-MI-08/terms/T-1/sanction-limit?category=absconding',
      headers: authHeaders(officer),
    });
    expect(absconding.json()).toMatchObject({ applies: false, sanctionLimit: { violationNumber: 1 } });
    const reads = await audits('person.read', 'P-MI-08');
    expect(reads.map((e) => e.detail)).toEqual([
      { view: 'sanction-limit', termId: 'T-1', date: '2026-06-01', category: 'technical' },
      { view: 'sanction-limit', termId: 'T-1', date: '2026-03-31', category: 'technical' },
      { view: 'sanction-limit', termId: 'T-1', date: '2026-06-01', category: 'absconding' },
    ]);
    const noTerm = await world.app.inject({ url: '/api/people/P-MI-08/terms/T-9/sanction-limit', headers: authHeaders(officer) });
    expect(noTerm.statusCode).toBe(404);
  });

  test('case: the sanction-limit read refuses a date outside 1900–2199 → 400 naming the date, not audited; a day before the term is answered (the form sends today)', async () => {
    await addPerson('P-MI-12', MI_FELONY);
    const limitOn = (date: string) =>
      world.app.inject({ url: `/api/people/P-MI-12/terms/T-1/sanction-limit?date=${date}`, headers: authHeaders(officer) });
    const outsideYears = 'must be in the supported years 1900–2199';
    for (const [date, message] of [
      ['1800-01-01', outsideYears],
      ['1899-12-31', outsideYears],
      ['2200-01-01', outsideYears],
      ['2300-01-01', outsideYears],
      // A malformed date is named once, for its form.
      ['1800-13-01', 'Invalid ISO date'],
    ]) {
      const response = await limitOn(date!);
      expect(response.statusCode, date).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors, date).toEqual([{ path: 'querystring.date', message }]);
    }
    // A day before the term started (2025-01-10), the term's first day and the last supported day are answered:
    // the workspace's form asks as of today, which may come before a term that starts later.
    expect((await limitOn('2025-01-09')).statusCode).toBe(200);
    expect((await limitOn('2025-01-10')).statusCode).toBe(200);
    expect((await limitOn('2199-12-31')).statusCode).toBe(200);
    expect((await audits('person.read', 'P-MI-12')).map((e) => e.detail.date)).toEqual(['2025-01-09', '2025-01-10', '2199-12-31']);
  });

  test('case: out of scope → 404 (officer-2’s caseload); a role without the permission → 403', async () => {
    const other = await record(officer, 'P-000003', technical('2026-03-02'));
    expect(other.statusCode).toBe(404);
    const missing = await record(officer, 'P-999999', technical('2026-03-02'));
    expect(other.body).toBe(missing.body);
    const forbidden = await record(defender, 'P-000001', technical('2026-03-02'));
    expect(forbidden.statusCode).toBe(403);
  });

  test.each([
    ['a date in the future', technical('2026-06-02'), 'body.date'],
    ['a date before the term started', technical('2025-01-09'), 'body.date'],
    ['a term the person does not have', technical('2026-03-02', { termId: 'T-9' }), 'body.termId'],
    ['a dismissed status', technical('2026-03-02', { status: 'dismissed' }), 'body.status'],
    ['negative days', technical('2026-03-02', { sanction: { type: 'jail', days: -1 } }), 'body.sanction.days'],
    ['a sanction without days', technical('2026-03-02', { sanction: { type: 'jail' } }), 'body.sanction.days'],
    ['an unknown kind', technical('2026-03-02', { kinds: ['jaywalking'] }), 'body.kinds.0'],
    ['an unknown field', technical('2026-03-02', { severity: 'high' }), 'body'],
    ['a malformed date', technical('2026-02-30'), 'body.date'],
  ])('case: %s → 400 problem+json naming the field', async (_name, payload, path) => {
    await addPerson('P-MI-09', MI_FELONY);
    const response = await record(officer, 'P-MI-09', payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await world.store.people.get('P-MI-09'))!.record.events ?? []).toEqual([]);
  });
});
