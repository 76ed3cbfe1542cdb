/** Error format, security headers, body limits and what the logs may not contain. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { totpCode } from '../src/security/totp.ts';
import { authHeaders, dialects, makeWorld, PASSWORD, SECRET_FAMILY_NAME, sessionCookie, signIn, type World, logInto } from './fixture.ts';

describe.each(dialects)('errors, headers and logs on %s', (dialect) => {
  const logLines: string[] = [];
  let world: World;
  beforeAll(async () => {
    const stream = logInto(logLines);
    world = await makeWorld(dialect, { logger: { stream, level: 'debug' } });
  });
  afterAll(() => world.close());

  const expectProblem = (response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number) => {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json() as Record<string, unknown>;
    expect(body).toMatchObject({ type: 'about:blank', status });
    expect(typeof body.title).toBe('string');
    expect(typeof body.detail).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+|node_modules|stack/);
    return body;
  };

  describe('requests the HTTP parser refuses before any route', () => {
    // Only a listening server meets Node's parser (inject does not): a raw socket sends what no client library would.
    const raw = async (request: string): Promise<string> => {
      const address = await world.app.listen({ port: 0, host: '127.0.0.1' }).catch(() => world.app.server.address());
      const port = typeof address === 'string' ? Number(new URL(address).port) : (address as { port: number }).port;
      const { connect } = await import('node:net');
      return new Promise((resolve, reject) => {
        let answer = '';
        const socket = connect(port, '127.0.0.1', () => socket.write(request));
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
      });
    };
    const parts = (answer: string) => {
      const [head, body] = answer.split('\r\n\r\n');
      return { head: head!.toLowerCase(), body: JSON.parse(body!) as Record<string, unknown> };
    };

    test('431 for a query string too long, as problem+json with the strict headers', async () => {
      const { head, body } = parts(await raw(`GET /api/health?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
      expect(head).toMatch(/^http\/1\.1 431 /);
      expect(head).toContain('content-type: application/problem+json');
      expect(head).toContain('cache-control: no-store');
      expect(head).toContain('x-content-type-options: nosniff');
      expect(body).toMatchObject({ type: 'about:blank', status: 431 });
    });

    test('400 for bytes that are not HTTP', async () => {
      const { head, body } = parts(await raw('GARBAGE\r\n\r\n'));
      expect(head).toMatch(/^http\/1\.1 400 /);
      expect(head).toContain('content-type: application/problem+json');
      expect(body).toMatchObject({ type: 'about:blank', status: 400, detail: 'The request is not well-formed HTTP.' });
    });
  });

  describe('problem+json', () => {
    test('400 for a "__proto__" or "constructor.prototype" key says so, not that the JSON is invalid', async () => {
      for (const payload of ['{"username":"x","password":"y","__proto__":{"a":1}}', '{"constructor":{"prototype":{"a":1}}}']) {
        const body = expectProblem(
          await world.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload }),
          400,
        );
        expect(body.detail).toContain('"__proto__" or "constructor.prototype"');
      }
      // Invalid JSON is still called so.
      const broken = expectProblem(
        await world.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{"a":' }),
        400,
      );
      expect(broken.detail).not.toContain('__proto__');
    });

    test('400 lists each invalid field', async () => {
      const body = expectProblem(await world.app.inject({ method: 'POST', url: '/api/session', payload: { username: '' } }), 400);
      expect(body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'body.username' }), expect.objectContaining({ path: 'body.password' })]),
      );
    });

    test('400 for a bad query', async () => {
      const client = await signIn(world, 'officer');
      const body = expectProblem(await world.app.inject({ url: '/api/people?limit=0', headers: authHeaders(client) }), 400);
      expect(body.errors).toEqual([expect.objectContaining({ path: 'querystring.limit' })]);
    });

    test('401, 403, 404', async () => {
      expectProblem(await world.app.inject({ url: '/api/people' }), 401);
      const person = await signIn(world, 'person');
      expectProblem(await world.app.inject({ url: '/api/audit', headers: authHeaders(person) }), 403);
      expectProblem(await world.app.inject({ url: '/api/people/P-000001', headers: authHeaders(person) }), 404);
      expectProblem(await world.app.inject({ url: '/api/no-such-route' }), 404);
    });

    test('400 for a path that is not valid percent-encoding', async () => {
      // %FF is no UTF-8 byte sequence: the router cannot decode the path, so nothing can match it.
      const body = expectProblem(await world.app.inject({ url: '/api/people/%00%FF' }), 400);
      expect(body.detail).toBe('The request path is not valid percent-encoded UTF-8.');
    });

    test('a browser opening such an address outside the API gets a page that says so, with a way back', async () => {
      const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
      const page = await world.app.inject({ url: '/people/%E0%A4%A', headers: browser });
      expect(page.statusCode).toBe(400);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.body).toContain('<h1>This address cannot be read</h1>');
      expect(page.body).toContain('<a href="/">Go to the start page</a>');
      expect(page.body).not.toContain('%E0');
      const portal = await world.app.inject({ url: '/portal/link/%E0%A4%A', headers: browser });
      expect(portal.body).toContain('<a href="/portal">Go to the portal’s start page</a>');
      // The API answers problem+json whatever the client asks for; a client that does not ask for HTML gets it too.
      expectProblem(await world.app.inject({ url: '/api/people/%E0%A4%A', headers: browser }), 400);
      expectProblem(await world.app.inject({ url: '/people/%E0%A4%A' }), 400);
    });

    test('400 for a NUL in a path or query string, naming it, as in a body (PostgreSQL text refuses NUL)', async () => {
      const officer = await signIn(world, 'officer');
      const path = expectProblem(await world.app.inject({ url: '/api/people/P-%00', headers: authHeaders(officer) }), 400);
      expect(path.errors).toEqual([expect.objectContaining({ path: 'params.id' })]);
      const admin = await signIn(world, 'admin');
      const query = expectProblem(await world.app.inject({ url: '/api/audit?personId=%00', headers: authHeaders(admin) }), 400);
      expect(query.errors).toEqual([expect.objectContaining({ path: 'querystring.personId' })]);
      // An empty filter is refused too, not read as "every person".
      const empty = expectProblem(await world.app.inject({ url: '/api/audit?personId=', headers: authHeaders(admin) }), 400);
      expect(empty.errors).toEqual([expect.objectContaining({ path: 'querystring.personId' })]);
    });

    test('400 for a body nested deeper than any route reads, before sign-in, never a 500', async () => {
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json' },
        payload: deep,
      });
      const body = expectProblem(response, 400);
      expect(body.errors).toEqual([{ path: 'body', message: 'must not nest more than 32 levels deep' }]);
    });

    test('400 for JSON bytes that are not UTF-8; 415 for JSON declared in another charset', async () => {
      const bytes = Buffer.concat([Buffer.from('{"username":"'), Buffer.from([0xff, 0xfe]), Buffer.from('","password":"x"}')]);
      const bad = expectProblem(
        await world.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: bytes }),
        400,
      );
      expect(bad.errors).toEqual([{ path: 'body', message: 'is not valid UTF-8' }]);
      const latin1 = await world.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json; charset=latin1' },
        payload: '{"username":"a","password":"b"}',
      });
      expect(expectProblem(latin1, 415).detail).toBe('JSON must be sent as UTF-8, not latin1.');
      // UTF-8 declared, or no charset at all, is read as before.
      const declared = await world.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        payload: '{"username":"nobody","password":"wrong"}',
      });
      expect(declared.statusCode).toBe(401);
    });

    test('405 names the methods a route allows', async () => {
      const response = await world.app.inject({ method: 'PATCH', url: '/api/people' });
      expectProblem(response, 405);
      expect(response.headers.allow).toBe('GET, HEAD');
      // HEAD answers wherever GET does, with the same permission and no body.
      const head = await world.app.inject({ method: 'HEAD', url: '/api/health' });
      expect(head.statusCode).toBe(200);
      expect(head.body).toBe('');
      expect((await world.app.inject({ method: 'HEAD', url: '/api/people' })).statusCode).toBe(401);
    });

    test('413 past the 1 MiB body limit', async () => {
      const big = JSON.stringify({ username: 'x', password: 'y'.repeat(1024 * 1024) });
      const body = expectProblem(
        await world.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: big }),
        413,
      );
      expect(body.detail).toBe('The request body is too large.');
    });

    test('422 when an import writes nothing', async () => {
      const admin = await signIn(world, 'admin');
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/imports?agencyId=A-1',
        headers: { ...authHeaders(admin), 'content-type': 'application/json' },
        payload: '[{"id": "P-000050", "terms": []}]',
      });
      const body = expectProblem(response, 422);
      expect(body.errors).toEqual([
        expect.objectContaining({ path: expect.stringContaining('terms'), message: 'must list at least one term' }),
      ]);
    });

    test('500 says nothing about the cause', async () => {
      const admin = await signIn(world, 'admin');
      const original = world.store.audit.list;
      world.store.audit.list = async () => {
        throw Object.assign(new Error('SQLITE_CORRUPT: secret table detail'), { code: 'SQLITE_CORRUPT' });
      };
      try {
        const body = expectProblem(await world.app.inject({ url: '/api/audit', headers: authHeaders(admin) }), 500);
        expect(JSON.stringify(body)).not.toContain('SQLITE');
      } finally {
        world.store.audit.list = original;
      }
      expect(logLines.join('')).not.toContain('secret table detail');
      // The kind of error is kept for whoever reads the log.
      expect(logLines.join('')).toContain('"errorCode":"SQLITE_CORRUPT"');
    });
  });

  describe('security headers', () => {
    test('helmet headers, a strict CSP and no-store on API responses', async () => {
      const response = await world.app.inject({ url: '/api/health' });
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-powered-by']).toBeUndefined();
      // Errors carry the headers too.
      expect((await world.app.inject({ url: '/api/nothing' })).headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('logs', () => {
    test('no password, TOTP code, cookie, CSRF token or person data is logged', async () => {
      logLines.length = 0;
      const login = await world.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'officer', password: PASSWORD } });
      const cookie = sessionCookie(login);
      const csrf = login.json().csrfToken as string;
      world.clock.now = new Date(world.clock.now.getTime() + 30_000);
      const code = totpCode(world.secrets.officer, world.clock.now);
      const headers = { cookie, 'x-csrf-token': csrf };
      expect((await world.app.inject({ method: 'POST', url: '/api/session/totp', headers, payload: { code } })).statusCode).toBe(200);
      expect((await world.app.inject({ url: '/api/people/P-000001?reason=about%20Quorvexa', headers })).statusCode).toBe(200);
      expect((await world.app.inject({ url: '/api/people', headers })).statusCode).toBe(200);
      await world.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'officer', password: 'Wr0ngHunter2' } });

      const text = logLines.join('');
      expect(logLines.length).toBeGreaterThan(5); // the logger really wrote
      // The person's route is logged, their id masked (the audit log says whose record was read).
      expect(text).toContain('/api/people/[id]');
      for (const secret of ['P-000001', PASSWORD, 'Wr0ngHunter2', cookie.split('=')[1]!, csrf, code, SECRET_FAMILY_NAME]) {
        expect(text).not.toContain(secret);
      }
    });
  });
});
