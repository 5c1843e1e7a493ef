import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZAuditList, ZAuditQuery } from './audit.contract.js';
import { listEntityHistory } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/administrations/:administrationId/audit', {
    config: { access: 'audit.read' },
    schema: {
      tags: ['audit'],
      summary: 'History of one object: who changed what, when, before and after',
      params: ZAdministrationParams,
      querystring: ZAuditQuery,
      response: { 200: ZAuditList },
    },
    handler: async (req) => ({ items: await listEntityHistory(db, req.access!, req.query.entityType, req.query.entityId) }),
  });
};
