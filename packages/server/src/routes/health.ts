import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LAW_VERSION } from '@pathways/law';
import type { Store } from '@pathways/store';
import { z } from 'zod';

export function healthRoutes(app: FastifyInstance, deps: { store: Store }): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'Liveness, the law version and the database dialect',
        tags: ['meta'],
        response: { 200: z.object({ status: z.literal('ok'), lawVersion: z.string(), database: z.enum(['sqlite', 'postgres']) }) },
      },
    },
    async () => ({ status: 'ok' as const, lawVersion: LAW_VERSION, database: deps.store.dialect }),
  );
}
