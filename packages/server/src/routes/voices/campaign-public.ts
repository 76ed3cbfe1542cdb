/**
 * The campaigns as anyone sees them, signed in or not: the live ones listed, and one campaign's page
 * (live or closed; a draft is not found). No personal data: supporters and letters appear as counts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { campaigns } from '@pathways/store';
import { z } from 'zod';
import { HttpProblem } from '../../http/problem.ts';
import { campaignCounts } from './campaign-desk.ts';
import { campaignParams, figuresOf, jurisdictionName, publicCampaignJson, publicCampaignSchema } from './campaign-schemas.ts';
import type { VoicesRouteDeps } from './index.ts';

const listedSchema = z.object({
  id: z.string(),
  name: z.string(),
  bill: z.string(),
  jurisdictionName: z.string(),
  summary: z.string(),
  impactStatus: publicCampaignSchema.shape.impact.shape.status,
  exitsEarlier: z.number().nullable().describe('The headline figure (people who would finish supervision early), when computed.'),
  supporters: z.number().int(),
});

export function campaignPublicRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  const { store } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/public/campaigns',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'The live campaigns',
        tags: ['campaigns'],
        response: { 200: z.object({ campaigns: z.array(listedSchema) }) },
      },
    },
    async () => {
      const live = await campaigns(store).list({ statuses: ['live'] });
      return {
        campaigns: await Promise.all(
          live.map(async (c) => ({
            id: c.id,
            name: c.name,
            bill: c.bill,
            jurisdictionName: jurisdictionName(c.jurisdiction),
            summary: c.summary,
            impactStatus: c.impact.status,
            exitsEarlier: figuresOf(c)?.figures.exitsEarlier.mean ?? null,
            supporters: (await campaignCounts(store, c.id)).supporters,
          })),
        ),
      };
    },
  );

  r.get(
    '/api/public/campaigns/:id',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'A campaign’s page: the bill, its impact numbers, the consent a supporter gives',
        description: 'Live and closed campaigns; a draft answers 404.',
        tags: ['campaigns'],
        params: campaignParams,
        response: { 200: publicCampaignSchema },
      },
    },
    async (request) => {
      const campaign = await campaigns(store).get(request.params.id);
      if (!campaign || campaign.status === 'draft') throw new HttpProblem(404, 'No such campaign.');
      return publicCampaignJson(campaign, await campaignCounts(store, campaign.id));
    },
  );
}
