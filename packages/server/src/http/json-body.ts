/**
 * JSON bodies are read as UTF-8 and nothing else (RFC 8259 § 8.1): bytes that are not UTF-8 are refused
 * with 400, where Fastify's own parser would turn them into replacement marks and store those; a body
 * declared in another charset is refused with 415. Parsing itself stays Fastify's, with its refusal of
 * `__proto__` and `constructor.prototype` keys.
 */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.ts';

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

export function installUtf8JsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  // One decoder for every request: decoding is synchronous, and `fatal` makes bad bytes throw.
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(new HttpProblem(415, `JSON must be sent as UTF-8, not ${charset}.`), undefined);
      return;
    }
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(
        new HttpProblem(400, 'The request body is not valid UTF-8.', { errors: [{ path: 'body', message: 'is not valid UTF-8' }] }),
        undefined,
      );
      return;
    }
    parse(request, text, (error, value) => {
      // Fastify words its refusal of these keys as "not valid JSON": where the text is valid JSON, say why instead.
      if (error !== null && isJson(text)) {
        done(
          new HttpProblem(400, 'The request body uses "__proto__" or "constructor.prototype" as a key, which is refused.', {
            errors: [{ path: 'body', message: 'has a "__proto__" or "constructor.prototype" key' }],
          }),
          undefined,
        );
        return;
      }
      done(error, value);
    });
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return text.trim() !== '';
  } catch {
    return false;
  }
}
