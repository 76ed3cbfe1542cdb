/**
 * The workspace (packages/web, built by Vite) at `/`: a file of the build when the path names one, else
 * index.html, so a deep link such as /people/P-1 opens the app, whose router takes it from there. Paths
 * under /api/ never fall back: an unknown API path stays a problem+json 404.
 *
 * The portal for people on supervision is the build's second page, portal.html: `/portal` and every path
 * under `/portal/` answer it (its own router reads the rest, e.g. /portal/link/<token>). A build made before
 * the portal existed has no portal.html; those paths then answer index.html as any other path did.
 *
 * The policy lab is the third page, lab.html: `/lab` and every path under `/lab/` answer it, public (no
 * session: it runs its simulations in the browser and calls no API). The share link keeps its state in
 * the query (`/lab/?s=…`). A build without lab.html answers index.html there, as for the portal.
 *
 * Voices and campaigns is the fourth page, voices.html: the public campaign pages (`/campaigns/…`), a
 * story's shared link (`/stories/…`), the supporters' verification link (`/supporters/…`), event pages
 * (`/events/…`) and the campaign staff's desk (`/voices/…`, which signs in as the workspace does).
 *
 * The app's own scripts and styles are allowed (`'self'`, http/content-security-policy.ts), nothing inline
 * and nothing from elsewhere.
 * The hashed files under /assets/ never change, so browsers may keep them; index.html is never cached.
 */
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { WEB_APP_CSP } from '../http/content-security-policy.ts';
import { answerUnrouted } from '../http/error-handler.ts';

/** The portal's page in the build (packages/web/portal.html). */
const PORTAL_PAGE = 'portal.html';
/** The policy lab's page in the build (packages/web/lab.html). */
const LAB_PAGE = 'lab.html';
/** Voices and campaigns' page in the build (packages/web/voices.html), and the paths that answer it. */
const VOICES_PAGE = 'voices.html';
const VOICES_PREFIXES = ['/campaigns', '/stories', '/supporters', '/events', '/voices'];
const PAGES = new Set(['index.html', PORTAL_PAGE, LAB_PAGE, VOICES_PAGE]);

/** The file under `root` a URL path names, or null (none, a folder, or an attempt to leave the root). */
function fileFor(root: string, pathname: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (!relative || relative.includes('\0')) return null;
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile()
      ? full
          .slice(root.length + 1)
          .split(sep)
          .join('/')
      : null;
  } catch {
    return null;
  }
}

export async function webAppRoutes(app: FastifyInstance, deps: { webRoot: string }): Promise<void> {
  const root = resolve(deps.webRoot);
  // Only the sendFile helper: the one route below decides what is served.
  await app.register(fastifyStatic, { root, serve: false, cacheControl: false, dotfiles: 'deny' });

  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname === '/api' || pathname.startsWith('/api/')) return answerUnrouted(app, request, reply);
    const file = fileFor(root, pathname);
    reply.header('content-security-policy', WEB_APP_CSP);
    // The pages are answered below, as HTML and never cached; every other file of the build as it is.
    if (file && !PAGES.has(file)) {
      if (file.startsWith('assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
      return reply.sendFile(file);
    }
    const under = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
    const wanted =
      file === PORTAL_PAGE || under('/portal')
        ? PORTAL_PAGE
        : file === LAB_PAGE || under('/lab')
          ? LAB_PAGE
          : file === VOICES_PAGE || VOICES_PREFIXES.some(under)
            ? VOICES_PAGE
            : 'index.html';
    // Checked on each request (one stat, as fileFor does): a rebuild may add the page while the server runs.
    const page = wanted !== 'index.html' && fileFor(root, `/${wanted}`) ? wanted : 'index.html';
    return reply.type('text/html; charset=utf-8').sendFile(page);
  });
}
