/**
 * Refuses a request whose JSON body, path or query holds a string no text column should hold: a NUL character (PostgreSQL's text type
 * refuses it, so the same request would fail one way on SQLite and another on PostgreSQL) or half of a
 * surrogate pair (not a character at all; it turns into replacement marks in exports and documents), or
 * one nested deeper than any route reads. One check for every route, before validation, with the field
 * named as validation names it.
 */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.ts';

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not after a high one. */
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * How deep a body may nest. No route's schema goes past a handful of levels; the limit keeps the walk
 * below (and any later one) from running out of stack on `[[[[…]]]]`, which JSON.parse accepts.
 */
export const MAX_DEPTH = 32;

const TOO_DEEP = Symbol('too deep');

/** The path of the first string in `value` that is not well-formed text, or undefined. */
export function firstBadString(value: unknown, path: string, depth = 0): string | typeof TOO_DEEP | undefined {
  if (typeof value === 'string') return NOT_TEXT.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstBadString(value[i], `${path}.${i}`, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  // Parsed JSON holds plain objects only; a stream or buffer some route parses itself is left to it.
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstBadString(key, `${path}.${key}`) ?? firstBadString(item, `${path}.${key}`, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    // Path and query strings reach the same queries ("/api/people/%00"): checked as the body is.
    const bad = badEntry(request.params, 'params') ?? badEntry(request.query, 'querystring') ?? firstBadString(request.body, 'body');
    if (bad === undefined) return;
    if (bad === TOO_DEEP) {
      throw new HttpProblem(400, `The request body nests more than ${MAX_DEPTH} levels deep.`, {
        errors: [{ path: 'body', message: `must not nest more than ${MAX_DEPTH} levels deep` }],
      });
    }
    throw notText(bad);
  });
}

/** The refusal of a value that is not well-formed text, naming its field (also for a header: utf8-header.ts). */
export function notText(path: string): HttpProblem {
  return new HttpProblem(400, 'The request holds text that is not valid.', {
    errors: [{ path, message: 'must not contain a NUL character or half of a surrogate pair' }],
  });
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The first path or query value that is not well-formed text. The router's and the query parser's
 * objects are not plain objects (their prototypes are their own), so they are walked by their entries.
 */
function badEntry(values: unknown, path: string): string | undefined {
  if (values === null || typeof values !== 'object') return undefined;
  for (const [key, value] of Object.entries(values)) {
    // A repeated query key gives a list, one level deep: never TOO_DEEP.
    const found = firstBadString(key, `${path}.${key}`) ?? firstBadString(value, `${path}.${key}`, 1);
    if (typeof found === 'string') return found;
  }
  return undefined;
}
