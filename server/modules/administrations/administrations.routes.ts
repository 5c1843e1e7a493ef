import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { AppError } from '../../platform/http/errors.js';
import { ZAdministration, ZAdministrationParams } from './administrations.contract.js';
import { selectAdministration } from './administrations.repository.js';

export const administrationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/administrations/:administrationId', {
    config: { access: 'organisation.read' },
    schema: {
      tags: ['administrations'],
      summary: 'One administration the caller belongs to',
      params: ZAdministrationParams,
      response: { 200: ZAdministration },
    },
    handler: async (req) => {
      const row = await selectAdministration(db, req.access!.administrationId);
      if (!row) throw new AppError('not_found', { params: { entity: 'administration' } });
      return row;
    },
  });
};
