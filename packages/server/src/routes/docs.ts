/**
 * GET /api/openapi.json (the OpenAPI 3.1 document @fastify/swagger builds from the routes' zod schemas) and
 * GET /api/docs, a plain HTML page generated from that document: every route, its permission and its
 * schemas. No scripts at all and one inline stylesheet allowed by its hash, so the page works under a
 * strict Content-Security-Policy and loads nothing from a CDN.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h2{margin-top:2rem;border-bottom:1px solid #ccc}code,pre{font:13px ui-monospace,monospace}pre{background:#f4f4f4;padding:.5rem;overflow:auto}
.m{display:inline-block;min-width:4.5rem;font-weight:bold}.perm{color:#6a3d9a}`;
export const DOCS_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Operation {
  summary?: string;
  description?: string;
  'x-permission'?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}

export function renderDocs(document: {
  info?: { title?: string; version?: string };
  paths?: Record<string, Record<string, Operation>>;
}): string {
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const parts = [
        `<h2><span class="m">${escape(method.toUpperCase())}</span><code>${escape(path)}</code></h2>`,
        `<p>${escape(op.summary ?? '')}</p>`,
        op.description ? `<p>${escape(op.description)}</p>` : '',
        `<p>Permission: <code class="perm">${escape(op['x-permission'] ?? '?')}</code></p>`,
      ];
      if (op.parameters?.length) parts.push(`<h3>Parameters</h3><pre>${escape(JSON.stringify(op.parameters, null, 2))}</pre>`);
      if (op.requestBody) parts.push(`<h3>Request body</h3><pre>${escape(JSON.stringify(op.requestBody, null, 2))}</pre>`);
      if (op.responses) parts.push(`<h3>Responses</h3><pre>${escape(JSON.stringify(op.responses, null, 2))}</pre>`);
      sections.push(`<section>${parts.join('\n')}</section>`);
    }
  }
  const title = `${document.info?.title ?? 'API'} ${document.info?.version ?? ''}`.trim();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head>
<body><h1>${escape(title)}</h1><p>Errors are <code>application/problem+json</code> (RFC 9457). The machine-readable document is <a href="/api/openapi.json">/api/openapi.json</a>.</p>
${sections.join('\n')}</body></html>`;
}

export function docsRoutes(app: FastifyInstance): void {
  app.get(
    '/api/openapi.json',
    {
      config: { permission: 'public' },
      schema: { summary: 'The OpenAPI 3.1 document', tags: ['meta'], response: { 200: z.looseObject({ openapi: z.string() }) } },
    },
    async () => app.swagger() as unknown as { openapi: string },
  );
  app.get(
    '/api/docs',
    {
      config: { permission: 'public' },
      schema: { summary: 'This API’s routes, permissions and schemas as a web page', tags: ['meta'], produces: ['text/html'] },
    },
    async (_request, reply) => {
      reply.type('text/html; charset=utf-8').header('content-security-policy', DOCS_CSP);
      return renderDocs(app.swagger() as Parameters<typeof renderDocs>[0]);
    },
  );
}
