import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZDirectiveParams, ZLadder, ZLadderResponse, ZReminderList } from './directives.contract.js';
import * as service from './reminders.service.js';

export const remindersRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const tags = ['directives'];

  app.get('/api/administrations/:administrationId/directives/:directiveId/reminders', {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'Every reminder the system sent about an item: when, which rung, to whom, by e-mail and in-app',
      params: ZDirectiveParams,
      response: { 200: ZReminderList },
    },
    handler: async (req) => service.listRemindersOfDirective(deps, req.access!, req.params.directiveId),
  });

  app.get('/api/administrations/:administrationId/escalation-ladder', {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'The escalation ladder of reminders (default: assignee, head of their structure, SG, DC)',
      params: ZAdministrationParams,
      response: { 200: ZLadderResponse },
    },
    handler: async (req) => service.getLadder(deps, req.access!),
  });

  app.put('/api/administrations/:administrationId/escalation-ladder', {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Set the escalation ladder: days before the due date, reminder on it, rungs after it',
      params: ZAdministrationParams,
      body: ZLadder,
      response: { 200: ZLadderResponse },
    },
    handler: async (req) => service.setLadder(deps, req.access!, req.body),
  });
};
