// The reports module: its routes, the generation job, and the Excel exports of the results lists.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';
import './reports.messages.js';
import { processQueuedRuns } from './report-generation.js';
import { listExportsRoutes } from './list-exports.routes.js';
import { reportsRoutes } from './reports.routes.js';

export async function registerReportsModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // when the jobs run in this instance, a new request is picked up at once instead of at the next pass
  const onQueued = () => {
    if (app.jobs.isStarted()) void app.jobs.runOnce();
  };
  await app.register(reportsRoutes, { ...deps, onQueued });
  await app.register(listExportsRoutes, deps);
  // several instances may run it at once: each claims different runs
  app.jobs.register({ name: 'reports.generate', isExclusive: false, run: (ctx) => processQueuedRuns(ctx.db, ctx.instanceId) });
}
