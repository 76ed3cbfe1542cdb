/**
 * A small built workspace on disk, laid out as Vite writes packages/web/dist (index.html and hashed files
 * under assets/), for the server's tests; the real build is tested in the browser test of packages/cli.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INDEX_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pathways</title><script type="module" src="/assets/index-abc123.js"></script><link rel="stylesheet" href="/assets/index-abc123.css"></head><body><div id="root"></div></body></html>';

export function makeWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'pathways-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'document.title = "Pathways";\n');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body { margin: 0; }\n');
  return root;
}
