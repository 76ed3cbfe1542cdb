/**
 * Public event pages and RSVPs (issue 9, part 4) on both dialects, through the real server: the RSVP form
 * behind the public-form guard, an emailed link that makes the RSVP count, one RSVP per email, the same
 * answer whether or not an address already had one, the last seat taken by exactly one of two people
 * opening their links at once, cancelling by link (the waitlist's first is seated and emailed), a
 * campaign's upcoming events, and the reminders (the day before; on the day of a facility visit, with
 * what to bring) with a moved clock, once each, through the notification dispatcher too.
 */
import type { Kysely } from 'kysely';
import { councils, outbox, type NewVoiceEvent, type OutboxMessage, type PathwaysStore, type Store } from '@pathways/store';
import { storeInternals } from '../../store/src/kysely-store.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelAdapter, OutgoingMessage } from '../src/portal/adapters/adapter.ts';
import { createNotificationDispatcher } from '../src/portal/dispatcher.ts';
import { reminderWindows, scheduleEventReminders } from '../src/voices/event-reminders.ts';
import { dialects, makeWorld, type World } from './fixture.ts';

const STAFF = 'U-advocate-1';
let ip = 0;

const event = (extra: Partial<NewVoiceEvent> = {}): NewVoiceEvent => ({
  title: 'Briefing on the bill',
  kind: 'briefing',
  // 18:00–19:30 in Chicago (CDT, UTC−5) on 10 June 2026; the fixture's clock says 1 June, noon UTC.
  startsAt: '2026-06-10T23:00:00.000Z',
  endsAt: '2026-06-11T00:30:00.000Z',
  timeZone: 'America/Chicago',
  location: 'Public library, 12 Main Street (fictional)',
  capacity: 10,
  councilId: null,
  campaignId: null,
  visibility: 'public',
  createdBy: STAFF,
  ...extra,
});

describe.each(dialects)('events for the public on %s', (dialect) => {
  let world: World;
  let store: PathwaysStore;
  const start = new Date('2026-06-01T12:00:00.000Z');

  beforeAll(async () => {
    world = await makeWorld(dialect);
    store = world.store;
  });
  afterAll(() => world.close());
  beforeEach(() => {
    world.clock.now = start;
  });

  /** A visitor with their own network address (each form has a rate limit per address) and form token. */
  async function visitor() {
    const remoteAddress = `10.0.${Math.floor(++ip / 250)}.${ip % 250}`;
    const answer = await world.app.inject({ url: '/api/public/form-token', remoteAddress });
    const token = answer.json().token as string;
    const post = (url: string, payload: Record<string, unknown>) =>
      world.app.inject({
        method: 'POST',
        url,
        payload,
        remoteAddress,
        cookies: { pathways_form: token },
        headers: { 'x-form-token': token },
      });
    return { post };
  }

  const emailsTo = async (to: string, kind?: string): Promise<OutboxMessage[]> =>
    (await outbox(store).list({ limit: 500, offset: 0 })).filter((m) => m.to === to && (kind === undefined || m.kind === kind)).reverse();

  /** The token of the RSVP link in the latest verification email to `to`. */
  async function linkTokenFor(to: string, eventId: string): Promise<string> {
    const mails = await emailsTo(to, 'event_rsvp_verify');
    const m = new RegExp(`/events/${eventId}\\?rsvp=([A-Za-z0-9_-]{43})`).exec(mails.at(-1)?.body ?? '');
    if (!m) throw new Error(`no RSVP link to ${to}`);
    return m[1]!;
  }

  it('case: the RSVP counts only once its emailed link is opened; asking again is one RSVP and the same answer', async () => {
    const e = await councils(store).events.create(event({ capacity: 3 }));
    const v = await visitor();
    const asked = await v.post(`/api/public/events/${e.id}/rsvps`, { name: 'Rae Rivers', email: 'Rae.Rivers@example.org', website: '' });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).toEqual({ status: 'accepted' });

    const [mail] = await emailsTo('rae.rivers@example.org');
    expect(mail).toMatchObject({ channel: 'email', kind: 'event_rsvp_verify', personId: null, language: 'en', urgent: true });
    expect(mail!.subject).toBe('Confirm your RSVP: Briefing on the bill');
    // The time in the event's own zone, the zone named.
    expect(mail!.body).toContain('Wednesday, June 10, 2026');
    expect(mail!.body).toMatch(/6:00\s?–\s?7:30\s?PM CDT/);
    expect(mail!.body).toMatch(/^http:\/\/localhost(:\d+)?\/events\//m);
    // Pending: no seat taken.
    expect((await world.app.inject({ url: `/api/public/events/${e.id}` })).json()).toMatchObject({
      seatsLeft: 3,
      rsvpOpen: true,
      campaign: null,
    });

    const token = await linkTokenFor('rae.rivers@example.org', e.id);
    const confirmed = await v.post(`/api/public/events/${e.id}/rsvps/confirm`, { token });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', name: 'Rae Rivers', waitlistPosition: null, event: { seatsLeft: 2 } });
    // Opening it again is harmless.
    expect((await v.post(`/api/public/events/${e.id}/rsvps/confirm`, { token })).json()).toMatchObject({
      status: 'confirmed',
      event: { seatsLeft: 2 },
    });

    // The same address again, from someone else: the same 202, still one RSVP, and a fresh link to the owner.
    const other = await visitor();
    const again = await other.post(`/api/public/events/${e.id}/rsvps`, { name: 'Someone', email: 'rae.rivers@EXAMPLE.org' });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ status: 'accepted' });
    expect(await councils(store).events.counts(e.id)).toMatchObject({ confirmed: 1, pending: 0 });
    const mails = await emailsTo('rae.rivers@example.org');
    expect(mails).toHaveLength(2);
    expect(mails[1]!.body).toContain('You already have a seat.');
    // The earlier link was replaced.
    expect((await v.post(`/api/public/events/${e.id}/rsvps/confirm`, { token })).statusCode).toBe(404);
    const fresh = await linkTokenFor('rae.rivers@example.org', e.id);
    expect((await v.post(`/api/public/events/${e.id}/rsvps/confirm`, { token: fresh })).json()).toMatchObject({
      status: 'confirmed',
      name: 'Rae Rivers',
    });
    // A link is good for its own event only.
    const elsewhere = await councils(store).events.create(event());
    expect((await v.post(`/api/public/events/${elsewhere.id}/rsvps/confirm`, { token: fresh })).statusCode).toBe(404);
  });

  it('case: the form’s defences: no token 403, the honeypot 202 with nothing stored, bad input 400 with nothing written, members-only 404, started 409', async () => {
    const e = await councils(store).events.create(event());
    const noToken = await world.app.inject({
      method: 'POST',
      url: `/api/public/events/${e.id}/rsvps`,
      payload: { name: 'A', email: 'a@example.org' },
    });
    expect(noToken.statusCode).toBe(403);
    const v = await visitor();
    const bot = await v.post(`/api/public/events/${e.id}/rsvps`, { name: 'Bot', email: 'bot@example.org', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(202);
    expect(await emailsTo('bot@example.org')).toEqual([]);
    const bad = await v.post(`/api/public/events/${e.id}/rsvps`, { name: 'No mail', email: 'not an email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await councils(store).events.counts(e.id)).toMatchObject({ pending: 0, confirmed: 0 });
    const closed = await councils(store).events.create(event({ visibility: 'members' }));
    expect((await world.app.inject({ url: `/api/public/events/${closed.id}` })).statusCode).toBe(404);
    expect((await v.post(`/api/public/events/${closed.id}/rsvps`, { name: 'A', email: 'a@example.org' })).statusCode).toBe(404);
    world.clock.now = new Date('2026-06-10T23:05:00.000Z');
    const late = await v.post(`/api/public/events/${e.id}/rsvps`, { name: 'Late', email: 'late@example.org' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/closed/);
    expect((await world.app.inject({ url: `/api/public/events/${e.id}` })).json()).toMatchObject({ rsvpOpen: false, ended: false });
  });

  it('case: two people open their links for the last seat at once: one gets it, the other the waitlist; a cancellation by link seats the waitlist’s first', async () => {
    for (let round = 0; round < 3; round++) {
      const e = await councils(store).events.create(event({ capacity: 1 }));
      const people = [`first-${round}@example.org`, `second-${round}@example.org`];
      const visitors = await Promise.all(people.map(() => visitor()));
      for (const [i, email] of people.entries())
        await visitors[i]!.post(`/api/public/events/${e.id}/rsvps`, { name: `Person ${i}`, email });
      const tokens = await Promise.all(people.map((email) => linkTokenFor(email, e.id)));
      const answers = await Promise.all(tokens.map((token, i) => visitors[i]!.post(`/api/public/events/${e.id}/rsvps/confirm`, { token })));
      const statuses = answers.map((a) => a.json().status as string);
      expect(statuses.sort()).toEqual(['confirmed', 'waitlisted']);
      expect(answers.find((a) => a.json().status === 'waitlisted')!.json().waitlistPosition).toBe(1);

      const seated = answers.findIndex((a) => a.json().status === 'confirmed');
      const waiting = 1 - seated;
      const cancelled = await visitors[seated]!.post(`/api/public/events/${e.id}/rsvps/cancel`, { token: tokens[seated]! });
      expect(cancelled.json()).toMatchObject({ status: 'cancelled', event: { seatsLeft: 0, waitlisted: 0 } });
      expect((await visitors[waiting]!.post(`/api/public/events/${e.id}/rsvps/confirm`, { token: tokens[waiting]! })).json().status).toBe(
        'confirmed',
      );
      const [opened] = await emailsTo(people[waiting]!, 'event_seat_opened');
      expect(opened!.subject).toBe('A seat opened up: Briefing on the bill');
      expect(opened!.body).toContain(`/events/${e.id}`);
    }
  });

  it('case: a campaign’s upcoming public events, soonest first, naming the campaign once it is not a draft', async () => {
    const db = storeInternals(store as Store).db as unknown as Kysely<any>;
    const at = start.toISOString();
    const row = { bill: 'HB 1', jurisdiction: 'us-mo', created_by: STAFF, created_at: at, updated_at: at };
    await db
      .insertInto('campaigns')
      .values({ id: 'mo-live', name: 'Live campaign', status: 'live', ...row })
      .execute();
    await db
      .insertInto('campaigns')
      .values({ id: 'mo-draft', name: 'Draft campaign', status: 'draft', ...row })
      .execute();
    const later = await councils(store).events.create(
      event({ campaignId: 'mo-live', startsAt: '2026-06-20T23:00:00Z', endsAt: '2026-06-21T00:00:00Z' }),
    );
    const sooner = await councils(store).events.create(event({ campaignId: 'mo-live' }));
    await councils(store).events.create(event({ campaignId: 'mo-live', visibility: 'members' }));
    await councils(store).events.create(event({ campaignId: 'mo-draft' }));
    const answer = (await world.app.inject({ url: '/api/public/events?campaign=mo-live' })).json();
    expect(answer.events.map((x: { id: string }) => x.id)).toEqual([sooner.id, later.id]);
    expect(answer.events[0].campaign).toEqual({ id: 'mo-live', name: 'Live campaign' });
    expect((await world.app.inject({ url: '/api/public/events?campaign=mo-draft' })).json().events[0].campaign).toBeNull();
  });

  describe('reminders', () => {
    // A facility visit at 10:00 in Chicago (CDT) on 10 August 2026, when no other test's event happens.
    const visit = (extra: Partial<NewVoiceEvent> = {}) =>
      event({
        title: 'Visit to the youth center',
        kind: 'facility_visit',
        startsAt: '2026-08-10T15:00:00.000Z',
        endsAt: '2026-08-10T17:00:00.000Z',
        capacity: 2,
        visibility: 'members',
        ...extra,
      });

    it('case: the windows are on the event’s own calendar: 09:00–21:00 the day before; on the day of a facility visit from 07:00', async () => {
      const e = await councils(store).events.create(visit());
      expect(reminderWindows(e).map((w) => [w.kind, w.from.toISOString(), w.until.toISOString()])).toEqual([
        ['day_before', '2026-08-09T14:00:00.000Z', '2026-08-10T02:00:00.000Z'],
        ['day_of', '2026-08-10T12:00:00.000Z', '2026-08-10T15:00:00.000Z'],
      ]);
      const dinner = await councils(store).events.create(event({ kind: 'dinner' }));
      expect(reminderWindows(dinner).map((w) => w.kind)).toEqual(['day_before']);
    });

    it('case: with a moved clock: one day-before email per confirmed RSVP, one on the day with what to bring and the clearance warning, never twice, none to the waitlist', async () => {
      const c = councils(store);
      const e = await c.events.create(visit());
      const emails = ['cleared@example.org', 'uncleared@example.org', 'waiting@example.org'];
      const ids: number[] = [];
      for (const email of emails) {
        await c.rsvps.requestPublic({ eventId: e.id, name: email.split('@')[0]!, email, tokenHash: `hash-${e.id}-${email}` });
        ids.push((await c.rsvps.confirm(`hash-${e.id}-${email}`))!.rsvp.id);
      }
      for (const item of ['id_submitted', 'background_check', 'visit_approved']) await c.rsvps.setClearance(ids[0]!, item, true, STAFF);
      const reminders = async () =>
        (await outbox(store).list({ limit: 500, offset: 0 })).filter(
          (m) => m.kind === 'event_reminder' && ids.some((id) => m.dedupeKey?.startsWith(`event-reminder:${id}:`)),
        );

      expect(await scheduleEventReminders(store, new Date('2026-08-09T13:59:00.000Z'))).toBe(0); // 08:59 the day before
      expect(await scheduleEventReminders(store, new Date('2026-08-09T14:00:00.000Z'))).toBe(2);
      expect(await scheduleEventReminders(store, new Date('2026-08-09T20:00:00.000Z'))).toBe(0);
      const dayBefore = await reminders();
      expect(dayBefore.map((m) => m.to).sort()).toEqual(['cleared@example.org', 'uncleared@example.org']);
      expect(dayBefore[0]).toMatchObject({
        subject: 'Tomorrow: Visit to the youth center',
        urgent: true,
        personId: null,
        channel: 'email',
      });
      expect(dayBefore[0]!.dedupeKey).toMatch(new RegExp(`^event-reminder:\\d+:day_before:${e.startsAt}$`));

      expect(await scheduleEventReminders(store, new Date('2026-08-10T11:59:00.000Z'))).toBe(0); // 06:59 on the day
      expect(await scheduleEventReminders(store, new Date('2026-08-10T12:30:00.000Z'))).toBe(2);
      expect(await scheduleEventReminders(store, new Date('2026-08-10T14:00:00.000Z'))).toBe(0);
      const dayOf = (await reminders()).filter((m) => m.subject === 'Today: Visit to the youth center');
      expect(dayOf).toHaveLength(2);
      const cleared = dayOf.find((m) => m.to === 'cleared@example.org')!;
      const uncleared = dayOf.find((m) => m.to === 'uncleared@example.org')!;
      expect(cleared.body).toContain('Please bring the government-issued photo ID');
      expect(cleared.body).not.toContain('clearance for this visit is not complete');
      expect(uncleared.body).toContain('clearance for this visit is not complete');
      // After the start, nothing more.
      expect(await scheduleEventReminders(store, new Date('2026-08-10T15:00:00.000Z'))).toBe(0);

      // A moved event is reminded again.
      await c.events.update(e.id, { startsAt: '2026-08-11T15:00:00.000Z', endsAt: '2026-08-11T17:00:00.000Z' });
      expect(await scheduleEventReminders(store, new Date('2026-08-10T15:00:00.000Z'))).toBe(2);
    });

    it('case: the notification dispatcher’s tick schedules event reminders and sends them', async () => {
      const c = councils(store);
      const e = await c.events.create(
        event({ title: 'Dinner with the council', kind: 'dinner', startsAt: '2026-07-02T23:00:00Z', endsAt: '2026-07-03T01:00:00Z' }),
      );
      await c.rsvps.requestPublic({ eventId: e.id, name: 'Dee', email: 'dee@example.org', tokenHash: `hash-${e.id}` });
      await c.rsvps.confirm(`hash-${e.id}`);
      const sent: OutgoingMessage[] = [];
      const recording: ChannelAdapter = { name: 'recording', send: async (m) => (sent.push(m), { providerId: `r-${sent.length}` }) };
      const clock = { now: new Date('2026-07-01T20:00:00.000Z') }; // 15:00 in Chicago, the day before
      const d = createNotificationDispatcher(store, {
        adapters: { sms: recording, email: recording },
        now: () => clock.now,
        scheduleReminders: async () => 0,
      });
      await d.tick();
      const mine = sent.filter((m) => m.to === 'dee@example.org');
      expect(mine.map((m) => m.subject)).toEqual(['Tomorrow: Dinner with the council']);
      await d.tick();
      expect(sent.filter((m) => m.to === 'dee@example.org')).toHaveLength(1);
    });
  });
});
