/**
 * Every route × every caller. The routes come from the running app, so a route added without a row here
 * fails the first test; a row for a route that no longer exists fails it too.
 */
import Fastify, { type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { campaigns, councils, stories, type NewStory } from '@pathways/store';
import { installPermissionGuard } from '../src/build-server.ts';
import { newToken, sha256Hex } from '../src/security/tokens.ts';
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

/** Imports made by the matrix, for a new person id each time. */
let importedIds = 0;
let codeRequests = 0;

// ---- Voices and campaigns (issue 9): what their rows make through the store. ----
/** Campaign staff only: the advocate gets `ok`, everyone else 403, the anonymous caller 401. */
const ADVOCATE_ONLY = (ok: number): Record<Caller, number> => ({ ...all(403, 401), advocate: ok });
let matrixMade = 0;

/** The campaign the campaign rows read (live, no reform file: nothing is simulated), made once per world. */
async function matrixCampaign(world: World): Promise<string> {
  if (!(await campaigns(world.store).get('matrix-campaign'))) {
    await campaigns(world.store).create({
      id: 'matrix-campaign',
      name: 'Matrix campaign',
      bill: 'HB 0',
      jurisdiction: 'US-MO',
      status: 'live',
      reformFile: null,
      summary: '',
      letterTemplate: 'Dear {{legislator}}',
      createdBy: 'U-advocate-1',
      at: world.clock.now.toISOString(),
    });
  }
  return 'matrix-campaign';
}
const matrixCouncil = (world: World) =>
  councils(world.store).councils.create({ name: `Matrix council ${++matrixMade}`, createdBy: 'U-advocate-1' });
async function matrixMember(world: World) {
  const council = await matrixCouncil(world);
  return councils(world.store).members.add({
    councilId: council.id,
    name: 'Matrix member',
    email: `member-${++matrixMade}@example.org`,
    role: 'member',
    joinedOn: '2026-01-01',
  });
}
/** A public event a few weeks after the fixture's clock (1 June 2026). */
const matrixEvent = (world: World, kind: 'briefing' | 'facility_visit' = 'briefing', councilId: string | null = null) =>
  councils(world.store).events.create({
    title: `Matrix event ${++matrixMade}`,
    kind,
    startsAt: '2026-07-10T23:00:00.000Z',
    endsAt: '2026-07-11T00:30:00.000Z',
    timeZone: 'America/Chicago',
    location: 'Library (fictional)',
    capacity: 10,
    councilId,
    campaignId: null,
    visibility: 'public',
    createdBy: 'U-advocate-1',
  });
/** A confirmed public RSVP; `tokenHash` is its link's (a test that opens the link makes the token). */
async function matrixRsvp(world: World, kind: 'briefing' | 'facility_visit' = 'briefing', tokenHash = sha256Hex(newToken())) {
  const event = await matrixEvent(world, kind);
  const c = councils(world.store);
  await c.rsvps.requestPublic({ eventId: event.id, name: 'Matrix guest', email: `guest-${++matrixMade}@example.org`, tokenHash });
  const rsvp = (await c.rsvps.confirm(tokenHash))!.rsvp;
  return { event, rsvp };
}
/** A public form's POST: the form token (cookie and header) from an address of its own (10 posts per address per form). */
async function publicForm(world: World, url: string, payload: Record<string, unknown>): Promise<InjectOptions> {
  const remoteAddress = `10.99.${Math.floor(++matrixMade / 250)}.${matrixMade % 250}`;
  const token = (await world.app.inject({ url: '/api/public/form-token', remoteAddress })).json().token as string;
  return { method: 'POST', url, payload, remoteAddress, cookies: { pathways_form: token }, headers: { 'x-form-token': token } };
}

// ---- Stories (issue 9): a story of the fixture's person (P-000002), in the state a row needs. ----
/** The first bytes of a PNG: enough for the server to know a photo. */
const PNG_MEDIA = { type: 'image/png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 1, 2, 3, 4]) };

/** An attributed story for every campaign (no campaign needed), submitted. */
async function personStory(world: World, extra: Partial<NewStory> = {}) {
  return stories(world.store).create(
    {
      personId: 'P-000002',
      toldBy: 'U-person-2',
      recordedWith: 'self',
      tier: 'attributed',
      text: 'A story.',
      masks: null,
      attribution: 'Test E.',
      media: null,
      allCampaigns: true,
      campaignIds: [],
      expiresOn: '2027-01-01',
      ...extra,
    },
    world.clock.now.toISOString(),
  );
}

async function reviewedStory(world: World, extra: Partial<NewStory> = {}) {
  const story = await personStory(world, extra);
  return stories(world.store).review(story.id, { masks: null, reviewerId: 'U-advocate-1' }, world.clock.now.toISOString());
}

async function publishedStory(world: World, extra: Partial<NewStory> = {}) {
  const story = await reviewedStory(world, extra);
  return stories(world.store).publish(story.id, world.clock.now.toISOString());
}

/** A published story with a photo and the path of a shared link to it (`/stories/<token>`). */
async function sharedLink(world: World): Promise<string> {
  const story = await publishedStory(world, { media: PNG_MEDIA });
  const token = newToken();
  await stories(world.store).addLink(story.id, sha256Hex(token), 'U-advocate-1', world.clock.now.toISOString());
  return `/stories/${token}`;
}

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
  'GET /api/session': { request: () => ({ url: '/api/session' }), expect: all(200) },
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
      // A new id each time: a supervisor may add people, not overwrite one another caller added.
      payload: JSON.stringify([record(`P-0009${String((importedIds += 1)).padStart(2, '0')}`, 'Imported')]),
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
  // Voices and campaigns (issue 9). The public forms' token: anyone.
  'GET /api/public/form-token': { request: () => ({ url: '/api/public/form-token' }), expect: all(200) },
  // Campaigns (issue 9, parts 2, 3 and 5). The public pages: anyone.
  'GET /api/public/campaigns': { request: () => ({ url: '/api/public/campaigns' }), expect: all(200) },
  'GET /api/public/campaigns/:id': {
    request: async (_id, world) => ({ url: `/api/public/campaigns/${await matrixCampaign(world)}` }),
    expect: all(200),
  },
  // The browser's own supporter (none here: `supporter: null`).
  'GET /api/public/campaigns/:id/supporter': {
    request: async (_id, world) => ({ url: `/api/public/campaigns/${await matrixCampaign(world)}/supporter` }),
    expect: all(200),
  },
  // The public forms, posted without the form token: refused for everyone, signed in or not (public-forms.test.ts,
  // supporters.test.ts and legislators.test.ts post them with it).
  'POST /api/public/campaigns/:id/supporters': {
    request: async (_id, world) => ({
      method: 'POST',
      url: `/api/public/campaigns/${await matrixCampaign(world)}/supporters`,
      payload: { name: 'Matrix', email: 'matrix@example.org', zip: '63101', consent: true },
    }),
    expect: all(403),
  },
  'POST /api/public/supporters/verify': {
    request: () => ({ method: 'POST', url: '/api/public/supporters/verify', payload: { token: 'A'.repeat(43) } }),
    expect: all(403),
  },
  'POST /api/public/supporter/sign-out': {
    request: () => ({ method: 'POST', url: '/api/public/supporter/sign-out', payload: {} }),
    expect: all(403),
  },
  'POST /api/public/campaigns/:id/letters/preview': {
    request: async (_id, world) => ({
      method: 'POST',
      url: `/api/public/campaigns/${await matrixCampaign(world)}/letters/preview`,
      payload: {},
    }),
    expect: all(403),
  },
  'POST /api/public/campaigns/:id/letters': {
    request: async (_id, world) => ({ method: 'POST', url: `/api/public/campaigns/${await matrixCampaign(world)}/letters`, payload: {} }),
    expect: all(403),
  },
  // The campaign staff's desk (`campaign.manage`): the advocate alone.
  'GET /api/campaign-reforms': { request: () => ({ url: '/api/campaign-reforms' }), expect: ADVOCATE_ONLY(200) },
  'GET /api/campaigns': { request: () => ({ url: '/api/campaigns' }), expect: ADVOCATE_ONLY(200) },
  // A reform file that is not shipped: 422 past the permission check, and no simulation started.
  'POST /api/campaigns': {
    request: () => ({
      method: 'POST',
      url: '/api/campaigns',
      payload: { id: 'matrix-new', name: 'Matrix', bill: 'HB 0', reformFile: 'not-shipped.yaml' },
    }),
    expect: ADVOCATE_ONLY(422),
  },
  'GET /api/campaigns/:id': {
    request: async (_id, world) => ({ url: `/api/campaigns/${await matrixCampaign(world)}` }),
    expect: ADVOCATE_ONLY(200),
  },
  'PUT /api/campaigns/:id': {
    request: async (_id, world) => ({
      method: 'PUT',
      url: `/api/campaigns/${await matrixCampaign(world)}`,
      payload: { summary: 'Matrix.' },
    }),
    expect: ADVOCATE_ONLY(200),
  },
  // The matrix's campaign links no reform file: 409, and no simulation started.
  'POST /api/campaigns/:id/impact': {
    request: async (_id, world) => ({ method: 'POST', url: `/api/campaigns/${await matrixCampaign(world)}/impact` }),
    expect: ADVOCATE_ONLY(409),
  },
  'GET /api/campaigns/:id/actions': {
    request: async (_id, world) => ({ url: `/api/campaigns/${await matrixCampaign(world)}/actions` }),
    expect: ADVOCATE_ONLY(200),
  },
  'GET /api/campaigns/:id/actions.csv': {
    request: async (_id, world) => ({ url: `/api/campaigns/${await matrixCampaign(world)}/actions.csv` }),
    expect: ADVOCATE_ONLY(200),
  },
  'POST /api/legislators/import': {
    request: () => ({
      method: 'POST',
      url: '/api/legislators/import',
      payload: { legislators: 'state,chamber,district,name,email\nMO,upper,1,Matrix Member,matrix.member@example.org\n' },
    }),
    expect: ADVOCATE_ONLY(200),
  },
  'GET /api/legislators': { request: () => ({ url: '/api/legislators' }), expect: ADVOCATE_ONLY(200) },
  // Councils and events (issue 9, part 4): campaign staff; the public pages and RSVP forms: anyone.
  'GET /api/voices/councils': { request: () => ({ url: '/api/voices/councils' }), expect: ADVOCATE_ONLY(200) },
  'POST /api/voices/councils': {
    request: () => ({ method: 'POST', url: '/api/voices/councils', payload: { name: 'Matrix council' } }),
    expect: ADVOCATE_ONLY(201),
  },
  'GET /api/voices/councils/:councilId': {
    request: async (_id, world) => ({ url: `/api/voices/councils/${(await matrixCouncil(world)).id}` }),
    expect: ADVOCATE_ONLY(200),
  },
  'POST /api/voices/councils/:councilId/members': {
    request: async (_id, world) => ({
      method: 'POST',
      url: `/api/voices/councils/${(await matrixCouncil(world)).id}/members`,
      payload: { name: 'Matrix member', email: 'matrix.member@example.org', role: 'youth_member', joinedOn: '2026-01-01' },
    }),
    expect: ADVOCATE_ONLY(201),
  },
  'PUT /api/voices/councils/:councilId/members/:memberId': {
    request: async (_id, world) => {
      const m = await matrixMember(world);
      return { method: 'PUT', url: `/api/voices/councils/${m.councilId}/members/${m.id}`, payload: { role: 'chair' } };
    },
    expect: ADVOCATE_ONLY(200),
  },
  'GET /api/voices/events': { request: () => ({ url: '/api/voices/events' }), expect: ADVOCATE_ONLY(200) },
  'POST /api/voices/events': {
    request: () => ({
      method: 'POST',
      url: '/api/voices/events',
      payload: {
        title: 'Matrix briefing',
        kind: 'briefing',
        startLocal: '2026-07-10T18:00',
        endLocal: '2026-07-10T19:30',
        timeZone: 'America/Chicago',
        location: 'Library (fictional)',
        capacity: 10,
        visibility: 'public',
      },
    }),
    expect: ADVOCATE_ONLY(201),
  },
  'GET /api/voices/events/:eventId': {
    request: async (_id, world) => ({ url: `/api/voices/events/${(await matrixEvent(world)).id}` }),
    expect: ADVOCATE_ONLY(200),
  },
  'PUT /api/voices/events/:eventId': {
    request: async (_id, world) => ({
      method: 'PUT',
      url: `/api/voices/events/${(await matrixEvent(world)).id}`,
      payload: { capacity: 12 },
    }),
    expect: ADVOCATE_ONLY(200),
  },
  'POST /api/voices/events/:eventId/rsvps': {
    request: async (_id, world) => {
      const m = await matrixMember(world);
      const e = await matrixEvent(world, 'briefing', m.councilId);
      return { method: 'POST', url: `/api/voices/events/${e.id}/rsvps`, payload: { memberId: m.id } };
    },
    expect: ADVOCATE_ONLY(201),
  },
  'POST /api/voices/events/:eventId/rsvps/:rsvpId/cancel': {
    request: async (_id, world) => {
      const { event, rsvp } = await matrixRsvp(world);
      return { method: 'POST', url: `/api/voices/events/${event.id}/rsvps/${rsvp.id}/cancel` };
    },
    expect: ADVOCATE_ONLY(200),
  },
  'PUT /api/voices/events/:eventId/rsvps/:rsvpId/clearance/:item': {
    request: async (_id, world) => {
      const { event, rsvp } = await matrixRsvp(world, 'facility_visit');
      return { method: 'PUT', url: `/api/voices/events/${event.id}/rsvps/${rsvp.id}/clearance/id_submitted`, payload: { checked: true } };
    },
    expect: ADVOCATE_ONLY(200),
  },
  // Before the event: clearing a mark is allowed (setting one waits for the start).
  'PUT /api/voices/events/:eventId/rsvps/:rsvpId/attendance': {
    request: async (_id, world) => {
      const { event, rsvp } = await matrixRsvp(world);
      return { method: 'PUT', url: `/api/voices/events/${event.id}/rsvps/${rsvp.id}/attendance`, payload: { attendance: null } };
    },
    expect: ADVOCATE_ONLY(200),
  },
  'GET /api/public/events': { request: () => ({ url: '/api/public/events' }), expect: all(200) },
  'GET /api/public/events/:eventId': {
    request: async (_id, world) => ({ url: `/api/public/events/${(await matrixEvent(world)).id}` }),
    expect: all(200),
  },
  'POST /api/public/events/:eventId/rsvps': {
    request: async (_id, world) =>
      publicForm(world, `/api/public/events/${(await matrixEvent(world)).id}/rsvps`, { name: 'Matrix guest', email: 'guest@example.org' }),
    expect: all(202),
  },
  'POST /api/public/events/:eventId/rsvps/confirm': {
    request: async (_id, world) => {
      const token = newToken();
      const { event } = await matrixRsvp(world, 'briefing', sha256Hex(token));
      return publicForm(world, `/api/public/events/${event.id}/rsvps/confirm`, { token });
    },
    expect: all(200),
  },
  'POST /api/public/events/:eventId/rsvps/cancel': {
    request: async (_id, world) => {
      const token = newToken();
      const { event } = await matrixRsvp(world, 'briefing', sha256Hex(token));
      return publicForm(world, `/api/public/events/${event.id}/rsvps/cancel`, { token });
    },
    expect: all(200),
  },
  // Stories (issue 9, part 1). The public reads: anyone.
  'GET /api/stories/campaigns': { request: () => ({ url: '/api/stories/campaigns' }), expect: all(200) },
  'GET /api/public/campaigns/:campaignId/stories': {
    request: async (_id, world) => ({ url: `/api/public/campaigns/${await matrixCampaign(world)}/stories` }),
    expect: all(200),
  },
  'GET /api/public/campaigns/:campaignId/stories/:storyId/media': {
    request: async (_id, world) => {
      const campaign = await matrixCampaign(world);
      const story = await publishedStory(world, { media: PNG_MEDIA });
      return { url: `/api/public/campaigns/${campaign}/stories/${story.id}/media` };
    },
    expect: all(200),
  },
  'GET /api/public/stories/:token': { request: async (_id, world) => ({ url: `/api/public${await sharedLink(world)}` }), expect: all(200) },
  'GET /api/public/stories/:token/media': {
    request: async (_id, world) => ({ url: `/api/public${await sharedLink(world)}/media` }),
    expect: all(200),
  },
  // The storyteller's own stories: the person role only (the fixture's person is P-000002).
  'GET /api/portal/stories': { request: () => ({ url: '/api/portal/stories' }), expect: { ...all(403, 401), person: 200 } },
  'POST /api/portal/stories': {
    request: () => ({ method: 'POST', url: '/api/portal/stories', payload: { text: 'A story.', tier: 'internal', allCampaigns: true } }),
    expect: { ...all(403, 401), person: 201 },
  },
  'GET /api/portal/stories/:id/media': {
    request: async (_id, world) => ({ url: `/api/portal/stories/${(await personStory(world, { media: PNG_MEDIA })).id}/media` }),
    expect: { ...all(403, 401), person: 200 },
  },
  'PUT /api/portal/stories/:id/consent': {
    request: async (_id, world) => ({
      method: 'PUT',
      url: `/api/portal/stories/${(await personStory(world)).id}/consent`,
      payload: { expiresOn: '2026-12-01' },
    }),
    expect: { ...all(403, 401), person: 200 },
  },
  'POST /api/portal/stories/:id/withdraw': {
    request: async (_id, world) => ({ method: 'POST', url: `/api/portal/stories/${(await personStory(world)).id}/withdraw` }),
    expect: { ...all(403, 401), person: 200 },
  },
  'GET /api/portal/stories/:id/views': {
    request: async (_id, world) => ({ url: `/api/portal/stories/${(await personStory(world)).id}/views` }),
    expect: { ...all(403, 401), person: 200 },
  },
  'POST /api/portal/stories/:id/link': {
    request: async (_id, world) => ({ method: 'POST', url: `/api/portal/stories/${(await publishedStory(world)).id}/link` }),
    expect: { ...all(403, 401), person: 201 },
  },
  // Staff with the person: an officer or supervisor, for a person in their scope.
  'POST /api/people/:id/stories': {
    request: (id) => ({
      method: 'POST',
      url: `/api/people/${id}/stories`,
      payload: { text: 'A story.', tier: 'internal', allCampaigns: true, consentConfirmed: true },
    }),
    expect: { ...all(403, 401), officer: scoped(201, 404), supervisor: scoped(201, 404) },
  },
  // Campaign staff (the advocate role): the desk.
  'GET /api/voices/stories': { request: () => ({ url: '/api/voices/stories' }), expect: ADVOCATE_ONLY(200) },
  'GET /api/voices/stories/export': {
    request: async (_id, world) => ({ url: `/api/voices/stories/export?campaign=${await matrixCampaign(world)}` }),
    expect: ADVOCATE_ONLY(200),
  },
  'GET /api/voices/stories/:id': {
    request: async (_id, world) => ({ url: `/api/voices/stories/${(await personStory(world)).id}` }),
    expect: ADVOCATE_ONLY(200),
  },
  'GET /api/voices/stories/:id/media': {
    request: async (_id, world) => ({ url: `/api/voices/stories/${(await personStory(world, { media: PNG_MEDIA })).id}/media` }),
    expect: ADVOCATE_ONLY(200),
  },
  'POST /api/voices/stories/:id/review': {
    request: async (_id, world) => ({
      method: 'POST',
      url: `/api/voices/stories/${(await personStory(world)).id}/review`,
      payload: { confirmed: true },
    }),
    expect: ADVOCATE_ONLY(200),
  },
  'POST /api/voices/stories/:id/publish': {
    request: async (_id, world) => ({ method: 'POST', url: `/api/voices/stories/${(await reviewedStory(world)).id}/publish` }),
    expect: ADVOCATE_ONLY(200),
  },
  'POST /api/voices/stories/:id/reject': {
    request: async (_id, world) => ({
      method: 'POST',
      url: `/api/voices/stories/${(await personStory(world)).id}/reject`,
      payload: { reason: 'Not for now.' },
    }),
    expect: ADVOCATE_ONLY(200),
  },
  'POST /api/voices/stories/:id/link': {
    request: async (_id, world) => ({ method: 'POST', url: `/api/voices/stories/${(await publishedStory(world)).id}/link` }),
    expect: ADVOCATE_ONLY(201),
  },
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
