/**
 * Who is signed in, or null, made this tab's session: GET /api/session, which answers 200 either way, so
 * that a page opened signed out (the sign-in page, the portal's front door) shows no failed request in the
 * browser's console. The session's CSRF token is remembered (or a stale one forgotten) and the drafts the
 * tab kept are claimed for the user (api/drafts.ts). A session still waiting for its second factor counts
 * as signed out: the page starts the sign-in again.
 */
import { api, rememberCsrfToken } from './client.ts';
import { claimDrafts } from './drafts.ts';
import type { Me } from './types.ts';

type SessionAnswer = ({ signedIn: true } & Me) | { signedIn: false };

export async function adoptCurrentSession(): Promise<Me | null> {
  let answer: SessionAnswer;
  try {
    answer = await api<SessionAnswer>('/api/session');
  } catch (e) {
    rememberCsrfToken(null);
    throw e;
  }
  if (!answer.signedIn) {
    rememberCsrfToken(null);
    return null;
  }
  rememberCsrfToken(answer.csrfToken);
  claimDrafts(answer.user.id);
  return { user: answer.user, csrfToken: answer.csrfToken, expiresAt: answer.expiresAt };
}
