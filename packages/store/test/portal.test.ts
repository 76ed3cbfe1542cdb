/**
 * The portal's store (`portal(store)`, issue 7 part A) on both dialects: contacts found by address and
 * opted out by a texted STOP, obligations with exact money and the once-only reminder mark, messages
 * read in order, sign-in codes whose tries run out, one-use links, the calendar token, and the audit
 * entries a person is shown about themselves (others' only).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord } from '@pathways/law';
import { normalizeAddress, normalizePhone, portal, type PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { person } from './records.ts';

describe('addresses', () => {
  it('case: phones become E.164 (US numbers without a country code too); emails are lowercased; anything else is refused', () => {
    expect(normalizePhone('(555) 555-0101')).toBe('+15555550101');
    expect(normalizePhone('1-555-555-0101')).toBe('+15555550101');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('555-0101')).toBeUndefined();
    expect(normalizePhone('call me')).toBeUndefined();
    expect(normalizeAddress('  Person.CA@Example.org ')).toEqual({ channel: 'email', address: 'person.ca@example.org' });
    expect(normalizeAddress('+1 555 555 0101')).toEqual({ channel: 'sms', address: '+15555550101' });
    expect(normalizeAddress('not@an')).toBeUndefined();
    expect(normalizeAddress('')).toBeUndefined();
  });
});

describe.each(dialects)('portal store on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  const one = person(1) as PersonRecord;
  const two = person(2) as PersonRecord;

  beforeEach(async () => {
    store = t.store;
    for (const r of [one, two]) await store.people.upsert({ id: r.id, agencyId: 'AG-1', record: r, updatedAt: '2026-01-01T00:00:00.000Z' });
    for (const [id, role, personId] of [
      ['U-officer', 'officer', null],
      ['U-person-1', 'person', one.id],
      ['U-person-2', 'person', two.id],
    ] as const) {
      await store.users.create({
        id,
        username: id,
        displayName: `Name of ${id}`,
        role,
        agencyId: 'AG-1',
        unitId: null,
        personId,
        passwordHash: 'scrypt$fictional',
        totpSecret: null,
      });
    }
  });

  it('case: a contact set in parts keeps what was not given, normalizes addresses and reads back', async () => {
    const p = portal(store);
    expect(await p.contacts.get(one.id)).toBeUndefined();
    await p.contacts.set({ personId: one.id, email: 'Person.One@Example.org', phone: '(555) 555-0101' });
    const set = await p.contacts.set({ personId: one.id, language: 'es', timeZone: 'America/Chicago' });
    expect(set).toEqual({
      personId: one.id,
      email: 'person.one@example.org',
      phone: '+15555550101',
      language: 'es',
      smsOptOut: false,
      emailOptOut: false,
      timeZone: 'America/Chicago',
    });
    expect(await p.contacts.get(one.id)).toEqual(set);
    await expect(p.contacts.set({ personId: one.id, phone: '12' })).rejects.toThrow(/phone/);
    await expect(p.contacts.set({ personId: one.id, timeZone: 'Mars/Olympus' })).rejects.toThrow(/time zone/);
    await expect(p.contacts.set({ personId: one.id, language: 'fr' as 'en' })).rejects.toThrow(/language/);
  });

  it('case: byAddress finds the one person an address belongs to, however it is written; a shared or unknown address finds no one', async () => {
    const p = portal(store);
    await p.contacts.set({ personId: one.id, email: 'one@example.org', phone: '+15555550101' });
    await p.contacts.set({ personId: two.id, email: 'two@example.org', phone: '+15555550102' });
    expect(await p.contacts.byAddress('ONE@example.org')).toBe(one.id);
    expect(await p.contacts.byAddress('555.555.0102')).toBe(two.id);
    expect(await p.contacts.byAddress('three@example.org')).toBeUndefined();
    expect(await p.contacts.byAddress('nonsense')).toBeUndefined();
    await p.contacts.set({ personId: two.id, phone: '+15555550101' });
    expect(await p.contacts.byAddress('+15555550101')).toBeUndefined();
  });

  it('case: optOut by phone flips SMS for every contact with that phone and leaves email alone; START flips it back', async () => {
    const p = portal(store);
    await p.contacts.set({ personId: one.id, email: 'one@example.org', phone: '+15555550101' });
    await p.contacts.set({ personId: two.id, phone: '+15555550101' });
    expect(await p.contacts.optOut('+1 (555) 555-0101', 'sms', true)).toBe(2);
    expect(await p.contacts.get(one.id)).toMatchObject({ smsOptOut: true, emailOptOut: false });
    expect(await p.contacts.get(two.id)).toMatchObject({ smsOptOut: true });
    expect(await p.contacts.optOut('one@example.org', 'sms', true)).toBe(0);
    expect(await p.contacts.optOut('+15555550101', 'sms', false)).toBe(2);
    expect(await p.contacts.get(one.id)).toMatchObject({ smsOptOut: false });
  });

  it('case: obligations keep cents exactly, list by start time, and change status', async () => {
    const p = portal(store);
    const later = await p.obligations.add({
      personId: one.id,
      kind: 'payment',
      title: 'Restitution payment',
      startsAt: '2026-06-20T17:00:00.000Z',
      endsAt: null,
      location: null,
      amountUsd: 25.1,
    });
    const sooner = await p.obligations.add({
      personId: one.id,
      kind: 'appointment',
      title: 'Meet your officer',
      startsAt: '2026-06-10T17:00:00Z',
      endsAt: '2026-06-10T17:30:00Z',
      location: '100 Main St',
      amountUsd: null,
    });
    await p.obligations.add({
      personId: two.id,
      kind: 'check_in',
      title: 'Check in',
      startsAt: '2026-06-01T17:00:00Z',
      endsAt: null,
      location: null,
      amountUsd: null,
    });
    expect(later).toMatchObject({ amountUsd: 25.1, status: 'scheduled' });
    expect(sooner.startsAt).toBe('2026-06-10T17:00:00.000Z');
    expect((await p.obligations.forPerson(one.id)).map((o) => o.id)).toEqual([sooner.id, later.id]);
    expect(await p.obligations.setStatus(sooner.id, 'done')).toBe(true);
    expect((await p.obligations.get(sooner.id))?.status).toBe('done');
    await expect(
      p.obligations.add({ ...sooner, kind: 'party' as 'program', personId: one.id, amountUsd: null, status: undefined }),
    ).rejects.toThrow(/kind/);
  });

  it('case: awaitingReminder gives scheduled obligations in the window not yet marked; marking is once only, and a new start time is reminded again', async () => {
    const p = portal(store);
    const base = { personId: one.id, endsAt: null, location: null, amountUsd: null } as const;
    const inWindow = await p.obligations.add({ ...base, kind: 'appointment', title: 'A', startsAt: '2026-06-02T10:00:00Z' });
    await p.obligations.add({ ...base, kind: 'appointment', title: 'too late', startsAt: '2026-06-03T10:00:01Z' });
    await p.obligations.add({ ...base, kind: 'appointment', title: 'past', startsAt: '2026-06-01T09:00:00Z' });
    await p.obligations.add({ ...base, kind: 'program', title: 'cancelled', startsAt: '2026-06-02T11:00:00Z', status: 'cancelled' });
    const window = ['2026-06-02T10:00:00.000Z', '2026-06-03T10:00:00.000Z'] as const;
    const before = ['2026-06-01T10:00:00.000Z', '2026-06-02T10:00:00.000Z'] as const;
    expect((await p.obligations.awaitingReminder(...before)).map((o) => o.title)).toEqual(['A']);
    expect(await p.obligations.markReminded(inWindow.id, inWindow.startsAt)).toBe(true);
    expect(await p.obligations.markReminded(inWindow.id, inWindow.startsAt)).toBe(false);
    expect(await p.obligations.awaitingReminder(...before)).toEqual([]);
    expect(await p.obligations.awaitingReminder(...window)).toEqual([]);
  });

  it('case: messages read oldest first; markRead marks one direction only, once', async () => {
    const p = portal(store);
    const first = await p.messages.add({ personId: one.id, direction: 'to_person', authorUserId: 'U-officer', body: 'Hello' });
    const second = await p.messages.add({ personId: one.id, direction: 'from_person', authorUserId: 'U-person-1', body: 'Hi' });
    await p.messages.add({ personId: two.id, direction: 'to_person', authorUserId: 'U-officer', body: 'Other' });
    expect((await p.messages.forPerson(one.id)).map((m) => [m.id, m.body])).toEqual([
      [first.id, 'Hello'],
      [second.id, 'Hi'],
    ]);
    expect(await p.messages.markRead(one.id, 'to_person', '2026-06-01T12:00:00.000Z')).toBe(1);
    expect(await p.messages.markRead(one.id, 'to_person', '2026-06-01T13:00:00.000Z')).toBe(0);
    const read = await p.messages.forPerson(one.id);
    expect(read.map((m) => m.readAt)).toEqual(['2026-06-01T12:00:00.000Z', null]);
    expect((await p.messages.forPerson(two.id))[0]!.readAt).toBeNull();
  });

  it('case: a code has a fixed number of tries, is used once, and the newest code of an address is the one that counts', async () => {
    const p = portal(store);
    const c = {
      address: 'one@example.org',
      personId: one.id,
      createdAt: '2026-06-01T12:00:00.000Z',
      expiresAt: '2026-06-01T12:10:00.000Z',
    };
    const old = await p.codes.issue({ ...c, codeHash: 'old' });
    const code = await p.codes.issue({ ...c, codeHash: 'new' });
    expect((await p.codes.latest('one@example.org'))?.id).toBe(code.id);
    expect(code.id).toBeGreaterThan(old.id);
    for (let i = 0; i < 3; i++) expect(await p.codes.spendAttempt(code.id, 3)).toBe(true);
    expect(await p.codes.spendAttempt(code.id, 3)).toBe(false);
    expect((await p.codes.latest('one@example.org'))?.attempts).toBe(3);
    expect(await p.codes.consume(old.id, '2026-06-01T12:01:00.000Z')).toBe(true);
    expect(await p.codes.consume(old.id, '2026-06-01T12:02:00.000Z')).toBe(false);
    expect(await p.codes.spendAttempt(old.id, 5)).toBe(false);
    expect(await p.codes.deleteExpired('2026-06-01T12:10:00.001Z')).toBe(2);
    expect(await p.codes.latest('one@example.org')).toBeUndefined();
  });

  it('case: a link opens once, and not after it expires', async () => {
    const p = portal(store);
    const link = { personId: one.id, createdBy: 'U-officer', createdAt: '2026-06-01T12:00:00.000Z', expiresAt: '2026-06-02T12:00:00.000Z' };
    await p.links.create({ ...link, tokenHash: 'h1' });
    await p.links.create({ ...link, tokenHash: 'h2' });
    expect(await p.links.consume('h1', '2026-06-01T13:00:00.000Z')).toBe(one.id);
    expect(await p.links.consume('h1', '2026-06-01T13:00:01.000Z')).toBeUndefined();
    expect(await p.links.consume('h2', '2026-06-02T12:00:00.000Z')).toBeUndefined();
    expect(await p.links.consume('nope', '2026-06-01T13:00:00.000Z')).toBeUndefined();
  });

  it('case: the calendar token is made once per person and finds its person', async () => {
    const p = portal(store);
    let n = 0;
    const make = () => `token-${++n}`;
    expect(await p.calendar.feedToken(one.id, make)).toBe('token-1');
    expect(await p.calendar.feedToken(one.id, make)).toBe('token-1');
    expect(await p.calendar.feedToken(two.id, make)).toBe('token-3');
    expect(await p.calendar.personFor('token-3')).toBe(two.id);
    expect(await p.calendar.personFor('token-2')).toBeUndefined();
    expect(await p.accounts.userFor(two.id)).toBe('U-person-2');
    expect(await p.accounts.userFor('P-999999')).toBeUndefined();
  });

  it('case: views list others’ entries about the person, newest first, never the person’s own or another person’s', async () => {
    const p = portal(store);
    const entry = (actorUserId: string | null, action: string, personId: string, reason: string | null = null) =>
      store.audit.append({ actorUserId, action, personId, reason, detail: {}, at: '2026-06-01T12:00:00.000Z' });
    await entry('U-officer', 'person.read', one.id, 'caseload review');
    await entry('U-person-1', 'person.read', one.id);
    await entry(null, 'evaluation.refresh', one.id);
    await entry('U-officer', 'person.read', two.id);
    await entry('U-gone', 'document.generate', one.id);
    const views = await p.views(one.id, { limit: 10, offset: 0 });
    expect(views.map((v) => [v.actorUserId, v.actorName, v.actorRole, v.action, v.reason])).toEqual([
      ['U-gone', 'U-gone', 'unknown', 'document.generate', null],
      ['U-officer', 'Name of U-officer', 'officer', 'person.read', 'caseload review'],
    ]);
    expect((await p.views(one.id, { limit: 1, offset: 1 })).map((v) => v.actorUserId)).toEqual(['U-officer']);
  });
});
