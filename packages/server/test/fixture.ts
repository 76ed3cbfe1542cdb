/**
 * A small world built through the Store API on a real store: SQLite in memory, or PostgreSQL in a schema of
 * its own, dropped on close (the store's test helper, packages/store/test/dialects.ts: DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test). Every test file runs once per dialect with
 * `describe.each(dialects)`; PostgreSQL unreachable fails that half unless PATHWAYS_SKIP_POSTGRES=1.
 * Two agencies, three units, one user per role, four people.
 *
 *   A-1 (US-CA)  U-1: officer-1 (P-000001, P-000002), supervisor-1      U-2: officer-2 (P-000003)
 *                defender-1 (client P-000001), person-2 (is P-000002), advocate-1, admin-1
 *   A-2 (US-CA)  U-3: no staff; P-000004 on no caseload
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { evaluatePerson, JURISDICTIONS, parseIsoDate, type PersonRecord } from '@pathways/law';
import { openStore, type PathwaysStore, type Role } from '@pathways/store';
import { openTestStore, type TestDialect } from '../../store/test/dialects.ts';
import { buildServer, type BuildServerOptions } from '../src/index.ts';
import { hashPassword } from '../src/security/password.ts';
import { newTotpSecret, totpCode } from '../src/security/totp.ts';

export { dialects, type TestDialect } from '../../store/test/dialects.ts';

export const PASSWORD = 'correct horse battery staple';
/** A family name that must never appear in a log line. */
export const SECRET_FAMILY_NAME = 'Quorvexa';

export const USERS = {
  admin: { id: 'U-admin-1', role: 'admin', unitId: null, personId: null },
  supervisor: { id: 'U-supervisor-1', role: 'supervisor', unitId: 'UNIT-1', personId: null },
  officer: { id: 'U-officer-1', role: 'officer', unitId: 'UNIT-1', personId: null },
  officer2: { id: 'U-officer-2', role: 'officer', unitId: 'UNIT-2', personId: null },
  defender: { id: 'U-defender-1', role: 'defender', unitId: null, personId: null },
  person: { id: 'U-person-2', role: 'person', unitId: null, personId: 'P-000002' },
  advocate: { id: 'U-advocate-1', role: 'advocate', unitId: null, personId: null },
} as const satisfies Record<string, { id: string; role: Role; unitId: string | null; personId: string | null }>;
export type UserKey = keyof typeof USERS;

export function record(id: string, family: string): PersonRecord {
  return {
    id,
    name: { given: 'Test', family },
    terms: [
      {
        id: 'T-1',
        jurisdiction: 'US-CA',
        kind: 'probation',
        sentenceDate: '2024-03-15',
        startDate: '2024-03-15',
        length: { years: 3 },
        offenses: [{ statute: 'PC 459', description: 'second-degree commercial burglary', level: 'felony', maxPrisonMonths: 36 }],
      },
    ],
  };
}

export interface World {
  store: PathwaysStore;
  app: FastifyInstance;
  secrets: Record<UserKey, string>;
  clock: { now: Date };
  close(): Promise<void>;
}

async function sqliteFileStore(sqlitePath: string) {
  const store = await openStore({ sqlitePath });
  return { store, dispose: () => store.close() };
}

// One hash for every world in a file: scrypt at N=2^15 is deliberately slow.
let passwordHash: Promise<string> | undefined;

/** `sqlitePath`: a SQLite file instead of a database in memory (a test that opens it twice). */
export async function makeWorld(dialect: TestDialect, options: Partial<BuildServerOptions> = {}, sqlitePath?: string): Promise<World> {
  const testStore = sqlitePath !== undefined ? await sqliteFileStore(sqlitePath) : await openTestStore(dialect);
  try {
    return await populate(testStore.store, testStore.dispose, options);
  } catch (error) {
    await testStore.dispose();
    throw error;
  }
}

async function populate(store: PathwaysStore, dispose: () => Promise<void>, options: Partial<BuildServerOptions>): Promise<World> {
  const clock = { now: new Date('2026-06-01T12:00:00Z') };
  await store.agencies.upsert({ id: 'A-1', name: 'Agency One', jurisdiction: 'US-CA' });
  await store.agencies.upsert({ id: 'A-2', name: 'Agency Two', jurisdiction: 'US-CA' });
  await store.units.upsert({ id: 'UNIT-1', agencyId: 'A-1', name: 'Unit One' });
  await store.units.upsert({ id: 'UNIT-2', agencyId: 'A-1', name: 'Unit Two' });
  await store.units.upsert({ id: 'UNIT-3', agencyId: 'A-2', name: 'Unit Three' });

  const asOf = parseIsoDate('2026-06-01');
  const people: [string, string, string][] = [
    ['P-000001', 'A-1', SECRET_FAMILY_NAME],
    ['P-000002', 'A-1', 'Example'],
    ['P-000003', 'A-1', 'Sample'],
    ['P-000004', 'A-2', 'Other'],
  ];
  for (const [id, agencyId, family] of people) {
    const r = record(id, family);
    await store.people.upsert({ id, agencyId, record: r, updatedAt: clock.now.toISOString() });
    await store.evaluations.replace(
      id,
      evaluatePerson(JURISDICTIONS, r, asOf).map((evaluation) => ({
        personId: id,
        termId: evaluation.termId,
        asOf: evaluation.asOf,
        lawVersion: evaluation.lawVersion,
        evaluation,
        computedAt: clock.now.toISOString(),
      })),
    );
  }

  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const secrets = {} as Record<UserKey, string>;
  for (const [key, u] of Object.entries(USERS) as [UserKey, (typeof USERS)[UserKey]][]) {
    secrets[key] = newTotpSecret();
    await store.users.create({
      id: u.id,
      username: key,
      displayName: `The ${key}`,
      role: u.role,
      agencyId: 'A-1',
      unitId: u.unitId,
      personId: u.personId,
      passwordHash: hash,
      totpSecret: u.role === 'person' ? null : secrets[key],
    });
  }
  await store.caseloads.assign(USERS.officer.id, 'P-000001');
  await store.caseloads.assign(USERS.officer.id, 'P-000002');
  await store.caseloads.assign(USERS.officer2.id, 'P-000003');
  await store.defenders.assign(USERS.defender.id, 'P-000001');

  const app = await buildServer({ store, now: () => clock.now, ...options });
  return {
    store,
    app,
    secrets,
    clock,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

export interface Client {
  cookie: string;
  csrf: string;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'pathways_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `pathways_session=${cookie.value}`;
}

/** Signs in (password, then TOTP for staff) and returns the cookie and CSRF token. */
export async function signIn(world: World, key: UserKey): Promise<Client> {
  const login = await world.app.inject({ method: 'POST', url: '/api/session', payload: { username: key, password: PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in of ${key}: ${login.statusCode} ${login.body}`);
  const client = { cookie: sessionCookie(login), csrf: login.json().csrfToken as string };
  if (login.json().secondFactorRequired) {
    // A code is accepted once (replay protection): step the clock so each sign-in sees a fresh code.
    world.clock.now = new Date(world.clock.now.getTime() + 30_000);
    const totp = await world.app.inject({
      method: 'POST',
      url: '/api/session/totp',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrf },
      payload: { code: totpCode(world.secrets[key], world.clock.now) },
    });
    if (totp.statusCode !== 200) throw new Error(`TOTP of ${key}: ${totp.statusCode} ${totp.body}`);
  }
  return client;
}

export const authHeaders = (client: Client) => ({ cookie: client.cookie, 'x-csrf-token': client.csrf });

/** A log stream for `makeWorld(…, { logger: { stream } })` that keeps each line in `lines` (tests read what was logged). */
export function logInto(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
}
