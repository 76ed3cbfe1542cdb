/** A computation several Missouri rules share, made to run once per term. */
import type { TermContext } from '../../../engine/term-context.ts';
import type { UsMoParameters } from '../parameters.ts';

type Ctx = TermContext<UsMoParameters>;

/**
 * `compute` made to run once per term: later calls with the same context return the first result.
 * Only the last context is remembered (no map of every context): the engine runs all of a term's rules
 * before it makes the next term's context, and were an earlier context asked for again, computing anew
 * gives the same result (the only side effects are warnings, which a context keeps once).
 */
export function oncePerTerm<T>(compute: (ctx: Ctx) => T): (ctx: Ctx) => T {
  let lastCtx: Ctx | undefined;
  let lastValue: T | undefined;
  return (ctx) => {
    if (ctx !== lastCtx) {
      lastValue = compute(ctx);
      lastCtx = ctx;
    }
    return lastValue as T;
  };
}
