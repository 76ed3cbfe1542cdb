/**
 * A header that carries free text (the `x-access-reason` a read is audited with), read as the UTF-8 the
 * client sent. Node hands header values over as latin1, one character per byte, so UTF-8 "café" arrives
 * as "cafÃ©" and would be stored so; a byte that is no UTF-8 at all (0xFF) would be stored as "ÿ". The
 * value is decoded before validation, so a route's schema measures characters, not bytes; bytes that are
 * not UTF-8 are read as the Latin-1 they then were. It is refused (400) where it holds what the text guard
 * refuses in a path or query (text-guard.ts), so the header and the query form of the same field take the
 * same text.
 */
import { isUtf8 } from 'node:buffer';
import type { FastifyRequest } from 'fastify';
import { firstBadString, notText } from './text-guard.ts';

/** The header's value as the text its bytes spell (UTF-8, else Latin-1); throws HttpProblem 400 where the text guard refuses it. */
export function utf8HeaderText(raw: string, name: string): string {
  const path = `headers.${name}`;
  const bytes = Buffer.from(raw, 'latin1');
  // Bytes that spell no UTF-8 were sent as Latin-1, as Node's fetch and http, Python's requests and older
  // pages send a header string ("caf\xe9"): read so, rather than refusing the read they ask for.
  const text = isUtf8(bytes) ? bytes.toString('utf8') : raw;
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
