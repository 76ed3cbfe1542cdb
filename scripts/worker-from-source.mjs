// Starts a worker thread from its TypeScript entry (tests, and the command before `npm run build`): the entry
// is bundled with esbuild into node_modules/.cache/pathways-workers/ and the bundle imported. Later threads
// reuse the bundle while none of its inputs has changed since it was written, so a run that starts many
// workers (each import and each simulation starts two) compiles the law package once, not once a thread.
// The bundled command does not come here: it starts dist/import-worker.mjs and dist/sim-worker.mjs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache', 'pathways-workers');

export async function importFromSource(entryUrl) {
  const entry = fileURLToPath(entryUrl);
  const name = createHash('sha256').update(entry).digest('hex').slice(0, 16);
  const bundle = join(cache, `${name}.mjs`);
  const inputs = `${bundle}.inputs.json`;
  if (!fresh(bundle, inputs)) {
    mkdirSync(cache, { recursive: true });
    const tmp = `${bundle}.${process.pid}-${threadId}`;
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: root,
      outfile: `${tmp}.mjs`,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      metafile: true,
      logLevel: 'warning',
      // As scripts/build.mjs: the database drivers stay imports, resolved from node_modules.
      external: ['better-sqlite3', 'pg', 'pg-native', 'pg-boss'],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    // Each thread writes its own files and renames them into place, so threads starting together never read
    // a half-written bundle; the inputs first, so a bundle is never newer than the list that checks it.
    writeFileSync(`${tmp}.json`, JSON.stringify(Object.keys(result.metafile.inputs).map((p) => resolve(root, p))));
    renameSync(`${tmp}.json`, inputs);
    renameSync(`${tmp}.mjs`, bundle);
  }
  await import(pathToFileURL(bundle).href);
}

/** The bundle exists and no input is newer than it (an input gone also means: build again). */
function fresh(bundle, inputs) {
  if (!existsSync(bundle) || !existsSync(inputs)) return false;
  const built = statSync(bundle).mtimeMs;
  try {
    for (const file of JSON.parse(readFileSync(inputs, 'utf8'))) if (statSync(file).mtimeMs > built) return false;
  } catch {
    return false;
  }
  return true;
}
