/**
 * Voices and campaigns (issue 9): stories told with consent, campaign pages with the simulator's numbers,
 * supporters and their letters to legislators, councils and events. Public forms pass publicFormGuard
 * (../../security/public-forms.ts); everything else names its permission as every route does.
 */
import type { FastifyInstance } from 'fastify';
import type { PathwaysStore } from '@pathways/store';
import { publicFormTokenRoute } from '../../security/public-forms.ts';
import { campaignRoutes } from './campaigns.ts';
import { councilRoutes } from './councils.ts';
import { storyRoutes } from './stories.ts';

export interface VoicesRouteDeps {
  store: PathwaysStore;
  now: () => Date;
}

export function voicesRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  publicFormTokenRoute(app);
  campaignRoutes(app, deps);
  storyRoutes(app, deps);
  councilRoutes(app, deps);
}
