/**
 * One-time sign-in codes for the portal: six random digits, good for ten minutes and five tries, used
 * once. Only a salted SHA-256 is stored (`salt$hash`), and codes never reach a log: the request log
 * holds no bodies (http/logging.ts), and the code travels only in the outbox message to the person.
 *
 * Six digits are few, so the hash alone would not hide a code from someone holding the table for long;
 * what protects a code is that it dies in ten minutes, after five wrong tries, or once used.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { sameSecret } from '../security/tokens.ts';

export const CODE_MINUTES = 10;
export const CODE_TRIES = 5;

export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

const digest = (salt: string, code: string): string => createHash('sha256').update(`${salt}:${code}`).digest('hex');

export function hashCode(code: string): string {
  const salt = randomBytes(16).toString('hex');
  return `${salt}$${digest(salt, code)}`;
}

/** Compared in constant time. */
export function codeMatches(code: string, stored: string): boolean {
  const [salt, hash] = stored.split('$');
  if (salt === undefined || hash === undefined) return false;
  return sameSecret(digest(salt, code), hash);
}
