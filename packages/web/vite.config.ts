/**
 * The web build: React through @vitejs/plugin-react, output in packages/web/dist, which the Pathways
 * server serves. Three pages: index.html, the officer and defender workspace at `/`; portal.html, the
 * portal for people on supervision at `/portal/` (src/portal); and lab.html, the public policy lab at
 * `/lab/` (src/lab), which alone loads the simulator and runs it in a module Web Worker; and voices.html,
 * the public campaign pages and the campaign staff's desk (src/voices). They share chunks
 * (React, the API client, the law engine) but none loads another's screens. In development (`npm run dev
 * -w @pathways/web`) Vite serves them all (the portal at /portal.html, the lab at /lab.html) and forwards
 * /api to a Pathways server on :8080 (`npm start`), so the session cookie stays same-origin.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    // dist/.vite/manifest.json: which files each page can load (the benchmark weighs each page's own).
    manifest: true,
    rollupOptions: {
      input: { index: page('index.html'), portal: page('portal.html'), lab: page('lab.html'), voices: page('voices.html') },
      output: {
        // React and react-aria, which every page needs at its first paint, in one file: left to itself the
        // bundler cuts what the three pages share into a dozen small files, and a cold load then waits on a
        // dozen requests. Libraries only some screens use (d3-scale, pdf-lib, i18next, the law) stay apart.
        manualChunks(id: string) {
          if (
            /node_modules[\\/](react|react-dom|scheduler|react-aria-components|react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized|@swc[\\/]helpers|clsx)[\\/]/.test(
              id,
            )
          )
            return 'ui';
          return undefined;
        },
      },
    },
  },
  // The lab's simulation worker is an ES module (it shares chunks with the page; an IIFE worker could not).
  worker: { format: 'es' },
  server: { proxy: { '/api': { target: 'http://localhost:8080' } } },
});
