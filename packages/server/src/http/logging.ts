/**
 * Logger settings (Fastify's pino). A request is logged as method, path (no query string: `?reason=` is
 * free text) and status only: no headers, so no cookie, CSRF token or authorization; no bodies, so no
 * password, TOTP code or person record. The redact list is a second guard for anything logged by hand.
 */
import type { FastifyServerOptions } from 'fastify';

export type LoggerOption = boolean | { stream: NodeJS.WritableStream; level?: string };

const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.code',
  '*.totpSecret',
  '*.passwordHash',
  '*.csrfToken',
  '*.record',
  '*.name',
];

/**
 * Path segments masked in the log: tokens, which are credentials (a portal sign-in link, a calendar feed,
 * a story's share link, a supporter's e-mail check), and a person's id, which names the person (the audit
 * log, not the request log, says whose record was read).
 */
const MASKED: readonly [RegExp, string][] = [
  [/^\/portal\/link\/[^/]+/i, '/portal/link/[token]'],
  [/^\/api\/portal\/calendar\/[^/]+/i, '/api/portal/calendar/[token]'],
  [/^\/api\/public\/stories\/[^/]+/i, '/api/public/stories/[token]'],
  [/^\/stories\/[^/]+/i, '/stories/[token]'],
  [/^\/supporters\/verify\/[^/]+/i, '/supporters/verify/[token]'],
  [/^\/api\/people\/[^/]+/i, '/api/people/[id]'],
  // The workspace's own links to a person (a reload or a shared link asks the server for them).
  [/^\/people\/[^/]+/i, '/people/[id]'],
  [/^\/voices\/record\/[^/]+/i, '/voices/record/[id]'],
];

/**
 * A request's path as logged: no query, and tokens and person ids masked (`MASKED`), matched on the path
 * as the router reads it (percent-escapes decoded, repeated slashes as one), in any case.
 */
export function loggedPath(url: string): string {
  let path = url.split('?')[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not valid percent-encoding: the router refuses it (400); the raw path is matched.
  }
  path = path.replace(/\/{2,}/g, '/');
  for (const [pattern, masked] of MASKED) {
    const match = pattern.exec(path);
    if (match !== null) return masked + path.slice(match[0].length);
  }
  return path;
}

export function loggerOptions(logger: LoggerOption | undefined): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    level: typeof logger === 'object' ? (logger.level ?? 'info') : 'info',
    ...(typeof logger === 'object' ? { stream: logger.stream } : {}),
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id?: string }) => ({ method: req.method, path: loggedPath(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // Error messages can quote input (a bad date, a SQL value): keep the kind of error, drop the text.
      // The error's code as `errorCode`: `*.code` is redacted (a TOTP code logged by hand), and would blank it.
      err: (err: Error & { code?: string }) => ({
        type: err.name,
        errorCode: err.code,
        message: '[omitted]',
        stack: (err.stack ?? '').split('\n').slice(1, 6).join('\n'),
      }),
    },
  };
}
