#!/usr/bin/env node
// `npm run typecheck`: the type check of each package, two at a time (one per core); `npm test` runs it
// first. Each check's output is printed whole, in the order below, when it ends. Exits non-zero if any
// package fails.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
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

/** One project's check: its exit status and everything it printed. */
function check(project, env) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsc', '-p', project], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ status: 1, output: `${output}${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

/** Checks every project; resolves to how many failed. */
export async function typecheck(env = process.env) {
  const results = new Array(PROJECTS.length);
  let next = 0;
  const worker = async () => {
    while (next < PROJECTS.length) {
      const i = next++;
      results[i] = check(PROJECTS[i], env);
      await results[i];
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  let failed = 0;
  for (const [i, project] of PROJECTS.entries()) {
    const { status, output } = await results[i];
    console.log(`\n# type check: ${project}`);
    if (output) process.stdout.write(output);
    if (status !== 0) {
      console.log(`type check failed: ${project}`);
      failed += 1;
    }
  }
  return failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit((await typecheck()) === 0 ? 0 : 1);
