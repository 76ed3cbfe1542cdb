/**
 * The stories store (`stories(store)`, issue 9 part 1) on both dialects: a story reads back as written
 * (media bytes exact), its scope names live campaigns only, moderation moves only forward, the public
 * list of a campaign holds only what may be shown (published, not internal, in scope, not expired, the
 * campaign public), ending a story erases what was told and keeps the tombstone, expiry ends stories in
 * bulk, shared links find their story (ended ones too), and views are counted per day and viewer.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord } from '@pathways/law';
import type { Kysely } from 'kysely';
import { stories, StoryWriteError, type NewStory, type PathwaysStore } from '../src/index.ts';
import { storeInternals } from '../src/kysely-store.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { person } from './records.ts';

const AT = '2026-06-01T12:00:00.000Z';
const LATER = '2026-06-02T09:30:00.000Z';
const TODAY = '2026-06-01';

describe.each(dialects)('stories store on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  const teller = person(1) as PersonRecord;

  const story = (extra: Partial<NewStory> = {}): NewStory => ({
    personId: teller.id,
    toldBy: 'U-person-1',
    recordedWith: 'self',
    tier: 'anonymous',
    text: 'My name is Ana and I live in Cedar Ridge.',
    masks: [
      { start: 11, end: 14, kind: 'name' },
      { start: 29, end: 40, kind: 'place' },
    ],
    attribution: null,
    media: null,
    allCampaigns: false,
    campaignIds: ['mo-live'],
    expiresOn: '2027-06-01',
    ...extra,
  });

  beforeEach(async () => {
    store = t.store;
    await store.people.upsert({ id: teller.id, agencyId: 'AG-1', record: teller, updatedAt: AT });
    for (const [id, role, personId] of [
      ['U-person-1', 'person', teller.id],
      ['U-advocate', 'advocate', null],
    ] as const) {
      await store.users.create({
        id,
        username: id,
        displayName: `Name of ${id}`,
        role,
        agencyId: null,
        unitId: null,
        personId,
        passwordHash: 'scrypt$fictional',
        totpSecret: null,
      });
    }
    // The campaigns helper owns this table's writes; the store only reads it.
    const db = storeInternals(store).db as unknown as Kysely<any>;
    for (const [id, status] of [
      ['mo-live', 'live'],
      ['ca-live', 'live'],
      ['mo-draft', 'draft'],
      ['pa-closed', 'closed'],
    ] as const) {
      await db
        .insertInto('campaigns')
        .values({
          id,
          name: `Campaign ${id}`,
          bill: 'HB 1',
          jurisdiction: 'us-mo',
          status,
          created_by: 'U-advocate',
          created_at: AT,
          updated_at: AT,
        })
        .execute();
    }
  });

  it('case: a story reads back as written, media bytes exact, and lists under its person', async () => {
    const s = stories(store);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 254, 255]);
    const created = await s.create(story({ media: { type: 'image/jpeg', data: bytes } }), AT);
    expect(created).toEqual({
      id: created.id,
      personId: teller.id,
      toldBy: 'U-person-1',
      recordedWith: 'self',
      tier: 'anonymous',
      status: 'submitted',
      text: 'My name is Ana and I live in Cedar Ridge.',
      masks: [
        { start: 11, end: 14, kind: 'name' },
        { start: 29, end: 40, kind: 'place' },
      ],
      attribution: null,
      media: { type: 'image/jpeg', bytes: 10 },
      allCampaigns: false,
      campaignIds: ['mo-live'],
      expiresOn: '2027-06-01',
      rejectReason: null,
      createdAt: AT,
      submittedAt: AT,
      reviewedAt: null,
      reviewedBy: null,
      publishedAt: null,
      endedAt: null,
      updatedAt: AT,
    });
    const media = await s.media(created.id);
    expect(media?.type).toBe('image/jpeg');
    expect([...media!.data]).toEqual([...bytes]);
    expect(await s.get(created.id)).toEqual(created);
    expect((await s.forPerson(teller.id)).map((x) => x.id)).toEqual([created.id]);
    expect(await s.forPerson('P-nobody')).toEqual([]);
    expect(await s.get('no-such-story')).toBeUndefined();
  });

  it('case: a scope names live campaigns only; the refused write leaves nothing', async () => {
    const s = stories(store);
    for (const ids of [['mo-draft'], ['pa-closed'], ['mo-live', 'nowhere']]) {
      const error = await s.create(story({ campaignIds: ids }), AT).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoryWriteError);
      expect((error as StoryWriteError).code).toBe('unknown_campaigns');
    }
    expect(await s.forPerson(teller.id)).toEqual([]);
    expect((await s.liveCampaigns()).map((c) => c.id)).toEqual(['ca-live', 'mo-live']);
    expect(await s.campaignStatus('mo-draft')).toBe('draft');
    expect(await s.campaignStatus('nowhere')).toBeUndefined();
    expect(await s.campaignNames(['mo-draft', 'nowhere', 'mo-live'])).toEqual(
      new Map([
        ['mo-draft', 'Campaign mo-draft'],
        ['mo-live', 'Campaign mo-live'],
      ]),
    );
    expect(await s.campaignNames([])).toEqual(new Map());
    // All campaigns: no rows of scope, whatever ids came along.
    const all = await s.create(story({ allCampaigns: true, campaignIds: [] }), AT);
    expect(all.allCampaigns).toBe(true);
    expect(all.campaignIds).toEqual([]);
  });

  it('case: moderation moves forward only: submitted → reviewed → published; rejected with its reason', async () => {
    const s = stories(store);
    const { id } = await s.create(story(), AT);
    await expect(s.publish(id, LATER)).rejects.toMatchObject({ code: 'wrong_status' });
    const reviewed = await s.review(id, { masks: [{ start: 11, end: 14, kind: 'name' }], reviewerId: 'U-advocate' }, LATER);
    expect(reviewed).toMatchObject({
      status: 'reviewed',
      reviewedBy: 'U-advocate',
      reviewedAt: LATER,
      masks: [{ start: 11, end: 14, kind: 'name' }],
    });
    await expect(s.review(id, { masks: null, reviewerId: 'U-advocate' }, LATER)).rejects.toMatchObject({ code: 'wrong_status' });
    const published = await s.publish(id, LATER);
    expect(published).toMatchObject({ status: 'published', publishedAt: LATER });
    const rejected = await s.reject(id, { reason: 'It names a street.', reviewerId: 'U-advocate' }, LATER);
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'It names a street.', publishedAt: null });
    await expect(s.review('no-such-story', { masks: null, reviewerId: 'U-advocate' }, LATER)).rejects.toMatchObject({ code: 'not_found' });

    // The storyteller's change sends it back to review, clearing the rejection.
    const again = await s.update(id, { text: 'My story, told again.', masks: [], status: 'submitted' }, LATER);
    expect(again).toMatchObject({
      status: 'submitted',
      text: 'My story, told again.',
      masks: [],
      rejectReason: null,
      reviewedAt: null,
      submittedAt: LATER,
    });
  });

  it('case: a campaign page lists published, public-tier, unexpired stories in its scope, of a public campaign only', async () => {
    const s = stories(store);
    const publish = async (extra: Partial<NewStory>) => {
      const { id } = await s.create(story(extra), AT);
      await s.review(id, { masks: extra.masks ?? null, reviewerId: 'U-advocate' }, AT);
      return (await s.publish(id, AT)).id;
    };
    const inScope = await publish({});
    const everywhere = await publish({ allCampaigns: true, campaignIds: [], tier: 'attributed', masks: null, attribution: 'Ana R.' });
    await publish({ campaignIds: ['ca-live'] });
    await publish({ tier: 'internal', masks: null });
    const expiring = await publish({ expiresOn: '2026-06-02' });
    const { id: waiting } = await s.create(story(), AT);

    expect((await s.publicForCampaign('mo-live', TODAY)).map((x) => x.id).sort()).toEqual([inScope, everywhere, expiring].sort());
    // From the expiry date on, hidden (checked at read time).
    expect((await s.publicForCampaign('mo-live', '2026-06-02')).map((x) => x.id).sort()).toEqual([inScope, everywhere].sort());
    expect((await s.publicForCampaign('ca-live', TODAY)).map((x) => x.id)).toContain(everywhere);
    expect(await s.publicForCampaign('mo-draft', TODAY)).toEqual([]);
    expect((await s.publicForCampaign('pa-closed', TODAY)).map((x) => x.id)).toEqual([everywhere]);
    expect((await s.withStatus('submitted')).map((x) => x.id)).toEqual([waiting]);

    // Narrowing the scope takes the story off the page at once.
    await s.update(inScope, { campaignIds: ['ca-live'] }, LATER);
    expect((await s.publicForCampaign('mo-live', TODAY)).map((x) => x.id)).not.toContain(inScope);
    expect((await s.get(inScope))!.status).toBe('published');
  });

  it('case: withdrawal erases the text, masks, attribution, media and scope at once; the tombstone and links stay', async () => {
    const s = stories(store);
    const data = new Uint8Array(4096).fill(7);
    const { id } = await s.create(story({ media: { type: 'audio/mpeg', data }, tier: 'attributed', attribution: 'Ana R.' }), AT);
    await s.review(id, { masks: null, reviewerId: 'U-advocate' }, AT);
    await s.publish(id, AT);
    await s.addLink(id, 'hash-of-token', 'U-advocate', AT);
    await s.recordViews([id], 'campaign_page', AT);

    const ended = await s.end(id, 'withdrawn', LATER);
    expect(ended).toMatchObject({
      id,
      personId: teller.id,
      tier: 'attributed',
      status: 'withdrawn',
      text: null,
      masks: null,
      attribution: null,
      media: null,
      allCampaigns: false,
      campaignIds: [],
      createdAt: AT,
      publishedAt: AT,
      endedAt: LATER,
    });
    expect(await s.media(id)).toBeUndefined();
    expect(await s.publicForCampaign('mo-live', TODAY)).toEqual([]);
    expect((await s.byLink('hash-of-token'))?.status).toBe('withdrawn');
    expect(await s.byLink('another-hash')).toBeUndefined();
    // Nothing of the text is left in any row of the story's tables.
    const db = storeInternals(store).db as unknown as Kysely<any>;
    const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('Ana');
    expect(row.media).toBeNull();
    expect(await db.selectFrom('story_campaigns').selectAll().where('story_id', '=', id).execute()).toEqual([]);
    // Ended is final: again is a no-op; changes and moderation are refused.
    expect(await s.end(id, 'withdrawn', '2026-07-01T00:00:00.000Z')).toEqual(ended);
    await expect(s.update(id, { expiresOn: '2026-12-01' }, LATER)).rejects.toMatchObject({ code: 'wrong_status' });
    await expect(s.reject(id, { reason: 'x', reviewerId: 'U-advocate' }, LATER)).rejects.toMatchObject({ code: 'wrong_status' });
    await expect(s.end('no-such-story', 'withdrawn', LATER)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('case: stories whose expiry has come end as expired, in bulk; the others are untouched', async () => {
    const s = stories(store);
    const { id: soon } = await s.create(story({ expiresOn: '2026-06-05' }), AT);
    const { id: later } = await s.create(story({ expiresOn: '2026-09-01' }), AT);
    const { id: withdrawn } = await s.create(story({ expiresOn: '2026-06-03' }), AT);
    await s.end(withdrawn, 'withdrawn', AT);
    expect(await s.endExpired('2026-06-04', LATER)).toBe(0);
    expect(await s.endExpired('2026-06-05', LATER)).toBe(1);
    expect(await s.get(soon)).toMatchObject({ status: 'expired', text: null, endedAt: LATER });
    expect((await s.get(later))!.status).toBe('submitted');
    expect((await s.get(withdrawn))!.status).toBe('withdrawn');
  });

  it('case: views are counted per day, kind and viewer; the public is counted, never named', async () => {
    const s = stories(store);
    const { id } = await s.create(story(), AT);
    const { id: other } = await s.create(story(), AT);
    await s.recordViews([id, other], 'campaign_page', AT);
    await s.recordViews([id], 'campaign_page', '2026-06-01T18:00:00.000Z');
    await s.recordViews([id], 'campaign_page', LATER);
    await s.recordViews([id], 'review', AT, { userId: 'U-advocate', name: 'Advocate One' });
    await s.recordViews([id], 'review', '2026-06-01T13:00:00.000Z', { userId: 'U-advocate', name: 'Advocate One' });
    await s.recordViews([id, id], 'export', AT, { userId: 'U-advocate', name: 'Advocate One' });
    await s.recordViews([], 'export', AT);
    expect(await s.views(id)).toEqual([
      { day: '2026-06-02', kind: 'campaign_page', viewerName: null, views: 1, lastAt: LATER },
      { day: '2026-06-01', kind: 'campaign_page', viewerName: null, views: 2, lastAt: '2026-06-01T18:00:00.000Z' },
      { day: '2026-06-01', kind: 'export', viewerName: 'Advocate One', views: 1, lastAt: AT },
      { day: '2026-06-01', kind: 'review', viewerName: 'Advocate One', views: 2, lastAt: '2026-06-01T13:00:00.000Z' },
    ]);
    expect(await s.views(other)).toEqual([{ day: '2026-06-01', kind: 'campaign_page', viewerName: null, views: 1, lastAt: AT }]);
  });

  it('case: inside a transaction that fails, nothing is written', async () => {
    await expect(
      store.transaction(async (tx) => {
        await stories(tx).create(story(), AT);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await stories(store).forPerson(teller.id)).toEqual([]);
  });
});
