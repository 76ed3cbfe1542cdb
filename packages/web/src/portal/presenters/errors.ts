/**
 * Which plain-words message an error gets. The server's problem+json `detail` is English and written for
 * developers, so the person never sees it: each failure is named by its kind (no connection, signed out,
 * too many tries, not found, a refused entry, a server fault) and the locale files word it in both languages.
 */
import { ApiError } from '../../api/client.ts';

export type ErrorKey =
  'errors.network' | 'errors.signedOut' | 'errors.forbidden' | 'errors.notFound' | 'errors.invalid' | 'errors.tooMany' | 'errors.server';

export function errorKey(error: unknown): ErrorKey {
  if (!(error instanceof ApiError)) return 'errors.network';
  if (error.status === 401) return 'errors.signedOut';
  if (error.status === 403) return 'errors.forbidden';
  if (error.status === 404) return 'errors.notFound';
  if (error.status === 429) return 'errors.tooMany';
  if (error.status >= 400 && error.status < 500) return 'errors.invalid';
  return 'errors.server';
}

/** Sign-in answers its own way: a wrong or used-up code or link is the likely cause of a 400, 401 or 410. */
export function signInErrorKey(error: unknown, step: 'address' | 'code' | 'link'): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'signIn.errors.tooMany';
    if (step === 'code' && [400, 401, 403, 410].includes(error.status)) return 'signIn.errors.wrongCode';
    if (step === 'link' && [400, 401, 403, 404, 410].includes(error.status)) return 'signIn.errors.badLink';
    if (step === 'address' && (error.status === 400 || error.status === 422)) return 'signIn.errors.badAddress';
  }
  return errorKey(error);
}
