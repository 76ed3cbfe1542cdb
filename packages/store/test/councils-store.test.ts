/**
 * Councils and events in the store (`councils(store)`, issue 9 part 4) on both dialects: members and their
 * roles, events checked on the way in, a public RSVP that counts only once its link is opened, the same
 * email twice as one RSVP, the last seat taken by exactly one of several RSVPs confirming at once (the
 * waitlist gets the others), a cancellation that seats the first on the waitlist, capacity changes, staff
 * adding council members, the clearance checklist, attendance, and the once-only reminder marks.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  councils,
  CouncilsRuleError,
  EVENT_KIND_INFO,
  isCleared,
  type NewVoiceEvent,
  type PathwaysStore,
  type Store,
} from '../src/index.ts';
import { storeInternals } from '../src/kysely-store.ts';
import { dialects, storeForEachTest } from './dialects.ts';

const STAFF = 'U-advocate';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

const briefing = (extra: Partial<NewVoiceEvent> = {}): NewVoiceEvent => ({
  title: 'Briefing on the earned compliance bill',
  kind: 'briefing',
  startsAt: '2026-07-10T23:00:00.000Z',
  endsAt: '2026-07-11T00:30:00.000Z',
  timeZone: 'America/Chicago',
  location: 'Public library, 12 Main Street (fictional)',
  capacity: 2,
  councilId: null,
  campaignId: null,
  visibility: 'public',
  createdBy: STAFF,
  ...extra,
});

async function rule(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (e) {
    if (e instanceof CouncilsRuleError) return e.code;
    throw e;
  }
  return 'no error';
}

describe.each(dialects)('councils store on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;

  beforeEach(async () => {
    store = t.store;
    await store.users.create({
      id: STAFF,
      username: 'advocate',
      displayName: 'Campaign staff',
      role: 'advocate',
      agencyId: null,
      unitId: null,
      personId: null,
      passwordHash: 'scrypt$fictional',
      totpSecret: null,
    });
  });

  /** A public RSVP that opened its link at `at`. */
  async function confirmedPublic(eventId: string, email: string, at: string) {
    const c = councils(store);
    await c.rsvps.requestPublic({ eventId, name: `Name ${email}`, email, tokenHash: hash(email) }, at);
    return (await c.rsvps.confirm(hash(email), at))!.rsvp;
  }

  it('case: councils and members: roles from the short list, one row per email, leaving and coming back, active counts by date', async () => {
    const c = councils(store);
    const council = await c.councils.create({ id: 'youth-council', name: 'Youth advisory council', createdBy: STAFF });
    expect(await rule(c.councils.create({ id: 'youth-council', name: 'Again', createdBy: STAFF }))).toBe('conflict');
    const chair = await c.members.add({
      councilId: council.id,
      name: 'Ada Chair',
      email: 'Ada@Example.org',
      role: 'chair',
      joinedOn: '2026-01-05',
    });
    expect(chair.email).toBe('ada@example.org');
    const youth = await c.members.add({
      councilId: council.id,
      name: 'Yan Youth',
      email: 'yan@example.org',
      role: 'youth_member',
      joinedOn: '2026-03-01',
    });
    expect(
      await rule(c.members.add({ councilId: council.id, name: 'Dup', email: 'ADA@example.org', role: 'member', joinedOn: '2026-01-01' })),
    ).toBe('conflict');
    expect(
      await rule(
        c.members.add({ councilId: council.id, name: 'X', email: 'x@example.org', role: 'king' as 'chair', joinedOn: '2026-01-01' }),
      ),
    ).toBe('invalid');
    expect(
      await rule(c.members.add({ councilId: council.id, name: 'X', email: 'not an email', role: 'member', joinedOn: '2026-01-01' })),
    ).toBe('invalid');
    expect(
      await rule(c.members.add({ councilId: 'nope', name: 'X', email: 'x@example.org', role: 'member', joinedOn: '2026-01-01' })),
    ).toBe('not_found');

    expect((await c.councils.list('2026-02-01'))[0]!.activeMembers).toBe(1);
    expect((await c.councils.list('2026-03-01'))[0]!.activeMembers).toBe(2);
    await c.members.update(chair.id, { leftOn: '2026-04-01' });
    expect(await rule(c.members.update(youth.id, { leftOn: '2026-02-01' }))).toBe('invalid');
    expect((await c.councils.list('2026-04-01'))[0]!.activeMembers).toBe(1);
    // Those still on the council first, by role; those who left after.
    expect((await c.members.forCouncil(council.id)).map((m) => m.name)).toEqual(['Yan Youth', 'Ada Chair']);
    const back = await c.members.update(chair.id, { leftOn: null, role: 'member' });
    expect(back).toMatchObject({ leftOn: null, role: 'member' });
  });

  it('case: events are checked on the way in: times in order, a known zone, a capacity of at least one, an existing council and campaign', async () => {
    const c = councils(store);
    expect(await rule(c.events.create(briefing({ endsAt: '2026-07-10T22:00:00Z' })))).toBe('invalid');
    expect(await rule(c.events.create(briefing({ timeZone: 'Mars/Olympus' })))).toBe('invalid');
    expect(await rule(c.events.create(briefing({ capacity: 0 })))).toBe('invalid');
    expect(await rule(c.events.create(briefing({ campaignId: 'no-such-campaign' })))).toBe('invalid');
    expect(await rule(c.events.create(briefing({ councilId: 'no-such-council' })))).toBe('invalid');
    expect(await rule(c.events.create(briefing({ kind: 'party' as 'dinner' })))).toBe('invalid');
    const event = await c.events.create(briefing({ startsAt: '2026-07-10T18:00:00-05:00', endsAt: '2026-07-10T19:30:00-05:00' }));
    expect(event.id).toMatch(/^briefing-on-the-earned-compliance-bill-[a-z0-9]{6}$/);
    expect(event).toMatchObject({ startsAt: '2026-07-10T23:00:00.000Z', endsAt: '2026-07-11T00:30:00.000Z', bring: null });
  });

  it('case: a campaign’s upcoming public events: members-only and ended events are left out', async () => {
    const c = councils(store);
    const db = storeInternals(store as Store).db as unknown as Kysely<any>;
    const at = '2026-06-01T00:00:00.000Z';
    await db
      .insertInto('campaigns')
      .values({
        id: 'mo-bill',
        name: 'A bill',
        bill: 'HB 1',
        jurisdiction: 'us-mo',
        status: 'live',
        created_by: STAFF,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const open = await c.events.create(briefing({ id: 'open', campaignId: 'mo-bill' }));
    await c.events.create(briefing({ id: 'members', campaignId: 'mo-bill', visibility: 'members' }));
    await c.events.create(
      briefing({ id: 'past', campaignId: 'mo-bill', startsAt: '2026-05-01T18:00:00Z', endsAt: '2026-05-01T19:00:00Z' }),
    );
    await c.events.create(briefing({ id: 'other' }));
    expect((await c.events.upcomingPublic('2026-06-01T00:00:00.000Z', 'mo-bill')).map((e) => e.id)).toEqual([open.id]);
    expect((await c.events.upcomingPublic('2026-06-01T00:00:00.000Z')).map((e) => e.id).sort()).toEqual(['open', 'other']);
  });

  it('case: a public RSVP counts only once its link is opened; the same email twice is one RSVP; a full event waitlists', async () => {
    const c = councils(store);
    const event = await c.events.create(briefing({ capacity: 1 }));
    const first = await c.rsvps.requestPublic(
      { eventId: event.id, name: 'Rae', email: 'Rae@example.org', tokenHash: hash('a') },
      '2026-06-01T10:00:00Z',
    );
    expect(first.before).toBeUndefined();
    expect(first.rsvp.status).toBe('pending');
    expect(await c.events.counts(event.id)).toMatchObject({ confirmed: 0, pending: 1 });

    // Asked again (a lost email): the same row, a fresh link; the old link no longer works.
    const again = await c.rsvps.requestPublic({ eventId: event.id, name: 'Rae R.', email: 'rae@EXAMPLE.org', tokenHash: hash('b') });
    expect(again.rsvp.id).toBe(first.rsvp.id);
    expect(again.before).toBe('pending');
    expect(again.rsvp.name).toBe('Rae R.');
    expect(await c.rsvps.confirm(hash('a'))).toBeUndefined();

    const confirmed = await c.rsvps.confirm(hash('b'), '2026-06-01T11:00:00Z');
    expect(confirmed).toMatchObject({ changed: true, rsvp: { status: 'confirmed', verifiedAt: '2026-06-01T11:00:00.000Z' } });
    // Opening the link again changes nothing.
    expect(await c.rsvps.confirm(hash('b'))).toMatchObject({ changed: false, rsvp: { status: 'confirmed' } });
    // A confirmed RSVP asked for again keeps its seat (and its name).
    const kept = await c.rsvps.requestPublic({ eventId: event.id, name: 'Someone else', email: 'rae@example.org', tokenHash: hash('c') });
    expect(kept).toMatchObject({ before: 'confirmed', rsvp: { status: 'confirmed', name: 'Rae R.' } });

    const second = await confirmedPublic(event.id, 'sam@example.org', '2026-06-01T12:00:00Z');
    expect(second.status).toBe('waitlisted');
    expect(await c.events.counts(event.id)).toEqual({ confirmed: 1, waitlisted: 1, pending: 0, cancelled: 0, attended: 0, noShow: 0 });
  });

  it('case: several people confirming the last seat at the same moment: exactly one gets it, the others are waitlisted in order', async () => {
    const c = councils(store);
    for (let round = 0; round < 4; round++) {
      const event = await c.events.create(briefing({ capacity: 2 }));
      await confirmedPublic(event.id, `early-${round}@example.org`, '2026-06-01T09:00:00Z');
      const emails = Array.from({ length: 5 }, (_, i) => `late-${round}-${i}@example.org`);
      for (const email of emails) await c.rsvps.requestPublic({ eventId: event.id, name: email, email, tokenHash: hash(email) });
      const results = await Promise.all(emails.map((email) => councils(store).rsvps.confirm(hash(email), '2026-06-01T10:00:00Z')));
      const statuses = results.map((r) => r!.rsvp.status);
      expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(4);
      expect(await c.events.counts(event.id)).toMatchObject({ confirmed: 2, waitlisted: 4 });
    }
  });

  it('case: a cancellation seats the first on the waitlist; a waitlisted or pending cancellation seats no one', async () => {
    const c = councils(store);
    const event = await c.events.create(briefing({ capacity: 1 }));
    const seated = await confirmedPublic(event.id, 'a@example.org', '2026-06-01T10:00:00Z');
    const firstInLine = await confirmedPublic(event.id, 'b@example.org', '2026-06-01T10:01:00Z');
    const secondInLine = await confirmedPublic(event.id, 'c@example.org', '2026-06-01T10:02:00Z');
    expect([seated.status, firstInLine.status, secondInLine.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect(await c.rsvps.waitlistPosition(secondInLine)).toBe(2);
    expect(await c.rsvps.waitlistPosition(seated)).toBeNull();

    const gone = await c.rsvps.cancel(secondInLine.id);
    expect(gone).toMatchObject({ rsvp: { status: 'cancelled' }, promoted: null });
    const freed = await c.rsvps.cancel(seated.id);
    expect(freed.promoted?.id).toBe(firstInLine.id);
    expect((await c.rsvps.get(firstInLine.id))!.status).toBe('confirmed');
    expect((await c.rsvps.cancel(seated.id)).promoted).toBeNull();
    expect(await rule(c.rsvps.cancel(99_999))).toBe('not_found');

    // A cancelled RSVP asked for again starts over, pending its link.
    const back = await c.rsvps.requestPublic({ eventId: event.id, name: 'A again', email: 'a@example.org', tokenHash: hash('again') });
    expect(back).toMatchObject({ before: 'cancelled', rsvp: { status: 'pending', name: 'A again' } });
    expect((await c.rsvps.confirm(hash('again')))!.rsvp.status).toBe('waitlisted');
  });

  it('case: a lower capacity may not drop below the confirmed seats; a higher one seats the waitlist at once', async () => {
    const c = councils(store);
    const event = await c.events.create(briefing({ capacity: 2 }));
    for (const [i, email] of ['a', 'b', 'c', 'd'].entries())
      await confirmedPublic(event.id, `${email}@example.org`, `2026-06-01T10:0${i}:00Z`);
    expect(await rule(c.events.update(event.id, { capacity: 1 }))).toBe('conflict');
    const grown = await c.events.update(event.id, { capacity: 3, title: 'A bigger room' });
    expect(grown.event).toMatchObject({ capacity: 3, title: 'A bigger room' });
    expect(grown.promoted.map((r) => r.email)).toEqual(['c@example.org']);
    expect(await c.events.counts(event.id)).toMatchObject({ confirmed: 3, waitlisted: 1 });
    expect(await rule(c.events.update('nope', { capacity: 3 }))).toBe('not_found');
  });

  it('case: staff add a council member at once; an RSVP the same email made on the form becomes the member’s', async () => {
    const c = councils(store);
    const council = await c.councils.create({ name: 'Youth advisory council', createdBy: STAFF });
    const ada = await c.members.add({
      councilId: council.id,
      name: 'Ada',
      email: 'ada@example.org',
      role: 'chair',
      joinedOn: '2026-01-01',
    });
    const bo = await c.members.add({ councilId: council.id, name: 'Bo', email: 'bo@example.org', role: 'member', joinedOn: '2026-01-01' });
    const event = await c.events.create(briefing({ capacity: 1, visibility: 'members', councilId: council.id }));
    await c.rsvps.requestPublic({ eventId: event.id, name: 'Ada typed', email: 'ada@example.org', tokenHash: hash('ada') });
    const adaRsvp = await c.rsvps.addMember(event.id, ada);
    expect(adaRsvp).toMatchObject({ status: 'confirmed', councilMemberId: ada.id, name: 'Ada', source: 'public' });
    expect(await rule(c.rsvps.addMember(event.id, ada))).toBe('conflict');
    const boRsvp = await c.rsvps.addMember(event.id, bo);
    expect(boRsvp).toMatchObject({ status: 'waitlisted', source: 'staff', councilMemberId: bo.id });
    expect((await c.rsvps.forEvent(event.id)).map((r) => r.name)).toEqual(['Ada', 'Bo']);
  });

  it('case: the clearance checklist of a facility visit: ticked with who and when, unticked, only its own items; attendance for confirmed RSVPs only', async () => {
    const c = councils(store);
    const visit = await c.events.create(briefing({ kind: 'facility_visit', capacity: 1, title: 'Visit to the youth center' }));
    const seated = await confirmedPublic(visit.id, 'a@example.org', '2026-06-01T10:00:00Z');
    const waiting = await confirmedPublic(visit.id, 'b@example.org', '2026-06-01T10:01:00Z');
    expect(isCleared('facility_visit', [])).toBe(false);
    expect(isCleared('briefing', [])).toBe(true);

    const ticks = await c.rsvps.setClearance(seated.id, 'id_submitted', true, STAFF, '2026-06-02T09:00:00Z');
    expect(ticks).toEqual([
      { item: 'id_submitted', checkedBy: STAFF, checkedByName: 'Campaign staff', checkedAt: '2026-06-02T09:00:00.000Z' },
    ]);
    for (const item of EVENT_KIND_INFO.facility_visit.clearance) await c.rsvps.setClearance(seated.id, item.id, true, STAFF);
    expect(isCleared('facility_visit', await c.rsvps.clearance(seated.id))).toBe(true);
    const unticked = await c.rsvps.setClearance(seated.id, 'visit_approved', false, STAFF);
    expect(unticked.map((x) => x.item).sort()).toEqual(['background_check', 'id_submitted']);
    expect(await rule(c.rsvps.setClearance(seated.id, 'blood_test', true, STAFF))).toBe('not_found');
    const plain = await c.events.create(briefing());
    const guest = await confirmedPublic(plain.id, 'g@example.org', '2026-06-01T10:00:00Z');
    expect(await rule(c.rsvps.setClearance(guest.id, 'id_submitted', true, STAFF))).toBe('not_found');

    const marked = await c.rsvps.setAttendance(seated.id, 'no_show', STAFF, '2026-07-11T01:00:00Z');
    expect(marked).toMatchObject({ attendance: 'no_show', attendanceBy: STAFF, attendanceAt: '2026-07-11T01:00:00.000Z' });
    expect(await c.events.counts(visit.id)).toMatchObject({ attended: 0, noShow: 1 });
    expect(await rule(c.rsvps.setAttendance(waiting.id, 'attended', STAFF))).toBe('conflict');
    expect((await c.rsvps.setAttendance(seated.id, null, STAFF)).attendance).toBeNull();
    expect((await c.rsvps.forEvent(visit.id))[0]!.clearance).toHaveLength(2);
  });

  it('case: reminder marks: each confirmed RSVP once per kind and start time; a moved event is reminded again', async () => {
    const c = councils(store);
    const event = await c.events.create(briefing({ capacity: 1 }));
    const seated = await confirmedPublic(event.id, 'a@example.org', '2026-06-01T10:00:00Z');
    await confirmedPublic(event.id, 'b@example.org', '2026-06-01T10:01:00Z');
    expect((await c.reminders.awaiting(event, 'day_before')).map((r) => r.id)).toEqual([seated.id]);
    expect(await c.reminders.markReminded(seated.id, 'day_before', event.startsAt)).toBe(true);
    expect(await c.reminders.markReminded(seated.id, 'day_before', event.startsAt)).toBe(false);
    expect(await c.reminders.awaiting(event, 'day_before')).toEqual([]);
    expect(await c.reminders.awaiting(event, 'day_of')).toHaveLength(1);
    const moved = (await c.events.update(event.id, { startsAt: '2026-07-12T23:00:00Z', endsAt: '2026-07-13T00:00:00Z' })).event;
    expect(await c.reminders.awaiting(moved, 'day_before')).toHaveLength(1);
    expect((await c.events.startingBetween('2026-07-12T00:00:00.000Z', '2026-07-13T00:00:00.000Z')).map((e) => e.id)).toEqual([event.id]);
  });

  it('case: everything a transaction does through councils(tx) rolls back with it', async () => {
    const event = await councils(store).events.create(briefing({ capacity: 1 }));
    await councils(store).rsvps.requestPublic({ eventId: event.id, name: 'A', email: 'a@example.org', tokenHash: hash('a') });
    await expect(
      store.transaction(async (tx) => {
        await councils(tx).rsvps.confirm(hash('a'));
        throw new Error('the outbox failed');
      }),
    ).rejects.toThrow(/outbox/);
    expect((await councils(store).rsvps.byToken(hash('a')))!.status).toBe('pending');
  });
});
