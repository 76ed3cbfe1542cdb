/**
 * Who is signed in, or null: GET /api/session, which answers 200 either way, so that a page opened signed
 * out (the sign-in page, the portal's front door) shows no failed request in the browser's console. A
 * session still waiting for its second factor counts as signed out: the page starts the sign-in again.
 */
import { api } from './client.ts';
import type { Me } from './types.ts';

type SessionAnswer = ({ signedIn: true } & Me) | { signedIn: false };

export async function whoIsSignedIn(): Promise<Me | null> {
  const answer = await api<SessionAnswer>('/api/session');
  if (!answer.signedIn) return null;
  return { user: answer.user, csrfToken: answer.csrfToken, expiresAt: answer.expiresAt };
}
