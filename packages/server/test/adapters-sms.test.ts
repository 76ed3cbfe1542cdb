/**
 * The Twilio-compatible SMS adapter against a local HTTP server that imitates Twilio's Messages API: the
 * path, Basic auth and form fields it sends; how it reads 201, 4xx, 429 and 5xx; and, through the
 * dispatcher and a real store (both dialects), that a 5xx is retried with backoff while Twilio's 21610
 * (unsubscribed) suppresses the message. Then which adapters the environment selects.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outbox, portal, type PathwaysStore } from '@pathways/store';
import { openTestStore, type TestStore } from '../../store/test/dialects.ts';
import { DeliveryError } from '../src/portal/adapters/adapter.ts';
import { DEMO_PROVIDER_ID } from '../src/portal/adapters/demo.ts';
import { adaptersFromEnv, twilioOptionsFromEnv } from '../src/portal/adapters/from-env.ts';
import { twilioSmsAdapter } from '../src/portal/adapters/twilio-sms.ts';
import { createNotificationDispatcher } from '../src/portal/dispatcher.ts';
import { dialects, record } from './fixture.ts';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'test-auth-token';
const FROM = '+15555550000';

interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  form: Record<string, string>;
}

/** What the imitation answers next: status and JSON body (default 201 with a fresh SID). */
type Answer = { status: number; body: unknown };

let server: Server | undefined;

async function fakeTwilio(): Promise<{ baseUrl: string; seen: Seen[]; answers: Answer[] }> {
  const seen: Seen[] = [];
  const answers: Answer[] = [];
  server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
      });
      const answer = answers.shift() ?? { status: 201, body: { sid: `SM${String(seen.length).padStart(32, '0')}`, status: 'queued' } };
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, answers };
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('twilioSmsAdapter against a local imitation of Twilio', () => {
  it('case: POST /2010-04-01/Accounts/{sid}/Messages.json with Basic auth and To, From, Body form-encoded', async () => {
    const twilio = await fakeTwilio();
    const adapter = twilioSmsAdapter({ baseUrl: `${twilio.baseUrl}/`, accountSid: SID, authToken: TOKEN, from: FROM });
    const body = 'Su código de Pathways es 123456. Sirve por 10 minutos.';
    const receipt = await adapter.send({ id: 1, to: '+15555550123', subject: null, body, language: 'es' });
    expect(receipt).toEqual({ providerId: 'SM00000000000000000000000000000001' });
    expect(twilio.seen).toEqual([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${SID}/Messages.json`,
        authorization: `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`,
        contentType: 'application/x-www-form-urlencoded',
        form: { To: '+15555550123', From: FROM, Body: body },
      },
    ]);
  });

  it('case: 4xx refusals are permanent and carry Twilio’s code; 429, 401 and 5xx are temporary', async () => {
    const twilio = await fakeTwilio();
    const adapter = twilioSmsAdapter({ baseUrl: twilio.baseUrl, accountSid: SID, authToken: TOKEN, from: FROM });
    const send = () => adapter.send({ id: 1, to: '+15555550123', subject: null, body: 'x', language: 'en' }).catch((e: unknown) => e);
    twilio.answers.push(
      { status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient +15555550123', status: 400 } },
      { status: 400, body: { code: 21211, message: "The 'To' number +15555550123 is not a valid phone number.", status: 400 } },
      { status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } },
      { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } },
      { status: 503, body: { message: 'Service unavailable' } },
      { status: 502, body: '<html>bad gateway</html>' },
    );
    const results = [];
    for (let i = 0; i < 6; i += 1) {
      const e = (await send()) as DeliveryError;
      expect(e).toBeInstanceOf(DeliveryError);
      // Twilio's message quotes the number: it is never kept.
      expect(e.message).not.toContain('555');
      results.push([e.permanent, e.code, e.message]);
    }
    expect(results).toEqual([
      [true, '21610', 'HTTP 400, Twilio code 21610'],
      [true, '21211', 'HTTP 400, Twilio code 21211'],
      [false, '20429', 'HTTP 429, Twilio code 20429'],
      [false, '20003', 'HTTP 401, Twilio code 20003'],
      [false, '503', 'HTTP 503'],
      [false, '502', 'HTTP 502'],
    ]);
  });

  it('case: a provider that does not answer in time, or is not there, is temporary', async () => {
    server = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const slow = twilioSmsAdapter({ baseUrl: `http://127.0.0.1:${port}`, accountSid: SID, authToken: TOKEN, from: FROM, timeoutMs: 200 });
    await expect(slow.send({ id: 1, to: '+15555550123', subject: null, body: 'x', language: 'en' })).rejects.toMatchObject({
      permanent: false,
      code: 'ETIMEDOUT',
    });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const gone = twilioSmsAdapter({ baseUrl: `http://127.0.0.1:${port}`, accountSid: SID, authToken: TOKEN, from: FROM });
    await expect(gone.send({ id: 1, to: '+15555550123', subject: null, body: 'x', language: 'en' })).rejects.toMatchObject({
      permanent: false,
      code: 'ECONNECTION',
    });
  });
});

describe.each(dialects)('the dispatcher with the SMS adapter on %s', (dialect) => {
  let testStore: TestStore;
  let store: PathwaysStore;
  const clock = { now: new Date('2026-06-01T18:00:00.000Z') }; // 11:00 PDT: outside quiet hours

  beforeEach(async () => {
    clock.now = new Date('2026-06-01T18:00:00.000Z');
    testStore = await openTestStore(dialect);
    store = testStore.store;
    await store.agencies.upsert({ id: 'A-1', name: 'Agency One', jurisdiction: 'US-CA' });
    await store.people.upsert({
      id: 'P-000001',
      agencyId: 'A-1',
      record: record('P-000001', 'Example'),
      updatedAt: clock.now.toISOString(),
    });
    await portal(store).contacts.set({ personId: 'P-000001', phone: '+15555550123', language: 'en' });
  });
  afterEach(() => testStore.dispose());

  const enqueue = async () =>
    (await outbox(store).enqueue(
      {
        channel: 'sms',
        to: '+15555550123',
        subject: null,
        body: 'Check-in tomorrow at 9:00 AM.',
        kind: 'reminder',
        personId: 'P-000001',
        language: 'en',
        urgent: false,
      },
      clock.now,
    ))!;

  it('case: a 5xx is retried with backoff and then sent; the outbox keeps Twilio’s SID', async () => {
    const twilio = await fakeTwilio();
    twilio.answers.push({ status: 500, body: { message: 'oops' } }, { status: 503, body: { message: 'busy' } });
    const d = createNotificationDispatcher(store, {
      adapters: {
        sms: twilioSmsAdapter({ baseUrl: twilio.baseUrl, accountSid: SID, authToken: TOKEN, from: FROM }),
        email: { name: 'none', send: () => Promise.reject(new Error('unused')) },
      },
      now: () => clock.now,
      scheduleReminders: async () => 0,
    });
    const m = await enqueue();
    expect(await d.tick()).toMatchObject({ retried: 1 });
    expect(await outbox(store).get(m.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'HTTP 500',
      nextAttemptAt: '2026-06-01T18:01:00.000Z',
    });
    clock.now = new Date('2026-06-01T18:01:00.000Z');
    expect(await d.tick()).toMatchObject({ retried: 1 });
    expect(await outbox(store).get(m.id)).toMatchObject({ attempts: 2, lastError: 'HTTP 503', nextAttemptAt: '2026-06-01T18:03:00.000Z' });
    clock.now = new Date('2026-06-01T18:02:59.000Z');
    expect(await d.tick()).toMatchObject({ sent: 0, retried: 0 });
    clock.now = new Date('2026-06-01T18:03:00.000Z');
    expect(await d.tick()).toMatchObject({ sent: 1 });
    expect(await outbox(store).get(m.id)).toMatchObject({ status: 'sent', attempts: 2, providerId: 'SM00000000000000000000000000000003' });
    expect(twilio.seen).toHaveLength(3);
  });

  it('case: 21610 (unsubscribed) suppresses the message and opts the number out; 21211 fails it for good', async () => {
    const twilio = await fakeTwilio();
    twilio.answers.push({ status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 } });
    const d = createNotificationDispatcher(store, {
      adapters: {
        sms: twilioSmsAdapter({ baseUrl: twilio.baseUrl, accountSid: SID, authToken: TOKEN, from: FROM }),
        email: { name: 'none', send: () => Promise.reject(new Error('unused')) },
      },
      now: () => clock.now,
      scheduleReminders: async () => 0,
    });
    const m = await enqueue();
    expect(await d.tick()).toMatchObject({ suppressed: 1 });
    expect(await outbox(store).get(m.id)).toMatchObject({ status: 'suppressed', attempts: 0, lastError: 'HTTP 400, Twilio code 21610' });
    expect((await portal(store).contacts.get('P-000001'))!.smsOptOut).toBe(true);

    await portal(store).contacts.set({ personId: 'P-000001', smsOptOut: false });
    twilio.answers.push({ status: 400, body: { code: 21211, message: 'Invalid To', status: 400 } });
    const n = await enqueue();
    expect(await d.tick()).toMatchObject({ failed: 1 });
    expect(await outbox(store).get(n.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 400, Twilio code 21211' });
    expect(twilio.seen).toHaveLength(2);
  });
});

describe('adapters from the environment', () => {
  it('case: nothing set: both channels use the demo adapter, which keeps the message in the outbox', async () => {
    const adapters = adaptersFromEnv({});
    expect([adapters.sms.name, adapters.email.name]).toEqual(['demo', 'demo']);
    expect(await adapters.sms.send({ id: 1, to: '+15555550123', subject: null, body: 'x', language: 'en' })).toEqual({
      providerId: DEMO_PROVIDER_ID,
    });
  });

  it('case: SMTP_URL selects SMTP for email; the three Twilio variables select Twilio (default base URL api.twilio.com)', async () => {
    const adapters = adaptersFromEnv({
      SMTP_URL: 'smtp://u:p@127.0.0.1:2525',
      TWILIO_ACCOUNT_SID: SID,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_FROM: FROM,
    });
    expect([adapters.sms.name, adapters.email.name]).toEqual(['twilio', 'smtp']);
    await adapters.email.close?.();
    expect(twilioOptionsFromEnv({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: FROM })).toEqual({
      baseUrl: 'https://api.twilio.com',
      accountSid: SID,
      authToken: TOKEN,
      from: FROM,
    });
    expect(
      twilioOptionsFromEnv({
        TWILIO_BASE_URL: 'http://127.0.0.1:9999',
        TWILIO_ACCOUNT_SID: SID,
        TWILIO_AUTH_TOKEN: TOKEN,
        TWILIO_FROM: FROM,
      })?.baseUrl,
    ).toBe('http://127.0.0.1:9999');
  });

  it('case: a half-configured Twilio is an error naming what is missing, not a silent demo', () => {
    expect(() => adaptersFromEnv({ TWILIO_ACCOUNT_SID: SID })).toThrow(
      'SMS through Twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM: TWILIO_AUTH_TOKEN, TWILIO_FROM not set',
    );
  });
});
