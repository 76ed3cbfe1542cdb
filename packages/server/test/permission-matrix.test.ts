/**
 * Every route × every caller. The routes come from the running app, so a route added without a row here
 * fails the first test; a row for a route that no longer exists fails it too.
 */
import Fastify, { type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { installPermissionGuard } from '../src/build-server.ts';
import { authHeaders, dialects, makeWorld, record, signIn, type Client, type UserKey, type World } from './fixture.ts';
import { makeWebRoot } from './web-root.ts';

type Caller = 'anonymous' | 'admin' | 'supervisor' | 'officer' | 'defender' | 'person' | 'advocate';
const CALLERS: Caller[] = ['anonymous', 'admin', 'supervisor', 'officer', 'defender', 'person', 'advocate'];

/** For routes naming a person: one in the caller's scope and a neighbour just outside it. */
const OWN: Record<Caller, string> = {
  anonymous: 'P-000001',
  admin: 'P-000001',
  supervisor: 'P-000001',
  officer: 'P-000001',
  defender: 'P-000001',
  person: 'P-000002',
  advocate: 'P-000001',
};
const OTHER: Record<Caller, string> = {
  anonymous: 'P-000004',
  admin: 'P-000004', // another agency
  supervisor: 'P-000003', // an officer of another unit
  officer: 'P-000003', // another officer's caseload
  defender: 'P-000002', // not a client
  person: 'P-000001', // someone else
  advocate: 'P-000004',
};

type Expectation = number | { own: number; other: number };
interface Row {
  /** May prepare what the request needs (an action to review) through the world's store. */
  request: (personId: string, world: World) => InjectOptions | Promise<InjectOptions>;
  /** Sign in afresh for this request (it ends the session). */
  fresh?: boolean;
  expect: Record<Caller, Expectation>;
}

const all = (status: number, anonymous = status): Record<Caller, number> => ({
  anonymous,
  admin: status,
  supervisor: status,
  officer: status,
  defender: status,
  person: status,
  advocate: status,
});
const scoped = (own: number, other: number) => ({ own, other });
/** `person.read`: every role that sees people, each only within its scope; an advocate sees none. */
const READ_IN_SCOPE: Record<Caller, Expectation> = {
  anonymous: 401,
  admin: scoped(200, 404),
  supervisor: scoped(200, 404),
  officer: scoped(200, 404),
  defender: scoped(200, 404),
  person: scoped(200, 404),
  advocate: 403,
};

let codeRequests = 0;

const MATRIX: Record<string, Row> = {
  'GET /api/health': { request: () => ({ url: '/api/health' }), expect: all(200) },
  'GET /api/openapi.json': { request: () => ({ url: '/api/openapi.json' }), expect: all(200) },
  'GET /api/docs': { request: () => ({ url: '/api/docs' }), expect: all(200) },
  'POST /api/session': {
    request: () => ({ method: 'POST', url: '/api/session', payload: { username: 'nobody', password: 'not the password' } }),
    expect: all(401),
  },
  'POST /api/session/totp': {
    request: () => ({ method: 'POST', url: '/api/session/totp', payload: { code: '000000' } }),
    // Already past the second factor: the call is a no-op that answers 200.
    expect: all(200, 401),
  },
  'DELETE /api/session': { request: () => ({ method: 'DELETE', url: '/api/session' }), fresh: true, expect: all(204, 401) },
  'GET /api/me': { request: () => ({ url: '/api/me' }), expect: all(200, 401) },
  'GET /api/people': { request: () => ({ url: '/api/people' }), expect: { ...all(200, 401), advocate: 403 } },
  'GET /api/people/:id': {
    request: (id) => ({ url: `/api/people/${id}` }),
    expect: READ_IN_SCOPE,
  },
  'POST /api/people/:id/actions': {
    request: (id) => ({
      method: 'POST',
      url: `/api/people/${id}/actions`,
      payload: { termId: 'T-1', kind: 'term_cap', status: 'submitted' },
    }),
    expect: {
      ...all(403, 401),
      supervisor: scoped(201, 404),
      officer: scoped(201, 404),
    },
  },
  // The fixture's terms are past California's two-year cap: the petition does not apply (422), which still
  // shows the caller got through the permission and scope checks.
  'GET /api/people/:id/documents': {
    request: (id) => ({ url: `/api/people/${id}/documents` }),
    expect: {
      ...all(403, 401),
      supervisor: scoped(200, 404),
      officer: scoped(200, 404),
      defender: scoped(200, 404),
    },
  },
  'POST /api/people/:id/documents': {
    request: (id) => ({
      method: 'POST',
      url: `/api/people/${id}/documents`,
      payload: { termId: 'T-1', kind: 'us-ca-pc-1203.3-petition' },
    }),
    expect: {
      ...all(403, 401),
      supervisor: scoped(422, 404),
      officer: scoped(422, 404),
      defender: scoped(422, 404),
    },
  },
  'GET /api/people/:id/terms/:termId/sanction-limit': {
    request: (id) => ({ url: `/api/people/${id}/terms/T-1/sanction-limit` }),
    expect: READ_IN_SCOPE,
  },
  'POST /api/people/:id/violations': {
    request: (id) => ({
      method: 'POST',
      url: `/api/people/${id}/violations`,
      payload: { termId: 'T-1', date: '2026-05-01', category: 'technical', status: 'reported' },
    }),
    expect: { ...all(403, 401), supervisor: scoped(201, 404), officer: scoped(201, 404) },
  },
  'GET /api/people/:id/checklists': {
    request: (id) => ({ url: `/api/people/${id}/checklists` }),
    expect: READ_IN_SCOPE,
  },
  'PUT /api/people/:id/checklists/:termId/:kind/:item': {
    request: (id) => ({
      method: 'PUT',
      url: `/api/people/${id}/checklists/T-1/early_termination/treatment_completed`,
      payload: { verified: true, evidence: 'Program completion letter' },
    }),
    expect: { ...all(403, 401), supervisor: scoped(200, 404), officer: scoped(200, 404) },
  },
  // Notes: the person and the advocate are refused; an admin reads the agency's notes but writes none.
  'GET /api/people/:id/notes': {
    request: (id) => ({ url: `/api/people/${id}/notes` }),
    expect: { ...READ_IN_SCOPE, person: 403 },
  },
  'POST /api/people/:id/notes': {
    request: (id) => ({ method: 'POST', url: `/api/people/${id}/notes`, payload: { text: 'Called; no answer.' } }),
    expect: { ...all(403, 401), supervisor: scoped(201, 404), officer: scoped(201, 404), defender: scoped(201, 404) },
  },
  'POST /api/people/:id/actions/:actionId/review': {
    // Each request reviews a denial of its own, recorded here through the store.
    request: async (id, world) => {
      const denial = await world.store.actions.add({
        personId: id,
        termId: 'T-1',
        kind: 'early_termination',
        status: 'denied',
        reason: 'not yet',
        snoozedUntil: null,
        actorUserId: 'U-officer-1',
      });
      return { method: 'POST', url: `/api/people/${id}/actions/${denial.id}/review`, payload: { decision: 'reopened' } };
    },
    expect: { ...all(403, 401), supervisor: scoped(201, 404) },
  },
  'POST /api/imports': {
    request: () => ({
      method: 'POST',
      url: '/api/imports?agencyId=A-1&format=json',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify([record('P-000090', 'Imported')]),
    }),
    expect: { ...all(403, 401), admin: 200, supervisor: 200 },
  },
  'GET /api/audit': { request: () => ({ url: '/api/audit' }), expect: { ...all(403, 401), admin: 200 } },
  'GET /api/audit.csv': { request: () => ({ url: '/api/audit.csv' }), expect: { ...all(403, 401), admin: 200 } },
  'GET /api/stats': { request: () => ({ url: '/api/stats' }), expect: { ...all(403, 401), advocate: 200, admin: 200, supervisor: 200 } },
  // Names officers: staff who oversee a unit or agency only, never an advocate.
  'GET /api/unit/outcomes': { request: () => ({ url: '/api/unit/outcomes' }), expect: { ...all(403, 401), admin: 200, supervisor: 200 } },
  // The notification outbox holds addresses and sign-in codes: administrators only.
  'GET /api/outbox': { request: () => ({ url: '/api/outbox' }), expect: { ...all(403, 401), admin: 200 } },
  // Twilio's webhook: public (no auth token configured in the fixture, so unsigned); HELP changes nothing.
  'POST /api/portal/sms/inbound': {
    request: () => ({
      method: 'POST',
      url: '/api/portal/sms/inbound',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'From=%2B15555550100&Body=HELP',
    }),
    expect: all(200),
  },
  // The portal's sign-in: public. An unknown address gets the same 202 (nothing sent); a wrong code or link, 401.
  // A new address each time: five requests for one address in 15 minutes are the limit.
  'POST /api/portal/code': {
    request: () => ({ method: 'POST', url: '/api/portal/code', payload: { address: `nobody-${++codeRequests}@example.org` } }),
    expect: all(202),
  },
  'POST /api/portal/session': {
    request: () => ({ method: 'POST', url: '/api/portal/session', payload: { address: 'nobody@example.org', code: '000000' } }),
    expect: all(401),
  },
  'POST /api/portal/link': {
    request: () => ({ method: 'POST', url: '/api/portal/link', payload: { token: 'not-a-link-token-at-all-0000000000' } }),
    expect: all(401),
  },
  // The token in the path is the feed's authority: no session needed, an unknown token is a 404 for anyone.
  'GET /api/portal/calendar/:token.ics': { request: () => ({ url: '/api/portal/calendar/unknown-token.ics' }), expect: all(404) },
  // The person's own portal: only the person role (the fixture's person is P-000002).
  'GET /api/portal/obligations': { request: () => ({ url: '/api/portal/obligations' }), expect: { ...all(403, 401), person: 200 } },
  'GET /api/portal/preferences': { request: () => ({ url: '/api/portal/preferences' }), expect: { ...all(403, 401), person: 200 } },
  'PUT /api/portal/preferences': {
    request: () => ({ method: 'PUT', url: '/api/portal/preferences', payload: { language: 'es', sms: true, email: true } }),
    expect: { ...all(403, 401), person: 200 },
  },
  'GET /api/portal/messages': { request: () => ({ url: '/api/portal/messages' }), expect: { ...all(403, 401), person: 200 } },
  'POST /api/portal/messages': {
    request: () => ({ method: 'POST', url: '/api/portal/messages', payload: { body: 'I will be late on Tuesday.' } }),
    expect: { ...all(403, 401), person: 201 },
  },
  'GET /api/portal/views': { request: () => ({ url: '/api/portal/views' }), expect: { ...all(403, 401), person: 200 } },
  'GET /api/portal/calendar': { request: () => ({ url: '/api/portal/calendar' }), expect: { ...all(403, 401), person: 200 } },
  'GET /api/portal/jobs': { request: () => ({ url: '/api/portal/jobs' }), expect: { ...all(403, 401), person: 200 } },
  'GET /api/portal/services': { request: () => ({ url: '/api/portal/services' }), expect: { ...all(403, 401), person: 200 } },
  // Staff's side of the messages, within scope.
  'GET /api/people/:id/messages': {
    request: (id) => ({ url: `/api/people/${id}/messages` }),
    expect: { ...all(403, 401), supervisor: scoped(200, 404), officer: scoped(200, 404) },
  },
  'POST /api/people/:id/messages': {
    request: (id) => ({ method: 'POST', url: `/api/people/${id}/messages`, payload: { body: 'Your appointment moved to 10 am.' } }),
    expect: { ...all(403, 401), supervisor: scoped(201, 404), officer: scoped(201, 404) },
  },
  'GET /api/people/:id/portal-profile': {
    request: (id) => ({ url: `/api/people/${id}/portal-profile` }),
    expect: { ...all(403, 401), supervisor: scoped(200, 404), officer: scoped(200, 404) },
  },
  'PUT /api/people/:id/portal-profile': {
    request: (id) => ({ method: 'PUT', url: `/api/people/${id}/portal-profile`, payload: { language: 'es' } }),
    expect: { ...all(403, 401), supervisor: scoped(200, 404), officer: scoped(200, 404) },
  },
  // P-000001 has no portal account in the fixture: in scope, the answer is 409; out of scope, 404.
  'POST /api/people/:id/portal-link': {
    request: (id) => ({ method: 'POST', url: `/api/people/${id}/portal-link` }),
    expect: { ...all(403, 401), supervisor: scoped(409, 404), officer: scoped(409, 404) },
  },
  // The directories: imported by supervisors and admins, browsed by everyone who works a case or is supervised.
  'POST /api/directory/jobs': {
    request: () => ({
      method: 'POST',
      url: '/api/directory/jobs?format=jsonld',
      headers: { 'content-type': 'application/ld+json' },
      payload: JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Warehouse associate',
        hiringOrganization: { '@type': 'Organization', name: 'Example Storage Co.' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '94103', addressRegion: 'CA' } },
        datePosted: '2026-05-01',
      }),
    }),
    expect: { ...all(403, 401), admin: 200, supervisor: 200 },
  },
  'POST /api/directory/services': {
    request: () => ({
      method: 'POST',
      url: '/api/directory/services',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        organizations: [{ id: 'org-1', name: 'Example Housing Help' }],
        services: [{ id: 'svc-1', organization_id: 'org-1', name: 'Rental assistance', status: 'active' }],
      }),
    }),
    expect: { ...all(403, 401), admin: 200, supervisor: 200 },
  },
  'GET /api/directory/jobs': { request: () => ({ url: '/api/directory/jobs' }), expect: { ...all(200, 401), advocate: 403 } },
  'GET /api/directory/services': { request: () => ({ url: '/api/directory/services' }), expect: { ...all(200, 401), advocate: 403 } },
  'GET /api/people/:id/jobs': { request: (id) => ({ url: `/api/people/${id}/jobs` }), expect: READ_IN_SCOPE },
  // The workspace's files and its deep links (index.html): public, as the app itself signs people in.
  'GET /*': { request: (id) => ({ url: `/people/${id}` }), expect: all(200) },
};

test('a route without a permission stops the server from starting', async () => {
  const bare = Fastify();
  installPermissionGuard(bare);
  expect(() => bare.get('/api/unguarded', async () => 'open')).toThrow(/names no permission/);
  expect(() => bare.get('/api/typo', { config: { permission: 'person.raed' as 'public' } }, async () => 'open')).toThrow(
    /names no permission/,
  );
  await bare.close();
});

const cases = Object.entries(MATRIX).flatMap(([route, row]) =>
  CALLERS.flatMap((caller) => {
    const expected = row.expect[caller];
    return typeof expected === 'number'
      ? [{ route, caller, target: 'own' as const, status: expected }]
      : [
          { route, caller, target: 'own' as const, status: expected.own },
          { route, caller, target: 'other' as const, status: expected.other },
        ];
  }),
);

describe.each(dialects)('permission matrix on %s', (dialect) => {
  let world: World;
  const clients = new Map<Caller, Client>();
  beforeAll(async () => {
    // Many sign-ins from one address: the per-address limit is tested in session.test.ts.
    world = await makeWorld(dialect, { loginLimit: { maxAttempts: 1000, windowMs: 60_000 }, webRoot: makeWebRoot() });
    for (const caller of CALLERS) if (caller !== 'anonymous') clients.set(caller, await signIn(world, caller as UserKey));
  });
  afterAll(() => world.close());

  test('every route has a row in the matrix, and every row a route', () => {
    const routes = world.app.routeCatalog.map((r) => `${r.method} ${r.url}`).sort();
    expect(routes).toEqual(Object.keys(MATRIX).sort());
  });

  describe('every route × every caller', () => {
    test.each(cases)('$route as $caller ($target) → $status', async ({ route, caller, target, status }) => {
      const row = MATRIX[route]!;
      const options = await row.request(target === 'own' ? OWN[caller] : OTHER[caller], world);
      let client = clients.get(caller);
      if (client && row.fresh) client = await signIn(world, caller as UserKey);
      const response = await world.app.inject({
        ...options,
        headers: { ...(options.headers as Record<string, string> | undefined), ...(client ? authHeaders(client) : {}) },
      });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
      if (status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });
});
