import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';
import { audiencesPublicRoutes } from './audiences-public.routes.js';
import { audiencesRoutes } from './audiences.routes.js';
import { briefingsRoutes } from './briefings.routes.js';
import { eventDecisionsRoutes } from './event-decisions.routes.js';
import { eventsRoutes } from './events.routes.js';
import { feedsRoutes } from './feeds.routes.js';

// Registers every route file of the agenda module.
export async function registerAgendaRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(eventsRoutes, deps);
  await app.register(briefingsRoutes, deps);
  await app.register(eventDecisionsRoutes, deps);
  await app.register(feedsRoutes, deps);
  await app.register(audiencesRoutes, deps);
  await app.register(audiencesPublicRoutes, deps);
}
