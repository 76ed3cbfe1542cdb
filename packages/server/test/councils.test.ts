/**
 * The campaign staff's councils and events (issue 9, part 4) on both dialects, through the real server:
 * only the advocate role gets in; councils and members with roles, one per email; events created from
 * the wall clock of their own zone; council members added (confirmed, then waitlisted), cancelled (the
 * waitlist's first seated and emailed), capacity changes; a facility visit's clearance ticked with who
 * and when; attendance only after the start and, for a facility visit, only when cleared; counts; reads
 * of names and emails audited, and no name or email in the audit log.
 */
import { outbox } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, dialects, makeWorld, signIn, type Client, type World } from './fixture.ts';

describe.each(dialects)('councils and events for campaign staff on %s', (dialect) => {
  let world: World;
  let advocate: Client;
  let officer: Client;

  beforeAll(async () => {
    world = await makeWorld(dialect);
    advocate = await signIn(world, 'advocate');
    officer = await signIn(world, 'officer');
  });
  afterAll(() => world.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>, client: Client = advocate) =>
    world.app.inject({ method, url, headers: authHeaders(client), ...(payload ? { payload } : {}) });

  async function council(name: string) {
    const made = await call('POST', '/api/voices/councils', { name, description: 'Young people who have lived under supervision.' });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  }

  async function member(councilId: string, name: string, role = 'member', joinedOn = '2026-01-10') {
    const added = await call('POST', `/api/voices/councils/${councilId}/members`, {
      name,
      email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`,
      role,
      joinedOn,
    });
    expect(added.statusCode, added.body).toBe(201);
    return added.json() as { id: number; email: string };
  }

  const newEvent = (extra: Record<string, unknown> = {}) => ({
    title: 'Visit to the youth center',
    kind: 'facility_visit',
    description: 'A guided visit with the superintendent.',
    // The fixture's clock says 12:00 UTC, 07:00 in Chicago, on this day (sessions last 12 hours).
    startLocal: '2026-06-01T10:00',
    endLocal: '2026-06-01T12:00',
    timeZone: 'America/Chicago',
    location: 'Cedar Ridge Youth Center (fictional)',
    capacity: 1,
    visibility: 'members',
    ...extra,
  });

  it('case: only campaign staff get in', async () => {
    expect((await call('GET', '/api/voices/councils', undefined, officer)).statusCode).toBe(403);
    expect((await world.app.inject({ url: '/api/voices/events' })).statusCode).toBe(401);
    expect((await call('GET', '/api/voices/events')).statusCode).toBe(200);
  });

  it('case: councils and members: roles, one member per email, leaving; reading members is audited without names or emails', async () => {
    const id = await council('Youth advisory council');
    const chair = await member(id, 'Avery Chair', 'chair');
    await member(id, 'Jordan Youth', 'youth_member', '2026-02-01');
    const duplicate = await call('POST', `/api/voices/councils/${id}/members`, {
      name: 'Again',
      email: chair.email,
      role: 'member',
      joinedOn: '2026-01-01',
    });
    expect(duplicate.statusCode).toBe(409);
    const badRole = await call('POST', `/api/voices/councils/${id}/members`, {
      name: 'X',
      email: 'x@example.org',
      role: 'king',
      joinedOn: '2026-01-01',
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().errors[0].path).toBe('body.role');
    const badEmail = await call('POST', `/api/voices/councils/${id}/members`, {
      name: 'X',
      email: 'nope',
      role: 'member',
      joinedOn: '2026-01-01',
    });
    expect(badEmail.statusCode).toBe(400);
    expect(
      (
        await call('POST', '/api/voices/councils/no-such/members', {
          name: 'X',
          email: 'x@example.org',
          role: 'member',
          joinedOn: '2026-01-01',
        })
      ).statusCode,
    ).toBe(404);

    const left = await call('PUT', `/api/voices/councils/${id}/members/${chair.id}`, { leftOn: '2026-05-01' });
    expect(left.json()).toMatchObject({ leftOn: '2026-05-01', roleLabel: 'Chair' });
    expect((await call('PUT', `/api/voices/councils/other/members/${chair.id}`, { leftOn: null })).statusCode).toBe(404);

    const read = (await call('GET', `/api/voices/councils/${id}`)).json();
    expect(read.members.map((m: { name: string }) => m.name)).toEqual(['Jordan Youth', 'Avery Chair']);
    const list = (await call('GET', '/api/voices/councils')).json();
    expect(list.councils.find((c: { id: string }) => c.id === id).activeMembers).toBe(1);

    const audit = await world.store.audit.list({ actorUserId: 'U-advocate-1' });
    expect(audit.find((a) => a.action === 'council.read')?.detail).toEqual({ councilId: id, members: 2 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['council.create', 'council.member_add', 'council.member_update']));
    expect(JSON.stringify(audit)).not.toMatch(/@example\.org|Avery|Jordan/);
  });

  it('case: an event from its own wall clock; members added, waitlisted, cancelled and promoted; capacity; clearance with who and when; attendance only after the start and when cleared', async () => {
    const councilId = await council('Visit council');
    const ana = await member(councilId, 'Ana Visitor');
    const ben = await member(councilId, 'Ben Visitor');
    const cy = await member(councilId, 'Cy Visitor');
    const outsider = await member(await council('Another council'), 'Dee Outsider');

    expect((await call('POST', '/api/voices/events', newEvent({ startLocal: '2026-02-30T10:00' }))).statusCode).toBe(400);
    expect((await call('POST', '/api/voices/events', newEvent({ endLocal: '2026-06-01T09:00' }))).statusCode).toBe(422);
    expect((await call('POST', '/api/voices/events', newEvent({ campaignId: 'no-such-campaign' }))).statusCode).toBe(422);
    expect((await call('POST', '/api/voices/events', newEvent({ timeZone: 'Mars/Olympus' }))).statusCode).toBe(400);
    const made = await call('POST', '/api/voices/events', newEvent({ councilId }));
    expect(made.statusCode, made.body).toBe(201);
    const event = made.json();
    // 10:00 in Chicago in June is 15:00 UTC; the zone is named.
    expect(event).toMatchObject({
      startsAt: '2026-06-01T15:00:00.000Z',
      startLocal: '2026-06-01T10:00',
      kindLabel: 'Facility visit',
      seatsLeft: 1,
    });
    expect(event.when).toMatch(/Monday, June 1, 2026.*CDT/);
    const url = `/api/voices/events/${event.id}`;

    const a = await call('POST', `${url}/rsvps`, { memberId: ana.id });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ status: 'confirmed', source: 'staff', cleared: false });
    expect((await call('POST', `${url}/rsvps`, { memberId: ana.id })).statusCode).toBe(409);
    expect((await call('POST', `${url}/rsvps`, { memberId: outsider.id })).statusCode).toBe(422);
    const b = (await call('POST', `${url}/rsvps`, { memberId: ben.id })).json();
    expect(b).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const c = (await call('POST', `${url}/rsvps`, { memberId: cy.id })).json();
    expect(c).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    let detail = (await call('GET', url)).json();
    expect(detail.rsvps.map((r: { name: string; status: string }) => `${r.name} ${r.status}`)).toEqual([
      'Ana Visitor confirmed',
      'Ben Visitor waitlisted',
      'Cy Visitor waitlisted',
    ]);
    expect(detail.members).toEqual([]);
    expect(detail.event.counts).toMatchObject({ confirmed: 1, waitlisted: 2 });

    // Cancelling Ana seats Ben, who is emailed.
    const cancelled = (await call('POST', `${url}/rsvps/${a.json().id}/cancel`)).json();
    expect(cancelled.rsvp.status).toBe('cancelled');
    expect(cancelled.promoted).toMatchObject({ id: b.id, status: 'confirmed' });
    const mails = (await outbox(world.store).list({ limit: 100, offset: 0 })).filter((m) => m.to === ben.email);
    expect(mails.map((m) => [m.kind, m.subject])).toEqual([['event_seat_opened', 'A seat opened up: Visit to the youth center']]);
    expect((await call('POST', `/api/voices/events/other/rsvps/${b.id}/cancel`)).statusCode).toBe(404);

    // Capacity: not below the confirmed seats; a larger one seats the next in line.
    const grown = await call('PUT', url, { capacity: 2 });
    expect(grown.json()).toMatchObject({ promoted: 1, event: { capacity: 2, counts: { confirmed: 2, waitlisted: 0 } } });
    expect((await call('PUT', url, { capacity: 1 })).statusCode).toBe(409);
    const moved = (await call('PUT', url, { startLocal: '2026-06-01T11:00', endLocal: '2026-06-01T13:00' })).json();
    expect(moved.event.startsAt).toBe('2026-06-01T16:00:00.000Z');

    // Clearance: who and when.
    const ticked = await call('PUT', `${url}/rsvps/${b.id}/clearance/id_submitted`, { checked: true });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json().clearance[0]).toMatchObject({
      item: 'id_submitted',
      label: 'Government ID submitted',
      checked: true,
      checkedBy: 'The advocate',
      checkedAt: world.clock.now.toISOString(),
    });
    expect((await call('PUT', `${url}/rsvps/${b.id}/clearance/blood_test`, { checked: true })).statusCode).toBe(404);

    // Attendance: not before the start; then not attended until cleared; a no-show needs no clearance.
    const early = await call('PUT', `${url}/rsvps/${b.id}/attendance`, { attendance: 'attended' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/once the event has started/);
    world.clock.now = new Date('2026-06-01T18:30:00.000Z');
    const blocked = await call('PUT', `${url}/rsvps/${b.id}/attendance`, { attendance: 'attended' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().detail).toMatch(/^Not cleared: Background check approved by the facility; Visit approved\./);
    for (const item of ['background_check', 'visit_approved'])
      await call('PUT', `${url}/rsvps/${b.id}/clearance/${item}`, { checked: true });
    const attended = await call('PUT', `${url}/rsvps/${b.id}/attendance`, { attendance: 'attended' });
    expect(attended.json()).toMatchObject({ attendance: 'attended', attendanceBy: 'The advocate', cleared: true });
    expect((await call('PUT', `${url}/rsvps/${c.id}/attendance`, { attendance: 'no_show' })).json().attendance).toBe('no_show');
    expect((await call('PUT', `${url}/rsvps/${a.json().id}/attendance`, { attendance: 'attended' })).statusCode).toBe(409);

    detail = (await call('GET', url)).json();
    expect(detail.event.counts).toMatchObject({ confirmed: 2, attended: 1, noShow: 1, cancelled: 1 });
    const listed = (await call('GET', '/api/voices/events')).json();
    expect(listed.events.find((e: { id: string }) => e.id === event.id).counts).toMatchObject({ attended: 1, noShow: 1 });
    expect(listed.kinds.find((k: { id: string }) => k.id === 'facility_visit').clearance).toHaveLength(3);
    expect(JSON.stringify(listed.events)).not.toMatch(/@example\.org/);

    const audit = await world.store.audit.list({ actorUserId: 'U-advocate-1' });
    expect(audit.map((x) => x.action)).toEqual(
      expect.arrayContaining([
        'event.create',
        'event.read',
        'event.rsvp_add',
        'event.rsvp_cancel',
        'event.update',
        'event.clearance',
        'event.attendance',
      ]),
    );
    expect(JSON.stringify(audit)).not.toMatch(/@example\.org|Visitor/);
  });

  it('case: a member who has left, or has not yet joined, by the event’s day cannot be added; an event without a council takes any council’s member', async () => {
    world.clock.now = new Date('2026-06-01T12:00:00.000Z');
    const councilId = await council('Dates council');
    const gone = await member(councilId, 'Gone Member');
    await call('PUT', `/api/voices/councils/${councilId}/members/${gone.id}`, { leftOn: '2026-06-01' });
    const late = await member(councilId, 'Late Joiner', 'member', '2026-07-01');
    const here = await member(councilId, 'Here Member');
    const e = (
      await call(
        'POST',
        '/api/voices/events',
        newEvent({ kind: 'dinner', capacity: 5, startLocal: '2026-06-15T10:00', endLocal: '2026-06-15T12:00' }),
      )
    ).json();
    expect((await call('POST', `/api/voices/events/${e.id}/rsvps`, { memberId: gone.id })).json().detail).toMatch(
      /not on the council on the event’s day/,
    );
    expect((await call('POST', `/api/voices/events/${e.id}/rsvps`, { memberId: late.id })).statusCode).toBe(422);
    expect((await call('POST', `/api/voices/events/${e.id}/rsvps`, { memberId: here.id })).json()).toMatchObject({
      status: 'confirmed',
      cleared: true,
    });
    const eligible = (await call('GET', `/api/voices/events/${e.id}`)).json().members.map((m: { name: string }) => m.name);
    expect(eligible).not.toContain('Gone Member');
    expect(eligible).not.toContain('Here Member');
    expect(eligible).toContain('Ana Visitor');
  });
});
