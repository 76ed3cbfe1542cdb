/**
 * The two global hooks every request passes.
 *
 * onRequest (before any body is read, so an anonymous 256 MiB upload is refused at once): the session
 * from the `pathways_session` cookie, the CSRF header on every state-changing request that carries a
 * session, the second factor, and the route's permission for the caller's role.
 *
 * preHandler (after validation, when the params are typed): the person scope. A route that names a
 * person in its path (`config.personParam`) answers 404 for anyone outside the caller's scope.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Session, Store, User } from '@pathways/store';
import { HttpProblem } from '../http/problem.ts';
import { PERMISSIONS, roleMayUse, type PermissionRule } from './permissions.ts';
import { mayReadPerson } from './scope.ts';
import { sameSecret, sha256Hex } from './tokens.ts';

export const SESSION_COOKIE = 'pathways_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthContext {
  user: User;
  session: Session;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** The path parameter holding a person id that must be in the caller's scope. */
    personParam?: string;
  }
}

async function loadSession(store: Store, request: FastifyRequest, now: Date): Promise<AuthContext | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const idHash = sha256Hex(token);
  const session = await store.sessions.get(idHash);
  if (!session) return null;
  if (Date.parse(session.expiresAt) <= now.getTime()) {
    await store.sessions.delete(idHash);
    return null;
  }
  const user = await store.users.byId(session.userId);
  return user ? { user, session } : null;
}

export function installAccessControl(app: FastifyInstance, store: Store, now: () => Date): void {
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config.permission;
    request.auth = await loadSession(store, request, now());

    // A public form has its own CSRF check (public-forms.ts), the same for a signed-in caller as for anyone.
    if (request.auth && !SAFE_METHODS.has(request.method) && request.routeOptions.config.publicForm !== true) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, request.auth.session.csrfToken)) {
        throw new HttpProblem(403, `Missing or wrong ${CSRF_HEADER} header: send the csrfToken given at sign-in.`);
      }
    }

    // Unmatched URLs (the not-found handler) carry no permission and answer 404 on their own.
    if (permission === 'public' || permission === undefined) return;
    if (!request.auth) throw new HttpProblem(401, 'Sign in first: POST /api/session.');
    const rule: PermissionRule = PERMISSIONS[permission];
    if (request.auth.session.pendingSecondFactor && !rule.allowPendingSecondFactor) {
      throw new HttpProblem(401, 'Second factor required: POST /api/session/totp with the code from your authenticator.');
    }
    if (!roleMayUse(permission, request.auth.user.role)) {
      throw new HttpProblem(403, `The ${request.auth.user.role} role may not use this route.`);
    }
  });

  app.addHook('preHandler', async (request) => {
    const param = request.routeOptions.config.personParam;
    if (!param) return;
    const personId = (request.params as Record<string, unknown>)[param];
    // Same answer for "no such person" and "not yours", so an id's existence is never confirmed.
    if (!request.auth || typeof personId !== 'string' || !(await mayReadPerson(store, request.auth.user, personId))) {
      // The refusal is audited too, so that someone trying ids outside their scope can be seen.
      if (request.auth && typeof personId === 'string') {
        await store.audit.append({
          actorUserId: request.auth.user.id,
          action: 'person.access.denied',
          personId,
          reason: null,
          detail: { method: request.method, route: request.routeOptions.url ?? null },
        });
      }
      throw new HttpProblem(404, 'No such person.');
    }
  });
}
