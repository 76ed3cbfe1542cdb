// The Node.js options `pathways evaluate` runs with (bin/pathways.js starts it again with them where they
// are missing; the benchmark does the same, so that it measures what the command does).
//
// A young generation of 64 MiB semi-spaces instead of V8's 16: the command evaluates a window of records
// grouped by jurisdiction (src/io/jurisdiction-order.ts), whose records wait in memory until their turn,
// so more of what it allocates is still alive when a small young generation fills up and is collected,
// and gets copied. With the larger one the engine ran at 137,748 terms per second where it ran at 116,169
// with the default, on the same machine and day (docs/benchmarks.md); with the windows of 2026-12-05, at
// 125,000 to 197,000 against 108,000 to 167,000 (three alternated pairs of runs; ahead in five of the six
// rounds compared).
//
// No allocation-site pretenuring. V8 allocates the objects of a site (an object or array literal in the
// code) straight in the old generation once, at some young collection, nearly all the objects the site made
// since the last one are still alive. In the benchmark's evaluation pass this happened in about one run in
// four, from the first young collections of the pass on (in one such run, to 186 sites; what sets it off
// was not found), to sites whose objects die young: the old generation then filled with them between full
// collections. Each such object, dead an instant after it was made, held the young objects it points to
// alive until the next full collection: every young collection promoted about 13 MB instead of 3 and
// paused about 15 ms instead of 1, and the engine ran at about 120,000 terms per second instead of about
// 185,000 (docs/benchmarks.md, "Two speeds, one code"). With the option, no run has been slow, and the fast
// runs are as fast as without it.
export const EVALUATE_NODE_OPTIONS = ['--max-semi-space-size=64', '--no-allocation-site-pretenuring'];

/** Whether this process already runs with them. */
export function hasEvaluateNodeOptions(execArgv = process.execArgv) {
  return EVALUATE_NODE_OPTIONS.every((option) => execArgv.includes(option));
}
