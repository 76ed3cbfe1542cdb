/**
 * Errors as RFC 9457 problem details (`application/problem+json`). `type` is `about:blank`, so `title` is
 * the HTTP status phrase and `detail` says what went wrong for this request; validation problems add
 * `errors`, one entry per field. Nothing from a stack trace or the database ever goes out.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export interface FieldError {
  /** JSON pointer-like path: `body.status`, `querystring.limit`, or `row 3` for imports. */
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details (application/problem+json)');

export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, ...(detail ? { detail } : {}), ...extra };
}

export function sendProblem(reply: FastifyReply, status: number, detail?: string, extra: Partial<Problem> = {}): FastifyReply {
  // Serialized here, so a route's response schema (which describes success) never applies to the error body.
  return reply
    .code(status)
    .type('application/problem+json')
    .send(JSON.stringify(problem(status, detail, extra)));
}

/** Thrown by handlers and hooks to answer with a problem; the error handler turns it into the response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail?: string,
    readonly extra: Partial<Problem> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? STATUS_CODES[status]);
  }
}
