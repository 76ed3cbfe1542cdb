import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DOCS_CSP } from '../src/routes/docs.ts';
import { authHeaders, dialects, makeWorld, SECRET_FAMILY_NAME, signIn, type World } from './fixture.ts';

describe.each(dialects)('health, OpenAPI and stats on %s', (dialect) => {
  let world: World;
  beforeAll(async () => {
    world = await makeWorld(dialect);
  });
  afterAll(() => world.close());

  test('health names the law version and the database', async () => {
    const response = await world.app.inject({ url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', lawVersion: expect.stringMatching(/^pathways-law /), database: world.store.dialect });
  });

  test('the OpenAPI 3.1 document lists every route with its permission', async () => {
    const doc = (await world.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of world.app.routeCatalog) {
      const op = doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.url}`).toBeDefined();
      expect(op['x-permission']).toBe(route.permission);
    }
    expect(doc.paths['/api/people/{id}/actions'].post.requestBody.content['application/json'].schema.properties.status.enum).toEqual([
      'submitted',
      'granted',
      'denied',
      'snoozed',
    ]);
  });

  test('the docs page is generated from the document, with no scripts and a strict CSP', async () => {
    const response = await world.app.inject({ url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toBe(DOCS_CSP);
    expect(response.body).not.toMatch(/<script|https?:\/\/(?!localhost)/);
    for (const route of world.app.routeCatalog) expect(response.body).toContain(`<code>${route.url.replace(/:(\w+)/g, '{$1}')}</code>`);
    expect(response.body).toContain('<code class="perm">person.action</code>');
  });

  test('stats count terms and opportunities without personal data', async () => {
    const advocate = await signIn(world, 'advocate');
    const response = await world.app.inject({ url: '/api/stats', headers: authHeaders(advocate) });
    expect(response.json()).toEqual({
      people: 3,
      terms: 3,
      byJurisdiction: [{ jurisdiction: 'US-CA', terms: 3 }],
      opportunities: [{ kind: 'term_cap', status: 'eligible', count: 3 }],
    });
    expect(response.body).not.toMatch(/P-0000|Test|Quorvexa/);
    expect(response.body).not.toContain(SECRET_FAMILY_NAME);
  });
});
