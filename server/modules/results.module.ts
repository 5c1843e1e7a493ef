// Results-based management: the planning, indicators, dashboards and results-io modules' routes, in one call.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/http/deps.js';
import { dashboardsRoutes } from './dashboards/dashboards.routes.js';
import { registerIndicatorsRoutes } from './indicators/indicators.module.js';
import { registerPlanningRoutes } from './planning/planning.module.js';
import { resultsIoRoutes } from './results-io/results-io.routes.js';

export async function registerResultsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerPlanningRoutes(app, deps);
  await registerIndicatorsRoutes(app, deps);
  await app.register(dashboardsRoutes, deps);
  await app.register(resultsIoRoutes, deps);
}
