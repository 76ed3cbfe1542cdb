/**
 * Campaigns (issue 9, parts 2, 3 and 5): the routes, by audience.
 *
 * - campaign-desk.ts: campaign staff create and edit campaigns, read counts by district, export letters.
 * - legislator-import.ts: campaign staff import legislators and the ZIP-to-district table.
 * - campaign-public.ts: anyone reads the live campaigns and their impact numbers.
 * - supporter-signup.ts: supporters sign up and confirm their address (public forms).
 * - campaign-letters.ts: confirmed supporters write to their legislators (public forms).
 *
 * The impact numbers are computed in the background by one ImpactRunner per server: it picks up runs a
 * stopped server left unfinished when this one is ready, and the server waits for the run in flight
 * before it closes (so nothing is written to a closed store).
 */
import type { FastifyInstance } from 'fastify';
import { ImpactRunner } from '../../voices/impact-runner.ts';
import { campaignDeskRoutes } from './campaign-desk.ts';
import { campaignLetterRoutes } from './campaign-letters.ts';
import { campaignPublicRoutes } from './campaign-public.ts';
import type { VoicesRouteDeps } from './index.ts';
import { legislatorRoutes } from './legislator-import.ts';
import { supporterRoutes } from './supporter-signup.ts';

export function campaignRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const runner = new ImpactRunner({ store: deps.store, now: deps.now, log: app.log });
  app.addHook('onReady', async () => {
    await runner.resume();
  });
  app.addHook('onClose', async () => {
    await runner.close();
  });
  campaignDeskRoutes(app, deps, runner);
  legislatorRoutes(app, deps);
  campaignPublicRoutes(app, deps);
  supporterRoutes(app, deps);
  campaignLetterRoutes(app, deps);
}
