import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord, TermEvaluation } from '@pathways/law';
import { storeInternals } from '../src/kysely-store.ts';
import type { PathwaysStore } from '../src/index.ts';
import { dialects, openTestStore, type TestStore } from './dialects.ts';
import { person } from './records.ts';

describe.each(dialects)('Store on %s', (dialect) => {
  let t: TestStore;
  let store: PathwaysStore;

  beforeEach(async () => {
    t = await openTestStore(dialect);
    store = t.store;
    await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
    await store.agencies.upsert({ id: 'AG-2', name: 'State Parole', jurisdiction: 'US-CA' });
    await store.units.upsert({ id: 'U-1', agencyId: 'AG-1', name: 'North' });
    await store.units.upsert({ id: 'U-2', agencyId: 'AG-1', name: 'South' });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const user = (id: string, role: 'officer' | 'defender' | 'admin' | 'supervisor' | 'person', unitId: string | null = null) => ({
    id,
    username: id.toLowerCase(),
    displayName: `User ${id}`,
    role,
    agencyId: 'AG-1',
    unitId,
    personId: null,
    passwordHash: 'scrypt$fictional',
    totpSecret: null,
  });
  const addPerson = (n: number, agencyId = 'AG-1') =>
    store.people.upsert({
      id: `P-${String(n).padStart(6, '0')}`,
      agencyId,
      record: person(n) as PersonRecord,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });

  it('reports its dialect', () => {
    expect(store.dialect).toBe(dialect);
  });

  it('agencies: upsert, get, list', async () => {
    expect(await store.agencies.get('AG-1')).toEqual({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
    await store.agencies.upsert({ id: 'AG-1', name: 'County Probation Dept.', jurisdiction: 'US-CA' });
    expect((await store.agencies.get('AG-1'))?.name).toBe('County Probation Dept.');
    expect(await store.agencies.get('AG-9')).toBeUndefined();
    expect((await store.agencies.list()).map((a) => a.id)).toEqual(['AG-1', 'AG-2']);
  });

  it('units: upsert and list by agency', async () => {
    await store.units.upsert({ id: 'U-3', agencyId: 'AG-2', name: 'East' });
    await store.units.upsert({ id: 'U-2', agencyId: 'AG-1', name: 'South-West' });
    expect(await store.units.list('AG-1')).toEqual([
      { id: 'U-1', agencyId: 'AG-1', name: 'North' },
      { id: 'U-2', agencyId: 'AG-1', name: 'South-West' },
    ]);
    expect((await store.units.list()).map((u) => u.id)).toEqual(['U-1', 'U-2', 'U-3']);
  });

  it('users: create, look up, TOTP, failed sign-ins', async () => {
    const created = await store.users.create(user('OFF-1', 'officer', 'U-1'));
    expect(created.failedLogins).toBe(0);
    expect(created.lockedUntil).toBeNull();
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    expect(await store.users.byId('OFF-1')).toEqual(created);
    expect(await store.users.byUsername('off-1')).toEqual(created);
    expect(await store.users.byUsername('nobody')).toBeUndefined();
    await expect(store.users.create({ ...user('OFF-2', 'officer'), username: 'off-1' })).rejects.toThrow();

    await store.users.setTotpSecret('OFF-1', 'JBSWY3DPEHPK3PXP');
    expect((await store.users.byId('OFF-1'))?.totpSecret).toBe('JBSWY3DPEHPK3PXP');

    expect(await store.users.recordFailedLogin('OFF-1', null)).toBe(1);
    expect(await store.users.recordFailedLogin('OFF-1', null)).toBe(2);
    expect(await store.users.recordFailedLogin('OFF-1', '2026-12-01T00:15:00.000Z')).toBe(3);
    let u = await store.users.byId('OFF-1');
    expect(u?.failedLogins).toBe(3);
    expect(u?.lockedUntil).toBe('2026-12-01T00:15:00.000Z');
    // A null lockedUntil leaves an existing lock alone.
    expect(await store.users.recordFailedLogin('OFF-1', null)).toBe(4);
    expect((await store.users.byId('OFF-1'))?.lockedUntil).toBe('2026-12-01T00:15:00.000Z');
    await store.users.clearFailedLogins('OFF-1');
    u = await store.users.byId('OFF-1');
    expect(u?.failedLogins).toBe(0);
    expect(u?.lockedUntil).toBeNull();

    await store.users.create(user('ADM-1', 'admin'));
    expect((await store.users.list()).map((x) => x.id)).toEqual(['ADM-1', 'OFF-1']);
  });

  it('sessions: create, second factor, delete, delete expired', async () => {
    await store.users.create(user('OFF-1', 'officer'));
    const base = { userId: 'OFF-1', csrfToken: 'csrf', createdAt: '2026-11-30T10:00:00.000Z' };
    await store.sessions.create({ ...base, idHash: 'a'.repeat(64), expiresAt: '2026-11-30T11:00:00.000Z', pendingSecondFactor: true });
    await store.sessions.create({ ...base, idHash: 'b'.repeat(64), expiresAt: '2026-11-30T12:00:00.000Z', pendingSecondFactor: false });
    await store.sessions.create({ ...base, idHash: 'c'.repeat(64), expiresAt: '2026-11-30T13:00:00.000Z', pendingSecondFactor: false });
    expect(await store.sessions.get('a'.repeat(64))).toEqual({
      ...base,
      idHash: 'a'.repeat(64),
      expiresAt: '2026-11-30T11:00:00.000Z',
      pendingSecondFactor: true,
    });
    await store.sessions.completeSecondFactor('a'.repeat(64));
    expect((await store.sessions.get('a'.repeat(64)))?.pendingSecondFactor).toBe(false);
    await store.sessions.delete('c'.repeat(64));
    expect(await store.sessions.get('c'.repeat(64))).toBeUndefined();
    expect(await store.sessions.deleteExpired('2026-11-30T12:00:00.000Z')).toBe(2);
    expect(await store.sessions.get('b'.repeat(64))).toBeUndefined();
    expect(await store.sessions.deleteExpired('2026-11-30T12:00:00.000Z')).toBe(0);
  });

  it('people: upsert replaces by id; get returns the record as stored', async () => {
    await addPerson(1);
    const extra = person(1, { agencyCaseNumber: 'CN-77', name: { given: 'Test', family: 'Person' } }) as PersonRecord;
    await store.people.upsert({ id: 'P-000001', agencyId: 'AG-2', record: extra, updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(await store.people.get('P-000001')).toEqual({
      id: 'P-000001',
      agencyId: 'AG-2',
      record: extra,
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(await store.people.get('P-999999')).toBeUndefined();
    expect(await store.people.count({})).toBe(1);
  });

  it('people: list and count by agency, officer, unit, defender and ids, with paging', async () => {
    for (let n = 1; n <= 6; n++) await addPerson(n, n <= 5 ? 'AG-1' : 'AG-2');
    await store.users.create(user('OFF-1', 'officer', 'U-1'));
    await store.users.create(user('OFF-2', 'officer', 'U-2'));
    await store.users.create(user('DEF-1', 'defender'));
    await store.caseloads.assign('OFF-1', 'P-000001');
    await store.caseloads.assign('OFF-1', 'P-000002');
    await store.caseloads.assign('OFF-2', 'P-000003');
    await store.defenders.assign('DEF-1', 'P-000002');
    await store.defenders.assign('DEF-1', 'P-000004');
    await store.defenders.assign('DEF-1', 'P-000004');

    const ids = async (f: Parameters<PathwaysStore['people']['list']>[0]) => (await store.people.list(f)).map((p) => p.id);
    expect(await ids({ agencyId: 'AG-1' })).toEqual(['P-000001', 'P-000002', 'P-000003', 'P-000004', 'P-000005']);
    expect(await ids({ officerId: 'OFF-1' })).toEqual(['P-000001', 'P-000002']);
    expect(await ids({ unitId: 'U-2' })).toEqual(['P-000003']);
    expect(await ids({ defenderId: 'DEF-1' })).toEqual(['P-000002', 'P-000004']);
    expect(await ids({ ids: ['P-000006', 'P-000001', 'P-404'] })).toEqual(['P-000001', 'P-000006']);
    expect(await ids({ ids: [] })).toEqual([]);
    expect(await ids({ agencyId: 'AG-1', officerId: 'OFF-1', defenderId: 'DEF-1' })).toEqual(['P-000002']);
    expect(await ids({ agencyId: 'AG-1', limit: 2, offset: 1 })).toEqual(['P-000002', 'P-000003']);
    expect(await ids({ offset: 4 })).toEqual(['P-000005', 'P-000006']);

    expect(await store.people.count({ agencyId: 'AG-1' })).toBe(5);
    expect(await store.people.count({ agencyId: 'AG-1', limit: 1 })).toBe(5);
    expect(await store.people.count({ unitId: 'U-1' })).toBe(2);
    expect(await store.people.count({ defenderId: 'DEF-1' })).toBe(2);
    expect(await store.people.count({ ids: [] })).toBe(0);
    expect(typeof (await store.people.count({}))).toBe('number');
  });

  it('caseloads: a person is on one caseload at a time', async () => {
    await addPerson(1);
    await store.users.create(user('OFF-1', 'officer', 'U-1'));
    await store.users.create(user('OFF-2', 'officer', 'U-2'));
    expect(await store.caseloads.officerOf('P-000001')).toBeUndefined();
    await store.caseloads.assign('OFF-1', 'P-000001');
    expect(await store.caseloads.officerOf('P-000001')).toBe('OFF-1');
    await store.caseloads.assign('OFF-2', 'P-000001');
    expect(await store.caseloads.officerOf('P-000001')).toBe('OFF-2');
    expect(await store.people.count({ officerId: 'OFF-1' })).toBe(0);
  });

  it('defenders: assign and isClient', async () => {
    await addPerson(1);
    await addPerson(2);
    await store.users.create(user('DEF-1', 'defender'));
    await store.defenders.assign('DEF-1', 'P-000001');
    expect(await store.defenders.isClient('DEF-1', 'P-000001')).toBe(true);
    expect(await store.defenders.isClient('DEF-1', 'P-000002')).toBe(false);
  });

  it('evaluations: replace, forPerson, forPeople', async () => {
    await addPerson(1);
    await addPerson(2);
    const ev = (personId: string, termId: string, asOf: string) => ({
      personId,
      termId,
      asOf,
      lawVersion: 'law 1',
      evaluation: { personId, termId, asOf, opportunities: [], warnings: ['w'] } as unknown as TermEvaluation,
      computedAt: '2026-11-30T00:00:00.000Z',
    });
    await store.evaluations.replace('P-000001', [ev('P-000001', 'T-1', '2026-01-01'), ev('P-000001', 'T-2', '2026-01-01')]);
    await store.evaluations.replace('P-000002', [ev('P-000002', 'T-1', '2026-01-01')]);
    expect(await store.evaluations.forPerson('P-000001')).toEqual([
      ev('P-000001', 'T-1', '2026-01-01'),
      ev('P-000001', 'T-2', '2026-01-01'),
    ]);
    await store.evaluations.replace('P-000001', [ev('P-000001', 'T-2', '2026-06-01')]);
    expect(await store.evaluations.forPerson('P-000001')).toEqual([ev('P-000001', 'T-2', '2026-06-01')]);
    expect((await store.evaluations.forPeople(['P-000002', 'P-000001'])).map((e) => `${e.personId}/${e.termId}`)).toEqual([
      'P-000001/T-2',
      'P-000002/T-1',
    ]);
    expect(await store.evaluations.forPeople([])).toEqual([]);
    await store.evaluations.replace('P-000002', []);
    expect(await store.evaluations.forPerson('P-000002')).toEqual([]);
  });

  it('actions: add and list in order', async () => {
    await addPerson(1);
    await store.users.create(user('OFF-1', 'officer'));
    const a = await store.actions.add({
      personId: 'P-000001',
      termId: 'T-1',
      kind: 'early_termination',
      status: 'submitted',
      reason: null,
      snoozedUntil: null,
      actorUserId: 'OFF-1',
    });
    expect(typeof a.id).toBe('number');
    const b = await store.actions.add({
      personId: 'P-000001',
      termId: 'T-1',
      kind: 'early_termination',
      status: 'snoozed',
      reason: 'awaiting restitution records',
      snoozedUntil: '2027-01-01',
      actorUserId: 'OFF-1',
    });
    expect(b.id).toBeGreaterThan(a.id);
    expect(await store.actions.forPerson('P-000001')).toEqual([a, b]);
    expect(await store.actions.forPerson('P-000002')).toEqual([]);
  });

  it('notes: add and list', async () => {
    await addPerson(1);
    await store.users.create(user('OFF-1', 'officer'));
    const n = await store.notes.add({ personId: 'P-000001', authorUserId: 'OFF-1', text: 'Called about the review conference.' });
    expect(await store.notes.forPerson('P-000001')).toEqual([n]);
  });

  it('audit: append and list by person and actor, oldest first, with paging', async () => {
    await store.audit.append({
      actorUserId: 'OFF-1',
      action: 'person.read',
      personId: 'P-000001',
      reason: 'case review',
      detail: { via: 'queue' },
    });
    await store.audit.append({
      actorUserId: 'ADM-1',
      action: 'user.login',
      personId: null,
      reason: null,
      detail: {},
      at: '2026-11-30T09:00:00.000Z',
    });
    await store.audit.append({ actorUserId: 'OFF-1', action: 'person.list', personId: null, reason: null, detail: { count: 3 } });
    const all = await store.audit.list({});
    expect(all.map((e) => e.action)).toEqual(['person.read', 'user.login', 'person.list']);
    expect(all[0]).toMatchObject({ actorUserId: 'OFF-1', personId: 'P-000001', reason: 'case review', detail: { via: 'queue' } });
    expect(all[1]!.at).toBe('2026-11-30T09:00:00.000Z');
    expect(typeof all[0]!.id).toBe('number');
    expect((await store.audit.list({ personId: 'P-000001' })).map((e) => e.action)).toEqual(['person.read']);
    expect((await store.audit.list({ actorUserId: 'OFF-1' })).map((e) => e.action)).toEqual(['person.read', 'person.list']);
    expect((await store.audit.list({ limit: 1, offset: 1 })).map((e) => e.action)).toEqual(['user.login']);
    expect((await store.audit.list({ offset: 2 })).map((e) => e.action)).toEqual(['person.list']);
    // Newest first pages from the latest entry back.
    expect((await store.audit.list({ order: 'newest' })).map((e) => e.action)).toEqual(['person.list', 'user.login', 'person.read']);
    expect((await store.audit.list({ order: 'newest', actorUserId: 'OFF-1', limit: 1 })).map((e) => e.action)).toEqual(['person.list']);
    expect((await store.audit.list({ order: 'newest', offset: 2 })).map((e) => e.action)).toEqual(['person.read']);
    expect((await store.audit.list({ order: 'newest', beforeId: all[2]!.id })).map((e) => e.action)).toEqual(['user.login', 'person.read']);
  });

  it('audit: concurrent appends are written together, in the order made, and one refused row fails alone', async () => {
    const appends = Array.from({ length: 30 }, (_, i) =>
      store.audit.append({
        actorUserId: 'OFF-1',
        // The column is NOT NULL: row 7 is refused by the database.
        action: (i === 7 ? null : `person.read.${i}`) as string,
        personId: null,
        reason: null,
        detail: {},
      }),
    );
    const outcomes = await Promise.allSettled(appends);
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBe(1);
    expect(outcomes[7]!.status).toBe('rejected');
    const expected = Array.from({ length: 30 }, (_, i) => `person.read.${i}`).filter((_, i) => i !== 7);
    expect((await store.audit.list({})).map((e) => e.action)).toEqual(expected);
  });

  it('audit: the database refuses to update or delete an entry', async () => {
    await store.audit.append({ actorUserId: 'OFF-1', action: 'person.read', personId: 'P-000001', reason: null, detail: {} });
    const { db } = storeInternals(store);
    await expect(db.updateTable('audit_log').set({ action: 'nothing.happened' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    if (dialect === 'postgres') await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect((await store.audit.list({})).map((e) => e.action)).toEqual(['person.read']);
  });

  it('audit: an entry is found under the people it names as subjects, in a group of concurrent appends, and they cannot be rewritten', async () => {
    // Appended together (one grouped statement): each entry keeps its own subjects.
    await Promise.all([
      store.audit.append({
        actorUserId: 'OFF-1',
        action: 'person.list',
        personId: null,
        reason: null,
        detail: {},
        subjects: ['P-A', 'P-B'],
      }),
      store.audit.append({ actorUserId: 'OFF-1', action: 'person.read', personId: 'P-B', reason: null, detail: {} }),
      store.audit.append({ actorUserId: 'OFF-2', action: 'person.list', personId: null, reason: null, detail: {}, subjects: ['P-C'] }),
    ]);
    const about = async (personId: string) => (await store.audit.list({ personId })).map((e) => `${e.actorUserId} ${e.action}`);
    expect(await about('P-A')).toEqual(['OFF-1 person.list']);
    expect(await about('P-B')).toEqual(['OFF-1 person.list', 'OFF-1 person.read']);
    expect(await about('P-C')).toEqual(['OFF-2 person.list']);
    const { db } = storeInternals(store);
    await expect(db.deleteFrom('audit_subjects').execute()).rejects.toThrow(/append-only/);
    await expect(db.updateTable('audit_subjects').set({ person_id: 'P-Z' }).execute()).rejects.toThrow(/append-only/);
  });

  it('transaction: commits together, rolls back together', async () => {
    await store.transaction(async (tx) => {
      await tx.agencies.upsert({ id: 'AG-3', name: 'Committed', jurisdiction: 'US-MO' });
      await tx.transaction(async (inner) => inner.agencies.upsert({ id: 'AG-4', name: 'Nested', jurisdiction: 'US-MO' }));
    });
    expect((await store.agencies.list()).map((a) => a.id)).toEqual(['AG-1', 'AG-2', 'AG-3', 'AG-4']);
    await expect(
      store.transaction(async (tx) => {
        await tx.agencies.upsert({ id: 'AG-5', name: 'Rolled back', jurisdiction: 'US-MO' });
        await tx.audit.append({ actorUserId: null, action: 'agency.create', personId: null, reason: null, detail: {} });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.agencies.get('AG-5')).toBeUndefined();
    expect(await store.audit.list({})).toEqual([]);
    const value = await store.transaction(async (tx) => tx.agencies.get('AG-3'));
    expect(value?.name).toBe('Committed');
  });

  it('foreign keys are enforced', async () => {
    await expect(
      store.people.upsert({ id: 'P-000001', agencyId: 'AG-404', record: person(1) as PersonRecord, updatedAt: '2026-01-01T00:00:00.000Z' }),
    ).rejects.toThrow();
  });

  it('opening an existing database runs no migration twice', async () => {
    const { db } = storeInternals(store);
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    expect(rows.rows.map((r) => r.name)).toEqual([
      '20261130000000_initial',
      '20261130120000_jobs',
      '20261201000000_summaries',
      '20261201000100_revision',
      '20261201000200_checklists',
      '20261201000300_summary_limits',
      '20261201000400_one_review',
      '20261201100000_portal',
      '20261201100100_outbox',
      '20261201100200_directories',
      '20261202000000_campaigns',
      '20261202000100_stories',
      '20261202000200_councils',
      '20261202000300_audit_subjects',
    ]);
  });
});
