// The law reference at /law/: public pages under a policy that allows their one stylesheet by hash and
// nothing else, and /law/cite leading a citation to the section of the rule that rests on it.
import { createHash } from 'node:crypto';
import { JURISDICTIONS, LAW_VERSION, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { renderReference } from '@pathways/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wantsHtml } from '../src/http/wants-html.ts';
import { dialects, makeWorld, type World } from './fixture.ts';

/** What Chromium sends when a person follows a link or types an address. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

const pages = renderReference({
  jurisdictions: [...JURISDICTIONS.values()] as Jurisdiction<ParameterTree>[],
  testCases: () => [],
  examples: new Map(),
  generatedOn: '2026-06-01',
  lawVersion: LAW_VERSION,
});

describe.each(dialects)('the law reference on %s', (dialect) => {
  let world: World;
  beforeAll(async () => {
    world = await makeWorld(dialect, { lawReference: pages });
  });
  afterAll(() => world.close());

  it('case: /law/ is the coverage index, with no sign-in, its stylesheet allowed by hash', async () => {
    const r = await world.app.inject({ url: '/law/' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toBe(pages.get('index.html'));
    const style = /<style>([\s\S]*?)<\/style>/.exec(r.body)![1]!;
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
  });

  it('case: /law redirects to /law/; a jurisdiction page is served; an unknown page is a 404 problem', async () => {
    expect((await world.app.inject({ url: '/law' })).headers.location).toBe('/law/');
    const ca = await world.app.inject({ url: '/law/us-ca.html' });
    expect(ca.statusCode).toBe(200);
    expect(ca.body).toContain('id="us-ca-pc-1203-1-l2"');
    const missing = await world.app.inject({ url: '/law/../package.json' });
    expect(missing.statusCode).toBe(404);
    const none = await world.app.inject({ url: '/law/nowhere.html' });
    expect(none.statusCode).toBe(404);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
  });

  it('case: a citation leads to the section of its provision', async () => {
    const r = await world.app.inject({
      url: `/law/cite?jurisdiction=US-CA&citation=${encodeURIComponent('Cal. Penal Code § 1203.1(l)(2)')}`,
    });
    expect(r.statusCode).toBe(302);
    expect(r.headers.location).toBe('/law/us-ca.html#us-ca-pc-1203-1-l2');
  });

  it('case: a jurisdiction with no rules, or a malformed query, is refused with a problem', async () => {
    expect((await world.app.inject({ url: '/law/cite?jurisdiction=US-ZZ&citation=x' })).statusCode).toBe(404);
    expect((await world.app.inject({ url: '/law/cite?jurisdiction=California&citation=x' })).statusCode).toBe(400);
    expect((await world.app.inject({ url: '/law/cite?jurisdiction=US-CA' })).statusCode).toBe(400);
    const json = await world.app.inject({ url: '/law/cite?jurisdiction=US-CA', headers: { accept: 'application/json' } });
    expect(json.headers['content-type']).toMatch(/problem\+json/);
    expect(json.json().errors).toEqual([expect.objectContaining({ path: expect.stringContaining('citation') })]);
  });

  it('case: a browser following a broken link gets a page saying what was not found, with the way back', async () => {
    const cases = [
      { url: '/law/nope.html', status: 404, says: 'no page called &quot;nope.html&quot;' },
      { url: '/law/cite?jurisdiction=US-ZZ&citation=x', status: 404, says: 'no rules encoded for US-ZZ' },
      { url: '/law/cite?jurisdiction=US-CA', status: 400, says: 'needs a citation' },
      { url: '/law/cite?citation=x', status: 400, says: 'needs a jurisdiction code such as US-CA' },
    ];
    for (const { url, status, says } of cases) {
      const r = await world.app.inject({ url, headers: { accept: BROWSER_ACCEPT } });
      expect(r.statusCode, url).toBe(status);
      expect(r.headers['content-type'], url).toMatch(/^text\/html/);
      expect(r.body, url).toContain(says);
      expect(r.body, url).toContain('href="/law/"');
      const style = /<style>([\s\S]*?)<\/style>/.exec(r.body)![1]!;
      expect(String(r.headers['content-security-policy']), url).toContain(
        `'sha256-${createHash('sha256').update(style).digest('base64')}'`,
      );
      // The same address asked by an API client stays a problem.
      const api = await world.app.inject({ url, headers: { accept: 'application/json' } });
      expect(api.statusCode, url).toBe(status);
      expect(api.headers['content-type'], url).toMatch(/problem\+json/);
    }
  });
});

describe('whether a request wants a page', () => {
  it('case: a browser navigation does; fetch, curl and JSON clients do not', () => {
    expect(wantsHtml(BROWSER_ACCEPT)).toBe(true);
    expect(wantsHtml('text/html')).toBe(true);
    expect(wantsHtml(undefined)).toBe(false);
    expect(wantsHtml('*/*')).toBe(false);
    expect(wantsHtml('application/json')).toBe(false);
    expect(wantsHtml('application/json, text/html;q=0.5')).toBe(false);
    expect(wantsHtml('text/html;q=0')).toBe(false);
  });
});
