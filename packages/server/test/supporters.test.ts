/**
 * Supporters (issue 9, parts 2 and 5): signing up sends a one-use link through the outbox; the answer
 * never tells whether the address was known; the same address twice is one supporter; details change only
 * when the link is used; the link confirms once, within 48 hours, and sets the supporter cookie (HttpOnly,
 * scoped to /api/public) that the page reads back; consent is required; a draft campaign takes no one, a
 * closed one no new supporters; "not you?" forgets the browser.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { campaigns, outbox, supporters, type OutboxMessage } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_HEADER } from '../src/security/public-forms.ts';
import { dialects, makeWorld, type World } from './fixture.ts';

interface Browser {
  /** Every cookie the server set on this "browser", by name. */
  cookies: Map<string, string>;
  token: string;
}

async function newBrowser(app: FastifyInstance): Promise<Browser> {
  const response = await app.inject({ url: '/api/public/form-token' });
  const cookies = new Map<string, string>();
  for (const c of response.cookies) cookies.set(c.name, c.value);
  return { cookies, token: response.json().token as string };
}

const cookieHeader = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

function keepCookies(b: Browser, response: LightMyRequestResponse): void {
  for (const c of response.cookies) {
    // A cleared cookie comes back empty and expired in 1970.
    if (c.value === '' || (c.expires !== undefined && c.expires.getTime() <= 0)) b.cookies.delete(c.name);
    else b.cookies.set(c.name, c.value);
  }
}

async function send(app: FastifyInstance, b: Browser, method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await app.inject({
    method,
    url,
    headers: { cookie: cookieHeader(b), [FORM_HEADER]: b.token },
    ...(payload ? { payload } : {}),
  });
  keepCookies(b, response);
  return response;
}

const verifyEmails = async (world: World): Promise<OutboxMessage[]> =>
  (await outbox(world.store).list({ limit: 100, offset: 0 })).filter((m) => m.kind === 'supporter_verify');

/** The token in the newest verification email to `to`. */
async function linkTokenFor(world: World, to: string): Promise<string> {
  const mail = (await verifyEmails(world)).find((m) => m.to === to);
  if (!mail) throw new Error(`no verification email to ${to}`);
  const m = /\/supporters\/verify\/([A-Za-z0-9_-]+)/.exec(mail.body);
  if (!m) throw new Error('no link in the email');
  return m[1]!;
}

describe.each(dialects)('supporters on %s', (dialect) => {
  let world: World;
  const person = { name: 'Ada Example', email: 'Ada@Example.org', zip: '63101', consent: true };

  beforeAll(async () => {
    world = await makeWorld(dialect);
    const at = world.clock.now.toISOString();
    for (const [id, status] of [
      ['live-one', 'live'],
      ['draft-one', 'draft'],
      ['closed-one', 'closed'],
    ] as const) {
      await campaigns(world.store).create({
        id,
        name: `Campaign ${id}`,
        bill: 'HB 1 (2027)',
        jurisdiction: 'US-MO',
        status,
        reformFile: 'us-mo-45-day-credits.yaml',
        summary: '',
        letterTemplate: 'Dear {{legislator}}',
        createdBy: 'U-advocate-1',
        at,
      });
    }
  });
  afterAll(() => world.close());

  it('case: sign-up sends a link by email and stores a supporter not yet confirmed', async () => {
    const b = await newBrowser(world.app);
    const response = await send(world.app, b, 'POST', '/api/public/campaigns/live-one/supporters', person);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'accepted' });
    const supporter = await supporters(world.store).byEmail('ada@example.org');
    expect(supporter).toMatchObject({ name: 'Ada Example', zip: '63101', verifiedAt: null });
    const [mail] = await verifyEmails(world);
    expect(mail).toMatchObject({ channel: 'email', to: 'ada@example.org', kind: 'supporter_verify', personId: null, urgent: true });
    expect(mail!.subject).toContain('Campaign live-one');
    expect(mail!.body).toMatch(/^Hello Ada Example,/);
    expect(mail!.body).toMatch(/http:\/\/localhost(:\d+)?\/supporters\/verify\/[A-Za-z0-9_-]{43}/);
    expect(mail!.body).toContain('48 hours');
    // Until the link is used, nothing of the supporter shows on this browser.
    const me = await send(world.app, b, 'GET', '/api/public/campaigns/live-one/supporter');
    expect(me.json()).toEqual({ supporter: null, recipients: null });
  });

  it('case: the same address again is one supporter, with the same answer; the new details wait for the link', async () => {
    const b = await newBrowser(world.app);
    const again = await send(world.app, b, 'POST', '/api/public/campaigns/live-one/supporters', {
      ...person,
      name: 'Someone Else',
      zip: '65201',
      email: 'ada@example.org',
    });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ status: 'accepted' });
    const stranger = await send(world.app, b, 'POST', '/api/public/campaigns/live-one/supporters', {
      ...person,
      email: 'new.person@example.org',
    });
    expect(stranger.json()).toEqual(again.json());
    expect(await supporters(world.store).byEmail('ada@example.org')).toMatchObject({ name: 'Ada Example', zip: '63101' });
    expect((await verifyEmails(world)).filter((m) => m.to === 'ada@example.org')).toHaveLength(2);
  });

  it('case: at most three emails an hour reach one address, whoever asks; the answer does not change', async () => {
    const b = await newBrowser(world.app);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await send(world.app, b, 'POST', '/api/public/campaigns/live-one/supporters', person)).statusCode);
    expect(statuses).toEqual([202, 202, 202]);
    expect((await verifyEmails(world)).filter((m) => m.to === 'ada@example.org')).toHaveLength(3);
  });

  it('case: consent, a name, an email and a five-digit ZIP are required (400 naming the field); drafts 404, closed 409', async () => {
    const b = await newBrowser(world.app);
    const bad = async (body: object) => {
      const response = await send(world.app, b, 'POST', '/api/public/campaigns/live-one/supporters', body);
      expect(response.statusCode).toBe(400);
      return (response.json().errors as { path: string }[]).map((e) => e.path);
    };
    expect(await bad({ ...person, consent: false })).toEqual(['body.consent']);
    expect(await bad({ name: person.name, email: person.email, zip: person.zip })).toEqual(['body.consent']);
    expect(await bad({ ...person, zip: '6310' })).toEqual(['body.zip']);
    expect(await bad({ ...person, email: 'not an address' })).toEqual(['body.email']);
    expect(await bad({ ...person, name: '   ' })).toEqual(['body.name']);
    expect((await send(world.app, b, 'POST', '/api/public/campaigns/draft-one/supporters', person)).statusCode).toBe(404);
    expect((await send(world.app, b, 'POST', '/api/public/campaigns/nope/supporters', person)).statusCode).toBe(404);
    const closed = await send(world.app, b, 'POST', '/api/public/campaigns/closed-one/supporters', { ...person, email: 'z@example.org' });
    expect(closed.statusCode).toBe(409);
    expect(await supporters(world.store).byEmail('z@example.org')).toBeUndefined();
  });

  it('case: the link confirms once, applies the sign-up’s details, joins the campaign and sets the supporter cookie', async () => {
    world.clock.now = new Date(world.clock.now.getTime() + 2 * 3_600_000);
    const b = await newBrowser(world.app);
    await send(world.app, b, 'POST', '/api/public/campaigns/live-one/supporters', { ...person, name: 'Ada L. Example', zip: '65201' });
    const token = await linkTokenFor(world, 'ada@example.org');
    // Another browser opens the link: the browser that uses it is the one that is recognized.
    const phone = await newBrowser(world.app);
    const confirmed = await send(world.app, phone, 'POST', '/api/public/supporters/verify', { token });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({
      supporter: { name: 'Ada L. Example', email: 'ada@example.org', zip: '65201' },
      campaign: { id: 'live-one', name: 'Campaign live-one', status: 'live' },
    });
    const cookie = confirmed.cookies.find((c) => c.name === 'pathways_supporter')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/public' });
    expect(cookie.expires!.getTime() - world.clock.now.getTime()).toBe(30 * 86_400_000);
    const supporter = (await supporters(world.store).byEmail('ada@example.org'))!;
    expect(supporter.verifiedAt).toBe(world.clock.now.toISOString());
    expect(supporter.consentText).toContain('Campaign live-one');
    expect(await supporters(world.store).countFor('live-one')).toBe(1);

    const me = await send(world.app, phone, 'GET', '/api/public/campaigns/live-one/supporter');
    expect(me.json().supporter).toEqual({ name: 'Ada L. Example', email: 'ada@example.org', zip: '65201' });
    expect((await send(world.app, b, 'GET', '/api/public/campaigns/live-one/supporter')).json().supporter).toBeNull();

    const twice = await send(world.app, await newBrowser(world.app), 'POST', '/api/public/supporters/verify', { token });
    expect(twice.statusCode).toBe(410);
    expect(twice.json().detail).toMatch(/used already/);
    const audit = await world.store.audit.list({ limit: 10, offset: 0 });
    const entry = audit.find((e) => e.action === 'supporter.verify')!;
    expect(entry.detail).toEqual({ supporterId: supporter.id, campaignId: 'live-one' });
    expect(JSON.stringify(entry)).not.toContain('ada@example.org');

    // Not you? This browser forgets the supporter; the supporter stays.
    const out = await send(world.app, phone, 'POST', '/api/public/supporter/sign-out', {});
    expect(out.statusCode).toBe(204);
    expect((await send(world.app, phone, 'GET', '/api/public/campaigns/live-one/supporter')).json().supporter).toBeNull();
    expect(await supporters(world.store).byEmail('ada@example.org')).toBeDefined();
  });

  it('case: a link expires after 48 hours (410); an unknown token is 404; without the form token 403', async () => {
    const b = await newBrowser(world.app);
    await send(world.app, b, 'POST', '/api/public/campaigns/live-one/supporters', { ...person, email: 'late@example.org' });
    const token = await linkTokenFor(world, 'late@example.org');
    world.clock.now = new Date(world.clock.now.getTime() + 48 * 3_600_000 + 1000);
    const late = await send(world.app, b, 'POST', '/api/public/supporters/verify', { token });
    expect(late.statusCode).toBe(410);
    expect(late.json().detail).toMatch(/expired/);
    expect((await supporters(world.store).byEmail('late@example.org'))!.verifiedAt).toBeNull();
    const unknown = await send(world.app, b, 'POST', '/api/public/supporters/verify', { token: 'A'.repeat(43) });
    expect(unknown.statusCode).toBe(404);
    const forged = await world.app.inject({ method: 'POST', url: '/api/public/supporters/verify', payload: { token } });
    expect(forged.statusCode).toBe(403);
  });
});
