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
 *
 * A link that leads nowhere (an unknown page, a jurisdiction with no rules, a citation link missing its
 * parts) answers a browser's navigation with a short page in the reference's look, saying what was not
 * found and linking back to /law/; API clients (no text/html in Accept) get problem+json as elsewhere.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { JURISDICTIONS, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { citationTarget, messagePage } from '@pathways/reference';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { wantsHtml } from '../http/wants-html.ts';

const JURISDICTION_CODE = /^US-([A-Z]{2}|FED)$/;
const CITATION_MAX = 500;

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

  /** A refusal: a page for a browser, else the problem (same status, the API's own words). */
  const refuse = (
    request: FastifyRequest,
    reply: FastifyReply,
    refusal: { status: number; detail: string; title: string; message: string },
  ) => {
    if (!wantsHtml(request.headers.accept)) throw new HttpProblem(refusal.status, refusal.detail);
    return refusalPage(reply, refusal);
  };

  const send = (name: string, request: FastifyRequest, reply: FastifyReply) => {
    const page = pages.get(name);
    if (!page)
      return refuse(request, reply, {
        status: 404,
        detail: 'No such page in the law reference.',
        title: 'No such page',
        message: `The law reference has no page called "${name}".`,
      });
    return reply.header('content-security-policy', page.policy).type('text/html; charset=utf-8').send(page.html);
  };

  r.get('/law', { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) => reply.redirect('/law/'));
  r.get('/law/', { config: { permission: 'public' }, schema: { hide: true } }, async (request, reply) =>
    send('index.html', request, reply),
  );

  r.get(
    '/law/cite',
    {
      config: { permission: 'public' },
      // Checked in the handler, so a browser following a broken link gets a page rather than JSON.
      attachValidation: true,
      schema: {
        summary: 'Redirect to the section of the law reference a citation rests on',
        description: 'The provision or parameter of that jurisdiction whose citation shares the cited section; else its provisions list.',
        tags: ['law'],
        querystring: z.object({
          jurisdiction: z.string().regex(JURISDICTION_CODE, 'must be a code such as US-CA'),
          citation: z.string().min(1).max(CITATION_MAX),
        }),
      },
    },
    async (request, reply) => {
      if (request.validationError) {
        // The API's answer stays the usual 400 with one entry per field.
        if (!wantsHtml(request.headers.accept)) throw request.validationError;
        return refusalPage(reply, { status: 400, title: 'This link to the law is incomplete', message: citeLinkFault(request.query) });
      }
      const jurisdiction = JURISDICTIONS.get(request.query.jurisdiction) as Jurisdiction<ParameterTree> | undefined;
      if (!jurisdiction)
        return refuse(request, reply, {
          status: 404,
          detail: `No rules are encoded for ${request.query.jurisdiction}.`,
          title: 'No rules for this jurisdiction',
          message: `The law reference has no rules encoded for ${request.query.jurisdiction}.`,
        });
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
    async (request, reply) => send(request.params.page, request, reply),
  );
}

function refusalPage(reply: FastifyReply, refusal: { status: number; title: string; message: string }): FastifyReply {
  const html = messagePage({ title: refusal.title, message: refusal.message, home: '/law/' });
  return reply.code(refusal.status).header('content-security-policy', pagePolicy(html)).type('text/html; charset=utf-8').send(html);
}

/** What a malformed /law/cite link lacks, in words for the person who followed it. */
function citeLinkFault(query: unknown): string {
  const q = (query ?? {}) as Record<string, unknown>;
  const lacking: string[] = [];
  if (typeof q.jurisdiction !== 'string' || !JURISDICTION_CODE.test(q.jurisdiction)) lacking.push('a jurisdiction code such as US-CA');
  if (typeof q.citation !== 'string' || q.citation.length === 0 || q.citation.length > CITATION_MAX)
    lacking.push(`a citation (at most ${CITATION_MAX} characters)`);
  return `A link to the law reference needs ${lacking.join(' and ') || 'a jurisdiction and a citation'}; this one does not have it, so there is no rule to show.`;
}
