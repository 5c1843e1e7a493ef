// The follow-up module: meetings, directives and recommendations, reminders and escalation.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/http/deps.js';
import './followup.messages.js';
import { directiveProgressRoutes } from './directive-progress.routes.js';
import { directivesRoutes } from './directives.routes.js';
import { meetingsRoutes } from './meetings.routes.js';
import { remindersRoutes } from './reminders.routes.js';
import { deliverReminders, planReminders } from './reminders.service.js';

export async function registerFollowupModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(meetingsRoutes, deps);
  await app.register(directivesRoutes, deps);
  await app.register(directiveProgressRoutes, deps);
  await app.register(remindersRoutes, deps);
  // planning is idempotent but needs to run on one instance at a time; sending is safe everywhere
  app.jobs.register({ name: 'reminders.plan', isExclusive: true, run: () => planReminders(deps) });
  app.jobs.register({ name: 'reminders.deliver', isExclusive: false, run: (ctx) => deliverReminders(deps, ctx.instanceId) });
}
