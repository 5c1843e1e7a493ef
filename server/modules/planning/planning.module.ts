import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';
import { activitiesRoutes } from './activities.routes.js';
import { operationalPlansRoutes } from './operational-plans.routes.js';
import { planChainRoutes } from './plan-chain.routes.js';
import { programmesRoutes } from './programmes.routes.js';
import { strategicPlansRoutes } from './strategic-plans.routes.js';

// Registers every route file of the planning module.
export async function registerPlanningRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(strategicPlansRoutes, deps);
  await app.register(planChainRoutes, deps);
  await app.register(programmesRoutes, deps);
  await app.register(operationalPlansRoutes, deps);
  await app.register(activitiesRoutes, deps);
}
