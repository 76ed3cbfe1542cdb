import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sha256Hex } from '../src/security/tokens.ts';
import { totpCode } from '../src/security/totp.ts';
import { authHeaders, dialects, makeWorld, PASSWORD, sessionCookie, signIn, type World } from './fixture.ts';

describe.each(dialects)('sessions on %s', (dialect) => {
  let world: World;
  beforeEach(async () => {
    world = await makeWorld(dialect);
  });
  afterEach(() => world.close());

  const login = (username: string, password: string, extra: { remoteAddress?: string; host?: string } = {}) =>
    world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
      ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
      ...(extra.host ? { headers: { host: extra.host } } : {}),
    });
  const later = (ms: number) => (world.clock.now = new Date(world.clock.now.getTime() + ms));

  describe('password sign-in', () => {
    test('a wrong password and an unknown user get the same answer', async () => {
      const wrong = await login('officer', 'wrong password');
      const unknown = await login('no-such-user', 'wrong password');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.body).toBe(unknown.body);
      expect(wrong.cookies).toEqual([]);
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    test('five wrong passwords in a row lock the account for 15 minutes', async () => {
      for (let i = 0; i < 5; i += 1) expect((await login('officer', 'wrong')).statusCode).toBe(401);
      expect((await world.store.users.byUsername('officer'))?.lockedUntil).toBe(
        new Date(world.clock.now.getTime() + 15 * 60_000).toISOString(),
      );
      const whileLocked = await login('officer', PASSWORD);
      expect(whileLocked.statusCode).toBe(401);
      expect(whileLocked.body).toBe((await login('no-such-user', 'x')).body);
      later(14 * 60_000);
      expect((await login('officer', PASSWORD)).statusCode).toBe(401);
      later(2 * 60_000);
      expect((await login('officer', PASSWORD)).statusCode).toBe(200);
      expect((await world.store.users.byUsername('officer'))?.failedLogins).toBe(0);
    });

    test('four wrong passwords then the right one do not lock, and reset the count', async () => {
      for (let i = 0; i < 4; i += 1) await login('officer', 'wrong');
      expect((await login('officer', PASSWORD)).statusCode).toBe(200);
      expect((await world.store.users.byUsername('officer'))?.failedLogins).toBe(0);
    });

    test('more than 20 attempts from one address in 5 minutes → 429 with Retry-After', async () => {
      for (let i = 0; i < 20; i += 1) expect((await login(`u${i}`, 'x', { remoteAddress: '192.0.2.7' })).statusCode).toBe(401);
      const limited = await login('person', PASSWORD, { remoteAddress: '192.0.2.7' });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is unaffected, and the window slides.
      expect((await login('person', PASSWORD, { remoteAddress: '192.0.2.8' })).statusCode).toBe(200);
      later(5 * 60_000 + 1000);
      expect((await login('person', PASSWORD, { remoteAddress: '192.0.2.7' })).statusCode).toBe(200);
    });
  });

  describe('cookie and session storage', () => {
    test('the cookie is HttpOnly, Secure, SameSite=Strict, Path=/, 12 hours; only its SHA-256 is stored', async () => {
      const response = await login('person', PASSWORD, { host: 'pathways.example.org' });
      expect(response.statusCode).toBe(200);
      const raw = String(response.headers['set-cookie']);
      expect(raw).toMatch(/^pathways_session=[A-Za-z0-9_-]{43};/);
      expect(raw).toContain('HttpOnly');
      expect(raw).toContain('Secure');
      expect(raw).toContain('SameSite=Strict');
      expect(raw).toContain('Path=/');
      const cookie = response.cookies[0]!;
      expect(new Date(cookie.expires!).getTime()).toBe(world.clock.now.getTime() + 12 * 3_600_000 - (world.clock.now.getTime() % 1000));
      expect(await world.store.sessions.get(sha256Hex(cookie.value))).toMatchObject({ userId: 'U-person-2', pendingSecondFactor: false });
      expect(await world.store.sessions.get(cookie.value)).toBeUndefined();
    });

    test('Secure is dropped only for plain http to localhost', async () => {
      const response = await login('person', PASSWORD, { host: 'localhost:8080' });
      expect(String(response.headers['set-cookie'])).not.toContain('Secure');
      expect(String(response.headers['set-cookie'])).toContain('HttpOnly');
    });

    test('a session ends after 12 hours', async () => {
      const client = await signIn(world, 'person');
      later(11 * 3_600_000);
      expect((await world.app.inject({ url: '/api/me', headers: authHeaders(client) })).statusCode).toBe(200);
      later(1 * 3_600_000 + 1000);
      expect((await world.app.inject({ url: '/api/me', headers: authHeaders(client) })).statusCode).toBe(401);
    });

    test('GET /api/me returns the user without secrets, and the CSRF token', async () => {
      const client = await signIn(world, 'officer');
      const me = await world.app.inject({ url: '/api/me', headers: { cookie: client.cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ user: { id: 'U-officer-1', role: 'officer', unitId: 'UNIT-1' }, csrfToken: client.csrf });
      expect(me.body).not.toMatch(/passwordHash|totpSecret|scrypt|failedLogins/);
    });

    test('GET /api/session answers 200 signed out, half signed in and signed in, with no secrets', async () => {
      const none = await world.app.inject({ url: '/api/session' });
      expect(none.statusCode).toBe(200);
      expect(none.json()).toEqual({ signedIn: false });
      // A staff session still waiting for its second factor is not signed in.
      const pending = await login('officer', PASSWORD);
      const pendingCookie = { cookie: sessionCookie(pending) };
      expect((await world.app.inject({ url: '/api/session', headers: pendingCookie })).json()).toEqual({ signedIn: false });
      const client = await signIn(world, 'officer');
      const signedIn = await world.app.inject({ url: '/api/session', headers: { cookie: client.cookie } });
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json()).toMatchObject({ signedIn: true, user: { id: 'U-officer-1', role: 'officer' }, csrfToken: client.csrf });
      expect(signedIn.body).not.toMatch(/passwordHash|totpSecret|scrypt|failedLogins/);
      await world.app.inject({ method: 'DELETE', url: '/api/session', headers: authHeaders(client) });
      expect((await world.app.inject({ url: '/api/session', headers: { cookie: client.cookie } })).json()).toEqual({ signedIn: false });
    });

    test('sign-out deletes the session and clears the cookie', async () => {
      const client = await signIn(world, 'officer');
      const out = await world.app.inject({ method: 'DELETE', url: '/api/session', headers: authHeaders(client) });
      expect(out.statusCode).toBe(204);
      expect(out.cookies.find((c) => c.name === 'pathways_session')?.value).toBe('');
      expect((await world.app.inject({ url: '/api/me', headers: authHeaders(client) })).statusCode).toBe(401);
    });
  });

  describe('second factor', () => {
    test('staff must give a TOTP code before anything else', async () => {
      const response = await login('officer', PASSWORD);
      expect(response.json()).toMatchObject({ secondFactorRequired: true });
      const headers = { cookie: sessionCookie(response), 'x-csrf-token': response.json().csrfToken };
      for (const url of ['/api/me', '/api/people', '/api/people/P-000001']) {
        const blocked = await world.app.inject({ url, headers });
        expect(blocked.statusCode).toBe(401);
        expect(blocked.json().detail).toMatch(/Second factor/);
      }
      const wrong = await world.app.inject({ method: 'POST', url: '/api/session/totp', headers, payload: { code: '000000' } });
      expect(wrong.statusCode).toBe(401);
      expect((await world.app.inject({ url: '/api/me', headers })).statusCode).toBe(401);
      const right = await world.app.inject({
        method: 'POST',
        url: '/api/session/totp',
        headers,
        payload: { code: totpCode(world.secrets.officer, world.clock.now) },
      });
      expect(right.statusCode).toBe(200);
      expect((await world.app.inject({ url: '/api/me', headers })).statusCode).toBe(200);
    });

    test('a code from one step earlier is accepted, two steps is not, and a code works once', async () => {
      const start = async () => {
        const r = await login('admin', PASSWORD);
        return { cookie: sessionCookie(r), 'x-csrf-token': r.json().csrfToken as string };
      };
      const totp = (headers: Record<string, string>, code: string) =>
        world.app.inject({ method: 'POST', url: '/api/session/totp', headers, payload: { code } });
      const old = totpCode(world.secrets.admin, new Date(world.clock.now.getTime() - 60_000));
      expect((await totp(await start(), old)).statusCode).toBe(401);
      const drift = totpCode(world.secrets.admin, new Date(world.clock.now.getTime() - 30_000));
      expect((await totp(await start(), drift)).statusCode).toBe(200);
      const current = totpCode(world.secrets.admin, world.clock.now);
      expect((await totp(await start(), current)).statusCode).toBe(200);
      expect((await totp(await start(), current)).statusCode).toBe(401); // replay
    });

    test('the person role needs no second factor', async () => {
      const response = await login('person', PASSWORD);
      expect(response.json()).toMatchObject({ secondFactorRequired: false, user: { role: 'person' } });
      expect((await world.app.inject({ url: '/api/me', headers: { cookie: sessionCookie(response) } })).statusCode).toBe(200);
    });

    test('wrong TOTP codes count toward the lockout', async () => {
      const response = await login('defender', PASSWORD);
      const headers = { cookie: sessionCookie(response), 'x-csrf-token': response.json().csrfToken };
      for (let i = 0; i < 5; i += 1) {
        expect(
          (await world.app.inject({ method: 'POST', url: '/api/session/totp', headers, payload: { code: '000001' } })).statusCode,
        ).toBe(401);
      }
      expect((await world.store.users.byUsername('defender'))?.lockedUntil).not.toBeNull();
      expect((await login('defender', PASSWORD)).statusCode).toBe(401);
    });
  });

  describe('CSRF', () => {
    test('a state-changing request with a session needs the x-csrf-token header', async () => {
      const client = await signIn(world, 'officer');
      const action = { termId: 'T-1', kind: 'term_cap', status: 'submitted' };
      const post = (headers: Record<string, string>) =>
        world.app.inject({ method: 'POST', url: '/api/people/P-000001/actions', headers, payload: action });
      const missing = await post({ cookie: client.cookie });
      expect(missing.statusCode).toBe(403);
      expect(missing.json().detail).toMatch(/x-csrf-token/);
      expect(
        (await post({ cookie: client.cookie, 'x-csrf-token': client.csrf.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) })).statusCode,
      ).toBe(403);
      expect((await post({ cookie: client.cookie, 'x-csrf-token': 'short' })).statusCode).toBe(403);
      expect((await world.store.actions.forPerson('P-000001')).length).toBe(0);
      expect((await post(authHeaders(client))).statusCode).toBe(201);
      // Sign-out is state-changing too.
      expect((await world.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: client.cookie } })).statusCode).toBe(403);
    });
  });
});
