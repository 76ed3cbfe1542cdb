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

/** A request's path as logged: no query, and a portal sign-in link's token (a credential) masked. */
export function loggedPath(url: string): string {
  return url.split('?')[0]!.replace(/^\/portal\/link\/[^/]+/, '/portal/link/[token]');
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
