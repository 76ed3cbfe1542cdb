#!/usr/bin/env node
// The `pathways` command. The packages are TypeScript run directly through tsx, so a fresh clone needs
// no build step before `npx pathways …` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
