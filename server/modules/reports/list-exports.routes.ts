// Excel exports of the indicators and measurements lists, with the same query as the lists.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/files/attachments.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZIndicatorQuery, ZMeasurementQuery } from '../indicators/indicators.contract.js';
import { exportIndicatorsXlsx, exportMeasurementsXlsx, MAX_ROWS } from './list-exports.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const response = {
  200: { description: 'The workbook', content: { [XLSX]: { schema: z.unknown().meta({ type: 'string', format: 'binary' }) } } },
};

export const listExportsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/administrations/:administrationId/indicators/export.xlsx', {
    config: { access: 'results.read' },
    schema: {
      tags: ['indicators'],
      summary: `The indicators list as Excel, with the list’s filters and sort (at most ${MAX_ROWS} rows)`,
      params: ZAdministrationParams,
      querystring: ZIndicatorQuery.omit({ limit: true, offset: true }),
      response,
    },
    handler: async (req, reply) => {
      const file = await exportIndicatorsXlsx(db, req.access!, req.query);
      return reply.header('content-type', XLSX).header('content-disposition', contentDisposition(file.filename)).send(file.content);
    },
  });

  app.get('/api/administrations/:administrationId/measurements/export.xlsx', {
    config: { access: 'results.read' },
    schema: {
      tags: ['indicators'],
      summary: `The measurements list as Excel, with the list’s filters and sort (at most ${MAX_ROWS} rows)`,
      params: ZAdministrationParams,
      querystring: ZMeasurementQuery.omit({ limit: true, offset: true }),
      response,
    },
    handler: async (req, reply) => {
      const file = await exportMeasurementsXlsx(db, req.access!, req.query);
      return reply.header('content-type', XLSX).header('content-disposition', contentDisposition(file.filename)).send(file.content);
    },
  });
};
