import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from './deps.js';

const ZHealth = z.object({ status: z.enum(['ok', 'unavailable']), database: z.boolean() });

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['platform'],
      summary: 'Liveness with the database: 200 when reachable, 503 otherwise',
      response: { 200: ZHealth, 503: ZHealth },
    },
    handler: async (_req, reply) => {
      try {
        await db.execute(sql`SELECT 1`);
        return { status: 'ok' as const, database: true };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: false });
      }
    },
  });
};
