/**
 * The notification outbox (`outbox(store)`), on both dialects: enqueue with a dedupe key, what is due and
 * when, claiming, the three endings (sent, failed, suppressed), holding for quiet hours, and the
 * administrator's newest-first list of one agency.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord } from '@pathways/law';
import { outbox, type NewOutboxMessage, type PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { person } from './records.ts';

const T0 = new Date('2026-06-01T12:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

const reminder = (n: number, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  channel: 'sms',
  to: '+15555550100',
  subject: null,
  body: `Reminder ${n}: check-in tomorrow at 9:00`,
  kind: 'reminder',
  personId: 'P-000001',
  language: 'en',
  urgent: false,
  ...extra,
});

describe.each(dialects)('outbox on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;

  beforeEach(async () => {
    store = t.store;
    await store.agencies.upsert({ id: 'AG-2', name: 'Other County', jurisdiction: 'US-CA' });
    const one = person(1) as PersonRecord;
    const two = person(2) as PersonRecord;
    await store.people.upsert({ id: one.id, agencyId: 'AG-1', record: one, updatedAt: T0.toISOString() });
    await store.people.upsert({ id: two.id, agencyId: 'AG-2', record: two, updatedAt: T0.toISOString() });
  });

  it('case: an enqueued message reads back pending, due at once, with its agency taken from the person', async () => {
    const m = await outbox(store).enqueue(
      reminder(1, {
        channel: 'email',
        to: 'ana@example.org',
        subject: 'Recordatorio',
        body: 'Su cita es mañana a las 9:00.',
        language: 'es',
      }),
      T0,
    );
    expect(m).toEqual({
      id: expect.any(Number),
      channel: 'email',
      to: 'ana@example.org',
      subject: 'Recordatorio',
      body: 'Su cita es mañana a las 9:00.',
      kind: 'reminder',
      personId: 'P-000001',
      agencyId: 'AG-1',
      language: 'es',
      urgent: false,
      dedupeKey: null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: '2026-06-01T12:00:00.000Z',
      lastError: null,
      providerId: null,
      createdAt: '2026-06-01T12:00:00.000Z',
      sentAt: null,
      updatedAt: '2026-06-01T12:00:00.000Z',
    });
    expect(await outbox(store).get(m!.id)).toEqual(m);
    // Due at its own instant, not a millisecond before.
    expect(await outbox(store).due(later(-1), 10)).toEqual([]);
    expect((await outbox(store).due(T0, 10)).map((x) => x.id)).toEqual([m!.id]);
  });

  it('case: a second enqueue with the same dedupe key answers null and leaves one row; no key never collides', async () => {
    const first = await outbox(store).enqueue(reminder(1, { dedupeKey: 'reminder:O-1:sms' }), T0);
    const again = await outbox(store).enqueue(reminder(2, { dedupeKey: 'reminder:O-1:sms' }), T0);
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    await outbox(store).enqueue(reminder(3), T0);
    await outbox(store).enqueue(reminder(4), T0);
    expect(await outbox(store).count()).toBe(3);
    expect((await outbox(store).get(first!.id))!.body).toBe('Reminder 1: check-in tomorrow at 9:00');
  });

  it('case: a duplicate inside a transaction does not spoil it (no unique violation is raised)', async () => {
    await outbox(store).enqueue(reminder(1, { dedupeKey: 'k' }), T0);
    const result = await store.transaction(async (tx) => {
      const dup = await outbox(tx).enqueue(reminder(2, { dedupeKey: 'k' }), T0);
      const other = await outbox(tx).enqueue(reminder(3, { dedupeKey: 'k2' }), T0);
      return { dup, other };
    });
    expect(result.dup).toBeNull();
    expect(result.other?.dedupeKey).toBe('k2');
    expect(await outbox(store).count()).toBe(2);
  });

  it('case: a message naming no person, or an unknown one, has no agency', async () => {
    const none = await outbox(store).enqueue(reminder(1, { personId: null }), T0);
    const unknown = await outbox(store).enqueue(reminder(2, { personId: 'P-999999' }), T0);
    expect(none!.agencyId).toBeNull();
    expect(unknown!.agencyId).toBeNull();
  });

  it('case: bad input is refused before anything is written', async () => {
    await expect(outbox(store).enqueue(reminder(1, { channel: 'fax' as 'sms' }), T0)).rejects.toThrow(/channel/);
    await expect(outbox(store).enqueue(reminder(1, { body: '  ' }), T0)).rejects.toThrow(/body/);
    await expect(outbox(store).enqueue(reminder(1, { to: '' }), T0)).rejects.toThrow(/address/);
    await expect(outbox(store).enqueue(reminder(1, { language: 'fr' as 'en' }), T0)).rejects.toThrow(/language/);
    expect(await outbox(store).count()).toBe(0);
  });

  it('case: due lists the longest waiting first and honours the limit', async () => {
    const a = await outbox(store).enqueue(reminder(1), later(2000));
    const b = await outbox(store).enqueue(reminder(2), later(1000));
    const c = await outbox(store).enqueue(reminder(3), later(1000));
    expect((await outbox(store).due(later(5000), 10)).map((m) => m.id)).toEqual([b!.id, c!.id, a!.id]);
    expect((await outbox(store).due(later(5000), 2)).map((m) => m.id)).toEqual([b!.id, c!.id]);
  });

  it('case: claim succeeds once; the lease hides the message until it runs out', async () => {
    const m = (await outbox(store).enqueue(reminder(1), T0))!;
    expect(await outbox(store).claim(m.id, T0, later(60_000))).toBe(true);
    expect(await outbox(store).claim(m.id, T0, later(60_000))).toBe(false);
    expect(await outbox(store).due(later(59_999), 10)).toEqual([]);
    expect((await outbox(store).due(later(60_000), 10)).map((x) => x.id)).toEqual([m.id]);
  });

  it('case: sent records the provider id and time, and the message is no longer due or claimable', async () => {
    const m = (await outbox(store).enqueue(reminder(1), T0))!;
    await outbox(store).markSent(m.id, 'SM123', later(500));
    expect(await outbox(store).get(m.id)).toMatchObject({
      status: 'sent',
      providerId: 'SM123',
      sentAt: '2026-06-01T12:00:00.500Z',
      attempts: 0,
    });
    expect(await outbox(store).due(later(10_000), 10)).toEqual([]);
    expect(await outbox(store).claim(m.id, later(10_000), later(20_000))).toBe(false);
  });

  it('case: a failure with a next time counts a try and stays pending; without one the message is given up', async () => {
    const m = (await outbox(store).enqueue(reminder(1), T0))!;
    await outbox(store).markFailed(m.id, 'HTTP 503', later(60_000), T0);
    expect(await outbox(store).get(m.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: '2026-06-01T12:01:00.000Z',
      lastError: 'HTTP 503',
    });
    await outbox(store).markFailed(m.id, 'HTTP 400 code 21211', null, later(60_000));
    expect(await outbox(store).get(m.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'HTTP 400 code 21211' });
    expect(await outbox(store).due(later(10 * 60_000), 10)).toEqual([]);
    // A very long provider error is cut, not refused.
    const n = (await outbox(store).enqueue(reminder(2), T0))!;
    await outbox(store).markFailed(n.id, 'x'.repeat(5000), null);
    expect((await outbox(store).get(n.id))!.lastError).toHaveLength(500);
  });

  it('case: suppressed is final and counts no try; defer holds without counting one', async () => {
    const m = (await outbox(store).enqueue(reminder(1), T0))!;
    await outbox(store).markSuppressed(m.id, 'opted out of sms', T0);
    expect(await outbox(store).get(m.id)).toMatchObject({ status: 'suppressed', attempts: 0, lastError: 'opted out of sms' });
    const n = (await outbox(store).enqueue(reminder(2), T0))!;
    await outbox(store).defer(n.id, '2026-06-02T15:00:00.000Z', T0);
    expect(await outbox(store).get(n.id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: '2026-06-02T15:00:00.000Z' });
    expect(await outbox(store).due('2026-06-02T14:59:59.999Z', 10)).toEqual([]);
  });

  it('case: the list is newest first, paged, and keeps to one agency when asked', async () => {
    const ids: number[] = [];
    for (let n = 1; n <= 5; n += 1) ids.push((await outbox(store).enqueue(reminder(n), later(n)))!.id);
    const elsewhere = (await outbox(store).enqueue(reminder(6, { personId: 'P-000002' }), later(6)))!;
    expect((await outbox(store).list({ limit: 10, offset: 0 })).map((m) => m.id)).toEqual([elsewhere.id, ...ids.slice().reverse()]);
    expect((await outbox(store).list({ limit: 2, offset: 0, agencyId: 'AG-1' })).map((m) => m.id)).toEqual([ids[4], ids[3]]);
    expect((await outbox(store).list({ limit: 2, offset: 4, agencyId: 'AG-1' })).map((m) => m.id)).toEqual([ids[0]]);
    expect((await outbox(store).list({ limit: 10, offset: 0, agencyId: 'AG-2' })).map((m) => m.id)).toEqual([elsewhere.id]);
    expect(await outbox(store).count({ agencyId: 'AG-1' })).toBe(5);
    expect(await outbox(store).count({ agencyId: 'AG-3' })).toBe(0);
  });
});
