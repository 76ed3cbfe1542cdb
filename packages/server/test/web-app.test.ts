// The workspace at `/`: the built files as they are, index.html for every other path outside /api/ (so a
// deep link opens the app), an unknown API path still a problem+json 404, and a policy that lets the app
// run its own scripts and styles and nothing else.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, makeWorld, type World } from './fixture.ts';
import { INDEX_HTML, LAB_HTML, makeWebRoot, PORTAL_HTML } from './web-root.ts';

describe.each(dialects)('the workspace served at / on %s', (dialect) => {
  let world: World;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = makeWebRoot();
    // A file beside the root, which no URL may reach.
    writeFileSync(join(webRoot, '..', 'pathways-outside-web-root.txt'), 'secret');
    world = await makeWorld(dialect, { webRoot });
  });
  afterAll(() => world.close());

  it('case: / answers index.html, uncached, under a self-only policy', async () => {
    const r = await world.app.inject({ url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toBe(INDEX_HTML);
    expect(r.headers['cache-control']).toBe('no-store');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers['strict-transport-security']).toBeDefined();
  });

  it('case: a deep link answers index.html', async () => {
    for (const url of ['/people/P-1', '/people/P-CA-00001?tab=timeline', '/index.html']) {
      const r = await world.app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body, url).toBe(INDEX_HTML);
    }
  });

  it('case: /portal and every path under it answer portal.html, uncached, under the same policy; look-alikes do not', async () => {
    for (const url of ['/portal', '/portal/', '/portal/link/abc123', '/portal/messages?from=reminder', '/portal.html']) {
      const r = await world.app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type'], url).toMatch(/^text\/html/);
      expect(r.body, url).toBe(PORTAL_HTML);
      expect(r.headers['cache-control'], url).toBe('no-store');
      expect(String(r.headers['content-security-policy']), url).toContain("script-src 'self'");
    }
    for (const url of ['/portals', '/portal-x/y', '/people/portal']) {
      const r = await world.app.inject({ url });
      expect(r.body, url).toBe(INDEX_HTML);
    }
    const js = await world.app.inject({ url: '/assets/portal-def456.js' });
    expect(js.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(js.body).toContain('Pathways portal');
    // The portal's API stays the API: an unknown path under it is a 404, not the page.
    const api = await world.app.inject({ url: '/api/portal/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    // A HEAD (which the page route answers for every GET) on a path the API answers only by POST: 405, not 404.
    const head = await world.app.inject({ method: 'HEAD', url: '/api/imports' });
    expect(head.statusCode).toBe(405);
    expect(head.headers.allow).toBe('POST');
  });

  it('case: /lab and every path under it answer lab.html to anyone, uncached, under the same policy; look-alikes do not', async () => {
    // No session cookie in any of these requests: the policy lab is public.
    for (const url of ['/lab', '/lab/', '/lab/?s=eyJqdXJpc2RpY3Rpb24iOiJVUy1NTyJ9', '/lab/compare', '/lab.html']) {
      const r = await world.app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type'], url).toMatch(/^text\/html/);
      expect(r.body, url).toBe(LAB_HTML);
      expect(r.headers['cache-control'], url).toBe('no-store');
      expect(String(r.headers['content-security-policy']), url).toContain("script-src 'self'");
    }
    for (const url of ['/labs', '/lab-x/y', '/people/lab']) {
      const r = await world.app.inject({ url });
      expect(r.body, url).toBe(INDEX_HTML);
    }
    const js = await world.app.inject({ url: '/assets/lab-0a1b2c.js' });
    expect(js.statusCode).toBe(200);
    expect(js.body).toContain('Policy lab');
  });

  it('case: assets come with their content type and may be cached for good', async () => {
    const js = await world.app.inject({ url: '/assets/index-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(js.body).toContain('document.title');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await world.app.inject({ url: '/assets/index-abc123.css' });
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('case: unknown API paths stay problem+json 404s, whatever the method', async () => {
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['GET', '/api'],
      ['GET', '/api/people/P-000001/nothing'],
      ['POST', '/people/P-1'],
    ] as const) {
      const r = await world.app.inject({ method, url });
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expect(r.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(r.json(), url).toMatchObject({ status: 404, detail: 'No such route.' });
    }
  });

  it('case: no path leaves the web root', async () => {
    for (const url of [
      '/../pathways-outside-web-root.txt',
      '/%2e%2e/pathways-outside-web-root.txt',
      '/assets/..%2f..%2fpathways-outside-web-root.txt',
    ]) {
      const r = await world.app.inject({ url });
      expect(r.body, url).not.toContain('secret');
    }
  });

  it('case: the API still answers beside the app', async () => {
    const r = await world.app.inject({ url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
  });
});

describe('a build from before the portal', () => {
  it('case: without portal.html, /portal answers index.html as any other path does', async () => {
    const world = await makeWorld('sqlite', { webRoot: makeWebRoot({ portal: false }) });
    try {
      const r = await world.app.inject({ url: '/portal/link/abc123' });
      expect(r.statusCode).toBe(200);
      expect(r.body).toBe(INDEX_HTML);
    } finally {
      await world.close();
    }
  });
});

describe('a build from before the policy lab', () => {
  it('case: without lab.html, /lab answers index.html as any other path does', async () => {
    const world = await makeWorld('sqlite', { webRoot: makeWebRoot({ lab: false }) });
    try {
      const r = await world.app.inject({ url: '/lab/' });
      expect(r.statusCode).toBe(200);
      expect(r.body).toBe(INDEX_HTML);
    } finally {
      await world.close();
    }
  });
});

describe('the server without a built workspace', () => {
  it('case: / is a problem+json 404 when no web root is given or it holds no index.html', async () => {
    for (const options of [{}, { webRoot: join(makeWebRoot(), 'assets') }]) {
      const world = await makeWorld('sqlite', options);
      try {
        const r = await world.app.inject({ url: '/' });
        expect(r.statusCode).toBe(404);
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      } finally {
        await world.close();
      }
    }
  });
});
