/**
 * A header that carries free text (the `x-access-reason` a read is audited with), read as the UTF-8 the
 * client sent. Node hands header values over as latin1, one character per byte, so UTF-8 "café" arrives
 * as "cafÃ©" and would be stored so; a byte that is no UTF-8 at all (0xFF) would be stored as "ÿ". The
 * value is decoded before validation, so a route's schema measures characters, not bytes, and refused
 * (400) when its bytes are not UTF-8 or it holds what the text guard refuses in a path or query
 * (text-guard.ts), so the header and the query form of the same field take the same text.
 */
import { isUtf8 } from 'node:buffer';
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.ts';
import { firstBadString, notText } from './text-guard.ts';

/** The header's value as the text its bytes spell; throws HttpProblem 400 where they spell none. */
export function utf8HeaderText(raw: string, name: string): string {
  const path = `headers.${name}`;
  const bytes = Buffer.from(raw, 'latin1');
  if (!isUtf8(bytes)) {
    throw new HttpProblem(400, `The ${name} header is not valid UTF-8.`, { errors: [{ path, message: 'is not valid UTF-8' }] });
  }
  const text = bytes.toString('utf8');
  if (firstBadString(text, path) !== undefined) throw notText(path);
  return text;
}

/** A preValidation hook: replaces the header, when sent, by its text, before the route's schema reads it. */
export function decodeUtf8Header(name: string): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const raw = request.headers[name];
    if (typeof raw !== 'string') return;
    request.headers = { ...request.headers, [name]: utf8HeaderText(raw, name) };
  };
}
