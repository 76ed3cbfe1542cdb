// Runs the import worker from its TypeScript source (tests, and the CLI before `npm run build`), through a
// bundle made once for all threads (scripts/worker-from-source.mjs). The bundled CLI uses dist/import-worker.mjs.
import { importFromSource } from '../../../../scripts/worker-from-source.mjs';

await importFromSource(new URL('./prepare-worker.ts', import.meta.url));
