import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';
import { indicatorsRoutes } from './indicators.routes.js';
import { measurementWorkflowRoutes } from './measurement-workflow.routes.js';
import { measurementsRoutes } from './measurements.routes.js';

// Registers every route file of the indicators module.
export async function registerIndicatorsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(indicatorsRoutes, deps);
  await app.register(measurementsRoutes, deps);
  await app.register(measurementWorkflowRoutes, deps);
}
