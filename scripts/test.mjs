#!/usr/bin/env node
// Every test: the type check of each package, then the whole Vitest suite. Ends with the plain line
// "N passed, N failed, N skipped" that CI reads, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typecheck } from './typecheck.mjs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

let failed = await typecheck(env);

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
