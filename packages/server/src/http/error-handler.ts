/** Every error becomes problem+json: validation as 400 with `errors`, Fastify's 4xx as they are, the rest as a bare 500. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpProblem, sendProblem, type FieldError } from './problem.ts';

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
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, 500, 'Something went wrong on the server; it has been logged.');
  });

  app.setNotFoundHandler((_request, reply) => sendProblem(reply, 404, 'No such route.'));
}
