/**
 * The web build: React through @vitejs/plugin-react, output in packages/web/dist, which the Pathways
 * server serves. Two pages: index.html, the officer and defender workspace at `/`, and portal.html, the
 * portal for people on supervision at `/portal/` (src/portal). They share chunks (React, the API client)
 * but neither loads the other's screens. In development (`npm run dev -w @pathways/web`) Vite serves both
 * (the portal at /portal.html) and forwards /api to a Pathways server on :8080 (`npm start`), so the
 * session cookie stays same-origin.
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
    rollupOptions: { input: { index: page('index.html'), portal: page('portal.html') } },
  },
  server: { proxy: { '/api': { target: 'http://localhost:8080' } } },
});
