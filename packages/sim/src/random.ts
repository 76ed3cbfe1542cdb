/**
 * Seeded random streams. Every draw of the simulator comes from a stream named by integers (seed,
 * replication, person, purpose), so that:
 * - the same seed gives the same file and the same simulation, on any number of worker threads;
 * - baseline and reform draw the same numbers for the same person and month (common random numbers):
 *   a difference between them comes from the law, not from luck.
 *
 * The generator is sfc32 seeded through splitmix32 from the key; its quality is ample for simulation.
 */

/** Mixes integers into a 32-bit seed (splitmix32 steps). */
export function mixKey(...keys: number[]): number {
  let h = 0x9e3779b9;
  for (const k of keys) {
    h = (h ^ (k >>> 0)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
    h = (h + 0x9e3779b9) >>> 0;
  }
  return h;
}

export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream named by its key, e.g. `new RandomStream(seed, replication, person, PURPOSE)`. */
  constructor(...key: number[]) {
    this.a = mixKey(...key, 1);
    this.b = mixKey(...key, 2);
    this.c = mixKey(...key, 3);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of `items`, chosen with the given weights (which need not sum to 1). */
  weighted<T>(items: readonly { weight: number; value: T }[]): T {
    return pickWeighted(items, this.next());
  }
}

/** The item a uniform number `u` in [0, 1) falls on, the items laid end to end by weight. */
export function pickWeighted<T>(items: readonly { weight: number; value: T }[], u: number): T {
  let total = 0;
  for (const i of items) total += i.weight;
  let x = u * total;
  for (const i of items) {
    x -= i.weight;
    if (x < 0) return i.value;
  }
  return items[items.length - 1]!.value;
}

/** The purposes a person's streams are drawn for; each its own stream, so one never shifts another. */
export const STREAM = {
  /** Who the person is: offense, term, history up to the simulation's start. */
  person: 1,
  /** What happens month by month (shared by baseline and reform). */
  months: 2,
} as const;
