/// <reference types="vitest/config" />
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Suites of pure code (the law engine, the simulator's core, the web app's presenters): no server, no
 * database, no browser, no mocks, and no state but deterministic caches. They share one module graph per
 * worker (`isolate: false`) instead of importing the law package afresh for each of their 140 files,
 * which took most of their time.
 */
const PURE = [
  'packages/law/src/**/*.test.ts',
  'packages/law/test/**/*.test.ts',
  'packages/sim/src/**/*.test.ts',
  'packages/web/src/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Setup hooks start servers, databases and browsers; on a loaded machine a PostgreSQL world took more
    // than Vitest's default of 10 seconds to build, failing a whole file before any test ran.
    hookTimeout: 60_000,
    // A browser test polls for what a page shows after a request (a sign-in refused after the password is
    // hashed, a list filled in). Vitest's default of one second failed such a poll on a loaded machine
    // while the page was right a moment later; a poll still fails as soon as it times out at this bound.
    expect: { poll: { timeout: 10_000 } },
    // Vitest's default is one worker fewer than the cores: a single worker on this 2-core machine, so the
    // suite ran file after file. Its files are written to run side by side (PostgreSQL stores take a
    // schema each; servers and browsers take free ports), and much of their time is spent waiting on a
    // browser, a server or a database, so two workers share the cores.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'pure', include: PURE, isolate: false } },
      {
        extends: true,
        test: {
          name: 'io',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...PURE],
        },
      },
    ],
  },
});
