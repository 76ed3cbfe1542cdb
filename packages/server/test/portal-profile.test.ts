/**
 * The officer's side of a person's portal profile, on both dialects: how the person is reached and what
 * their job matches turn on. Changes keep what is not given, malformed values are refused with nothing
 * written, the scope holds, and the audit names the fields changed but never their values.
 */
import { directories, portal } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authHeaders, dialects, makeWorld, signIn, USERS, type Client, type World } from './fixture.ts';

describe.each(dialects)('portal profiles on %s', (dialect) => {
  let world: World;
  let officer: Client;
  let officer2: Client;
  let person: Client;
  beforeAll(async () => {
    world = await makeWorld(dialect);
    officer = await signIn(world, 'officer');
    officer2 = await signIn(world, 'officer2');
    person = await signIn(world, 'person');
  });
  afterAll(() => world.close());

  const put = (client: Client, personId: string, payload: object) =>
    world.app.inject({ method: 'PUT', url: `/api/people/${personId}/portal-profile`, headers: authHeaders(client), payload });
  const get = (client: Client, personId: string) =>
    world.app.inject({ url: `/api/people/${personId}/portal-profile`, headers: authHeaders(client) });

  test('case: an unset profile reads as no address, English, Los Angeles time, no ZIP and no conditions', async () => {
    const response = await get(officer, 'P-000001');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      email: null,
      phone: null,
      language: 'en',
      timeZone: 'America/Los_Angeles',
      homeZip: null,
      conditions: { curfew: null, noDriving: false, noContactWithMinors: false, noAlcoholVenues: false, travelLimitMiles: null },
    });
  });

  test('case: the officer sets the contact, ZIP and conditions; the email is lowercased and the phone written as E.164', async () => {
    const conditions = {
      curfew: { start: '22:00', end: '06:00' },
      noDriving: true,
      noContactWithMinors: false,
      noAlcoholVenues: true,
      travelLimitMiles: 25,
    };
    const response = await put(officer, 'P-000001', {
      email: 'Dana.Example@Example.ORG',
      phone: '(555) 555-0123',
      language: 'es',
      homeZip: '94612',
      conditions,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      email: 'dana.example@example.org',
      phone: '+15555550123',
      language: 'es',
      homeZip: '94612',
      conditions,
    });
    // A later change of one field keeps the others.
    const again = await put(officer, 'P-000001', { language: 'en' });
    expect(again.json()).toMatchObject({ email: 'dana.example@example.org', language: 'en', homeZip: '94612', conditions });
    expect((await directories(world.store).profiles.get('P-000001'))?.conditions.travelLimitMiles).toBe(25);
    const audit = (await world.store.audit.list({ personId: 'P-000001', limit: 100 })).filter((e) => e.action === 'portal.profile');
    expect(audit.map((e) => e.detail)).toEqual(
      expect.arrayContaining([{ fields: ['conditions', 'email', 'homeZip', 'language', 'phone'] }, { fields: ['language'] }]),
    );
    expect(JSON.stringify(audit)).not.toContain('example.org');
  });

  test('case: malformed values are refused with 400 and nothing is written', async () => {
    const before = await portal(world.store).contacts.get('P-000001');
    for (const payload of [
      { homeZip: '9461' },
      { email: 'not an address' },
      { phone: 'call me maybe' },
      { timeZone: 'Mars/Olympus_Mons' },
      {
        conditions: {
          curfew: { start: '25:00', end: '06:00' },
          noDriving: false,
          noContactWithMinors: false,
          noAlcoholVenues: false,
          travelLimitMiles: null,
        },
      },
      { shoeSize: 11 },
    ]) {
      const response = await put(officer, 'P-000001', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      // Each refusal names the field, as every 400 does (an unknown field is named by the body).
      const field = Object.keys(payload)[0]!;
      expect(JSON.stringify(response.json().errors)).toContain(field === 'shoeSize' ? 'body' : `body.${field}`);
    }
    expect(await portal(world.store).contacts.get('P-000001')).toEqual(before);
  });

  test("case: the refusals are worded for the officer who reads them, not in the schema library's words", async () => {
    const words = async (payload: object) => [
      ...new Set((await put(officer, 'P-000001', payload)).json().errors.map((e: { message: string }) => e.message)),
    ];
    // "12345" is too short and no phone number; both say the same, so the form shows one line.
    expect(await words({ phone: '12345' })).toEqual(['must be a phone number, such as 555-201-4477 or +1 555 201 4477']);
    expect(await words({ phone: '555-201-4477 ext. 1234' })).toEqual(['must be a phone number, such as 555-201-4477 or +1 555 201 4477']);
    const conditions = { curfew: null, noDriving: false, noContactWithMinors: false, noAlcoholVenues: false };
    expect(await words({ conditions: { ...conditions, travelLimitMiles: 3001 } })).toEqual(['must be at most 3,000 miles']);
    expect(await words({ conditions: { ...conditions, travelLimitMiles: 0 } })).toEqual(['must be at least 1 mile']);
    expect(await words({ conditions: { ...conditions, travelLimitMiles: 2.5 } })).toEqual(['must be a whole number of miles']);
  });

  test("case: another person's email or phone is refused with 409, however it is written, and nothing is written", async () => {
    // P-000001 holds dana.example@example.org and +15555550123 from the case above.
    const before = await portal(world.store).contacts.get('P-000002');
    for (const [payload, path] of [
      [{ email: 'DANA.example@example.org' }, 'body.email'],
      [{ phone: '555-555-0123', language: 'es' }, 'body.phone'],
    ] as const) {
      const response = await put(officer, 'P-000002', payload);
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().errors).toEqual([expect.objectContaining({ path })]);
    }
    expect(await portal(world.store).contacts.get('P-000002')).toEqual(before);
    // The holder may set their own address again.
    expect((await put(officer, 'P-000001', { email: 'dana.example@example.org' })).statusCode).toBe(200);
  });

  test('case: another unit’s officer gets 404; the person themselves 403', async () => {
    expect((await get(officer2, 'P-000001')).statusCode).toBe(404);
    expect((await put(officer2, 'P-000001', { language: 'es' })).statusCode).toBe(404);
    expect((await get(person, USERS.person.personId)).statusCode).toBe(403);
  });
});
