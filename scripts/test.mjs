#!/usr/bin/env node
// Every test: the type check of each package, then the whole Vitest suite. Ends with the plain line
// "N passed, N failed, N skipped" that CI reads, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

let failed = 0;
// The law package's sources are checked without Node's types, so a Node-only API cannot slip in.
for (const pkg of [
  'packages/law',
  'packages/law/tsconfig.test.json',
  'packages/sim',
  'packages/store',
  'packages/reference',
  'packages/cli',
  'packages/server',
  'packages/documents',
  'packages/web',
]) {
  console.log(`\n# type check: ${pkg}`);
  if (run('npx', ['tsc', '-p', pkg]) !== 0) {
    console.log(`type check failed: ${pkg}`);
    failed += 1;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'pathways-test-'));
const report = join(dir, 'vitest.json');
console.log('\n# vitest');
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed += json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
  // A suite that fails to load counts as a failure even though none of its tests ran.
  failed += json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} catch {
  failed += 1;
  console.log('vitest wrote no report');
}
rmSync(dir, { recursive: true, force: true });
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
