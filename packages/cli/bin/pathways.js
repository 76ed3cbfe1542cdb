#!/usr/bin/env node
// The `pathways` command. After `npm ci` it runs the bundle in ../dist (built by scripts/build.mjs);
// if any source file is newer than the bundle (or there is none), it runs the TypeScript sources
// directly through tsx instead, so an edit is never hidden behind a stale build.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVALUATE_NODE_OPTIONS, hasEvaluateNodeOptions } from './evaluate-node-options.js';

const packages = fileURLToPath(new URL('../../', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/pathways.mjs', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    return ['law', 'sim', 'store', 'documents', 'server', 'reference', 'cli'].every(
      (name) => newestSource(`${packages}${name}/src`) < built,
    );
  } catch {
    return false;
  }
}

/**
 * Runs this command again in a Node.js started with `options`, passing on its standard streams, the
 * signals that stop it and its exit status (or the signal that ended it).
 */
function runAgainWith(options) {
  const child = spawn(process.execPath, [...process.execArgv, ...options, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  child.on('error', (e) => {
    process.stderr.write(`pathways: could not start Node.js again for this command: ${e.message}\n`);
    process.exit(1);
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  });
}

let main;
if (process.argv[2] === 'evaluate' && !hasEvaluateNodeOptions()) {
  runAgainWith(EVALUATE_NODE_OPTIONS);
} else if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
if (main !== undefined) process.exitCode = await main(process.argv.slice(2));
