/**
 * Password hashing with Node's scrypt. Stored format (one string, `$`-separated, base64url parts):
 *
 *   scrypt$N=32768,r=8,p=1$<salt: 16 bytes>$<key: 64 bytes>
 *
 * The parameters travel with the hash, so raising N later still verifies old hashes. N=2^15, r=8, p=1 costs
 * 32 MiB and about 50–100 ms per check on one core: slow for a guesser, fine for a sign-in.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 64;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    // maxmem: scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that, so allow headroom.
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return `scrypt$N=${COST.N},r=${COST.r},p=${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Constant-time check of `password` against a stored hash; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  const params = /^N=(\d+),r=(\d+),p=(\d+)$/.exec(parts[1] ?? '');
  if (parts.length !== 4 || parts[0] !== 'scrypt' || !params) return false;
  const salt = Buffer.from(parts[2]!, 'base64url');
  const expected = Buffer.from(parts[3]!, 'base64url');
  const key = await derive(password, salt, { N: Number(params[1]), r: Number(params[2]), p: Number(params[3]) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash of no one's password: checked when the username is unknown, so an unknown user costs the same
 * time as a wrong password and the timing does not tell which usernames exist.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}
