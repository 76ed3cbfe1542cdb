/**
 * The second factor: RFC 6238 TOTP, SHA-1, 6 digits, 30-second steps, accepting one step either side for
 * clock drift. A code is accepted once: the last step used is remembered per user (in memory, which is
 * enough while the server is one process; a restart forgets it, and a replay then still needs the password).
 */
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;

const totpFor = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS });

export class TotpVerifier {
  private readonly lastStep = new Map<string, number>();

  verify(userId: string, secret: string, code: string, at: Date): boolean {
    if (!/^\d{6}$/.test(code)) return false;
    const delta = totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
    if (delta === null) return false;
    const step = Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
    if (step <= (this.lastStep.get(userId) ?? -Infinity)) return false;
    this.lastStep.set(userId, step);
    return true;
  }
}

/** The code an authenticator shows at `at` (tests and enrolment tools). */
export const totpCode = (secret: string, at: Date): string => totpFor(secret).generate({ timestamp: at.getTime() });

/** A new random base32 secret (20 bytes, as RFC 4226 recommends). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;
