/**
 * Sign-in. POST /api/session checks the password and opens a session; staff then give a TOTP code at
 * POST /api/session/totp before any other route answers them. The cookie holds a random token; the
 * database holds only its SHA-256, so a leaked sessions table opens no session.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { STAFF_ROLES, type Store, type User } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.ts';
import { publicUserSchema, toPublicUser } from '../http/schemas.ts';
import { SESSION_COOKIE } from '../security/access-control.ts';
import type { LoginLimiter } from '../security/login-limiter.ts';
import { decoyHash, verifyPassword } from '../security/password.ts';
import { newToken, sha256Hex } from '../security/tokens.ts';
import type { TotpVerifier } from '../security/totp.ts';

export const SESSION_HOURS = 12;
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
const BAD_CREDENTIALS = 'Wrong username or password, or the account is locked for a while.';

export interface SessionRouteDeps {
  store: Store;
  now: () => Date;
  limiter: LoginLimiter;
  totp: TotpVerifier;
}

/**
 * `Secure` always, except for plain http to localhost: browsers refuse to send a Secure cookie over http,
 * and a developer running the server on their own machine has no certificate. Behind a TLS-terminating
 * proxy, set Fastify's `trustProxy` so `request.protocol` is https.
 */
export function cookieIsSecure(request: FastifyRequest): boolean {
  const local = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(request.hostname);
  return !(request.protocol === 'http' && local);
}

function throttle(deps: SessionRouteDeps, request: FastifyRequest): void {
  const wait = deps.limiter.hit(request.ip, deps.now().getTime());
  if (wait > 0)
    throw new HttpProblem(429, 'Too many sign-in attempts from this address; try again later.', {}, { 'retry-after': String(wait) });
}

async function countFailure(deps: SessionRouteDeps, user: User): Promise<void> {
  const now = deps.now();
  // A lock that has run out starts the count again, so one more mistake does not lock at once.
  const previous = user.lockedUntil && Date.parse(user.lockedUntil) <= now.getTime() ? 0 : user.failedLogins;
  if (previous === 0 && user.failedLogins > 0) await deps.store.users.clearFailedLogins(user.id);
  const lockedUntil = previous + 1 >= LOCKOUT_AFTER_FAILURES ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
  await deps.store.users.recordFailedLogin(user.id, lockedUntil);
  await deps.store.audit.append({
    actorUserId: user.id,
    action: 'user.login_failed',
    personId: null,
    reason: null,
    detail: { locked: lockedUntil !== null },
  });
}

const isLocked = (user: User, now: Date) => user.lockedUntil !== null && Date.parse(user.lockedUntil) > now.getTime();

function clearCookie(reply: FastifyReply, request: FastifyRequest): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: cookieIsSecure(request) });
}

export function sessionRoutes(app: FastifyInstance, deps: SessionRouteDeps): void {
  const { store, now } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/session',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Sign in with username and password',
        description:
          'Sets the `pathways_session` cookie. Staff roles get `secondFactorRequired: true` and must call POST /api/session/totp next. ' +
          'Five wrong passwords in a row lock the account for 15 minutes; 20 attempts per address per 5 minutes, then 429.',
        tags: ['session'],
        body: z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
        response: {
          200: z.object({ user: publicUserSchema, csrfToken: z.string(), secondFactorRequired: z.boolean(), expiresAt: z.string() }),
        },
      },
    },
    async (request, reply) => {
      throttle(deps, request);
      const { username, password } = request.body;
      const user = await store.users.byUsername(username);
      // The hash is always checked, for unknown users and locked accounts too, so timing tells nothing.
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user) throw new HttpProblem(401, BAD_CREDENTIALS);
      if (isLocked(user, now())) throw new HttpProblem(401, BAD_CREDENTIALS);
      if (!passwordOk) {
        await countFailure(deps, user);
        throw new HttpProblem(401, BAD_CREDENTIALS);
      }
      if (user.failedLogins > 0 || user.lockedUntil) await store.users.clearFailedLogins(user.id);

      const token = newToken();
      const created = now();
      const expiresAt = new Date(created.getTime() + SESSION_HOURS * 3_600_000).toISOString();
      const secondFactorRequired = STAFF_ROLES.includes(user.role);
      const csrfToken = newToken();
      await store.sessions.create({
        idHash: sha256Hex(token),
        userId: user.id,
        csrfToken,
        createdAt: created.toISOString(),
        expiresAt,
        pendingSecondFactor: secondFactorRequired,
      });
      await store.audit.append({
        actorUserId: user.id,
        action: 'user.login',
        personId: null,
        reason: null,
        detail: { secondFactorRequired },
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        secure: cookieIsSecure(request),
        sameSite: 'strict',
        expires: new Date(expiresAt),
      });
      return { user: toPublicUser(user), csrfToken, secondFactorRequired, expiresAt };
    },
  );

  r.post(
    '/api/session/totp',
    {
      config: { permission: 'session.pending' },
      schema: {
        summary: 'Give the second factor (TOTP code)',
        description:
          'Six digits from the authenticator (30-second steps, one step of drift allowed). Wrong codes count toward the lockout.',
        tags: ['session'],
        body: z.object({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') }),
        response: { 200: z.object({ user: publicUserSchema, secondFactorRequired: z.literal(false) }) },
      },
    },
    async (request) => {
      throttle(deps, request);
      const { user, session } = request.auth!;
      if (!session.pendingSecondFactor) return { user: toPublicUser(user), secondFactorRequired: false as const };
      if (!user.totpSecret) throw new HttpProblem(403, 'No authenticator is enrolled for this account; ask an administrator.');
      if (isLocked(user, now()) || !deps.totp.verify(user.id, user.totpSecret, request.body.code, now())) {
        if (!isLocked(user, now())) await countFailure(deps, user);
        throw new HttpProblem(401, 'Wrong or expired code.');
      }
      await store.sessions.completeSecondFactor(session.idHash);
      if (user.failedLogins > 0) await store.users.clearFailedLogins(user.id);
      await store.audit.append({ actorUserId: user.id, action: 'user.second_factor', personId: null, reason: null, detail: {} });
      return { user: toPublicUser(user), secondFactorRequired: false as const };
    },
  );

  r.delete(
    '/api/session',
    {
      config: { permission: 'session.pending' },
      schema: { summary: 'Sign out', tags: ['session'], response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      const { user, session } = request.auth!;
      await store.sessions.delete(session.idHash);
      await store.audit.append({ actorUserId: user.id, action: 'user.logout', personId: null, reason: null, detail: {} });
      clearCookie(reply, request);
      return reply.code(204).send();
    },
  );

  // The pages ask this first: "signed out" is an answer here, not an error, so a browser opening the
  // sign-in page logs no failed request. GET /api/me, for API clients, still answers 401 without a session.
  r.get(
    '/api/session',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Whether anyone is signed in: the user and the CSRF token, or signedIn false',
        description:
          'Answers 200 either way. A session still waiting for its second factor counts as signed out (sign in again). ' +
          'Send `csrfToken` as the `x-csrf-token` header on every POST, PUT, PATCH and DELETE.',
        tags: ['session'],
        response: {
          200: z.discriminatedUnion('signedIn', [
            z.object({ signedIn: z.literal(true), user: publicUserSchema, csrfToken: z.string(), expiresAt: z.string() }),
            z.object({ signedIn: z.literal(false) }),
          ]),
        },
      },
    },
    async (request) => {
      const auth = request.auth;
      if (!auth || auth.session.pendingSecondFactor) return { signedIn: false as const };
      return {
        signedIn: true as const,
        user: toPublicUser(auth.user),
        csrfToken: auth.session.csrfToken,
        expiresAt: auth.session.expiresAt,
      };
    },
  );

  r.get(
    '/api/me',
    {
      config: { permission: 'self' },
      schema: {
        summary: 'The signed-in user and the CSRF token',
        description: 'Send `csrfToken` as the `x-csrf-token` header on every POST, PUT, PATCH and DELETE.',
        tags: ['session'],
        response: { 200: z.object({ user: publicUserSchema, csrfToken: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request) => {
      const { user, session } = request.auth!;
      return { user: toPublicUser(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );
}
