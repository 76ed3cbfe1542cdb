/**
 * A small built workspace on disk, laid out as Vite writes packages/web/dist (index.html, the portal's
 * portal.html, the policy lab's lab.html, and hashed files under assets/), for the server's tests; the
 * real build is tested in the browser tests of packages/cli. `{ portal: false }` leaves portal.html out,
 * as a build from before the portal; `{ lab: false }` leaves lab.html out, as a build from before the lab.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INDEX_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pathways</title><script type="module" src="/assets/index-abc123.js"></script><link rel="stylesheet" href="/assets/index-abc123.css"></head><body><div id="root"></div></body></html>';

export const PORTAL_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pathways portal</title><script type="module" src="/assets/portal-def456.js"></script></head><body><div id="root"></div></body></html>';

export const LAB_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Policy lab · Pathways</title><script type="module" src="/assets/lab-0a1b2c.js"></script></head><body><div id="root"></div></body></html>';

export function makeWebRoot(options: { portal?: boolean; lab?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'pathways-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  if (options.portal !== false) {
    writeFileSync(join(root, 'portal.html'), PORTAL_HTML);
    writeFileSync(join(root, 'assets', 'portal-def456.js'), 'document.title = "Pathways portal";\n');
  }
  if (options.lab !== false) {
    writeFileSync(join(root, 'lab.html'), LAB_HTML);
    writeFileSync(join(root, 'assets', 'lab-0a1b2c.js'), 'document.title = "Policy lab · Pathways";\n');
  }
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'document.title = "Pathways";\n');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body { margin: 0; }\n');
  return root;
}
