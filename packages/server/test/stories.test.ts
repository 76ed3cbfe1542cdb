/**
 * Stories (issue 9, part 1) through the API on both dialects: a person tells one in the portal (masked for
 * the anonymous tier, media sniffed), an officer records one with the person's confirmed consent, bad input
 * gets a clear 4xx with nothing written, campaign staff review (masks confirmed), publish (never an
 * internal-only story) and reject with a reason; the public reads a campaign's stories and a shared link,
 * anonymous ones masked and without media; narrowing the consent takes effect at once and widening goes back
 * to review; withdrawal and expiry take a story off the pages, the export, the shared link and the desk at
 * once, its text erased; the storyteller sees who viewed. Nothing told reaches the logs.
 *
 * The fixture's person account is U-person-2 (P-000002, "Test Example", on officer-1's caseload); P-000001
 * ("Test Quorvexa") is officer-1's too, P-000003 officer-2's.
 */
import type { Kysely } from 'kysely';
import { stories } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeInternals } from '../../store/src/kysely-store.ts';
import { authHeaders, dialects, makeWorld, signIn, SECRET_FAMILY_NAME, type Client, type World, logInto } from './fixture.ts';

/** A PNG's signature and a few bytes: enough for the sniffing, which reads the first bytes only. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 1)]);

const ANONYMOUS_TEXT =
  'My name is Test Example. I grew up in Springfield and live at 12 Oak St. now. Case CR-2019-004512 is behind me. I found work and my kids are proud.';

describe.each(dialects)('stories on %s', (dialect) => {
  const logLines: string[] = [];
  let world: World;
  let person: Client;
  let officer: Client;
  let advocate: Client;
  let supervisor: Client;

  beforeAll(async () => {
    const stream = logInto(logLines);
    world = await makeWorld(dialect, { logger: { stream, level: 'debug' } });
    person = await signIn(world, 'person');
    officer = await signIn(world, 'officer');
    advocate = await signIn(world, 'advocate');
    supervisor = await signIn(world, 'supervisor');
    // The campaigns' own routes are another part's; the stories only read the table.
    const db = storeInternals(world.store).db as unknown as Kysely<any>;
    const at = world.clock.now.toISOString();
    for (const [id, status] of [
      ['mo-live', 'live'],
      ['ca-live', 'live'],
      ['mo-draft', 'draft'],
    ] as const) {
      await db
        .insertInto('campaigns')
        .values({
          id,
          name: `Campaign ${id}`,
          bill: 'HB 1',
          jurisdiction: 'us-mo',
          status,
          created_by: 'U-advocate-1',
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
  });
  afterAll(() => world.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, client?: Client, payload?: unknown) =>
    world.app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
      ...(client ? { headers: authHeaders(client) } : {}),
    });

  const tell = (body: Record<string, unknown>) => call('POST', '/api/portal/stories', person, body);
  const story = (extra: Record<string, unknown> = {}) => ({
    text: 'I found a job and my kids are proud of me.',
    tier: 'anonymous',
    allCampaigns: false,
    campaignIds: ['mo-live'],
    ...extra,
  });
  const ownStories = async () => (await call('GET', '/api/portal/stories', person)).json().stories as { id: string; status: string }[];
  const publicList = async (campaign = 'mo-live') => {
    const response = await call('GET', `/api/public/campaigns/${campaign}/stories`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    return response.json().stories as {
      id: string;
      text: string;
      tier: string;
      attribution: string | null;
      media: { url: string; type: string } | null;
    }[];
  };
  /** Tells, reviews (with the suggested masks) and publishes: the story's id and its shared link. */
  async function published(extra: Record<string, unknown> = {}): Promise<{ id: string; url: string }> {
    const told = await tell(story(extra));
    expect(told.statusCode, told.body).toBe(201);
    const id = told.json().id as string;
    const opened = (await call('GET', `/api/voices/stories/${id}`, advocate)).json();
    const reviewed = await call('POST', `/api/voices/stories/${id}/review`, advocate, {
      confirmed: true,
      ...(opened.tier === 'anonymous' ? { masks: opened.masks } : {}),
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const publish = await call('POST', `/api/voices/stories/${id}/publish`, advocate);
    expect(publish.statusCode, publish.body).toBe(200);
    return { id, url: publish.json().link.url as string };
  }
  const shared = (url: string) => call('GET', `/api/public${url}`);

  test('case: a person tells an anonymous story with a photo: masked for review, the photo sniffed, submitted', async () => {
    const response = await tell(story({ text: ANONYMOUS_TEXT, media: { data: PNG.toString('base64') }, expiresOn: '2027-01-15' }));
    expect(response.statusCode, response.body).toBe(201);
    const told = response.json();
    expect(told).toMatchObject({
      tier: 'anonymous',
      status: 'submitted',
      text: ANONYMOUS_TEXT,
      maskedText:
        'My name is [name]. I grew up in [place] and live at [place] now. Case [case number] is behind me. I found work and my kids are proud.',
      media: { type: 'image/png', kind: 'photo', bytes: PNG.length },
      allCampaigns: false,
      campaigns: [{ id: 'mo-live', name: 'Campaign mo-live' }],
      expiresOn: '2027-01-15',
      recordedWith: 'self',
      rejectReason: null,
    });
    expect((await ownStories()).map((s) => s.id)).toContain(told.id);
    const media = await call('GET', `/api/portal/stories/${told.id}/media`, person);
    expect(media.headers['content-type']).toBe('image/png');
    expect(media.rawPayload.equals(PNG)).toBe(true);
    // The default expiry is a year.
    const plain = await tell(story());
    expect(plain.json().expiresOn).toBe('2027-06-01');
    const audit = await world.store.audit.list({ personId: 'P-000002' });
    expect(audit.some((e) => e.action === 'story.tell' && (e.detail as { storyId: string }).storyId === told.id)).toBe(true);
  });

  test('case: bad input gets a clear 4xx, and nothing is written', async () => {
    const before = (await ownStories()).length;
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [story({ text: '   ' }), 400, /body\.text/],
      [story({ text: 'x'.repeat(10_001) }), 400, /body\.text/],
      [story({ expiresOn: '2026-05-31' }), 400, /after today/],
      [story({ expiresOn: '2026-06-01' }), 400, /after today/],
      [story({ expiresOn: '2029-06-02' }), 400, /at most 3 years/],
      [story({ expiresOn: '2027-02-30' }), 400, /must be a date/],
      [story({ campaignIds: [] }), 400, /choose at least one campaign/],
      [story({ campaignIds: ['mo-draft'] }), 422, /No live campaign with the id mo-draft/],
      [story({ campaignIds: ['mo-live', 'nowhere'] }), 422, /nowhere/],
      [story({ tier: 'public' }), 400, /body\.tier/],
      [story({ media: { data: GIF.toString('base64') } }), 415, /not a JPEG, PNG or WebP photo/],
      [story({ media: { data: 'not base64!' } }), 400, /base64/],
      [story({ media: { data: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]).toString('base64') } }), 413, /larger than 5 MB/],
      [story({ extra: 1 }), 400, /extra/],
    ];
    for (const [body, status, detail] of cases) {
      const response = await tell(body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatch(detail);
    }
    expect(await ownStories()).toHaveLength(before);
  });

  test('case: an officer records a story with a person on their caseload, with the consent confirmed; others are refused', async () => {
    const body = story({ tier: 'attributed', allCampaigns: true, campaignIds: [] });
    const unconfirmed = await call('POST', '/api/people/P-000001/stories', officer, body);
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toMatch(/read and agreed/);
    const recorded = await call('POST', '/api/people/P-000001/stories', officer, { ...body, consentConfirmed: true });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({
      recordedWith: 'staff',
      tier: 'attributed',
      attribution: `Test ${SECRET_FAMILY_NAME[0]}.`,
      allCampaigns: true,
    });
    // Another officer's caseload: not found; a supervisor of the unit may; the person may not use this route.
    expect((await call('POST', '/api/people/P-000003/stories', officer, { ...body, consentConfirmed: true })).statusCode).toBe(404);
    expect((await call('POST', '/api/people/P-000001/stories', supervisor, { ...body, consentConfirmed: true })).statusCode).toBe(201);
    expect((await call('POST', '/api/people/P-000002/stories', person, { ...body, consentConfirmed: true })).statusCode).toBe(403);
    const stored = await stories(world.store).get(recorded.json().id);
    expect(stored).toMatchObject({ personId: 'P-000001', toldBy: 'U-officer-1' });
    // It is P-000001's story, not the signed-in person's: not theirs to read or withdraw.
    expect((await call('POST', `/api/portal/stories/${stored!.id}/withdraw`, person)).statusCode).toBe(404);
    expect((await call('GET', `/api/portal/stories/${stored!.id}/views`, person)).statusCode).toBe(404);
    const audit = await world.store.audit.list({ personId: 'P-000001' });
    expect(audit.some((e) => e.action === 'story.record' && e.actorUserId === 'U-officer-1')).toBe(true);
  });

  test('case: the reviewer confirms the masks and publishes; the public reads the masked text without the photo', async () => {
    const told = await tell(story({ text: ANONYMOUS_TEXT, media: { data: PNG.toString('base64') } }));
    const id = told.json().id as string;
    const queue = (await call('GET', '/api/voices/stories', advocate)).json().stories as { id: string; excerpt: string }[];
    const listed = queue.find((s) => s.id === id)!;
    expect(listed.excerpt).toMatch(/^My name is \[name\]\. I grew up in \[place\]/);
    expect(JSON.stringify(queue)).not.toContain('P-000002');

    const opened = await call('GET', `/api/voices/stories/${id}`, advocate);
    expect(opened.statusCode, opened.body).toBe(200);
    const desk = opened.json();
    expect(desk.text).toBe(ANONYMOUS_TEXT);
    expect(desk.suggested).toEqual(desk.masks);
    expect(JSON.stringify(desk)).not.toContain('P-000002');
    expect((await call('GET', `/api/voices/stories/${id}/media`, advocate)).headers['content-type']).toBe('image/png');

    // Not published before review; review needs the confirmation and masks inside the text.
    expect((await call('POST', `/api/voices/stories/${id}/publish`, advocate)).statusCode).toBe(409);
    expect((await call('POST', `/api/voices/stories/${id}/review`, advocate, { masks: desk.masks })).statusCode).toBe(400);
    expect((await call('POST', `/api/voices/stories/${id}/review`, advocate, { confirmed: true })).statusCode).toBe(400);
    const outside = await call('POST', `/api/voices/stories/${id}/review`, advocate, {
      confirmed: true,
      masks: [{ start: 0, end: ANONYMOUS_TEXT.length + 1, kind: 'name' }],
    });
    expect(outside.statusCode).toBe(400);
    // The reviewer adds a mask the rules missed ("kids") and keeps the rest.
    const kids = ANONYMOUS_TEXT.indexOf('kids');
    const reviewed = await call('POST', `/api/voices/stories/${id}/review`, advocate, {
      confirmed: true,
      masks: [...desk.masks, { start: kids, end: kids + 4, kind: 'name' }],
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewedBy: 'The advocate' });
    expect(reviewed.json().maskedText).toMatch(/my \[name\] are proud\.$/);

    const publish = await call('POST', `/api/voices/stories/${id}/publish`, advocate);
    expect(publish.statusCode, publish.body).toBe(200);
    const url = publish.json().link.url as string;
    expect(url).toMatch(/^\/stories\/[A-Za-z0-9_-]{43}$/);

    const page = (await publicList()).find((s) => s.id === id)!;
    expect(page).toEqual({
      id,
      tier: 'anonymous',
      text: reviewed.json().maskedText,
      attribution: null,
      media: null,
      publishedOn: '2026-06-01',
    });
    // An anonymous story's photo is never public.
    expect((await call('GET', `/api/public/campaigns/mo-live/stories/${id}/media`)).statusCode).toBe(404);
    expect((await call('GET', `/api/public${url}/media`)).statusCode).toBe(404);
    const link = await shared(url);
    expect(link.statusCode).toBe(200);
    expect(link.json().story.text).toBe(page.text);
    expect((await call('GET', '/api/public/stories/unknown-token')).statusCode).toBe(404);
    // Not in the scope of another campaign; a draft campaign answers not found.
    expect((await publicList('ca-live')).map((s) => s.id)).not.toContain(id);
    expect((await call('GET', '/api/public/campaigns/mo-draft/stories')).statusCode).toBe(404);

    // Who viewed: the reviewer by name, the public counted.
    const views = (await call('GET', `/api/portal/stories/${id}/views`, person)).json().views as {
      kind: string;
      viewerName: string | null;
      views: number;
    }[];
    expect(views).toEqual(
      expect.arrayContaining([
        { day: '2026-06-01', kind: 'review', viewerName: 'The advocate', views: 1 },
        { day: '2026-06-01', kind: 'campaign_page', viewerName: null, views: 1 },
        { day: '2026-06-01', kind: 'shared_link', viewerName: null, views: 1 },
      ]),
    );
    // The person's own list of who used their record names the reviewer's read.
    const record = (await call('GET', '/api/portal/views', person)).json().views as { action: string; actorName: string }[];
    expect(record.some((v) => v.action === 'story.read' && v.actorName === 'The advocate')).toBe(true);
  });

  test('case: an attributed story shows its name and photo; an internal-only one is reviewed but never published', async () => {
    const { id } = await published({ tier: 'attributed', media: { data: PNG.toString('base64') } });
    const page = (await publicList()).find((s) => s.id === id)!;
    expect(page).toMatchObject({ tier: 'attributed', attribution: 'Test E.', text: 'I found a job and my kids are proud of me.' });
    expect(page.media).toEqual({ kind: 'photo', type: 'image/png', url: `/api/public/campaigns/mo-live/stories/${id}/media` });
    const photo = await call('GET', page.media!.url);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.rawPayload.equals(PNG)).toBe(true);

    const internal = (await tell(story({ tier: 'internal' }))).json();
    expect(internal.maskedText).toBeNull();
    expect((await call('POST', `/api/voices/stories/${internal.id}/review`, advocate, { confirmed: true })).statusCode).toBe(200);
    const publish = await call('POST', `/api/voices/stories/${internal.id}/publish`, advocate);
    expect(publish.statusCode).toBe(409);
    expect(publish.json().detail).toMatch(/never published/);
    expect((await publicList()).map((s) => s.id)).not.toContain(internal.id);
    expect((await call('POST', `/api/portal/stories/${internal.id}/link`, person)).statusCode).toBe(409);
    // The desk still reads it.
    expect((await call('GET', `/api/voices/stories/${internal.id}`, advocate)).json().text).toBe(
      'I found a job and my kids are proud of me.',
    );
  });

  test('case: a rejection carries its reason to the storyteller; changing the story sends it back to review', async () => {
    const { id } = (await tell(story())).json() as { id: string };
    const noReason = await call('POST', `/api/voices/stories/${id}/reject`, advocate, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    const rejected = await call('POST', `/api/voices/stories/${id}/reject`, advocate, {
      reason: 'It names your street; take it out and send it again.',
    });
    expect(rejected.statusCode).toBe(200);
    const mine = (await call('GET', '/api/portal/stories', person)).json().stories.find((s: { id: string }) => s.id === id);
    expect(mine).toMatchObject({ status: 'rejected', rejectReason: 'It names your street; take it out and send it again.' });
    const again = await call('PUT', `/api/portal/stories/${id}/consent`, person, { text: 'I found a job. My kids are proud.' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ status: 'submitted', rejectReason: null, text: 'I found a job. My kids are proud.' });
  });

  test('case: narrowing the consent takes effect at once; widening, a later expiry or a new tier go back to review', async () => {
    const { id } = await published({ campaignIds: ['mo-live', 'ca-live'], expiresOn: '2027-06-01' });
    expect((await publicList('ca-live')).map((s) => s.id)).toContain(id);
    const consent = (body: Record<string, unknown>) => call('PUT', `/api/portal/stories/${id}/consent`, person, body);

    const narrower = await consent({ campaignIds: ['mo-live'], expiresOn: '2027-01-01' });
    expect(narrower.statusCode, narrower.body).toBe(200);
    expect(narrower.json()).toMatchObject({
      status: 'published',
      expiresOn: '2027-01-01',
      campaigns: [{ id: 'mo-live', name: 'Campaign mo-live' }],
    });
    expect((await publicList('ca-live')).map((s) => s.id)).not.toContain(id);
    expect((await publicList('mo-live')).map((s) => s.id)).toContain(id);
    // The same again changes nothing.
    expect((await consent({ campaignIds: ['mo-live'] })).json().status).toBe('published');

    const wider = await consent({ allCampaigns: true });
    expect(wider.json()).toMatchObject({ status: 'submitted', allCampaigns: true, publishedAt: null });
    expect((await publicList('mo-live')).map((s) => s.id)).not.toContain(id);

    // Back through review, then a later expiry and a new tier each send it back again.
    for (const change of [{ expiresOn: '2028-01-01' }, { tier: 'attributed' }]) {
      const opened = (await call('GET', `/api/voices/stories/${id}`, advocate)).json();
      await call('POST', `/api/voices/stories/${id}/review`, advocate, {
        confirmed: true,
        ...(opened.tier === 'anonymous' ? { masks: opened.masks } : {}),
      });
      await call('POST', `/api/voices/stories/${id}/publish`, advocate);
      expect((await publicList('mo-live')).map((s) => s.id)).toContain(id);
      expect((await consent(change)).json().status).toBe('submitted');
      expect((await publicList('mo-live')).map((s) => s.id)).not.toContain(id);
    }
    expect((await stories(world.store).get(id))!).toMatchObject({ tier: 'attributed', attribution: 'Test E.', masks: null });
    expect((await consent({ allCampaigns: false, campaignIds: [] })).statusCode).toBe(400);
    expect((await consent({ campaignIds: ['mo-draft'] })).statusCode).toBe(422);
    expect((await consent({ expiresOn: '2020-01-01' })).statusCode).toBe(400);
  });

  test('case: withdrawal takes the story off the page, the export, the shared link and the desk at once, and erases it', async () => {
    const text = `${ANONYMOUS_TEXT} I coach my daughter's team on Saturdays.`;
    const { id, url } = await published({ text, media: { data: PNG.toString('base64') } });
    expect((await publicList()).map((s) => s.id)).toContain(id);
    const exported = await call('GET', '/api/voices/stories/export?campaign=mo-live&format=json', advocate);
    expect(exported.json().stories.map((s: { id: string }) => s.id)).toContain(id);
    expect((await shared(url)).statusCode).toBe(200);

    const withdrawn = await call('POST', `/api/portal/stories/${id}/withdraw`, person);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({
      id,
      status: 'withdrawn',
      text: null,
      maskedText: null,
      masks: null,
      media: null,
      campaigns: [],
    });

    expect((await publicList()).map((s) => s.id)).not.toContain(id);
    const csv = await call('GET', '/api/voices/stories/export?campaign=mo-live&format=csv', advocate);
    expect(csv.body).not.toContain(id);
    expect(csv.body).not.toContain('coach my daughter');
    const gone = await shared(url);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().detail).toMatch(/withdrawn this story/);
    expect((await call('GET', `/api/public${url}/media`)).statusCode).toBe(410);
    expect((await call('GET', `/api/voices/stories/${id}`, advocate)).statusCode).toBe(410);
    expect((await call('GET', `/api/voices/stories/${id}/media`, advocate)).statusCode).toBe(410);
    expect(
      (await call('GET', '/api/voices/stories?status=published', advocate)).json().stories.map((s: { id: string }) => s.id),
    ).not.toContain(id);
    expect((await call('PUT', `/api/portal/stories/${id}/consent`, person, { expiresOn: '2026-12-01' })).statusCode).toBe(409);

    const db = storeInternals(world.store).db as unknown as Kysely<any>;
    const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'withdrawn',
      text: null,
      masks: null,
      media: null,
      media_type: null,
      person_id: 'P-000002',
      tier: 'anonymous',
    });
  });

  test('case: the export is CSV or JSON of what the page shows, defused for spreadsheets, counted as viewed by the exporter', async () => {
    const { id } = await published({ text: '=HYPERLINK("x") is how it started, "quoted", and more.' });
    const csv = await call('GET', '/api/voices/stories/export?campaign=mo-live', advocate);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="stories-mo-live-2026-06-01.csv"');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('id,campaign,tier,attribution,published_on,media,text');
    expect(lines.find((l) => l.startsWith(id))).toBe(
      `${id},mo-live,anonymous,,2026-06-01,,"'=HYPERLINK(""x"") is how it started, ""quoted"", and more."`,
    );
    expect((await call('GET', '/api/voices/stories/export?campaign=nowhere', advocate)).statusCode).toBe(404);
    expect((await call('GET', '/api/voices/stories/export?campaign=mo-live', officer)).statusCode).toBe(403);
    const views = (await call('GET', `/api/portal/stories/${id}/views`, person)).json().views;
    expect(views).toContainEqual({ day: '2026-06-01', kind: 'export', viewerName: 'The advocate', views: 1 });
  });

  test('case: from its expiry date a story is hidden everywhere, then erased as expired (last: it moves the clock on)', async () => {
    const { id, url } = await published({ expiresOn: '2026-06-20' });
    expect((await publicList()).map((s) => s.id)).toContain(id);
    // Nineteen days on: the sessions of the first day have ended, so both sign in again.
    world.clock.now = new Date('2026-06-20T08:00:00Z');
    const [laterAdvocate, laterPerson] = [await signIn(world, 'advocate'), await signIn(world, 'person')];
    expect((await publicList()).map((s) => s.id)).not.toContain(id);
    const gone = await shared(url);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().detail).toMatch(/time that has now ended/);
    expect((await call('GET', `/api/voices/stories/${id}`, laterAdvocate)).statusCode).toBe(410);
    const exported = await call('GET', '/api/voices/stories/export?campaign=mo-live&format=json', laterAdvocate);
    expect(exported.json().stories.map((s: { id: string }) => s.id)).not.toContain(id);
    // The storyteller's list ends it for good.
    const mine = (await call('GET', '/api/portal/stories', laterPerson)).json().stories.find((s: { id: string }) => s.id === id);
    expect(mine).toMatchObject({ status: 'expired', text: null });
  });

  test('case: nothing told reaches the logs', () => {
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of ['Springfield', 'CR-2019-004512', 'found a job', SECRET_FAMILY_NAME, '/api/public/stories/']) {
      expect(logs).not.toContain(secret);
    }
  });
});
