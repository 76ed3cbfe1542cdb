#!/usr/bin/env node
// The `pathways` command. After `npm ci` it runs the bundle in ../dist (built by scripts/build.mjs);
// if any source file is newer than the bundle (or there is none), it runs the TypeScript sources
// directly through tsx instead, so an edit is never hidden behind a stale build.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
    return ['law', 'sim', 'store', 'documents', 'server', 'reference', 'cli'].every((name) => newestSource(`${packages}${name}/src`) < built);
  } catch {
    return false;
  }
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
