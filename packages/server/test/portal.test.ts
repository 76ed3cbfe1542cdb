/**
 * The person's portal (issue 7, part A) on both dialects: sign-in by a code from the outbox (never in
 * the logs) or by an officer's one-use link, the session reading only the person's own data, codes that
 * lock after five wrong tries, no word on whether an address is known, messages both ways with staff
 * reads audited, who viewed the record, the calendar feed, reminders once per obligation and channel,
 * preferences and restitution. The fixture's person account is U-person-2 (P-000002, on officer-1's
 * caseload); P-000001 has no portal account; P-000003 is on officer-2's caseload.
 */
import { outbox, portal, type OutboxMessage } from '@pathways/store';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { scheduleReminders } from '../src/portal/reminders.ts';
import { authHeaders, dialects, makeWorld, record, sessionCookie, signIn, USERS, type Client, type World, logInto } from './fixture.ts';

const EMAIL = 'person.two@example.org';
const PHONE = '+15555550102';

describe.each(dialects)('the portal on %s', (dialect) => {
  const logLines: string[] = [];
  let world: World;
  let officer: Client;
  let officer2: Client;
  let defender: Client;

  beforeAll(async () => {
    const stream = logInto(logLines);
    world = await makeWorld(dialect, { logger: { stream, level: 'debug' } });
    officer = await signIn(world, 'officer');
    officer2 = await signIn(world, 'officer2');
    defender = await signIn(world, 'defender');
    const p = portal(world.store);
    await p.contacts.set({
      personId: 'P-000002',
      email: 'Person.Two@Example.org',
      phone: '(555) 555-0102',
      timeZone: 'America/Los_Angeles',
    });
    // A contact, but no portal account: codes are never sent to it.
    await p.contacts.set({ personId: 'P-000001', email: 'person.one@example.org' });
  });
  afterAll(() => world.close());

  // Each test starts past the code limiters' 15-minute window (sessions last 12 hours: they survive).
  beforeEach(() => {
    world.clock.now = new Date(world.clock.now.getTime() + 16 * 60_000);
  });

  const post = (url: string, payload: unknown, client?: Client) =>
    world.app.inject({
      method: 'POST',
      url,
      payload: payload as Record<string, unknown>,
      ...(client ? { headers: authHeaders(client) } : {}),
    });
  const get = (url: string, client: Client) => world.app.inject({ url, headers: authHeaders(client) });
  const outboxOf = async (kind: string): Promise<OutboxMessage[]> =>
    (await outbox(world.store).list({ limit: 500, offset: 0 })).filter((m) => m.kind === kind).reverse();
  const codeIn = (message: OutboxMessage): string => /\b(\d{6})\b/.exec(message.body)![1]!;

  async function askCode(address: string): Promise<string> {
    const before = (await outboxOf('sign_in_code')).length;
    const response = await post('/api/portal/code', { address });
    expect(response.statusCode, response.body).toBe(202);
    const sent = await outboxOf('sign_in_code');
    expect(sent).toHaveLength(before + 1);
    return codeIn(sent.at(-1)!);
  }

  async function personClient(): Promise<Client> {
    const code = await askCode(EMAIL);
    const response = await post('/api/portal/session', { address: EMAIL, code });
    expect(response.statusCode, response.body).toBe(200);
    return { cookie: sessionCookie(response), csrf: response.json().csrfToken as string };
  }

  test('case: a code from the outbox signs the person in; the session reads their own data and no one else’s; the code works once and is never logged', async () => {
    logLines.length = 0;
    const response = await post('/api/portal/code', { address: ' Person.Two@EXAMPLE.org ' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ sent: true });
    const [message] = (await outboxOf('sign_in_code')).slice(-1);
    expect(message).toMatchObject({ channel: 'email', to: EMAIL, personId: 'P-000002', language: 'en', urgent: true, status: 'pending' });
    expect(message!.subject).toBe('Your Pathways sign-in code');
    const code = codeIn(message!);

    const session = await post('/api/portal/session', { address: '  person.two@example.org', code });
    expect(session.statusCode, session.body).toBe(200);
    expect(session.json()).toMatchObject({
      user: { id: USERS.person.id, role: 'person', personId: 'P-000002' },
      secondFactorRequired: false,
    });
    const person = { cookie: sessionCookie(session), csrf: session.json().csrfToken as string };
    expect((await get('/api/people/P-000002', person)).statusCode).toBe(200);
    for (const other of ['P-000001', 'P-000003', 'P-000004']) {
      expect((await get(`/api/people/${other}`, person)).statusCode).toBe(404);
      expect((await get(`/api/people/${other}/messages`, person)).statusCode).toBe(403);
    }
    expect((await get('/api/people', person)).json().people.map((p: { id: string }) => p.id)).toEqual(['P-000002']);
    expect((await get('/api/me', person)).json().user.personId).toBe('P-000002');

    expect((await post('/api/portal/session', { address: EMAIL, code })).statusCode).toBe(401);
    const login = (await world.store.audit.list({ actorUserId: USERS.person.id, limit: 1000 })).filter((e) => e.action === 'user.login');
    expect(login.at(-1)!.detail).toEqual({ secondFactorRequired: false, method: 'code' });

    const text = logLines.join('');
    expect(text).toContain('/api/portal/session');
    expect(text).not.toContain(code);
    expect(text).not.toContain(EMAIL);
  });

  test('case: the code goes by text to a phone, in the person’s language', async () => {
    await portal(world.store).contacts.set({ personId: 'P-000002', language: 'es' });
    try {
      const code = await askCode('555-555-0102');
      const [message] = (await outboxOf('sign_in_code')).slice(-1);
      expect(message).toMatchObject({ channel: 'sms', to: PHONE, subject: null, language: 'es' });
      expect(message!.body).toBe(`Su código de Pathways es ${code}. Sirve por 10 minutos. No se lo dé a nadie.`);
      expect((await post('/api/portal/session', { address: '+1 555 555 0102', code })).statusCode).toBe(200);
    } finally {
      await portal(world.store).contacts.set({ personId: 'P-000002', language: 'en' });
    }
  });

  test('case: five wrong codes lock the code: the right one then fails too, until a new code is asked for', async () => {
    const code = await askCode(EMAIL);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const response = await post('/api/portal/session', { address: EMAIL, code: wrong });
      expect(response.statusCode).toBe(401);
      expect(response.json().detail).toMatch(/Ask for a new code/);
    }
    expect((await post('/api/portal/session', { address: EMAIL, code })).statusCode).toBe(401);
    const fresh = await askCode(EMAIL);
    expect((await post('/api/portal/session', { address: EMAIL, code: fresh })).statusCode).toBe(200);
  });

  test('case: an expired code fails; so does an older code once a newer one was sent', async () => {
    const old = await askCode(EMAIL);
    const newer = await askCode(EMAIL);
    if (old !== newer) expect((await post('/api/portal/session', { address: EMAIL, code: old })).statusCode).toBe(401);
    world.clock.now = new Date(world.clock.now.getTime() + 10 * 60_000 + 1);
    expect((await post('/api/portal/session', { address: EMAIL, code: newer })).statusCode).toBe(401);
  });

  test('case: an unknown address, and a known one without a portal account, answer the same 202 and send nothing; a malformed one is 400', async () => {
    const before = (await outbox(world.store).list({ limit: 500, offset: 0 })).length;
    for (const address of ['nobody@example.org', '+15555550199', 'person.one@example.org']) {
      const response = await post('/api/portal/code', { address });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ sent: true });
    }
    expect((await outbox(world.store).list({ limit: 500, offset: 0 })).length).toBe(before);
    expect((await post('/api/portal/session', { address: 'nobody@example.org', code: '123456' })).statusCode).toBe(401);
    const bad = await post('/api/portal/code', { address: 'not an address' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'body.address', message: 'must be an email address or a phone number' }]);
  });

  test('case: code requests are limited per address (known or not): the sixth in 15 minutes is 429', async () => {
    for (let i = 0; i < 5; i++) expect((await post('/api/portal/code', { address: 'someone@example.org' })).statusCode).toBe(202);
    const limited = await post('/api/portal/code', { address: 'SOMEONE@example.org' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('case: an officer’s link signs the person in once, is audited, and runs out after 24 hours; out of scope 404, no account 409, a defender 403', async () => {
    const made = await post('/api/people/P-000002/portal-link', {}, officer);
    expect(made.statusCode, made.body).toBe(201);
    const { url, expiresAt } = made.json();
    expect(url).toMatch(/^\/portal\/link\/[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe(new Date(world.clock.now.getTime() + 24 * 3_600_000).toISOString());
    const audit = (await world.store.audit.list({ personId: 'P-000002', limit: 1000 })).filter((e) => e.action === 'portal.link');
    expect(audit.at(-1)).toMatchObject({ actorUserId: USERS.officer.id, detail: { expiresAt } });

    const token = url.split('/').at(-1)!;
    // Opening the link's page logs the path with the token masked: the token is a credential.
    await world.app.inject({ url });
    expect(logLines.join('\n')).not.toContain(token);
    expect(logLines.some((l) => l.includes('/portal/link/[token]'))).toBe(true);
    const first = await post('/api/portal/link', { token });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().user).toMatchObject({ personId: 'P-000002', role: 'person' });
    const second = await post('/api/portal/link', { token });
    expect(second.statusCode).toBe(401);
    expect(second.json().detail).toMatch(/Ask your officer for a new one/);

    const later = (await post('/api/people/P-000002/portal-link', {}, officer)).json().url.split('/').at(-1)!;
    const saved = world.clock.now;
    world.clock.now = new Date(saved.getTime() + 24 * 3_600_000);
    try {
      expect((await post('/api/portal/link', { token: later })).statusCode).toBe(401);
    } finally {
      world.clock.now = saved;
    }
    expect((await post('/api/portal/link', { token: 'made-up' })).statusCode).toBe(401);
    expect((await post('/api/people/P-000002/portal-link', {}, officer2)).statusCode).toBe(404);
    expect((await post('/api/people/P-000001/portal-link', {}, officer)).statusCode).toBe(409);
    expect((await post('/api/people/P-000001/portal-link', {}, defender)).statusCode).toBe(403);
  });

  test('case: a portal link takes no body: other JSON is refused with 400, text with 415, and no link is made', async () => {
    const links = async () =>
      (await world.store.audit.list({ personId: 'P-000002', limit: 1000 })).filter((e) => e.action === 'portal.link').length;
    const before = await links();
    for (const payload of [{ note: 'x' }, [1], 42]) {
      const response = await post('/api/people/P-000002/portal-link', payload, officer);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await post('/api/people/P-000002/portal-link', 'text', officer)).statusCode).toBe(415);
    expect(await links()).toBe(before);
    expect((await post('/api/people/P-000002/portal-link', {}, officer)).statusCode).toBe(201);
  });

  test('case: messages go both ways, the person gets a notice without the text, staff reads are audited, and no one outside the caseload reads them', async () => {
    const person = await personClient();
    const noticesBefore = (await outboxOf('message')).length;
    const sent = await post('/api/people/P-000002/messages', { body: '  Please bring your pay stubs on Tuesday.  ' }, officer);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({
      personId: 'P-000002',
      direction: 'to_person',
      authorUserId: USERS.officer.id,
      authorName: 'The officer',
      body: 'Please bring your pay stubs on Tuesday.',
      readAt: null,
    });
    const notices = (await outboxOf('message')).slice(noticesBefore);
    expect(notices.map((n) => [n.channel, n.to, n.urgent])).toEqual([
      ['sms', PHONE, false],
      ['email', EMAIL, false],
    ]);
    for (const n of notices) expect(n.body).not.toContain('pay stubs');

    const read = await get('/api/portal/messages', person);
    expect(read.statusCode).toBe(200);
    const mine = read.json().messages as { id: number; body: string; readAt: string | null; direction: string }[];
    expect(mine.at(-1)).toMatchObject({
      id: sent.json().id,
      body: 'Please bring your pay stubs on Tuesday.',
      readAt: world.clock.now.toISOString(),
    });

    const reply = await post('/api/portal/messages', { body: 'OK, I will.' }, person);
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({ direction: 'from_person', authorUserId: USERS.person.id, body: 'OK, I will.' });
    expect((await post('/api/portal/messages', { body: '   ' }, person)).statusCode).toBe(400);
    expect((await post('/api/portal/messages', { body: 'x'.repeat(2001) }, person)).statusCode).toBe(400);

    const staffRead = await get('/api/people/P-000002/messages', officer);
    expect(staffRead.statusCode).toBe(200);
    expect(
      staffRead
        .json()
        .messages.slice(-2)
        .map((m: { direction: string; body: string }) => [m.direction, m.body]),
    ).toEqual([
      ['to_person', 'Please bring your pay stubs on Tuesday.'],
      ['from_person', 'OK, I will.'],
    ]);
    expect(staffRead.json().messages.at(-1).readAt).toBe(world.clock.now.toISOString());
    const reads = (await world.store.audit.list({ personId: 'P-000002', limit: 1000 })).filter(
      (e) => e.action === 'person.read' && e.detail.view === 'messages',
    );
    expect(reads.at(-1)).toMatchObject({ actorUserId: USERS.officer.id });
    const writes = (await world.store.audit.list({ personId: 'P-000002', limit: 1000 })).filter((e) => e.action === 'message.write');
    expect(writes.map((e) => e.detail)).toContainEqual({ messageId: sent.json().id });
    expect(JSON.stringify(writes)).not.toContain('pay stubs');

    expect((await get('/api/people/P-000002/messages', officer2)).statusCode).toBe(404);
    expect((await get('/api/people/P-000002/messages', defender)).statusCode).toBe(403);
    expect((await get('/api/portal/messages', officer)).statusCode).toBe(403);
  });

  test('case: views list staff reads and acts on this person, newest first, never the person’s own and never about others', async () => {
    const person = await personClient();
    expect((await get('/api/people/P-000002', person)).statusCode).toBe(200);
    const read = await world.app.inject({ url: '/api/people/P-000002?reason=monthly%20review', headers: authHeaders(officer) });
    expect(read.statusCode).toBe(200);
    expect((await get('/api/people/P-000001', officer)).statusCode).toBe(200);

    const views = (await get('/api/portal/views', person)).json().views as { actorName: string; action: string; reason: string | null }[];
    expect(views[0]).toEqual({
      // The people route stamps its audit entries with the system clock, not the test's.
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      actorName: 'The officer',
      actorRole: 'officer',
      action: 'person.read',
      reason: 'monthly review',
      entries: expect.any(Number),
    });
    expect(views.map((v) => v.actorName)).not.toContain('The person');
    expect(views.some((v) => v.action === 'portal.link')).toBe(true);
    const others = await world.store.audit.list({ personId: 'P-000001', limit: 1000 });
    expect(others.length).toBeGreaterThan(0);
    // Grouped into visits, every staff entry about P-000002 is counted once.
    expect(views.reduce((n, v) => n + (v as unknown as { entries: number }).entries, 0)).toBe(
      (await world.store.audit.list({ personId: 'P-000002', limit: 1000 })).filter(
        (e) => e.actorUserId !== null && e.actorUserId !== USERS.person.id,
      ).length,
    );
    // Paging counts audit entries: one entry is the newest visit's latest moment.
    expect((await get('/api/portal/views?limit=1', person)).json().views).toEqual([{ ...views[0], entries: 1 }]);
  });

  test('case: obligations are the person’s own, by start time, with restitution counted from the record', async () => {
    const p = portal(world.store);
    const base = { endsAt: null, location: null, amountUsd: null } as const;
    await p.obligations.add({
      ...base,
      personId: 'P-000001',
      kind: 'appointment',
      title: 'Someone else',
      startsAt: '2026-07-01T17:00:00Z',
    });
    const withRestitution = record('P-000002', 'Example');
    withRestitution.terms[0]!.restitutionOrderedUsd = 500;
    withRestitution.events = [
      { type: 'payment', termId: 'T-1', date: '2025-01-10', amountUsd: 120.5, kind: 'restitution' },
      { type: 'payment', termId: 'T-1', date: '2025-02-10', amountUsd: 40, kind: 'fine' },
      { type: 'payment', termId: 'T-1', date: '2099-01-10', amountUsd: 100, kind: 'restitution' },
    ];
    await world.store.people.upsert({ id: 'P-000002', agencyId: 'A-1', record: withRestitution, updatedAt: world.clock.now.toISOString() });
    const payment = await p.obligations.add({
      ...base,
      personId: 'P-000002',
      kind: 'payment',
      title: 'Restitution',
      startsAt: '2026-07-15T17:00:00Z',
      amountUsd: 50,
    });
    const visit = await p.obligations.add({
      ...base,
      personId: 'P-000002',
      kind: 'appointment',
      title: 'See your officer',
      startsAt: '2026-07-02T17:00:00Z',
      location: '100 Main St',
    });

    const person = await personClient();
    const answer = (await get('/api/portal/obligations', person)).json();
    const ids = answer.obligations.map((o: { id: number }) => o.id);
    expect(ids.indexOf(visit.id)).toBeLessThan(ids.indexOf(payment.id));
    expect(answer.obligations.every((o: { personId: string }) => o.personId === 'P-000002')).toBe(true);
    expect(answer.obligations.find((o: { id: number }) => o.id === payment.id)).toEqual({ ...payment, amountUsd: 50 });
    expect(answer.restitution).toEqual([{ termId: 'T-1', orderedUsd: 500, paidUsd: 120.5, balanceUsd: 379.5 }]);
  });

  test('case: the calendar feed lists appointments, check-ins and programs (not payments or cancelled ones) under a secret address; a wrong token is 404', async () => {
    const p = portal(world.store);
    const base = { personId: 'P-000002', endsAt: null, location: 'County building, room 2', amountUsd: null } as const;
    await p.obligations.add({ ...base, kind: 'check_in', title: 'Kiosk check-in', startsAt: '2026-07-03T16:00:00Z' });
    await p.obligations.add({
      ...base,
      kind: 'program',
      title: 'Job readiness class',
      startsAt: '2026-07-04T16:00:00Z',
      endsAt: '2026-07-04T18:00:00Z',
    });
    await p.obligations.add({ ...base, kind: 'appointment', title: 'Called off', startsAt: '2026-07-05T16:00:00Z', status: 'cancelled' });

    const person = await personClient();
    logLines.length = 0;
    const { url } = (await get('/api/portal/calendar', person)).json();
    expect(url).toMatch(/^\/api\/portal\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await get('/api/portal/calendar', person)).json().url).toBe(url);

    const feed = await world.app.inject({ url });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = feed.body;
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const expected = (await p.obligations.forPerson('P-000002')).filter((o) => o.kind !== 'payment' && o.status !== 'cancelled');
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(expected.length);
    for (const o of expected) expect(ics).toContain(`UID:obligation-${o.id}@pathways`);
    expect(ics).toContain('SUMMARY:Job readiness class');
    expect(ics).toContain('DTSTART:20260704T160000Z');
    expect(ics).toContain('DTEND:20260704T180000Z');
    expect(ics).not.toContain('Called off');
    expect(ics).not.toContain('Someone else');

    const wrong = await world.app.inject({ url: '/api/portal/calendar/not-a-real-token.ics' });
    expect(wrong.statusCode).toBe(404);
    expect(logLines.join('')).not.toContain(url.split('/').at(-1)!.replace('.ics', ''));
  });

  test('case: preferences read and change language and channels; turning texts off is audited as the person’s own act', async () => {
    const person = await personClient();
    expect((await get('/api/portal/preferences', person)).json()).toEqual({
      language: 'en',
      sms: true,
      email: true,
      phone: PHONE,
      emailAddress: EMAIL,
      timeZone: 'America/Los_Angeles',
    });
    const put = await world.app.inject({
      method: 'PUT',
      url: '/api/portal/preferences',
      headers: authHeaders(person),
      payload: { language: 'es', sms: false },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({
      language: 'es',
      sms: false,
      email: true,
      phone: PHONE,
      emailAddress: EMAIL,
      timeZone: 'America/Los_Angeles',
    });
    expect(await portal(world.store).contacts.get('P-000002')).toMatchObject({ language: 'es', smsOptOut: true, emailOptOut: false });
    const bad = await world.app.inject({
      method: 'PUT',
      url: '/api/portal/preferences',
      headers: authHeaders(person),
      payload: { language: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    const back = await world.app.inject({
      method: 'PUT',
      url: '/api/portal/preferences',
      headers: authHeaders(person),
      payload: { language: 'en', sms: true },
    });
    expect(back.json()).toMatchObject({ language: 'en', sms: true });
    const audit = (await world.store.audit.list({ actorUserId: USERS.person.id, limit: 1000 })).filter(
      (e) => e.action === 'portal.preferences',
    );
    expect(audit.map((e) => e.detail)).toEqual([
      { language: 'es', sms: false, email: true },
      { language: 'en', sms: true, email: true },
    ]);
    expect((await get('/api/portal/preferences', officer)).statusCode).toBe(403);
  });

  test('case: reminders are enqueued once per obligation and channel, 24 hours ahead, in the person’s language and zone, never on an opted-out channel', async () => {
    const p = portal(world.store);
    const at = world.clock.now;
    const inHours = (h: number) => new Date(at.getTime() + h * 3_600_000).toISOString();
    const base = { personId: 'P-000002', endsAt: null, location: null } as const;
    const soon = await p.obligations.add({
      ...base,
      kind: 'appointment',
      title: 'See your officer',
      startsAt: inHours(20),
      location: '100 Main St',
      amountUsd: null,
    });
    const due = await p.obligations.add({ ...base, kind: 'payment', title: 'Restitution', startsAt: inHours(23), amountUsd: 25 });
    await p.obligations.add({ ...base, kind: 'check_in', title: 'Later', startsAt: inHours(30), amountUsd: null });
    await p.obligations.add({ ...base, kind: 'program', title: 'Cancelled', startsAt: inHours(5), status: 'cancelled', amountUsd: null });
    await p.contacts.set({ personId: 'P-000002', smsOptOut: true, language: 'es', timeZone: 'America/Chicago' });
    try {
      // Obligations made by earlier tests start weeks ahead: only these two are due.
      expect(await scheduleReminders(world.store, at)).toBe(2);
      expect(await scheduleReminders(world.store, at)).toBe(0);
      const reminders = await outboxOf('reminder');
      expect(reminders.map((m) => [m.channel, m.to, m.language, m.urgent])).toEqual([
        ['email', EMAIL, 'es', false],
        ['email', EMAIL, 'es', false],
      ]);
      expect(reminders[0]!.dedupeKey).toBe(`reminder:${soon.id}:${soon.startsAt}:email`);
      expect(reminders[0]!.subject).toBe('Recordatorio: See your officer');
      const local = new Intl.DateTimeFormat('es-US', {
        timeZone: 'America/Chicago',
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }).format(new Date(soon.startsAt));
      expect(reminders[0]!.body).toContain(`See your officer, el ${local} en 100 Main St.`);
      expect(reminders[1]!.dedupeKey).toBe(`reminder:${due.id}:${due.startsAt}:email`);
      expect(reminders[1]!.body).toMatch(/su pago de (US\$|\$)\s?25[.,]00 \(Restitution\) vence el/);

      // A day later, the next one is due; the texts are still off.
      expect(await scheduleReminders(world.store, new Date(at.getTime() + 24 * 3_600_000))).toBe(1);
      expect((await outboxOf('reminder')).filter((m) => m.channel === 'sms')).toEqual([]);
    } finally {
      await p.contacts.set({ personId: 'P-000002', smsOptOut: false, language: 'en', timeZone: 'America/Los_Angeles' });
    }
  });
});
