/**
 * Opens a session for a person's own account after a portal sign-in (a code or an officer's link): the
 * same session machinery and cookie as POST /api/session (routes/session.ts), answered the same way,
 * with no second factor (the code or link was the proof, and people on supervision are not asked to
 * keep an authenticator app).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store, User } from '@pathways/store';
import { toPublicUser, type PublicUser } from '../http/schemas.ts';
import { SESSION_COOKIE } from '../security/access-control.ts';
import { newToken, sha256Hex } from '../security/tokens.ts';
import { SESSION_HOURS } from '../routes/session.ts';
import { cookieIsSecure } from '../routes/session.ts';

export interface PersonSessionAnswer {
  user: PublicUser;
  csrfToken: string;
  secondFactorRequired: false;
  expiresAt: string;
}

export async function openPersonSession(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
  now: Date,
  method: 'code' | 'link',
): Promise<PersonSessionAnswer> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await store.sessions.create({
    idHash: sha256Hex(token),
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt,
    pendingSecondFactor: false,
  });
  await store.audit.append({
    actorUserId: user.id,
    action: 'user.login',
    personId: user.personId,
    reason: null,
    detail: { secondFactorRequired: false, method },
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: cookieIsSecure(request),
    sameSite: 'strict',
    expires: new Date(expiresAt),
  });
  return { user: toPublicUser(user), csrfToken, secondFactorRequired: false, expiresAt };
}
