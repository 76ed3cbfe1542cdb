/**
 * `mkdir -p`, one directory at a time from the nearest one that exists. Node's own recursive mkdir never
 * returns where the kernel answers ENOENT for a directory whose parent exists (under /proc); made one at
 * a time, that answer is an error naming the path. A file standing where a directory should be is ENOTDIR.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeDirectories(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  let found = statSync(at, { throwIfNoEntry: false });
  while (found === undefined) {
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
    found = statSync(at, { throwIfNoEntry: false });
  }
  if (found !== undefined && !found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, '${at}'`), { code: 'ENOTDIR' });
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (e) {
      // Another process made it meanwhile (two commands opening a new data directory at once): made all the same.
      // Anything else there (a file, a link to nothing) is the error mkdir gave.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || statSync(dir, { throwIfNoEntry: false })?.isDirectory() !== true) throw e;
    }
  }
}
