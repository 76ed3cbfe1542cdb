#!/usr/bin/env node
// `npm run typecheck`: the type check of each package, one by one; `npm test` runs it first. Exits
// non-zero if any package fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The law package's sources are checked without Node's types, so a Node-only API cannot slip in.
const PROJECTS = [
  'packages/law',
  'packages/law/tsconfig.test.json',
  'packages/sim',
  'packages/store',
  'packages/reference',
  'packages/cli',
  'packages/server',
  'packages/documents',
  'packages/web',
];

/** Checks every project; returns how many failed. */
export function typecheck(env = process.env) {
  let failed = 0;
  for (const project of PROJECTS) {
    console.log(`\n# type check: ${project}`);
    if ((spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit', env }).status ?? 1) !== 0) {
      console.log(`type check failed: ${project}`);
      failed += 1;
    }
  }
  return failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(typecheck() === 0 ? 0 : 1);
