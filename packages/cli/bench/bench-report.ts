/**
 * docs/benchmarks.md holds one section per benchmark, each between `<!-- begin: NAME -->` and
 * `<!-- end: NAME -->`, so that each benchmark rewrites its own section and leaves the others' results.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const TITLE = '# Benchmarks\n';

export function writeBenchSection(path: string, name: string, markdown: string): void {
  const begin = `<!-- begin: ${name} -->`;
  const end = `<!-- end: ${name} -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : TITLE;
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) doc = doc.slice(0, from) + block + doc.slice(to + end.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, doc.endsWith('\n') ? doc : `${doc}\n`);
}
