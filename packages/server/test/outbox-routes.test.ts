/**
 * The outbox's routes through the whole server (both dialects): GET /api/outbox for administrators only,
 * their agency's messages newest first, paged and audited; and Twilio's inbound webhook: the signature
 * (Twilio's documented example first, then valid, invalid and missing signatures), STOP, START, HELP and
 * other texts, replies in the person's language, and an opted-out person's next reminder suppressed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outbox, portal } from '@pathways/store';
import { parseForm, smsKeyword, twilioSignature, twiml, validTwilioSignature } from '../src/portal/adapters/twilio-webhook.ts';
import { createNotificationDispatcher } from '../src/portal/dispatcher.ts';
import { demoOutboxAdapter } from '../src/portal/adapters/demo.ts';
import { authHeaders, dialects, makeWorld, signIn, type World, logInto } from './fixture.ts';

const TOKEN = 'twilio-test-auth-token';
const WEBHOOK_URL = 'https://pathways.example.org/api/portal/sms/inbound';
const PHONE = '+15555550102'; // P-000002, the fixture's person account

describe('Twilio request signatures', () => {
  it('case: the example in Twilio’s documentation signs to 0/KCTR6DLpKmkAf8muzZqo1nDgQ=', () => {
    const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
    expect(validTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', ['https://mycompany.com/myapp.php?foo=1&bar=2'], params)).toBe(
      true,
    );
    // Another URL, another token, a changed parameter, no signature: all refused.
    expect(validTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', ['https://mycompany.com/myapp.php'], params)).toBe(false);
    expect(validTwilioSignature('54321', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', ['https://mycompany.com/myapp.php?foo=1&bar=2'], params)).toBe(
      false,
    );
    expect(
      validTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', ['https://mycompany.com/myapp.php?foo=1&bar=2'], {
        ...params,
        Digits: '1235',
      }),
    ).toBe(false);
    expect(validTwilioSignature('12345', undefined, ['https://mycompany.com/myapp.php?foo=1&bar=2'], params)).toBe(false);
  });

  it('case: a repeated parameter signs each value under its name, values sorted', () => {
    const params = parseForm('b=2&a=z&a=y');
    expect(params).toEqual({ b: '2', a: ['z', 'y'] });
    expect(twilioSignature('t', 'https://x/', params)).toBe(twilioSignature('t', 'https://x/', { a: ['y', 'z'], b: '2' }));
  });

  it('case: keywords are whole messages, in any case, with stray spaces and punctuation', () => {
    expect(['STOP', ' stop ', 'Stop.', 'STOPALL', 'unsubscribe', 'Cancel', 'end', 'QUIT!'].map(smsKeyword)).toEqual(Array(8).fill('stop'));
    expect(['START', 'unstop'].map(smsKeyword)).toEqual(['start', 'start']);
    expect(['HELP', 'info?'].map(smsKeyword)).toEqual(['help', 'help']);
    expect(['stop by at 5', 'Stopp', '', 'ALTO'].map(smsKeyword)).toEqual([null, null, null, null]);
    expect(twiml('a < b & "c"')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>a &lt; b &amp; &quot;c&quot;</Message></Response>',
    );
    expect(twiml(null)).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
  });
});

describe.each(dialects)('outbox routes on %s', (dialect) => {
  let world: World;
  beforeAll(async () => {
    process.env.TWILIO_AUTH_TOKEN = TOKEN;
    process.env.TWILIO_WEBHOOK_URL = WEBHOOK_URL;
    try {
      world = await makeWorld(dialect);
    } finally {
      delete process.env.TWILIO_AUTH_TOKEN;
      delete process.env.TWILIO_WEBHOOK_URL;
    }
    await portal(world.store).contacts.set({ personId: 'P-000002', phone: PHONE, email: 'p2@example.org', language: 'es' });
  });
  afterAll(() => world.close());
  afterEach(async () => {
    await portal(world.store).contacts.set({ personId: 'P-000002', smsOptOut: false });
  });

  const inbound = (form: Record<string, string>, signature?: string) =>
    world.app.inject({
      method: 'POST',
      url: '/api/portal/sms/inbound',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(signature !== undefined ? { 'x-twilio-signature': signature } : {}),
      },
      payload: new URLSearchParams(form).toString(),
    });
  const twilioForm = (body: string, from = PHONE) => ({
    MessageSid: 'SM0123456789abcdef0123456789abcdef',
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    From: from,
    To: '+15555550000',
    Body: body,
    NumMedia: '0',
  });
  const signed = (form: Record<string, string>) => inbound(form, twilioSignature(TOKEN, WEBHOOK_URL, form));

  describe('GET /api/outbox', () => {
    it('case: an administrator reads their agency’s messages newest first, paged, with the body; reading is audited', async () => {
      const box = outbox(world.store);
      const t = new Date('2026-06-01T12:00:00Z');
      const first = (await box.enqueue(
        {
          channel: 'email',
          to: 'p1@example.org',
          subject: 'Code',
          body: 'Your code is 111111',
          kind: 'sign_in_code',
          personId: 'P-000001',
          language: 'en',
          urgent: true,
        },
        t,
      ))!;
      const second = (await box.enqueue(
        {
          channel: 'sms',
          to: PHONE,
          subject: null,
          body: 'Su código es 222222',
          kind: 'sign_in_code',
          personId: 'P-000002',
          language: 'es',
          urgent: true,
        },
        t,
      ))!;
      // Another agency's person: never shown to A-1's administrator.
      await box.enqueue(
        {
          channel: 'sms',
          to: '+15555550104',
          subject: null,
          body: 'Other agency 333333',
          kind: 'reminder',
          personId: 'P-000004',
          language: 'en',
          urgent: false,
        },
        t,
      );
      await box.markSent(first.id, 'demo', t);

      const admin = await signIn(world, 'admin');
      const page = await world.app.inject({ url: '/api/outbox?limit=1&offset=0', headers: authHeaders(admin) });
      expect(page.statusCode).toBe(200);
      expect(page.json()).toEqual({
        messages: [
          {
            id: second.id,
            createdAt: '2026-06-01T12:00:00.000Z',
            channel: 'sms',
            to: PHONE,
            subject: null,
            body: 'Su código es 222222',
            kind: 'sign_in_code',
            personId: 'P-000002',
            language: 'es',
            urgent: true,
            status: 'pending',
            attempts: 0,
            nextAttemptAt: '2026-06-01T12:00:00.000Z',
            sentAt: null,
            providerId: null,
            lastError: null,
          },
        ],
        total: 2,
        limit: 1,
        offset: 0,
      });
      const next = await world.app.inject({ url: '/api/outbox?limit=1&offset=1', headers: authHeaders(admin) });
      expect(
        next
          .json()
          .messages.map((m: { id: number; status: string; providerId: string; nextAttemptAt: string | null }) => [
            m.id,
            m.status,
            m.providerId,
            m.nextAttemptAt,
          ]),
      ).toEqual([[first.id, 'sent', 'demo', null]]);
      const all = await world.app.inject({ url: '/api/outbox', headers: authHeaders(admin) });
      expect(all.json().messages.map((m: { body: string }) => m.body)).toEqual(['Su código es 222222', 'Your code is 111111']);

      const audit = await world.store.audit.list({ actorUserId: 'U-admin-1', limit: 10, offset: 0 });
      expect(audit.filter((e) => e.action === 'outbox.read').map((e) => e.detail)).toEqual(
        expect.arrayContaining([
          { limit: 1, offset: 0, shown: 1, ids: ['P-000002'] },
          { limit: 1, offset: 1, shown: 1, ids: ['P-000001'] },
        ]),
      );
    });

    it('case: a read is audited under each person whose messages it showed: the log filtered by person and their own view find it', async () => {
      const box = outbox(world.store);
      const message = { channel: 'sms', subject: null, kind: 'reminder', language: 'en', urgent: false } as const;
      await box.enqueue({ ...message, to: '+15555550103', body: 'Check-in tomorrow', personId: 'P-000003' }, world.clock.now);
      await box.enqueue({ ...message, to: PHONE, body: 'Check-in today', personId: 'P-000002' }, world.clock.now);
      await box.enqueue({ ...message, to: PHONE, body: 'Check-in next week', personId: 'P-000002' }, world.clock.now);
      const admin = await signIn(world, 'admin');
      const read = await world.app.inject({ url: '/api/outbox?limit=3', headers: authHeaders(admin) });
      expect(read.statusCode).toBe(200);

      const [entry] = await world.store.audit.list({ actorUserId: 'U-admin-1', order: 'newest', limit: 1 });
      // Each person once, however many of their messages were on the page.
      expect(entry).toMatchObject({ action: 'outbox.read', personId: null, detail: { shown: 3, ids: ['P-000002', 'P-000003'] } });
      for (const personId of ['P-000002', 'P-000003']) {
        const byPerson = await world.app.inject({ url: `/api/audit?personId=${personId}`, headers: authHeaders(admin) });
        expect(
          byPerson.json().entries.map((e: { id: number }) => e.id),
          personId,
        ).toContain(entry!.id);
      }
      // P-000001's message was not on this page: the entry is not filed under them.
      expect((await world.store.audit.list({ personId: 'P-000001' })).map((e) => e.id)).not.toContain(entry!.id);
      const person = await signIn(world, 'person');
      const views = await world.app.inject({ url: '/api/portal/views', headers: authHeaders(person) });
      expect(views.json().views.map((v: { action: string }) => v.action)).toContain('outbox.read');
    });

    it('case: everyone else is refused: 403 for other roles, 401 signed out; a bad page is 400', async () => {
      for (const key of ['supervisor', 'officer', 'defender', 'person', 'advocate'] as const) {
        const client = await signIn(world, key);
        expect((await world.app.inject({ url: '/api/outbox', headers: authHeaders(client) })).statusCode, key).toBe(403);
      }
      expect((await world.app.inject({ url: '/api/outbox' })).statusCode).toBe(401);
      const admin = await signIn(world, 'admin');
      expect((await world.app.inject({ url: '/api/outbox?limit=0', headers: authHeaders(admin) })).statusCode).toBe(400);
    });
  });

  describe('POST /api/portal/sms/inbound', () => {
    it('case: STOP with a valid signature opts the number out, answers in the person’s language, and is audited', async () => {
      const response = await signed(twilioForm('Stop'));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/xml/);
      expect(response.body).toBe(
        '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Pathways: Ya no le enviaremos más mensajes de texto. Para recibirlos otra vez, responda START.</Message></Response>',
      );
      expect((await portal(world.store).contacts.get('P-000002'))!.smsOptOut).toBe(true);
      const entries = await world.store.audit.list({ personId: 'P-000002', limit: 5, offset: 0 });
      expect(entries.find((e) => e.action === 'portal.sms_opt_out')).toMatchObject({
        actorUserId: null,
        detail: { channel: 'sms', contactsChanged: 1 },
      });
    });

    it('case: an invalid or missing signature is refused 403 and changes nothing', async () => {
      const form = twilioForm('STOP');
      const forged = await inbound(form, twilioSignature('not-the-token', WEBHOOK_URL, form));
      expect(forged.statusCode).toBe(403);
      expect(forged.headers['content-type']).toMatch(/^application\/problem\+json/);
      // Signed for another URL (the server's own, not the one configured at Twilio).
      expect((await inbound(form, twilioSignature(TOKEN, 'http://localhost:80/api/portal/sms/inbound', form))).statusCode).toBe(403);
      // Signed, then a parameter changed in transit.
      expect((await inbound({ ...form, From: '+15555550199' }, twilioSignature(TOKEN, WEBHOOK_URL, form))).statusCode).toBe(403);
      expect((await inbound(form)).statusCode).toBe(403);
      expect((await portal(world.store).contacts.get('P-000002'))!.smsOptOut).toBe(false);
    });

    it('case: START opts back in; HELP answers and changes nothing; any other text gets an empty answer', async () => {
      await signed(twilioForm('STOP'));
      const start = await signed(twilioForm('start'));
      expect(start.body).toContain('Le volveremos a enviar mensajes de texto.');
      expect((await portal(world.store).contacts.get('P-000002'))!.smsOptOut).toBe(false);
      const help = await signed(twilioForm('HELP'));
      expect(help.body).toContain('<Message>Pathways: Recordatorios sobre su supervisión.');
      expect((await portal(world.store).contacts.get('P-000002'))!.smsOptOut).toBe(false);
      const chat = await signed(twilioForm('Can I move my appointment?'));
      expect(chat.statusCode).toBe(200);
      expect(chat.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    });

    it('case: an unknown number gets the same answer (in English) as a known one would, and nothing changes', async () => {
      const response = await signed(twilioForm('STOP', '+15555550999'));
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<Message>Pathways: You will not get more texts from us. To get them again, reply START.</Message>');
      expect((await portal(world.store).contacts.get('P-000002'))!.smsOptOut).toBe(false);
    });

    it('case: after STOP, the person’s next text reminder is suppressed by the dispatcher; email still goes', async () => {
      await signed(twilioForm('QUIT'));
      const box = outbox(world.store);
      const now = new Date('2026-06-01T18:00:00Z'); // 11:00 in Los Angeles
      const text = (await box.enqueue(
        {
          channel: 'sms',
          to: PHONE,
          subject: null,
          body: 'Recordatorio',
          kind: 'reminder',
          personId: 'P-000002',
          language: 'es',
          urgent: false,
        },
        now,
      ))!;
      const mail = (await box.enqueue(
        {
          channel: 'email',
          to: 'p2@example.org',
          subject: 'R',
          body: 'Recordatorio',
          kind: 'reminder',
          personId: 'P-000002',
          language: 'es',
          urgent: false,
        },
        now,
      ))!;
      const d = createNotificationDispatcher(world.store, {
        adapters: { sms: demoOutboxAdapter(), email: demoOutboxAdapter() },
        now: () => now,
        scheduleReminders: async () => 0,
      });
      await d.tick();
      expect((await box.get(text.id))!.status).toBe('suppressed');
      expect((await box.get(mail.id))!.status).toBe('sent');
    });

    it('case: a body that is not Twilio’s form is refused (400 without From; JSON, unsigned, 403)', async () => {
      const noFrom = { Body: 'STOP' };
      expect((await inbound(noFrom, twilioSignature(TOKEN, WEBHOOK_URL, noFrom))).statusCode).toBe(400);
      const json = await world.app.inject({
        method: 'POST',
        url: '/api/portal/sms/inbound',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ From: PHONE, Body: 'STOP' }),
      });
      // JSON parses (the server's parser), but has no valid signature.
      expect(json.statusCode).toBe(403);
    });
  });
});

describe.each(dialects)('the inbound webhook without an auth token (the demo) on %s', (dialect) => {
  let world: World;
  const logLines: string[] = [];
  beforeAll(async () => {
    delete process.env.TWILIO_AUTH_TOKEN;
    const stream = logInto(logLines);
    world = await makeWorld(dialect, { logger: { stream, level: 'debug' } });
    await portal(world.store).contacts.set({ personId: 'P-000002', phone: PHONE, language: 'en' });
  });
  afterAll(() => world.close());

  it('case: unsigned STOP is accepted and opts the number out (the form as Twilio labels it, with its charset)', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/portal/sms/inbound',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      payload: `From=${encodeURIComponent(PHONE)}&Body=STOP`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('You will not get more texts from us.');
    expect((await portal(world.store).contacts.get('P-000002'))!.smsOptOut).toBe(true);
  });

  it('case: the logs hold neither the number nor the text, nor the outbox’s addresses and bodies', async () => {
    await world.app.inject({
      method: 'POST',
      url: '/api/portal/sms/inbound',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `From=${encodeURIComponent(PHONE)}&Body=${encodeURIComponent('Unsubscribe Quorvexa-4411')}`,
    });
    await outbox(world.store).enqueue({
      channel: 'sms',
      to: PHONE,
      subject: null,
      body: 'Your code is 918273',
      kind: 'sign_in_code',
      personId: 'P-000002',
      language: 'en',
      urgent: true,
    });
    const admin = await signIn(world, 'admin');
    const page = await world.app.inject({ url: '/api/outbox', headers: authHeaders(admin) });
    expect(page.json().messages[0].body).toBe('Your code is 918273');
    const logs = logLines.join('');
    expect(logs).toContain('/api/portal/sms/inbound');
    expect(logs).toContain('/api/outbox');
    for (const secret of [PHONE, '5555550102', 'Quorvexa-4411', '918273']) expect(logs).not.toContain(secret);
  });
});

describe.each(dialects)('the inbound webhook with a token but no configured URL on %s', (dialect) => {
  let world: World;
  beforeAll(async () => {
    process.env.TWILIO_AUTH_TOKEN = TOKEN;
    try {
      world = await makeWorld(dialect);
    } finally {
      delete process.env.TWILIO_AUTH_TOKEN;
    }
  });
  afterAll(() => world.close());

  it('case: the URL the server was reached at is checked as http and as https (TLS ended by a proxy), nothing else', async () => {
    const form = { From: PHONE, Body: 'HELP' };
    const post = (signature: string) =>
      world.app.inject({
        method: 'POST',
        url: '/api/portal/sms/inbound?source=twilio',
        headers: { host: 'pathways.example.org', 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        payload: new URLSearchParams(form).toString(),
      });
    expect((await post(twilioSignature(TOKEN, 'http://pathways.example.org/api/portal/sms/inbound?source=twilio', form))).statusCode).toBe(
      200,
    );
    expect((await post(twilioSignature(TOKEN, 'https://pathways.example.org/api/portal/sms/inbound?source=twilio', form))).statusCode).toBe(
      200,
    );
    // The query string is part of what Twilio signs.
    expect((await post(twilioSignature(TOKEN, 'https://pathways.example.org/api/portal/sms/inbound', form))).statusCode).toBe(403);
    expect((await post(twilioSignature(TOKEN, 'https://attacker.example/api/portal/sms/inbound?source=twilio', form))).statusCode).toBe(
      403,
    );
  });
});
