/**
 * The workspace's build: React through @vitejs/plugin-react, output in packages/web/dist, which the
 * Pathways server serves at `/`. In development (`npm run dev -w @pathways/web`) Vite serves the app
 * and forwards /api to a Pathways server on :8080 (`npm start`), so the session cookie stays same-origin.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/api': { target: 'http://localhost:8080' } } },
});
