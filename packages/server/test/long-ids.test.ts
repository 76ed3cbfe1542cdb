/**
 * Path parameters of any length. Every route that takes one answers an over-long value 400 naming it (the
 * bound in its schema), whatever the length and whether or not the workspace's catch-all (`/*`) is
 * served: never the router's 414, nor the 404 or 405 of a path it left unmatched. The routes come from
 * the running app, so a route added later is held to the same.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { frameworkErrors } from '../src/http/error-handler.ts';
import { PERMISSIONS, type PermissionName } from '../src/security/permissions.ts';
import { authHeaders, dialects, makeWorld, signIn, type Client, type UserKey, type World } from './fixture.ts';
import { makeWebRoot } from './web-root.ts';

/** Past every schema's bound (at most 200), past the router's former bound (1,024), and far past both. */
const LENGTHS = [201, 1_025, 2_000, 5_000, 20_000];
const SIGNED_IN: UserKey[] = ['admin', 'supervisor', 'officer', 'defender', 'person', 'advocate'];

/** Someone the route's permission lets in (null: no one need sign in), so the request reaches validation. */
function callerFor(permission: PermissionName): UserKey | null {
  if (permission === 'public') return null;
  const roles = PERMISSIONS[permission].roles;
  return roles === 'any' ? 'admin' : (roles[0] as UserKey);
}

/** The route's path with `long` in parameter `name` and ordinary values in the others. */
const pathWith = (url: string, name: string, long: string) =>
  url.replace(/:([A-Za-z]+)/g, (_, param: string) => (param === name ? long : param === 'id' ? 'P-000001' : '1'));

describe.each(dialects)('over-long path parameters on %s', (dialect) => {
  describe.each([
    ['the API alone', false],
    ['the workspace served at /', true],
  ])('%s', (_label, withWorkspace) => {
    let world: World;
    const clients = {} as Record<UserKey, Client>;
    beforeAll(async () => {
      world = await makeWorld(dialect, {
        lawReference: new Map([['index.html', '<!doctype html><title>Law</title>']]),
        ...(withWorkspace ? { webRoot: makeWebRoot() } : {}),
      });
      for (const key of SIGNED_IN) clients[key] = await signIn(world, key);
    });
    afterAll(() => world.close());

    test('case: GET /api/people/ and 2,000 to 5,000 characters, as an officer → 400 naming the id', async () => {
      for (const length of [1_000, 2_000, 5_000]) {
        const response = await world.app.inject({ url: `/api/people/${'A'.repeat(length)}`, headers: authHeaders(clients.officer) });
        expect(response.statusCode, `${length}`).toBe(400);
        expect(response.headers.allow).toBeUndefined();
        expect(response.json().errors).toEqual([{ path: 'params.id', message: 'Too big: expected string to have <=200 characters' }]);
      }
    });

    test('case: every parameter of every route, however long → 400 naming that parameter', async () => {
      const cases = world.app.routeCatalog.flatMap((route) =>
        [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ ...route, param: m[1]! })),
      );
      expect(cases.length).toBeGreaterThan(50);
      for (const { method, url, permission, param } of cases) {
        const caller = callerFor(permission);
        for (const length of LENGTHS) {
          const label = `${method} ${url} with ${length} characters in :${param}`;
          const response = await world.app.inject({
            method: method as 'GET',
            url: pathWith(url, param, 'A'.repeat(length)),
            headers: caller === null ? {} : authHeaders(clients[caller]),
            ...(method === 'GET' ? {} : { payload: {} }),
          });
          expect(response.statusCode, label).toBe(400);
          expect(response.headers['content-type'], label).toMatch(/^application\/problem\+json/);
          expect(
            response.json().errors.map((e: { path: string }) => e.path),
            label,
          ).toContain(`params.${param}`);
        }
      }
    });
  });
});

describe('a parameter past a bound of the router’s own', () => {
  test('case: answers 400 as a schema’s bound does, not 414', async () => {
    const app = Fastify({ routerOptions: { maxParamLength: 10 }, frameworkErrors });
    app.get('/things/:id', async () => 'found');
    try {
      const response = await app.inject({ url: `/things/${'A'.repeat(11)}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ status: 400, detail: 'A path parameter (an id) is too long.' });
    } finally {
      await app.close();
    }
  });
});
