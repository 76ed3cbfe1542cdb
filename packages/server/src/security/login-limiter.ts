/**
 * Per-address limit on sign-in attempts (password and TOTP), kept in memory: a sliding window of
 * attempt times per IP. It complements the per-account lockout, which a guesser spreading over many
 * usernames would never trip.
 */
export class LoginLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly maxAttempts = 20,
    readonly windowMs = 5 * 60_000,
  ) {}

  /** Records an attempt at `nowMs`; returns the seconds to wait when over the limit, else 0. */
  hit(ip: string, nowMs: number): number {
    const recent = (this.attempts.get(ip) ?? []).filter((t) => t > nowMs - this.windowMs);
    if (recent.length >= this.maxAttempts) {
      this.attempts.set(ip, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - nowMs) / 1000));
    }
    recent.push(nowMs);
    this.attempts.set(ip, recent);
    // Forget idle addresses now and then so the map cannot grow without bound.
    if (this.attempts.size > 10_000) {
      for (const [key, times] of this.attempts) if (times.every((t) => t <= nowMs - this.windowMs)) this.attempts.delete(key);
    }
    return 0;
  }
}
