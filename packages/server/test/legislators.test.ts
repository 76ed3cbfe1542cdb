/**
 * Legislators and letters (issue 9, part 3): the CSV import (the shipped sample imports whole; every
 * problem is named by file, row and field and nothing is written; importing again updates in place);
 * the ZIP lookup (a ZIP spanning districts reaches every legislator, a ZIP with no district or in another
 * state answers in words); letters built from the template, the impact paragraph and the supporter's own
 * words, reviewed, then sent as one outbox email per legislator and recorded once; an unconfirmed browser
 * sends nothing; the desk's counts by district and the CSV export (audited).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { campaignLetters, campaigns, legislators, outbox } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_HEADER } from '../src/security/public-forms.ts';
import { parseLegislatorsCsv, parseZipDistrictsCsv } from '../src/voices/legislator-csv.ts';
import { authHeaders, dialects, makeWorld, signIn, type Client, type World } from './fixture.ts';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'legislators');
const sample = (name: string) => readFileSync(join(SAMPLE, name), 'utf8');

describe('the CSV files', () => {
  it('case: the shipped sample parses whole; districts lose leading zeros; Open States’ column names are read', () => {
    const roster = parseLegislatorsCsv(sample('legislators.csv'));
    const zips = parseZipDistrictsCsv(sample('zip-districts.csv'));
    expect(roster.ok && roster.rows.length).toBe(24);
    expect(zips.ok && zips.rows.filter((z) => z.zip === '63101').map((z) => `${z.chamber} ${z.district}`)).toEqual([
      'upper 5',
      'lower 78',
      'lower 79',
    ]);
    const openStates = parseLegislatorsCsv(
      'id,name,current_party,current_district,current_chamber,email,state\nocd-1,Ann,Democratic,005,Senate,ANN@Example.org,mo\n',
    );
    expect(openStates).toEqual({
      ok: true,
      rows: [{ state: 'MO', chamber: 'upper', district: '5', name: 'Ann', email: 'ann@example.org', party: 'Democratic' }],
    });
  });

  it('case: each problem names the file, the row (header = row 1) and the field', () => {
    const roster = parseLegislatorsCsv(
      [
        'state,chamber,district,name,email',
        'MO,upper,5,Ann,ann@example.org',
        'Missouri,middle,,Bo,not-an-email',
        'MO,upper,5,Ann,ann2@example.org',
      ].join('\n'),
    );
    expect(roster).toEqual({
      ok: false,
      problems: [
        { path: 'legislators.csv, row 3, state', message: 'must be a two-letter state code; got "Missouri"' },
        { path: 'legislators.csv, row 3, chamber', message: 'must be upper or lower; got "middle"' },
        { path: 'legislators.csv, row 3, district', message: 'must not be empty' },
        { path: 'legislators.csv, row 3, email', message: 'must be an email address; got "not-an-email"' },
        { path: 'legislators.csv, row 4, name', message: 'Ann is already listed for this district on row 2' },
      ],
    });
    expect(parseZipDistrictsCsv('zip,state,chamber\n63101,MO,upper\n')).toEqual({
      ok: false,
      problems: [{ path: 'zip-districts.csv, row 1', message: 'the header lacks district (it has zip, state, chamber)' }],
    });
    expect(parseZipDistrictsCsv('zip,state,chamber,district\n"6310\n1",MO,upper,5\n').ok).toBe(false);
    expect(parseZipDistrictsCsv('zip,state,chamber,district\n"unclosed,MO,upper,5\n')).toMatchObject({
      ok: false,
      problems: [{ path: 'zip-districts.csv', message: expect.stringMatching(/cannot be read as CSV/) }],
    });
    expect(parseZipDistrictsCsv('')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/empty/) }] });
  });
});

interface Browser {
  cookie: string;
  token: string;
}

async function confirmedSupporter(world: World, campaignId: string, email: string, zip: string): Promise<Browser> {
  const app = world.app;
  const t = await app.inject({ url: '/api/public/form-token' });
  const form = t.cookies.find((c) => c.name === 'pathways_form')!;
  const b = { cookie: `pathways_form=${form.value}`, token: t.json().token as string };
  const signUp = await app.inject({
    method: 'POST',
    url: `/api/public/campaigns/${campaignId}/supporters`,
    headers: { cookie: b.cookie, [FORM_HEADER]: b.token },
    payload: { name: `Supporter ${zip}`, email, zip, consent: true },
  });
  expect(signUp.statusCode).toBe(202);
  const mail = (await outbox(world.store).list({ limit: 200, offset: 0 })).find((m) => m.to === email && m.kind === 'supporter_verify')!;
  const token = /\/supporters\/verify\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
  const verified = await app.inject({
    method: 'POST',
    url: '/api/public/supporters/verify',
    headers: { cookie: b.cookie, [FORM_HEADER]: b.token },
    payload: { token },
  });
  expect(verified.statusCode).toBe(200);
  const session = verified.cookies.find((c) => c.name === 'pathways_supporter')!;
  return { cookie: `${b.cookie}; pathways_supporter=${session.value}`, token: b.token };
}

const post = (app: FastifyInstance, b: Browser | null, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: b ? { cookie: b.cookie, [FORM_HEADER]: b.token } : {}, payload });

describe.each(dialects)('legislators and letters on %s', (dialect) => {
  let world: World;
  let advocate: Client;
  const importFiles = (payload: object) =>
    world.app.inject({ method: 'POST', url: '/api/legislators/import', headers: authHeaders(advocate), payload });

  beforeAll(async () => {
    world = await makeWorld(dialect);
    advocate = await signIn(world, 'advocate');
    await campaigns(world.store).create({
      id: 'mo-letters',
      name: 'Letters for credits',
      bill: 'HB 45 (2027)',
      jurisdiction: 'US-MO',
      status: 'live',
      reformFile: 'us-mo-45-day-credits.yaml',
      summary: '',
      letterTemplate: 'Dear {{legislator}} of {{district}},\n\n{{impact}}\n\n{{own_words}}\n\n{{supporter_name}}, {{zip}}',
      createdBy: 'U-advocate-1',
      at: world.clock.now.toISOString(),
    });
  });
  afterAll(() => world.close());

  it('case: a file with a bad row writes nothing from either file, and says where', async () => {
    const broken = sample('legislators.csv').replace(
      'MO,upper,4,Avery Holloway,avery.holloway@example.org',
      'MO,upper,4,Avery Holloway,nobody',
    );
    const response = await importFiles({ legislators: broken, zipDistricts: sample('zip-districts.csv') });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toBe('Nothing was imported: 1 problem to fix.');
    expect(response.json().errors).toEqual([{ path: 'legislators.csv, row 2, email', message: 'must be an email address; got "nobody"' }]);
    expect(await legislators(world.store).list()).toEqual([]);
    expect(await legislators(world.store).districtsForZip('63101')).toEqual([]);
    expect((await importFiles({})).statusCode).toBe(400);
  });

  it('case: the sample imports; importing again updates in place', async () => {
    const first = await importFiles({ legislators: sample('legislators.csv'), zipDistricts: sample('zip-districts.csv') });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      legislators: { read: 24, created: 24, updated: 0, retired: 0 },
      zipDistricts: { read: 29, written: 29, states: ['MO'] },
    });
    const moved = sample('legislators.csv').replace('morgan.castellano@example.org', 'm.castellano@example.org');
    const again = await importFiles({ legislators: moved });
    expect(again.json()).toEqual({ legislators: { read: 24, created: 0, updated: 24, retired: 0 }, zipDistricts: null });
    const listed = (await world.app.inject({ url: '/api/legislators?state=MO', headers: authHeaders(advocate) })).json();
    expect(listed.legislators).toHaveLength(24);
    expect(listed.legislators.find((l: { name: string }) => l.name === 'Morgan Castellano')).toMatchObject({
      email: 'm.castellano@example.org',
      districtName: 'Senate District 5',
      active: true,
    });
    expect(listed.zipCodes).toEqual([{ state: 'MO', zips: 12, rows: 29 }]);
    const audit = await world.store.audit.list({ limit: 10, offset: 0 });
    expect(audit.filter((e) => e.action === 'legislators.import')).toHaveLength(2);
  });

  it('case: without a confirmed supporter on this browser nothing is built or sent', async () => {
    const t = await world.app.inject({ url: '/api/public/form-token' });
    const form = t.cookies.find((c) => c.name === 'pathways_form')!;
    const stranger = { cookie: `pathways_form=${form.value}`, token: t.json().token as string };
    const preview = await post(world.app, stranger, '/api/public/campaigns/mo-letters/letters/preview', {});
    expect(preview.statusCode).toBe(401);
    const sent = await post(world.app, stranger, '/api/public/campaigns/mo-letters/letters', { ownWords: 'hi' });
    expect(sent.statusCode).toBe(401);
    expect(sent.json().detail).toMatch(/Confirm your email address/);
    expect(await campaignLetters(world.store).totals('mo-letters')).toEqual({ letters: 0, supporters: 0 });
  });

  it('case: a ZIP with no district, or in another state, answers in words', async () => {
    await world.app.inject({
      method: 'POST',
      url: '/api/legislators/import',
      headers: authHeaders(advocate),
      payload: { zipDistricts: 'zip,state,chamber,district\n66101,KS,upper,6\n' },
    });
    const nowhere = await confirmedSupporter(world, 'mo-letters', 'nowhere@example.org', '99999');
    const me = (await world.app.inject({ url: '/api/public/campaigns/mo-letters/supporter', headers: { cookie: nowhere.cookie } })).json();
    expect(me.recipients).toEqual({
      found: false,
      message: expect.stringMatching(/no legislative district on file for ZIP code 99999/),
      legislators: [],
    });
    const preview = await post(world.app, nowhere, '/api/public/campaigns/mo-letters/letters/preview', {});
    expect(preview.statusCode).toBe(422);
    const kansan = await confirmedSupporter(world, 'mo-letters', 'kansas@example.org', '66101');
    const fromKansas = await post(world.app, kansan, '/api/public/campaigns/mo-letters/letters', {});
    expect(fromKansas.statusCode).toBe(422);
    expect(fromKansas.json().detail).toBe(
      'ZIP code 66101 is in KS, and this bill is before the Missouri legislature: only Missouri residents can write to its members here.',
    );
  });

  it('case: a supporter reviews one letter per legislator of every district of their ZIP, sends them once, and the desk counts them', async () => {
    const ada = await confirmedSupporter(world, 'mo-letters', 'ada@example.org', '63101');
    const me = (await world.app.inject({ url: '/api/public/campaigns/mo-letters/supporter', headers: { cookie: ada.cookie } })).json();
    expect(
      me.recipients.legislators.map(
        (l: { title: string; name: string; districtName: string }) => `${l.title} ${l.name}, ${l.districtName}`,
      ),
    ).toEqual([
      'Senator Morgan Castellano, Senate District 5',
      'Representative Elliot Mbeki, House District 78',
      'Representative Hayden Ruiz-Carter, House District 79',
    ]);

    const preview = await post(world.app, ada, '/api/public/campaigns/mo-letters/letters/preview', {
      ownWords: '  I finished probation early.  ',
    });
    expect(preview.statusCode).toBe(200);
    const letters = preview.json().letters;
    expect(letters).toHaveLength(3);
    expect(letters[0]).toEqual({
      legislatorId: expect.any(Number),
      to: 'Senator Morgan Castellano',
      districtName: 'Senate District 5',
      subject: 'HB 45 (2027): a letter from a constituent in ZIP code 63101',
      body:
        'Dear Senator Morgan Castellano of Senate District 5,\n\n' +
        'The Pathways simulator’s estimate of what this bill would change is being prepared.\n\n' +
        'I finished probation early.\n\nSupporter 63101, 63101\n',
      alreadySent: false,
    });
    // Review sends nothing.
    const before = (await outbox(world.store).list({ limit: 500, offset: 0 })).filter((m) => m.kind === 'legislator_letter');
    expect(before).toEqual([]);

    const sent = await post(world.app, ada, '/api/public/campaigns/mo-letters/letters', { ownWords: 'I finished probation early.' });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().sent.map((s: { to: string }) => s.to)).toEqual([
      'Senator Morgan Castellano',
      'Representative Elliot Mbeki',
      'Representative Hayden Ruiz-Carter',
    ]);
    const emails = (await outbox(world.store).list({ limit: 500, offset: 0 })).filter((m) => m.kind === 'legislator_letter');
    expect(emails.map((m) => m.to).sort()).toEqual([
      'elliot.mbeki@example.org',
      'hayden.ruiz-carter@example.org',
      'm.castellano@example.org',
    ]);
    expect(emails.every((m) => m.personId === null && m.channel === 'email' && m.body.includes('I finished probation early.'))).toBe(true);

    const twice = await post(world.app, ada, '/api/public/campaigns/mo-letters/letters', {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/already written to Senator Morgan Castellano/);
    expect(
      (await world.app.inject({ url: '/api/public/campaigns/mo-letters/supporter', headers: { cookie: ada.cookie } }))
        .json()
        .recipients.legislators.every((l: { written: boolean }) => l.written),
    ).toBe(true);

    const bo = await confirmedSupporter(world, 'mo-letters', 'bo@example.org', '63103');
    expect((await post(world.app, bo, '/api/public/campaigns/mo-letters/letters', {})).statusCode).toBe(201);

    const counts = (await world.app.inject({ url: '/api/campaigns/mo-letters/actions', headers: authHeaders(advocate) })).json();
    expect(counts).toEqual({
      letters: 5,
      writers: 2,
      supporters: 4,
      districts: [
        { state: 'MO', chamber: 'upper', district: '5', districtName: 'Senate District 5', letters: 2, supporters: 2 },
        { state: 'MO', chamber: 'lower', district: '79', districtName: 'House District 79', letters: 2, supporters: 2 },
        { state: 'MO', chamber: 'lower', district: '78', districtName: 'House District 78', letters: 1, supporters: 1 },
      ],
    });
    const publicPage = (await world.app.inject({ url: '/api/public/campaigns/mo-letters' })).json();
    expect(publicPage).toMatchObject({ supporters: 4, letters: 5 });

    const byDistrict = await world.app.inject({
      url: '/api/campaigns/mo-letters/actions.csv?view=districts',
      headers: authHeaders(advocate),
    });
    expect(byDistrict.body).toBe('state,chamber,district,letters,supporters\r\nMO,upper,5,2,2\r\nMO,lower,79,2,2\r\nMO,lower,78,1,1\r\n');
    const auditedBefore = (await world.store.audit.list({ limit: 50, offset: 0 })).filter((e) => e.action === 'campaign.export').length;
    expect(auditedBefore).toBe(0);
    const csv = await world.app.inject({ url: '/api/campaigns/mo-letters/actions.csv', headers: authHeaders(advocate) });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="mo-letters-letters.csv"');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('letter_id,sent_at,state,chamber,district,legislator,legislator_email,supporter,supporter_email,supporter_zip');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(
      /^\d+,2026-06-01T12:\d\d:\d\d\.\d{3}Z,MO,upper,5,Morgan Castellano,m\.castellano@example\.org,Supporter 63101,ada@example\.org,63101$/,
    );
    const exported = (await world.store.audit.list({ limit: 50, offset: 0 })).filter((e) => e.action === 'campaign.export');
    expect(exported.map((e) => e.detail)).toEqual([{ campaignId: 'mo-letters', rows: 5 }]);
  });

  it('case: a closed campaign takes no more letters', async () => {
    const late = await confirmedSupporter(world, 'mo-letters', 'late@example.org', '65201');
    await campaigns(world.store).update('mo-letters', { status: 'closed' }, world.clock.now.toISOString());
    const response = await post(world.app, late, '/api/public/campaigns/mo-letters/letters', {});
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toMatch(/closed/);
    await campaigns(world.store).update('mo-letters', { status: 'live' }, world.clock.now.toISOString());
  });
});
