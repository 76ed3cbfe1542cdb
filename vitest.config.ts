/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Setup hooks start servers, databases and browsers; on a loaded machine a PostgreSQL world took more
    // than Vitest's default of 10 seconds to build, failing a whole file before any test ran.
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: a single worker on this 2-core machine, so the
    // suite ran file after file. Its files are written to run side by side (PostgreSQL stores take a
    // schema each; servers and browsers take free ports), and much of their time is spent waiting on a
    // browser, a server or a database, so two workers share the cores.
    maxWorkers: 2,
  },
});
