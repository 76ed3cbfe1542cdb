/**
 * The jobs and services directories over HTTP, on both dialects: importing the shipped samples (JobPosting
 * JSON-LD, the same jobs as CSV, HSDS tables), malformed items skipped with position and reason and never
 * half-written, a person's matches with reasons in English and Spanish, nobody else's, staff's view with
 * exclusions (audited), and services by need and open now.
 *
 * Fixture: agency A-1 (US-CA); person-2 is P-000002 on officer-1's caseload; officer-2 is in another unit.
 * P-000002 lives in Oakland 94601 with a 22:00–06:00 curfew, no driving and a 25-mile travel limit. From
 * 94601 (haversine between centroids): 94612 3.35 mi, 94577 5.22, 94704 6.33, 94607 4.16, 94541 10.13,
 * 95112 34.94. The clock is Monday 1 June 2026, 12:00Z = 05:00 in California (PDT).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { directories } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// Not exported by the package: the test reads the directory tables themselves to see nothing was half-written.
import { storeInternals } from '../../store/src/kysely-store.ts';
import { readHsdsFolder } from '../src/portal/directories/hsds-folder.ts';
import { authHeaders, dialects, makeWorld, signIn, USERS, type Client, type World } from './fixture.ts';

const examples = (name: string) => fileURLToPath(new URL(`../../../examples/directories/${name}`, import.meta.url));
const JOBS_JSONLD = readFileSync(examples('jobs.jsonld'), 'utf8');
const JOBS_CSV = readFileSync(examples('jobs.csv'), 'utf8');
const SERVICES = JSON.stringify(readHsdsFolder(examples('services-hsds')));

describe.each(dialects)('directories on %s', (dialect) => {
  let world: World;
  let admin: Client;
  let supervisor: Client;
  let officer: Client;
  let officer2: Client;
  let person: Client;
  beforeAll(async () => {
    world = await makeWorld(dialect);
    admin = await signIn(world, 'admin');
    supervisor = await signIn(world, 'supervisor');
    officer = await signIn(world, 'officer');
    officer2 = await signIn(world, 'officer2');
    person = await signIn(world, 'person');
    await directories(world.store).profiles.set({
      personId: 'P-000002',
      homeZip: '94601',
      conditions: {
        curfew: { start: '22:00', end: '06:00' },
        noDriving: true,
        noContactWithMinors: false,
        noAlcoholVenues: false,
        travelLimitMiles: 25,
      },
    });
    // Someone else's profile, which P-000002 must never be matched against.
    await directories(world.store).profiles.set({
      personId: 'P-000001',
      homeZip: '17101',
      conditions: { curfew: null, noDriving: false, noContactWithMinors: true, noAlcoholVenues: true, travelLimitMiles: 50 },
    });
  });
  afterAll(() => world.close());

  const importFile = (client: Client, path: string, body: string, contentType: string) =>
    world.app.inject({ method: 'POST', url: path, headers: { ...authHeaders(client), 'content-type': contentType }, payload: body });
  const get = (client: Client, url: string, headers: Record<string, string> = {}) =>
    world.app.inject({ url, headers: { ...authHeaders(client), ...headers } });
  const db = () => storeInternals(world.store).db as unknown as Kysely<any>;

  test('case: importing the JSON-LD sample creates 12 jobs; again, or as CSV, updates the same 12; audited with counts', async () => {
    const first = await importFile(admin, '/api/directory/jobs?format=jsonld', JOBS_JSONLD, 'application/ld+json');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ format: 'jsonld', read: 12, imported: 12, created: 12, updated: 0, skipped: [] });
    const again = await importFile(admin, '/api/directory/jobs', JOBS_JSONLD, 'application/ld+json');
    expect(again.json()).toMatchObject({ read: 12, created: 0, updated: 12 });
    const csv = await importFile(supervisor, '/api/directory/jobs?format=csv', JOBS_CSV, 'text/csv');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.json()).toEqual({ format: 'csv', read: 12, imported: 12, created: 0, updated: 12, skipped: [] });

    const listed = await get(officer, '/api/directory/jobs');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().jobs).toHaveLength(12);
    expect(listed.json().jobs.filter((j: { fairChance: boolean }) => j.fairChance)).toHaveLength(7);

    const audit = (await world.store.audit.list({ actorUserId: USERS.admin.id, limit: 100 })).filter(
      (e) => e.action === 'directory.import',
    );
    expect(audit.map((e) => e.detail)).toEqual([
      { kind: 'jobs', format: 'jsonld', read: 12, created: 12, updated: 0, skipped: 0 },
      { kind: 'jobs', format: 'jsonld', read: 12, created: 0, updated: 12, skipped: 0 },
    ]);
  });

  test('case: importing the HSDS sample creates 10 services', async () => {
    const response = await importFile(admin, '/api/directory/services?format=hsds-json', SERVICES, 'application/json');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ format: 'hsds-json', read: 10, imported: 10, created: 10, updated: 0, skipped: [] });
  });

  test('case: a malformed posting is skipped with its position and reason; the others are written, it is not', async () => {
    const good = {
      '@type': 'JobPosting',
      identifier: 'extra-1',
      title: 'Baker',
      hiringOrganization: { name: 'Rise Bakery (fictional)' },
      jobLocation: { address: { postalCode: '94612' } },
    };
    const bad = { ...good, identifier: 'extra-2', title: 'Cashier', jobLocation: { address: { postalCode: 'nowhere' } } };
    const response = await importFile(admin, '/api/directory/jobs', JSON.stringify([good, bad]), 'application/json');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      format: 'jsonld',
      read: 2,
      imported: 1,
      created: 1,
      updated: 0,
      skipped: [{ position: 2, id: 'extra-2', reason: 'jobLocation.address.postalCode "nowhere" is not a US ZIP code.' }],
    });
    const keys = (await db().selectFrom('directory_jobs').select('source_key').where('source_key', 'like', 'extra-%').execute()).map(
      (r) => r.source_key,
    );
    expect(keys).toEqual(['extra-1']);
  });

  test('case: a skipped HSDS service leaves no trace: neither it nor the organization and place only it used', async () => {
    const dataset = {
      organizations: [{ id: 'o-lonely', name: 'Lonely Org (fictional)', description: 'x' }],
      locations: [
        { id: 'l-lonely', location_type: 'physical', addresses: [{ city: 'Oakland', state_province: 'CA', postal_code: '94612' }] },
      ],
      services: [{ id: 's-lonely', organization_id: 'o-lonely', name: 'Broken hours', status: 'active' }],
      service_at_locations: [{ id: 'sal-lonely', service_id: 's-lonely', location_id: 'l-lonely' }],
      schedules: [{ id: 'sc-lonely', service_at_location_id: 'sal-lonely', byday: 'Monday', opens_at: '09:00', closes_at: '17:00' }],
    };
    const response = await importFile(admin, '/api/directory/services', JSON.stringify(dataset), 'application/json');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      read: 1,
      imported: 0,
      skipped: [{ position: 1, id: 's-lonely', reason: 'Schedule "sc-lonely" byday "Monday" is not a list of days (MO,TU …).' }],
    });
    for (const [table, key] of [
      ['directory_services', 's-lonely'],
      ['directory_organizations', 'o-lonely'],
      ['directory_locations', 'l-lonely'],
    ] as const)
      expect(await db().selectFrom(table).select('source_id').where('source_id', '=', key).execute()).toEqual([]);
  });

  test('case: a file that cannot be read is refused (400) and nothing is written; the person may not import', async () => {
    const before = (await directories(world.store).jobs.list('A-1')).length;
    const notJson = await importFile(admin, '/api/directory/jobs', '{"@graph": [', 'application/ld+json');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().detail).toMatch(/not JSON/);
    const noHeader = await importFile(admin, '/api/directory/jobs?format=csv', 'name,zip\nCook,94612\n', 'text/csv');
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().detail).toBe('The header row has no title column.');
    expect((await directories(world.store).jobs.list('A-1')).length).toBe(before);
    expect((await importFile(person, '/api/directory/jobs', JOBS_JSONLD, 'application/ld+json')).statusCode).toBe(403);
    expect((await importFile(officer, '/api/directory/services', SERVICES, 'application/json')).statusCode).toBe(403);
  });

  test('case: the person’s matches: fair-chance first, then nearest, each with why it fits; 8 left out, counted', async () => {
    const response = await get(person, '/api/portal/jobs');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.profile).toEqual({
      homeZip: '94601',
      conditions: {
        curfew: { start: '22:00', end: '06:00' },
        noDriving: true,
        noContactWithMinors: false,
        noAlcoholVenues: false,
        travelLimitMiles: 25,
      },
    });
    expect(body.matches.map((m: { title: string; distanceMiles: number | null }) => [m.title, m.distanceMiles])).toEqual([
      ['Kitchen Prep Cook', 3.4],
      ['Warehouse Associate', 5.2],
      // Remote work counts as nearest.
      ['Customer Support Representative (Remote)', null],
      ['Baker', 3.4],
      ['Assistant Teacher', 6.3],
    ]);
    expect(body.matches[0].reasons.map((r: { text: string }) => r.text)).toEqual([
      'Fair-chance employer: they hire people with a record',
      '3.4 miles from home, within your 25-mile limit',
      'The 7 am to 3 pm shift ends before your 10 pm curfew',
      'No driving needed',
    ]);
    // The Baker posting gives no hours: kept, with a note to ask.
    expect(body.matches[3].cautions.map((r: { code: string }) => r.code)).toEqual(['hours_unknown_curfew']);
    // Driver, overnight stocker, barback, San Jose, and the four in Missouri and Pennsylvania.
    expect(body.excludedCount).toBe(8);
    expect(response.body).not.toContain('exclusions');
  });

  test('case: the same matches in Spanish, by ?lang=es or by Accept-Language', async () => {
    for (const response of [
      await get(person, '/api/portal/jobs?lang=es'),
      await get(person, '/api/portal/jobs', { 'accept-language': 'es-US,es;q=0.9' }),
    ]) {
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().matches[0].reasons.map((r: { text: string }) => r.text)).toEqual([
        'Empleador de oportunidad justa: contrata a personas con antecedentes',
        'A 3.4 millas de su casa, dentro de su límite de 25 millas',
        'El turno de 7:00 a 15:00 termina antes de su toque de queda de las 22:00',
        'No tiene que manejar',
      ]);
    }
  });

  test('case: a person sees nothing of anyone else: another’s matches are 404, and their own never use another’s profile', async () => {
    expect((await get(person, '/api/people/P-000001/jobs')).statusCode).toBe(404);
    expect((await get(person, '/api/people/P-000004/jobs')).statusCode).toBe(404);
    const own = await get(person, '/api/people/P-000002/jobs');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().profile.homeZip).toBe('94601');
    expect(JSON.stringify((await get(person, '/api/portal/jobs')).json())).not.toContain('17101');
    expect((await get(officer, '/api/portal/jobs')).statusCode).toBe(403);
  });

  test('case: staff see each left-out job with why; the read is audited; another unit’s officer gets 404', async () => {
    const response = await get(officer, '/api/people/P-000002/jobs');
    expect(response.statusCode, response.body).toBe(200);
    const excluded = response.json().excluded as { title: string; exclusions: { text: string }[] }[];
    const why = Object.fromEntries(excluded.map((e) => [e.title, e.exclusions.map((x) => x.text)]));
    expect(why['Delivery Driver']).toEqual(['This job needs driving, and you may not drive']);
    expect(why['Overnight Grocery Stocker']).toEqual(['The 10 pm to 6:30 am shift runs into your curfew (10 pm to 6 am)']);
    expect(why['Solar Installer Trainee']).toEqual(['34.9 miles from home, past your 25-mile limit']);
    expect(why['Barback']).toEqual(['The 4 pm to 12 am shift runs into your curfew (10 pm to 6 am)']);
    expect(excluded).toHaveLength(8);
    const audit = (await world.store.audit.list({ personId: 'P-000002', actorUserId: USERS.officer.id, limit: 10 })).filter(
      (e) => e.action === 'person.read',
    );
    expect(audit[0]!.detail).toEqual({ view: 'jobs', matches: 5, excluded: 8 });
    expect((await get(officer2, '/api/people/P-000002/jobs')).statusCode).toBe(404);
  });

  test('case: services by need with distance and open now (05:00 Monday: only the night shelter is open)', async () => {
    const housing = await get(person, '/api/portal/services?need=housing');
    expect(housing.statusCode, housing.body).toBe(200);
    expect(
      housing.json().results.map((r: { name: string; distanceMiles: number; openNow: boolean }) => [r.name, r.distanceMiles, r.openNow]),
    ).toEqual([
      ['Rent Help and Rapid Rehousing', 3.4, false],
      ['Emergency Night Shelter', 4.2, true],
    ]);
    const open = await get(person, '/api/portal/services?openNow=true');
    expect(open.json().results.map((r: { name: string }) => r.name)).toEqual(['Emergency Night Shelter']);
    const near = await get(person, '/api/portal/services?maxMiles=3');
    expect(near.json().results.map((r: { name: string }) => r.name)).toEqual(['State ID and Birth Certificate Help']);
    // At 18:00Z (11:00 PDT) the weekday offices are open.
    world.clock.now = new Date('2026-06-01T18:00:00Z');
    const later = await get(person, '/api/portal/services?need=legal_help');
    expect(later.json().results.map((r: { name: string; openNow: boolean }) => [r.name, r.openNow])).toEqual([
      ['Record Clearing Clinic', false],
    ]);
    const treatment = await get(person, '/api/portal/services?need=treatment');
    expect(treatment.json().results.map((r: { name: string; openNow: boolean }) => [r.name, r.openNow])).toEqual([
      ['Outpatient Substance Use Treatment', true],
    ]);
    expect((await get(person, '/api/portal/services?need=jobs')).statusCode).toBe(400);
  });
});
