/**
 * How a supporter is known, without an account:
 *
 * 1. Sign-up (a public form) sends a one-use link, `/supporters/verify/<token>`, to the address given,
 *    good for 48 hours. Only the token's SHA-256 is stored, with the name, ZIP and consent typed at
 *    sign-up: they become the supporter's only when the link is used, so typing someone else's address
 *    changes nothing of theirs.
 * 2. The verify page posts the token back (a public form too, so another site cannot make a browser use
 *    a link of theirs). The server confirms the address, joins the supporter to the campaign, and sets an
 *    HttpOnly, SameSite=Strict cookie scoped to /api/public, holding a fresh random token (again stored
 *    only as a hash), good for 30 days. The page's scripts never see it.
 * 3. Every action (a letter) is a public form that reads the cookie: no cookie, or an address not yet
 *    confirmed, and nothing counts. "Not you?" deletes the cookie and its row.
 *
 * A confirmed supporter on another browser signs up again with the same address: one supporter, a new link.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { supporters, type PathwaysStore, type Supporter } from '@pathways/store';
import { cookieIsSecure } from '../routes/session.ts';
import { newToken, sha256Hex } from '../security/tokens.ts';

export const SUPPORTER_COOKIE = 'pathways_supporter';
const COOKIE_PATH = '/api/public';
export const VERIFY_HOURS = 48;
export const SUPPORTER_SESSION_DAYS = 30;
/** Verification emails one address gets per hour, whoever asks: an inbox cannot be flooded through the form. */
export const VERIFY_EMAILS_PER_HOUR = 3;

export const newSupporterId = (): string => `S-${randomBytes(12).toString('base64url')}`;

/** The words a supporter consents to, shown beside the box and stored with the confirmation. */
export function consentText(campaignName: string): string {
  return (
    `I agree that the Pathways campaign team may email me about “${campaignName}” and other campaigns to change ` +
    'probation and parole law, and may send the letters I write to my legislators in my name. I can ask to stop at any time.'
  );
}

export const verifyPath = (token: string): string => `/supporters/verify/${encodeURIComponent(token)}`;

/** Starts a browser's session for a supporter whose link was just used; sets the cookie. */
export async function openSupporterSession(
  tx: PathwaysStore,
  request: FastifyRequest,
  reply: FastifyReply,
  supporterId: string,
  at: Date,
): Promise<void> {
  const token = newToken();
  const expires = new Date(at.getTime() + SUPPORTER_SESSION_DAYS * 86_400_000);
  await supporters(tx).sessions.create({
    tokenHash: sha256Hex(token),
    supporterId,
    createdAt: at.toISOString(),
    expiresAt: expires.toISOString(),
  });
  reply.setCookie(SUPPORTER_COOKIE, token, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: cookieIsSecure(request),
    expires,
  });
}

const cookieToken = (request: FastifyRequest): string | undefined => {
  const value = request.cookies[SUPPORTER_COOKIE];
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
};

/** The supporter this browser confirmed as, if any (and while the session lasts). */
export async function supporterOf(store: PathwaysStore, request: FastifyRequest, at: Date): Promise<Supporter | undefined> {
  const token = cookieToken(request);
  return token === undefined ? undefined : supporters(store).sessions.supporter(sha256Hex(token), at.toISOString());
}

/** Forgets this browser: its session row and its cookie. */
export async function closeSupporterSession(store: PathwaysStore, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = cookieToken(request);
  if (token !== undefined) await supporters(store).sessions.delete(sha256Hex(token));
  reply.clearCookie(SUPPORTER_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: cookieIsSecure(request) });
}
