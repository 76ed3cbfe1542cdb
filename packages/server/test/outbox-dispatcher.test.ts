/**
 * The notification dispatcher over a real store (both dialects), with recording adapters and a clock the
 * test moves: sending through the right channel, exponential backoff and giving up, permanent refusals,
 * Twilio's 21610, opt-outs, quiet hours (and urgent messages ignoring them), claims, the portal's
 * reminders, the timer loop, and logs that never carry an address or a body.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outbox, portal, type NewOutboxMessage, type PathwaysStore } from '@pathways/store';
import { openTestStore, type TestStore } from '../../store/test/dialects.ts';
import { DeliveryError, type ChannelAdapter, type OutgoingMessage } from '../src/portal/adapters/adapter.ts';
import { createNotificationDispatcher, startNotificationDispatcher, type DispatcherOptions } from '../src/portal/dispatcher.ts';
import { dialects, record } from './fixture.ts';

const PHONE = '+15555550123';
const EMAIL = 'quorvexa@example.org';
const BODY = 'Su cita es mañana a las 10:00. Secreto-7781';

/** An adapter that records what it was asked to send and answers with what the test queued (default: success). */
function recordingAdapter(name: string) {
  const sent: OutgoingMessage[] = [];
  const answers: (Error | null)[] = [];
  let closed = false;
  const adapter: ChannelAdapter = {
    name,
    async send(message) {
      sent.push(message);
      const answer = answers.shift() ?? null;
      if (answer) throw answer;
      return { providerId: `${name}-${sent.length}` };
    },
    async close() {
      closed = true;
    },
  };
  return {
    adapter,
    sent,
    failNext: (...errors: Error[]) => answers.push(...errors),
    get closed() {
      return closed;
    },
  };
}

describe.each(dialects)('notification dispatcher on %s', (dialect) => {
  let testStore: TestStore;
  let store: PathwaysStore;
  let sms: ReturnType<typeof recordingAdapter>;
  let email: ReturnType<typeof recordingAdapter>;
  const clock = { now: new Date('2026-06-01T18:00:00.000Z') }; // 11:00 in Los Angeles (PDT, UTC−7)
  const logs: string[] = [];
  const log = { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };

  const dispatcher = (extra: Partial<DispatcherOptions> = {}) =>
    createNotificationDispatcher(store, {
      adapters: { sms: sms.adapter, email: email.adapter },
      now: () => clock.now,
      scheduleReminders: async () => 0,
      log,
      ...extra,
    });
  const enqueue = async (extra: Partial<NewOutboxMessage> = {}) =>
    (await outbox(store).enqueue(
      {
        channel: 'sms',
        to: PHONE,
        subject: null,
        body: BODY,
        kind: 'reminder',
        personId: 'P-000001',
        language: 'es',
        urgent: false,
        ...extra,
      },
      clock.now,
    ))!;
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };

  beforeEach(async () => {
    clock.now = new Date('2026-06-01T18:00:00.000Z');
    logs.length = 0;
    testStore = await openTestStore(dialect);
    store = testStore.store;
    await store.agencies.upsert({ id: 'A-1', name: 'Agency One', jurisdiction: 'US-CA' });
    await store.people.upsert({
      id: 'P-000001',
      agencyId: 'A-1',
      record: record('P-000001', 'Quorvexa'),
      updatedAt: clock.now.toISOString(),
    });
    await portal(store).contacts.set({ personId: 'P-000001', phone: PHONE, email: EMAIL, language: 'es', timeZone: 'America/Los_Angeles' });
    sms = recordingAdapter('sms-test');
    email = recordingAdapter('email-test');
  });
  afterEach(async () => {
    // No log line may carry the address, the email or the text.
    for (const line of logs) {
      expect(line).not.toContain(PHONE);
      expect(line).not.toContain(EMAIL);
      expect(line).not.toContain('Secreto');
    }
    await testStore.dispose();
  });

  it('case: due messages go out through their own channel and are marked sent with the provider id', async () => {
    const a = await enqueue();
    const b = await enqueue({ channel: 'email', to: EMAIL, subject: 'Recordatorio' });
    const report = await dispatcher().tick();
    expect(report).toEqual({ sent: 2, retried: 0, failed: 0, suppressed: 0, held: 0, skipped: 0 });
    expect(sms.sent).toEqual([{ id: a.id, to: PHONE, subject: null, body: BODY, language: 'es' }]);
    expect(email.sent).toEqual([{ id: b.id, to: EMAIL, subject: 'Recordatorio', body: BODY, language: 'es' }]);
    expect(await outbox(store).get(a.id)).toMatchObject({ status: 'sent', providerId: 'sms-test-1', sentAt: '2026-06-01T18:00:00.000Z' });
    expect(await outbox(store).get(b.id)).toMatchObject({ status: 'sent', providerId: 'email-test-1' });
    // Nothing is sent twice.
    expect(await dispatcher().tick()).toMatchObject({ sent: 0 });
    expect(sms.sent).toHaveLength(1);
  });

  it('case: a temporary failure is retried after 1, 2, 4 and 8 minutes, and the fifth failed try gives up', async () => {
    const m = await enqueue();
    const d = dispatcher();
    const waits: number[] = [];
    for (let tryNo = 1; tryNo <= 5; tryNo += 1) {
      sms.failNext(new DeliveryError('HTTP 503', false, '503'));
      const report = await d.tick();
      const row = (await outbox(store).get(m.id))!;
      expect(row.attempts).toBe(tryNo);
      if (tryNo < 5) {
        expect(report.retried).toBe(1);
        expect(row.status).toBe('pending');
        const wait = Date.parse(row.nextAttemptAt) - clock.now.getTime();
        waits.push(wait);
        // Not a moment before the backoff is over.
        advance(wait - 1);
        expect(await d.tick()).toMatchObject({ sent: 0, retried: 0 });
        advance(1);
      } else {
        expect(report.failed).toBe(1);
        expect(row).toMatchObject({ status: 'failed', lastError: 'HTTP 503' });
      }
    }
    expect(waits).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(sms.sent).toHaveLength(5);
    advance(3_600_000);
    expect(await d.tick()).toMatchObject({ sent: 0 });
    expect(sms.sent).toHaveLength(5);
  });

  it('case: a retried message that then goes through is sent, keeping its count of failed tries', async () => {
    const m = await enqueue();
    sms.failNext(new DeliveryError('SMS provider unreachable (TypeError)', false, 'ECONNECTION'));
    await dispatcher().tick();
    advance(60_000);
    expect(await dispatcher().tick()).toMatchObject({ sent: 1 });
    expect(await outbox(store).get(m.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('case: a permanent refusal fails at once; an error that is not a DeliveryError is retried and its text not kept', async () => {
    const bad = await enqueue();
    sms.failNext(new DeliveryError('HTTP 400, Twilio code 21211', true, '21211'));
    expect(await dispatcher().tick()).toMatchObject({ failed: 1 });
    expect(await outbox(store).get(bad.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 400, Twilio code 21211' });

    const odd = await enqueue();
    sms.failNext(new TypeError(`cannot read ${PHONE}`));
    expect(await dispatcher().tick()).toMatchObject({ retried: 1 });
    expect(await outbox(store).get(odd.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'sms-test adapter error (TypeError)',
    });
  });

  it('case: Twilio 21610 (the number texted STOP to the provider) suppresses the message and opts the number out', async () => {
    const m = await enqueue();
    sms.failNext(new DeliveryError('HTTP 400, Twilio code 21610', true, '21610'));
    expect(await dispatcher().tick()).toMatchObject({ suppressed: 1 });
    expect(await outbox(store).get(m.id)).toMatchObject({ status: 'suppressed', attempts: 0 });
    expect((await portal(store).contacts.get('P-000001'))!.smsOptOut).toBe(true);
    // The next text to that person is suppressed without asking the provider.
    const next = await enqueue();
    expect(await dispatcher().tick()).toMatchObject({ suppressed: 1 });
    expect(await outbox(store).get(next.id)).toMatchObject({ status: 'suppressed', lastError: 'opted out of sms' });
    expect(sms.sent).toHaveLength(1);
  });

  it('case: an opted-out channel is suppressed, urgent or not, while the other channel still goes', async () => {
    await portal(store).contacts.optOut(PHONE, 'sms', true);
    const text = await enqueue();
    const code = await enqueue({ kind: 'sign_in_code', urgent: true });
    const mail = await enqueue({ channel: 'email', to: EMAIL });
    expect(await dispatcher().tick()).toMatchObject({ suppressed: 2, sent: 1 });
    expect((await outbox(store).get(text.id))!.status).toBe('suppressed');
    expect((await outbox(store).get(code.id))!.status).toBe('suppressed');
    expect((await outbox(store).get(mail.id))!.status).toBe('sent');
    expect(sms.sent).toEqual([]);
    // A message naming no person is matched to the person by its address.
    const anonymous = await enqueue({ personId: null });
    expect(await dispatcher().tick()).toMatchObject({ suppressed: 1 });
    expect((await outbox(store).get(anonymous.id))!.status).toBe('suppressed');
  });

  it('case: quiet hours hold a reminder until 08:00 in the person’s zone; an urgent code goes at once', async () => {
    // 2026-06-02 05:30Z − 7 h = 22:30 PDT June 1: quiet. The end: 08:00 PDT June 2 = 15:00Z.
    clock.now = new Date('2026-06-02T05:30:00.000Z');
    const reminder = await enqueue();
    const code = await enqueue({ kind: 'sign_in_code', urgent: true });
    expect(await dispatcher().tick()).toMatchObject({ held: 1, sent: 1 });
    expect(sms.sent.map((m) => m.id)).toEqual([code.id]);
    expect(await outbox(store).get(reminder.id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: '2026-06-02T15:00:00.000Z',
    });
    clock.now = new Date('2026-06-02T14:59:00.000Z');
    expect(await dispatcher().tick()).toMatchObject({ sent: 0, held: 0 });
    clock.now = new Date('2026-06-02T15:00:00.000Z');
    expect(await dispatcher().tick()).toMatchObject({ sent: 1 });
    expect(sms.sent.map((m) => m.id)).toEqual([code.id, reminder.id]);
  });

  it('case: the quiet hours follow the person’s own zone (New York), and null turns them off', async () => {
    await portal(store).contacts.set({ personId: 'P-000001', timeZone: 'America/New_York' });
    // 01:30Z − 4 h = 21:30 EDT: quiet in New York (it is 18:30 in Los Angeles). The end: 08:00 EDT = 12:00Z.
    clock.now = new Date('2026-06-02T01:30:00.000Z');
    const m = await enqueue();
    expect(await dispatcher().tick()).toMatchObject({ held: 1 });
    expect((await outbox(store).get(m.id))!.nextAttemptAt).toBe('2026-06-02T12:00:00.000Z');
    const n = await enqueue();
    expect(await dispatcher({ quietHours: null }).tick()).toMatchObject({ sent: 1, held: 0 });
    expect((await outbox(store).get(n.id))!.status).toBe('sent');
  });

  it('case: a message another dispatcher has claimed (leased) is not sent again until its lease runs out', async () => {
    const m = await enqueue();
    expect(await outbox(store).claim(m.id, clock.now, new Date(clock.now.getTime() + 300_000))).toBe(true);
    expect(await dispatcher().tick()).toMatchObject({ sent: 0 });
    expect(sms.sent).toEqual([]);
    // The other dispatcher died mid-send: after the lease the message is due again, and goes.
    advance(300_000);
    expect(await dispatcher().tick()).toMatchObject({ sent: 1 });
    expect(sms.sent.map((x) => x.id)).toEqual([m.id]);
  });

  it('case: each tick schedules the portal’s reminders first, with the tick’s time, and sends them in the same tick', async () => {
    const calls: string[] = [];
    const d = dispatcher({
      scheduleReminders: async (s, now) => {
        calls.push(now.toISOString());
        await outbox(s).enqueue(
          {
            channel: 'email',
            to: EMAIL,
            subject: 'R',
            body: BODY,
            kind: 'reminder',
            personId: 'P-000001',
            language: 'es',
            urgent: false,
            dedupeKey: 'r1',
          },
          now,
        );
      },
    });
    expect(await d.tick()).toMatchObject({ sent: 1 });
    expect(calls).toEqual(['2026-06-01T18:00:00.000Z']);
    // A failing reminder pass does not stop the queue.
    await enqueue();
    const failing = dispatcher({
      scheduleReminders: async () => {
        throw new Error(`boom ${PHONE}`);
      },
    });
    expect(await failing.tick()).toMatchObject({ sent: 1 });
    expect(logs.some((l) => l.includes('scheduling reminders failed (Error)'))).toBe(true);
  });

  it('case: with the portal’s own scheduleReminders, an appointment tomorrow is reminded once on each channel', async () => {
    await portal(store).obligations.add({
      personId: 'P-000001',
      kind: 'appointment',
      title: 'Cita con su oficial',
      startsAt: '2026-06-02T17:00:00.000Z',
      endsAt: null,
      location: 'Oficina central',
      amountUsd: null,
    });
    const d = createNotificationDispatcher(store, { adapters: { sms: sms.adapter, email: email.adapter }, now: () => clock.now, log });
    expect(await d.tick()).toMatchObject({ sent: 2 });
    expect(sms.sent).toHaveLength(1);
    expect(email.sent).toHaveLength(1);
    expect(sms.sent[0]!.language).toBe('es');
    expect(await d.tick()).toMatchObject({ sent: 0 });
  });

  it('case: the loop ticks at start and on its interval; stop waits for it and closes the adapters', async () => {
    await enqueue();
    const running = startNotificationDispatcher(store, {
      adapters: { sms: sms.adapter, email: email.adapter },
      now: () => clock.now,
      scheduleReminders: async () => 0,
      intervalMs: 20,
      log,
    });
    for (let i = 0; i < 100 && sms.sent.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(sms.sent).toHaveLength(1);
    await enqueue();
    for (let i = 0; i < 100 && sms.sent.length === 1; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(sms.sent).toHaveLength(2);
    await running.stop();
    expect(sms.closed).toBe(true);
    expect(email.closed).toBe(true);
    await enqueue();
    await new Promise((r) => setTimeout(r, 60));
    expect(sms.sent).toHaveLength(2);
  });
});
