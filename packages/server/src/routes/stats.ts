/**
 * Aggregate counts for advocates and managers: terms by jurisdiction, opportunities by kind and status.
 * No ids, names or dates leave this route. The scope is the caller's agency (an advocate without an
 * agency sees every agency).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '@pathways/store';
import { z } from 'zod';

const BATCH = 500;

export function statsRoutes(app: FastifyInstance, deps: { store: Store }): void {
  const { store } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/stats',
    {
      config: { permission: 'stats.read' },
      schema: {
        summary: 'Counts by jurisdiction and by opportunity kind and status (no personal data)',
        tags: ['stats'],
        response: {
          200: z.object({
            people: z.number().int(),
            terms: z.number().int(),
            byJurisdiction: z.array(z.object({ jurisdiction: z.string(), terms: z.number().int() })),
            opportunities: z.array(z.object({ kind: z.string(), status: z.string(), count: z.number().int() })),
          }),
        },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const filter = user.agencyId ? { agencyId: user.agencyId } : {};
      const byJurisdiction = new Map<string, number>();
      const opportunities = new Map<string, number>();
      let people = 0;
      let terms = 0;
      for (let offset = 0; ; offset += BATCH) {
        const page = await store.people.summaries({ ...filter, limit: BATCH, offset });
        people += page.length;
        for (const e of page.flatMap((p) => p.terms)) {
          terms += 1;
          byJurisdiction.set(e.jurisdiction, (byJurisdiction.get(e.jurisdiction) ?? 0) + 1);
          for (const o of e.opportunities) {
            const key = `${o.kind}\u0000${o.status}`;
            opportunities.set(key, (opportunities.get(key) ?? 0) + 1);
          }
        }
        if (page.length < BATCH) break;
      }
      return {
        people,
        terms,
        byJurisdiction: [...byJurisdiction].sort(([a], [b]) => a.localeCompare(b)).map(([jurisdiction, n]) => ({ jurisdiction, terms: n })),
        opportunities: [...opportunities]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, count]) => {
            const [kind, status] = key.split('\u0000') as [string, string];
            return { kind, status, count };
          }),
      };
    },
  );
}
