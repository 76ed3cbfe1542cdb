/**
 * Every error becomes problem+json: validation as 400 with `errors`, Fastify's 4xx as they are, a busy
 * SQLite database as 503 with Retry-After, the rest as a bare 500; a path no route matches as 404, or 405
 * with `Allow` where the path exists for other methods.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, sendProblem, type FieldError } from './problem.ts';
import { WEB_APP_CSP } from './content-security-policy.ts';
import { wantsHtml } from './wants-html.ts';
import { isDatabaseBusy } from '@pathways/store';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
}

function fieldErrors(context: string | undefined, issues: readonly ValidationIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: [context ?? 'request', ...(issue.instancePath ?? '').split('/').filter(Boolean)].join('.'),
    message: issue.message ?? 'is invalid',
  }));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    if (error instanceof HttpProblem) {
      for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
      return sendProblem(reply, error.status, error.detail, error.extra);
    }
    if (Array.isArray(error.validation)) {
      return sendProblem(reply, 400, 'The request does not match the schema.', {
        errors: fieldErrors(error.validationContext, error.validation as ValidationIssue[]),
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (body too large, bad JSON, unsupported media type) carry safe messages.
      return sendProblem(reply, status, error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'The request body is too large.' : error.message);
    }
    if (isDatabaseBusy(error)) {
      // Another process (an import from the command line) held the SQLite database past the busy timeout:
      // nothing of this request was written, and it can simply be sent again.
      request.log.warn({ code: (error as { code?: string }).code }, 'database busy');
      reply.header('retry-after', '5');
      return sendProblem(reply, 503, 'The database is busy with other work (an import); nothing was changed. Try again in a few seconds.');
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, 500, 'Something went wrong on the server; it has been logged.');
  });

  app.setNotFoundHandler((request, reply) => answerUnrouted(app, request, reply));
}

/**
 * A request no route of the API answers: 405 with Allow where the path answers other methods, else 404.
 * Also the workspace's catch-all's answer for an API path (a HEAD, which Fastify gives every GET route).
 */
export function answerUnrouted(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const allowed = methodsAllowed(app, request.url);
  if (allowed.length === 0) return sendProblem(reply, 404, 'No such route.');
  reply.header('allow', allowed.join(', '));
  return sendProblem(reply, 405, `This route answers ${allowed.join(', ')}, not ${request.method}.`);
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods some route answers at this path. A catch-all (the workspace's pages, `/*`) matches every
 * path and does not count: a path only it matches is not a route of the API.
 */
function methodsAllowed(app: FastifyInstance, url: string): string[] {
  const path = url.split('?', 1)[0]!;
  return METHODS.filter((method) => {
    const route = app.findRoute({ method, url: path });
    return route !== null && !('*' in (route.params as Record<string, unknown>));
  });
}

/**
 * Errors the router meets before any route runs (Fastify's `frameworkErrors` option): a path that is not
 * valid percent-encoded UTF-8, or a path parameter longer than the router accepts. The answer does not
 * echo the path, which may carry a record id. A browser opening such an address outside the API (a link
 * cut short in a message) gets a page that says so in words, not problem+json. The server sets no bound
 * of the router's own (build-server.ts), so a long parameter reaches the route's schema; should one be
 * set, a parameter past it answers 400 as the schema does, not 414.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL' && wantsHtml(request.headers.accept) && !request.url.startsWith('/api/'))
    void badAddressPage(request, reply);
  else if (error.code === 'FST_ERR_BAD_URL') void sendProblem(reply, 400, 'The request path is not valid percent-encoded UTF-8.');
  else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') void sendProblem(reply, 400, 'A path parameter (an id) is too long.');
  else void sendProblem(reply, error.statusCode ?? 400, 'The request could not be routed.');
}

/**
 * The page for an address the router cannot read, with a way back: to the portal for a portal address,
 * else to the start page. Plain HTML under the workspace's policy (no script, no style, nothing inline).
 */
function badAddressPage(request: FastifyRequest, reply: FastifyReply) {
  const portal = request.url === '/portal' || request.url.startsWith('/portal/');
  const [home, where] = portal ? ['/portal', 'the portal’s start page'] : ['/', 'the start page'];
  return reply
    .code(400)
    .header('content-security-policy', WEB_APP_CSP)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>This address cannot be read · Pathways</title></head><body><main>' +
        '<h1>This address cannot be read</h1>' +
        '<p>Part of it is not written the way web addresses must be (a “%” code that stands for no character). ' +
        'The link may have been cut short or changed when it was copied.</p>' +
        `<p><a href="${home}">Go to ${where}</a></p>` +
        '</main></body></html>\n',
    );
}
