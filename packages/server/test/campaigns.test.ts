/**
 * Campaigns (issue 9, part 2) through the desk's and the public routes: staff create a campaign linked to
 * a shipped reform file and the answer comes back at once, `computing`; the simulator's numbers arrive in
 * the background, with their bands, the run's spec, the scale from the sample to the state, the
 * assumptions and a lab link that decodes to the same run; the public sees live and closed campaigns but
 * not drafts, nor the template or errors; a new reform file computes again while the old numbers stay on
 * show; bad input is refused with the field named and nothing written. And the pure parts: the template's
 * placeholders and the impact paragraph.
 */
import { campaigns } from '@pathways/store';
import { buildServer } from '../src/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_LETTER_TEMPLATE,
  formatDollars,
  impactSentence,
  renderLetter,
  roundCount,
  templateProblems,
} from '../src/voices/letter-template.ts';
import type { CampaignImpact } from '../src/voices/impact.ts';
import { authHeaders, dialects, makeWorld, signIn, type Client, type World } from './fixture.ts';

/** A run small enough for a test: the numbers are scaled up to Missouri's population. */
const SMALL_RUN = { people: 300, replications: 2, months: 12 };

async function settled(world: World, client: Client, id: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const c = (await world.app.inject({ url: `/api/campaigns/${id}`, headers: authHeaders(client) })).json();
    if (c.impact.status !== 'computing') return c;
    if (Date.now() > deadline) throw new Error(`campaign ${id} still computing`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('letter templates', () => {
  it('case: unknown placeholders, stray braces and a letter addressed to no one are refused', () => {
    expect(templateProblems(DEFAULT_LETTER_TEMPLATE)).toEqual([]);
    expect(templateProblems('Dear {{legislator}}, {{ bill }}')).toEqual([]);
    const problems = templateProblems('Dear {{legsilator}}, {{bill');
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/\{\{legsilator\}\} is not a placeholder/);
    expect(problems[1]).toMatch(/not part of a placeholder/);
    expect(problems[2]).toMatch(/\{\{legislator\}\}/);
  });

  it('case: a letter fills every placeholder and closes the gap an empty value leaves', () => {
    const letter = renderLetter('Dear {{legislator}},\n\n{{own_words}}\n\n\nYours,\n{{supporter_name}} ({{zip}})', {
      legislator: 'Senator Avery Example',
      district: 'Senate District 5',
      bill: 'HB 1',
      campaign: 'C',
      impact: 'I',
      own_words: '',
      supporter_name: 'Ada',
      supporter_email: 'ada@example.org',
      zip: '63101',
    });
    expect(letter).toBe('Dear Senator Avery Example,\n\nYours,\nAda (63101)\n');
  });

  it('case: the impact paragraph rounds as people speak, gives each band, and turns round for a bill that goes the other way', () => {
    expect(roundCount(1587.3)).toBe(1600);
    expect(roundCount(-23_456)).toBe(-23_000);
    expect(roundCount(47.4)).toBe(47);
    expect(formatDollars(8_515_646)).toBe('$8.5 million');
    expect(formatDollars(-42_000)).toBe('−$42 thousand');
    const band = (mean: number, low: number, high: number) => ({ mean, low, high });
    const impact = {
      reform: { file: 'f.yaml', name: 'F', jurisdiction: 'US-MO', citations: [], description: null },
      run: { start: '2027-01-01', months: 36, people: 2000, replications: 3, seed: 1 },
      figures: {
        exitsEarlier: band(1064, 966, 1232),
        supervisionYearsAvoided: band(1441, 1364, 1488),
        revocationsAvoided: band(-268, -322, -177),
        prisonAdmissionsAvoided: band(-268, -322, -177),
        dollarsSaved: band(8_515_646, 6_849_144, 11_341_057),
      },
    } as unknown as CampaignImpact;
    expect(impactSentence('HB 1', impact)).toBe(
      'The Pathways simulator estimates that over 3 years in Missouri, under HB 1: about 1,100 more people would finish supervision early (970 to 1,200); ' +
        'about 1,400 fewer years would be spent on supervision (1,400 to 1,500); about 270 more people would be revoked to prison (180 to 320); ' +
        'and the state would save about $8.5 million ($6.8 million to $11.3 million). Ranges are the 5th to 95th percentile over 3 simulation runs.',
    );
  });
});

describe.each(dialects)('campaigns on %s', (dialect) => {
  let world: World;
  let advocate: Client;

  beforeAll(async () => {
    world = await makeWorld(dialect);
    advocate = await signIn(world, 'advocate');
  });
  afterAll(() => world.close());

  const create = (body: Record<string, unknown>) =>
    world.app.inject({ method: 'POST', url: '/api/campaigns', headers: authHeaders(advocate), payload: body });

  it('case: the desk lists the shipped reform files and the defaults', async () => {
    const response = await world.app.inject({ url: '/api/campaign-reforms', headers: authHeaders(advocate) });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.reforms.map((r: { file: string }) => r.file)).toContain('us-mo-45-day-credits.yaml');
    expect(body.reforms.find((r: { file: string }) => r.file === 'us-mo-45-day-credits.yaml')).toMatchObject({
      jurisdiction: 'US-MO',
      start: '2027-01-01',
    });
    expect(body.defaultTemplate).toBe(DEFAULT_LETTER_TEMPLATE);
    expect(body.defaultRun).toEqual({ people: null, replications: 5, months: 36, seed: 1 });
  });

  it('case: a campaign is created at once, computing; its numbers arrive with bands, spec, scale, assumptions and a lab link', async () => {
    const response = await create({
      id: 'mo-credits',
      name: 'Forty-five days',
      bill: 'HB 45 (2027)',
      reformFile: 'us-mo-45-day-credits.yaml',
      summary: 'More credit for compliance.',
      status: 'live',
      impactRun: SMALL_RUN,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      id: 'mo-credits',
      jurisdiction: 'US-MO',
      jurisdictionName: 'Missouri',
      status: 'live',
      reformFile: 'us-mo-45-day-credits.yaml',
      letterTemplate: DEFAULT_LETTER_TEMPLATE,
      createdBy: 'U-advocate-1',
      supporters: 0,
      letters: 0,
    });
    expect(created.impact).toMatchObject({ status: 'computing', figures: null, run: { ...SMALL_RUN, seed: 1 } });
    expect(created.impact.text).toMatch(/being prepared/);

    const done = await settled(world, advocate, 'mo-credits');
    expect(done.impact.status).toBe('ready');
    const figures = done.impact.figures as CampaignImpact;
    expect(figures.run).toEqual({ start: '2027-01-01', months: 12, people: 300, replications: 2, seed: 1 });
    expect(figures.statePopulation).toBeGreaterThan(50_000);
    expect(figures.scale).toBeCloseTo(figures.statePopulation / 300, 6);
    for (const band of Object.values(figures.figures)) {
      expect(band.low).toBeLessThanOrEqual(band.mean);
      expect(band.mean).toBeLessThanOrEqual(band.high);
    }
    // More credit: more people finish early, fewer years on supervision, money saved.
    expect(figures.figures.exitsEarlier.mean).toBeGreaterThan(0);
    expect(figures.figures.supervisionYearsAvoided.mean).toBeGreaterThan(0);
    expect(figures.figures.dollarsSaved.mean).toBeGreaterThan(0);
    expect(figures.reform.citations[0]).toMatch(/RSMo § 217\.703/);
    expect(figures.assumptions.map((a) => a.label)).toContain('Prison, cost');
    expect(figures.assumptions.every((a) => a.source.length > 0)).toBe(true);
    const state = JSON.parse(Buffer.from(new URL(figures.labUrl, 'http://x').searchParams.get('s')!, 'base64url').toString('utf8'));
    expect(state).toEqual({
      jurisdiction: 'US-MO',
      bill: 'us-mo-45-day-credits.yaml',
      overrides: {},
      costs: {},
      run: { start: '2027-01-01', months: 12, people: 300, seed: 1, replications: 2 },
    });
    expect(done.impact.text).toMatch(/^The Pathways simulator estimates that over 1 year in Missouri, under HB 45 \(2027\)/);

    // The public page shows the same numbers, without the desk's fields.
    const shown = await world.app.inject({ url: '/api/public/campaigns/mo-credits' });
    expect(shown.statusCode).toBe(200);
    expect(shown.json().impact.figures).toEqual(figures);
    expect(shown.json()).not.toHaveProperty('letterTemplate');
    expect(shown.json().consentText).toMatch(/Forty-five days/);
    const list = (await world.app.inject({ url: '/api/public/campaigns' })).json().campaigns;
    expect(list).toEqual([
      expect.objectContaining({ id: 'mo-credits', impactStatus: 'ready', exitsEarlier: figures.figures.exitsEarlier.mean, supporters: 0 }),
    ]);
    const audit = await world.store.audit.list({ limit: 20, offset: 0 });
    expect(audit.find((e) => e.action === 'campaign.create')?.detail).toEqual({ campaignId: 'mo-credits' });
  });

  it('case: drafts are the desk’s alone; closed campaigns stay public', async () => {
    expect(
      (await create({ id: 'quiet-draft', name: 'Draft', bill: 'SB 2', reformFile: 'us-mo-ecc-2012.yaml', impactRun: SMALL_RUN }))
        .statusCode,
    ).toBe(201);
    expect((await world.app.inject({ url: '/api/public/campaigns/quiet-draft' })).statusCode).toBe(404);
    const ids = (await world.app.inject({ url: '/api/public/campaigns' })).json().campaigns.map((c: { id: string }) => c.id);
    expect(ids).not.toContain('quiet-draft');
    const all = (await world.app.inject({ url: '/api/campaigns', headers: authHeaders(advocate) })).json().campaigns;
    expect(all.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['quiet-draft', 'mo-credits']));
    const closed = await world.app.inject({
      method: 'PUT',
      url: '/api/campaigns/quiet-draft',
      headers: authHeaders(advocate),
      payload: { status: 'closed' },
    });
    expect(closed.json().status).toBe('closed');
    expect((await world.app.inject({ url: '/api/public/campaigns/quiet-draft' })).json().status).toBe('closed');
    await settled(world, advocate, 'quiet-draft');
  });

  it('case: a new reform file computes again, the old numbers on show meanwhile; other edits do not', async () => {
    const before = await settled(world, advocate, 'mo-credits');
    const summaryOnly = await world.app.inject({
      method: 'PUT',
      url: '/api/campaigns/mo-credits',
      headers: authHeaders(advocate),
      payload: { summary: 'Updated.' },
    });
    expect(summaryOnly.json()).toMatchObject({ summary: 'Updated.', impact: { status: 'ready' } });
    const changed = await world.app.inject({
      method: 'PUT',
      url: '/api/campaigns/mo-credits',
      headers: authHeaders(advocate),
      payload: { reformFile: 'us-mo-ecc-2012.yaml', impactRun: SMALL_RUN },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().impact.status).toBe('computing');
    expect(changed.json().impact.figures).toEqual(before.impact.figures);
    const after = await settled(world, advocate, 'mo-credits');
    expect(after.impact.status).toBe('ready');
    expect(after.impact.figures.reform.file).toBe('us-mo-ecc-2012.yaml');
    expect(after.impact.figures.run.start).toBe('2012-09-01');
    const again = await world.app.inject({
      method: 'POST',
      url: '/api/campaigns/mo-credits/impact',
      headers: authHeaders(advocate),
      payload: { impactRun: { ...SMALL_RUN, seed: 7 } },
    });
    expect(again.statusCode).toBe(202);
    expect((await settled(world, advocate, 'mo-credits')).impact.figures.run.seed).toBe(7);
  });

  it('case: bad input names the field and writes nothing', async () => {
    const problem = async (body: Record<string, unknown>, status: number) => {
      const response = await create(body);
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      return response.json();
    };
    const base = { id: 'bad-one', name: 'Bad', bill: 'HB 9', reformFile: 'us-mo-45-day-credits.yaml', impactRun: SMALL_RUN };
    expect((await problem({ ...base, reformFile: '../../etc/passwd' }, 422)).errors).toEqual([
      { path: 'body.reformFile', message: expect.stringMatching(/not in reforms/) },
    ]);
    expect((await problem({ ...base, letterTemplate: 'Hi {{senator}}' }, 422)).errors.map((e: { path: string }) => e.path)).toEqual([
      'body.letterTemplate',
      'body.letterTemplate',
    ]);
    expect((await problem({ ...base, id: 'Bad Id' }, 400)).errors[0].path).toBe('body.id');
    expect((await problem({ ...base, impactRun: { people: 5 } }, 400)).errors[0].path).toBe('body.impactRun.people');
    expect((await problem({ ...base, id: 'mo-credits' }, 409)).detail).toMatch(/exists already/);
    expect(await campaigns(world.store).get('bad-one')).toBeUndefined();
    const missing = await world.app.inject({
      method: 'PUT',
      url: '/api/campaigns/nope',
      headers: authHeaders(advocate),
      payload: { name: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('case: a server that starts finds the runs a stopped one left computing, and runs them; a file it cannot run fails in words', async () => {
    const at = world.clock.now.toISOString();
    for (const [id, reformFile] of [
      ['left-running', 'us-mo-45-day-credits.yaml'],
      ['left-broken', 'no-longer-shipped.yaml'],
    ] as const) {
      await campaigns(world.store).create({
        id,
        name: id,
        bill: 'HB 7',
        jurisdiction: 'US-MO',
        status: 'live',
        reformFile,
        summary: '',
        letterTemplate: 'Dear {{legislator}}',
        createdBy: 'U-advocate-1',
        at,
      });
      await campaigns(world.store).requestImpact(id, { ...SMALL_RUN, seed: 1 }, at);
    }
    // A second server on the same store, as after a restart.
    const restarted = await buildServer({ store: world.store, now: () => world.clock.now });
    try {
      const deadline = Date.now() + 90_000;
      // The server computes one campaign at a time: wait for both, whichever it takes first.
      const computing = async () =>
        (await campaigns(world.store).get('left-running'))!.impact.status === 'computing' ||
        (await campaigns(world.store).get('left-broken'))!.impact.status === 'computing';
      while ((await computing()) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect((await campaigns(world.store).get('left-running'))!.impact).toMatchObject({
        status: 'ready',
        figures: { run: { people: 300 } },
      });
      expect((await campaigns(world.store).get('left-broken'))!.impact).toMatchObject({
        status: 'failed',
        error: 'no-longer-shipped.yaml is not one of the shipped reform files.',
      });
    } finally {
      await restarted.close();
    }
  });

  it('case: only campaign staff reach the desk’s routes', async () => {
    const officer = await signIn(world, 'officer');
    for (const url of ['/api/campaigns', '/api/campaigns/mo-credits', '/api/campaign-reforms', '/api/campaigns/mo-credits/actions']) {
      expect((await world.app.inject({ url, headers: authHeaders(officer) })).statusCode).toBe(403);
      expect((await world.app.inject({ url })).statusCode).toBe(401);
    }
  });
});
