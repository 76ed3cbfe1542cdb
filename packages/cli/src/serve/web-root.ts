/** The built workspace `pathways serve` serves at `/`: packages/web/dist, built by scripts/build.mjs (`npm ci` runs it). */
import { join } from 'node:path';
import { repositoryRoot } from '../io/repository.ts';

export const WEB_ROOT = join(repositoryRoot, 'packages', 'web', 'dist');
