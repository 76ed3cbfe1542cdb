/**
 * Refuses a JSON body with a string no text column should hold: a NUL character (PostgreSQL's text type
 * refuses it, so the same request would fail one way on SQLite and another on PostgreSQL) or half of a
 * surrogate pair (not a character at all; it turns into replacement marks in exports and documents). One
 * check for every route, before validation, with the field named as validation names it.
 */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.ts';

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not after a high one. */
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string in `value` that is not well-formed text, or undefined. */
export function firstBadString(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return NOT_TEXT.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstBadString(value[i], `${path}.${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  // Parsed JSON holds plain objects only; a stream or buffer some route parses itself is left to it.
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstBadString(key, `${path}.${key}`) ?? firstBadString(item, `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const bad = firstBadString(request.body, 'body');
    if (bad === undefined) return;
    throw new HttpProblem(400, 'The request holds text that is not valid.', {
      errors: [{ path: bad, message: 'must not contain a NUL character or half of a surrogate pair' }],
    });
  });
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
