/**
 * Abuse resistance for the forms anyone may post without signing in (supporter sign-up, letters to
 * legislators, event RSVPs): a rate limit per address and form, a CSRF check, and a honeypot. Email
 * verification, the fourth defence, belongs to the routes that need it.
 *
 * CSRF without a session is a double submit: `GET /api/public/form-token` sets an HttpOnly, SameSite=Strict
 * cookie and answers the same random token, which the page sends back in the `x-form-token` header. Another
 * site can neither read the token nor set the header without a CORS preflight this server never grants.
 *
 * The honeypot is a form field (`website`) hidden from people and from assistive technology; a bot that
 * fills every field gets the same 202 a person gets, and nothing is stored or sent.
 *
 * A route opts in with `config: { permission: 'public', publicForm: true }` and `preHandler: guard`, where
 * `guard = publicFormGuard(...)`. `publicForm` also exempts the route from the session's CSRF header (see
 * access-control.ts): a signed-in member of staff posting a public form is checked like anyone else.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { cookieIsSecure } from '../routes/session.ts';
import { LoginLimiter } from './login-limiter.ts';
import { newToken, sameSecret } from './tokens.ts';

export const FORM_COOKIE = 'pathways_form';
export const FORM_HEADER = 'x-form-token';
export const HONEYPOT_FIELD = 'website';

/** Spread into a public form's body schema: the honeypot field, which a person leaves empty. */
export const honeypotField = { [HONEYPOT_FIELD]: z.string().max(500).optional() } as const;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public form: checked by publicFormGuard instead of the session's CSRF header. */
    publicForm?: boolean;
  }
}

export interface PublicFormLimit {
  /** Posts allowed per address per window. */
  maxPosts: number;
  windowMs: number;
}

/** The default: 10 posts of one form per address per 10 minutes. */
export const DEFAULT_FORM_LIMIT: PublicFormLimit = { maxPosts: 10, windowMs: 10 * 60_000 };

export function publicFormTokenRoute(app: FastifyInstance): void {
  app.get(
    '/api/public/form-token',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['public forms'],
        summary: 'A token for the public forms',
        description: `Sets the ${FORM_COOKIE} cookie and answers the same token: send it as the ${FORM_HEADER} header when posting a public form.`,
      },
    },
    async (request, reply) => {
      const existing = request.cookies[FORM_COOKIE];
      const token = typeof existing === 'string' && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : newToken();
      reply.setCookie(FORM_COOKIE, token, { path: '/api/public', httpOnly: true, sameSite: 'strict', secure: cookieIsSecure(request) });
      return { token };
    },
  );
}

/**
 * The preHandler of one public form: `name` keys its rate limit (each form has its own budget). Throws
 * 429 over the limit and 403 without a matching token; answers 202 and stops when the honeypot is filled.
 */
export function publicFormGuard(name: string, now: () => Date, limit: PublicFormLimit = DEFAULT_FORM_LIMIT) {
  const limiter = new LoginLimiter(limit.maxPosts, limit.windowMs);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> => {
    const wait = limiter.hit(`${name}:${request.ip}`, now().getTime());
    if (wait > 0)
      throw new HttpProblem(429, 'Too many submissions from this address; try again later.', {}, { 'retry-after': String(wait) });
    const cookie = request.cookies[FORM_COOKIE];
    const sent = request.headers[FORM_HEADER];
    if (typeof cookie !== 'string' || typeof sent !== 'string' || !sameSecret(sent, cookie)) {
      throw new HttpProblem(403, `Missing or wrong ${FORM_HEADER} header: GET /api/public/form-token first and send its token.`);
    }
    const body = request.body as Record<string, unknown> | undefined;
    const trap = body?.[HONEYPOT_FIELD];
    if (typeof trap === 'string' && trap.trim() !== '') {
      return reply.code(202).send({ status: 'accepted' });
    }
  };
}
