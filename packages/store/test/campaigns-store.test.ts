/**
 * The campaigns' store (issue 9, parts 2, 3 and 5) on both dialects: campaigns and their impact numbers
 * (a stale run's result dropped), supporters one per address whose details change only through a used
 * link, one-use links, the browsers they confirmed in, the legislators' roster updated in place and
 * retired, ZIP rows replaced per state, and letters counted once per legislator and by district.
 */
import { describe, expect, it } from 'vitest';
import { campaignLetters, campaigns, legislators, supporters, type LegislatorInput, type PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';

const AT = '2026-06-01T12:00:00.000Z';
const LATER = '2026-06-02T12:00:00.000Z';

async function aCampaign(store: PathwaysStore, id = 'mo-credits', more: { status?: 'draft' | 'live'; at?: string } = {}) {
  return campaigns(store).create({
    id,
    name: 'More credits for compliance',
    bill: 'HB 1 (2027)',
    jurisdiction: 'US-MO',
    status: more.status ?? 'live',
    reformFile: 'us-mo-45-day-credits.yaml',
    summary: 'Forty-five days off for each month in compliance.',
    letterTemplate: 'Dear {{legislator}}, please vote for {{bill}}.',
    createdBy: 'U-advocate',
    at: more.at ?? AT,
  });
}

const MO_ROSTER: LegislatorInput[] = [
  { state: 'MO', chamber: 'upper', district: '5', name: 'Avery Example', email: 'avery@example.org', party: 'D' },
  { state: 'MO', chamber: 'lower', district: '79', name: 'Blake Sample', email: 'blake@example.org', party: 'R' },
  { state: 'MO', chamber: 'lower', district: '80', name: 'Casey Fictional', email: 'casey@example.org', party: null },
];

describe.each(dialects)('campaigns store on %s', (dialect) => {
  const t = storeForEachTest(dialect);

  it('case: a campaign is created without numbers, edited in parts, and listed by status, newest first', async () => {
    const store = t.store;
    const created = await aCampaign(store);
    expect(created).toMatchObject({ id: 'mo-credits', status: 'live', reformFile: 'us-mo-45-day-credits.yaml' });
    expect(created.impact).toEqual({ status: 'none', figures: null, error: null, run: null, requestedAt: null });
    await aCampaign(store, 'draft-one', { status: 'draft', at: LATER });
    const edited = await campaigns(store).update('mo-credits', { status: 'closed', summary: 'Closed now.' }, LATER);
    expect(edited).toMatchObject({ status: 'closed', summary: 'Closed now.', name: 'More credits for compliance', updatedAt: LATER });
    expect(await campaigns(store).update('nope', { name: 'x' }, LATER)).toBeUndefined();
    expect((await campaigns(store).list()).map((c) => c.id)).toEqual(['draft-one', 'mo-credits']);
    expect((await campaigns(store).list({ statuses: ['live', 'closed'] })).map((c) => c.id)).toEqual(['mo-credits']);
    expect(await campaigns(store).list({ statuses: [] })).toEqual([]);
    await expect(campaigns(store).update('mo-credits', { status: 'open' as 'live' }, LATER)).rejects.toThrow(/unknown campaign status/);
  });

  it('case: a run’s figures are kept only when they answer the latest request', async () => {
    const store = t.store;
    await aCampaign(store);
    const c = campaigns(store);
    await c.requestImpact('mo-credits', { people: 1000 }, AT);
    await c.requestImpact('mo-credits', { people: 2000 }, LATER);
    expect((await c.get('mo-credits'))!.impact).toMatchObject({ status: 'computing', run: { people: 2000 }, requestedAt: LATER });
    expect((await c.computing()).map((x) => x.id)).toEqual(['mo-credits']);
    // The first run finishes after the second was asked for: dropped.
    expect(await c.finishImpact('mo-credits', AT, { status: 'ready', figures: { stale: true } })).toBe(false);
    expect((await c.get('mo-credits'))!.impact.status).toBe('computing');
    expect(await c.finishImpact('mo-credits', LATER, { status: 'ready', figures: { people: 2000 } })).toBe(true);
    expect((await c.get('mo-credits'))!.impact).toMatchObject({ status: 'ready', figures: { people: 2000 }, error: null });
    // A new request keeps the old figures on show while it runs; a failure says why.
    await c.requestImpact('mo-credits', { people: 3000 }, '2026-06-03T00:00:00.000Z');
    expect(await c.finishImpact('mo-credits', '2026-06-03T00:00:00.000Z', { status: 'failed', error: 'no such file' })).toBe(true);
    expect((await c.get('mo-credits'))!.impact).toMatchObject({ status: 'failed', figures: { people: 2000 }, error: 'no such file' });
  });

  it('case: one supporter per address; details change only when a link is used, and a link is used once', async () => {
    const store = t.store;
    await aCampaign(store);
    const s = supporters(store);
    const first = await s.findOrCreate({ id: 'S-1', email: ' Ada@Example.org ', name: 'Ada', zip: '63101', at: AT });
    const again = await s.findOrCreate({ id: 'S-2', email: 'ada@example.org', name: 'Mallory', zip: '99999', at: LATER });
    expect(again).toEqual(first);
    expect(first).toMatchObject({ id: 'S-1', email: 'ada@example.org', name: 'Ada', verifiedAt: null });
    expect(await s.byEmail('ADA@example.org')).toEqual(first);

    await s.verifications.issue({
      tokenHash: 'h1',
      supporterId: 'S-1',
      campaignId: 'mo-credits',
      name: 'Ada L.',
      zip: '65201',
      consentText: 'You may email me.',
      createdAt: AT,
      expiresAt: LATER,
    });
    expect(await s.verifications.countSince('S-1', AT)).toBe(1);
    expect(await s.verifications.countSince('S-1', LATER)).toBe(0);
    expect(await s.verifications.consume('h1', AT)).toBe(true);
    expect(await s.verifications.consume('h1', AT)).toBe(false);
    expect((await s.verifications.byHash('h1'))!.usedAt).toBe(AT);
    await s.verifications.deleteExpired('2026-06-03T00:00:00.000Z');
    expect(await s.verifications.byHash('h1')).toBeUndefined();

    const confirmed = await s.confirm('S-1', { name: 'Ada L.', zip: '65201', consentText: 'You may email me.', at: AT });
    expect(confirmed).toMatchObject({ name: 'Ada L.', zip: '65201', verifiedAt: AT, consentAt: AT });
    // Confirmed again later: the first confirmation's time stands, the consent's is renewed.
    expect(await s.confirm('S-1', { name: 'Ada', zip: '65201', consentText: 'x', at: LATER })).toMatchObject({
      verifiedAt: AT,
      consentAt: LATER,
    });

    expect(await s.countFor('mo-credits')).toBe(0);
    await s.join('S-1', 'mo-credits', AT);
    await s.join('S-1', 'mo-credits', LATER);
    await s.findOrCreate({ id: 'S-3', email: 'unconfirmed@example.org', name: 'U', zip: '63101', at: AT });
    await s.join('S-3', 'mo-credits', AT);
    expect(await s.countFor('mo-credits')).toBe(1);
  });

  it('case: a browser’s token finds its supporter until it expires or is deleted', async () => {
    const store = t.store;
    const s = supporters(store);
    await s.findOrCreate({ id: 'S-1', email: 'ada@example.org', name: 'Ada', zip: '63101', at: AT });
    await s.sessions.create({ tokenHash: 'browser', supporterId: 'S-1', createdAt: AT, expiresAt: LATER });
    expect((await s.sessions.supporter('browser', AT))?.id).toBe('S-1');
    expect(await s.sessions.supporter('browser', LATER)).toBeUndefined();
    expect(await s.sessions.supporter('other', AT)).toBeUndefined();
    await s.sessions.delete('browser');
    expect(await s.sessions.supporter('browser', AT)).toBeUndefined();
  });

  it('case: the roster updates in place, retires who is gone, and ZIP rows are replaced per state', async () => {
    const store = t.store;
    await expect(legislators(store).importRoster({ legislators: MO_ROSTER, zipDistricts: null }, AT)).rejects.toThrow(/transaction/);
    const first = await store.transaction((tx) =>
      legislators(tx).importRoster(
        {
          legislators: [...MO_ROSTER, { state: 'KS', chamber: 'upper', district: '1', name: 'Kay', email: 'kay@example.org', party: null }],
          zipDistricts: [
            { zip: '63101', state: 'MO', chamber: 'upper', district: '5' },
            { zip: '63101', state: 'MO', chamber: 'lower', district: '79' },
            { zip: '63101', state: 'MO', chamber: 'lower', district: '80' },
            { zip: '63101', state: 'MO', chamber: 'lower', district: '80' },
            { zip: '66101', state: 'KS', chamber: 'upper', district: '1' },
          ],
        },
        AT,
      ),
    );
    expect(first).toEqual({ legislators: { created: 4, updated: 0, retired: 0 }, zipDistricts: { written: 4, states: ['KS', 'MO'] } });
    const l = legislators(store);
    expect(await l.districtsForZip('63101')).toEqual([
      { zip: '63101', state: 'MO', chamber: 'upper', district: '5' },
      { zip: '63101', state: 'MO', chamber: 'lower', district: '79' },
      { zip: '63101', state: 'MO', chamber: 'lower', district: '80' },
    ]);
    const blake = (await l.list({ state: 'MO' })).find((x) => x.name === 'Blake Sample')!;

    // Missouri again: Blake's email changes, Casey is gone, a new member joins; Kansas is untouched.
    const second = await store.transaction((tx) =>
      legislators(tx).importRoster(
        {
          legislators: [
            MO_ROSTER[0]!,
            { ...MO_ROSTER[1]!, email: 'blake.new@example.org' },
            { state: 'MO', chamber: 'lower', district: '80', name: 'Drew Newcomer', email: 'drew@example.org', party: 'I' },
          ],
          zipDistricts: [{ zip: '63102', state: 'MO', chamber: 'upper', district: '5' }],
        },
        LATER,
      ),
    );
    expect(second).toEqual({ legislators: { created: 1, updated: 2, retired: 1 }, zipDistricts: { written: 1, states: ['MO'] } });
    expect(await l.get(blake.id)).toMatchObject({ email: 'blake.new@example.org', active: true, importedAt: LATER });
    expect(await l.districtsForZip('63101')).toEqual([]);
    expect(await l.districtsForZip('66101')).toHaveLength(1);
    expect((await l.list()).map((x) => `${x.state} ${x.name} ${x.active}`)).toEqual([
      'KS Kay true',
      'MO Avery Example true',
      'MO Blake Sample true',
      'MO Casey Fictional false',
      'MO Drew Newcomer true',
    ]);
    const serving = await l.forDistricts('MO', [
      { chamber: 'upper', district: '5' },
      { chamber: 'lower', district: '80' },
    ]);
    expect(serving.map((x) => x.name)).toEqual(['Avery Example', 'Drew Newcomer']);
    expect(await l.forDistricts('MO', [])).toEqual([]);
    expect(await l.zipCounts()).toEqual([
      { state: 'KS', zips: 1, rows: 1 },
      { state: 'MO', zips: 1, rows: 1 },
    ]);
  });

  it('case: a letter counts once per supporter and legislator; counts by district and the export', async () => {
    const store = t.store;
    await aCampaign(store);
    await store.transaction((tx) => legislators(tx).importRoster({ legislators: MO_ROSTER, zipDistricts: null }, AT));
    const [avery, blake, casey] = await legislators(store)
      .list({ state: 'MO' })
      .then((all) => ['Avery', 'Blake', 'Casey'].map((n) => all.find((x) => x.name.startsWith(n))!));
    const s = supporters(store);
    await s.findOrCreate({ id: 'S-1', email: 'ada@example.org', name: 'Ada', zip: '63101', at: AT });
    await s.findOrCreate({ id: 'S-2', email: 'bo@example.org', name: 'Bo', zip: '63101', at: AT });
    const letters = campaignLetters(store);
    const send = (supporterId: string, l: typeof avery, at = AT) =>
      letters.record({
        campaignId: 'mo-credits',
        supporterId,
        legislatorId: l!.id,
        state: l!.state,
        chamber: l!.chamber,
        district: l!.district,
        outboxId: null,
        sentAt: at,
      });
    const firstId = await send('S-1', avery);
    expect(firstId).toEqual(expect.any(Number));
    expect(await send('S-1', avery, LATER)).toBeNull();
    await send('S-1', blake);
    await send('S-2', avery);
    await send('S-2', casey);
    await letters.setOutbox(firstId!, 42);
    expect(await letters.legislatorsWrittenTo('mo-credits', 'S-1')).toEqual(expect.arrayContaining([avery!.id, blake!.id]));
    expect(await letters.totals('mo-credits')).toEqual({ letters: 4, supporters: 2 });
    expect(await letters.countsByDistrict('mo-credits')).toEqual([
      { state: 'MO', chamber: 'upper', district: '5', letters: 2, supporters: 2 },
      { state: 'MO', chamber: 'lower', district: '79', letters: 1, supporters: 1 },
      { state: 'MO', chamber: 'lower', district: '80', letters: 1, supporters: 1 },
    ]);
    const rows = await letters.exportRows('mo-credits');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      id: firstId,
      sentAt: AT,
      state: 'MO',
      chamber: 'upper',
      district: '5',
      legislatorName: 'Avery Example',
      legislatorEmail: 'avery@example.org',
      supporterName: 'Ada',
      supporterEmail: 'ada@example.org',
      supporterZip: '63101',
    });
  });
});
