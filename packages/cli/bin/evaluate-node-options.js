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
// No allocation-site pretenuring. V8 makes a site's objects (an object or array literal in the code) in the
// old generation once, at some young collection, nearly all of them are still alive. In about one run in
// four of the benchmark's evaluation pass it did so for sites whose objects die young, and each such object
// then held the young ones it points to alive until the next full collection: the engine ran about a third
// slower, every young collection copying four times as much. The numbers, and how the runs were told apart,
// are in docs/benchmarks.md, "Two speeds, one code".
//
// One worker thread for V8's background work instead of four. While the engine warms up, V8 compiles
// its rules on worker threads, several seconds of compiling; on a 2-core machine four such threads share
// the cores with the one that evaluates, and take turns with it. With one, the evaluating thread keeps its
// core, and the benchmark's warm-up runs about a fifth faster; the numbers are in docs/benchmarks.md, "The
// compiler's threads".
export const EVALUATE_NODE_OPTIONS = ['--max-semi-space-size=64', '--no-allocation-site-pretenuring', '--v8-pool-size=1'];

/** Whether this process already runs with them. */
export function hasEvaluateNodeOptions(execArgv = process.execArgv) {
  return EVALUATE_NODE_OPTIONS.every((option) => execArgv.includes(option));
}
