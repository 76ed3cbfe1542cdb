#!/usr/bin/env node
// Bundles the `pathways` command into packages/cli/dist/pathways.mjs with esbuild, so the command
// starts without compiling TypeScript. Runs after `npm ci` (the root `prepare` script). The bin uses
// the bundle only while it is newer than every source file, so an edited source is never shadowed
// by a stale bundle. Then builds the web workspace (packages/web) with Vite into packages/web/dist, which
// `pathways serve` serves at `/`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: {
    pathways: `${root}packages/cli/src/main.ts`,
    // The simulator's worker threads load this file, beside the chunks that start them.
    'sim-worker': `${root}packages/sim/src/run/worker.ts`,
    // The importer's worker threads, likewise.
    'import-worker': `${root}packages/store/src/import/prepare-worker.ts`,
    'evaluate-bench': `${root}packages/cli/bench/evaluate-bench.ts`,
    'simulate-bench': `${root}packages/cli/bench/simulate-bench.ts`,
    'server-bench': `${root}packages/cli/bench/server-bench.ts`,
  },
  outdir: `${root}packages/cli/dist`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  // Node's own modules stay imports; the workspace packages (TypeScript) and pure-JS libraries are
  // bundled. The database drivers (a native addon; optional native bindings) and the web server with its
  // logger (which load modules at run time) stay imports, resolved from node_modules, and so does the
  // benchmark's load generator (it starts worker threads from files beside its own).
  packages: 'bundle',
  external: [
    'better-sqlite3',
    'pg',
    'pg-native',
    'fastify',
    '@fastify/*',
    'fastify-type-provider-zod',
    'pino',
    'pino-*',
    'thread-stream',
    'autocannon',
  ],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

await viteBuild({
  root: `${root}packages/web`,
  configFile: `${root}packages/web/vite.config.ts`,
  logLevel: 'warn',
});
