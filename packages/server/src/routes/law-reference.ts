/**
 * The law reference (packages/reference: every provision, its source text, review record, parameters and
 * tests) served at /law/, so an explanation's citation in the workspace can lead to the rule behind it.
 * The pages are rendered once when the server starts (the CLI reads the test files and examples they list)
 * and held in memory; the law is public, so no sign-in is needed.
 *
 * GET /law/cite?jurisdiction=US-CA&citation=… answers with a redirect to the section of the jurisdiction's
 * page whose provision or parameter cites the same text (citation-target.ts in the reference package).
 *
 * The pages are static HTML with one inline stylesheet and no scripts: the Content-Security-Policy allows
 * that stylesheet by its hash and nothing else.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { JURISDICTIONS, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { citationTarget } from '@pathways/reference';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';

/** The CSP for a page: its inline <style> elements by hash, images inline (the parameter charts are SVG). */
function pagePolicy(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `style-src ${hashes.join(' ') || "'none'"}`,
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function lawReferenceRoutes(app: FastifyInstance, deps: { pages: ReadonlyMap<string, string> }): void {
  const pages = new Map([...deps.pages].map(([name, html]) => [name, { html, policy: pagePolicy(html) }]));
  const r = app.withTypeProvider<ZodTypeProvider>();

  const send = (name: string, reply: FastifyReply) => {
    const page = pages.get(name);
    if (!page) throw new HttpProblem(404, 'No such page in the law reference.');
    return reply.header('content-security-policy', page.policy).type('text/html; charset=utf-8').send(page.html);
  };

  r.get('/law', { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) => reply.redirect('/law/'));
  r.get('/law/', { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) => send('index.html', reply));

  r.get(
    '/law/cite',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Redirect to the section of the law reference a citation rests on',
        description: 'The provision or parameter of that jurisdiction whose citation shares the cited section; else its provisions list.',
        tags: ['law'],
        querystring: z.object({
          jurisdiction: z.string().regex(/^US-([A-Z]{2}|FED)$/, 'must be a code such as US-CA'),
          citation: z.string().min(1).max(500),
        }),
      },
    },
    async (request, reply) => {
      const jurisdiction = JURISDICTIONS.get(request.query.jurisdiction) as Jurisdiction<ParameterTree> | undefined;
      if (!jurisdiction) throw new HttpProblem(404, `No rules are encoded for ${request.query.jurisdiction}.`);
      const target = citationTarget(jurisdiction, request.query.citation);
      return reply.redirect(`/law/${target.page}#${target.fragment}`);
    },
  );

  r.get(
    '/law/:page',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'A page of the law reference (index.html: the coverage table; us-ca.html and so on: one jurisdiction)',
        tags: ['law'],
        params: z.object({ page: z.string().max(100) }),
      },
    },
    async (request, reply) => send(request.params.page, reply),
  );
}
