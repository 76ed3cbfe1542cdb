// Runs the import worker from its TypeScript source (tests, and the CLI before `npm run build`):
// registers tsx in this thread, then loads the worker. The bundled CLI uses dist/import-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
