// Excel exports of the lists (indicators, measurements, activities, directives, meetings, audience requests):
// each takes the list's own filters and calls the list's own service, so it shows what the screen shows.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/files/attachments.js';
import type { Access, RouteAccess } from '../../platform/http/access.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZAudienceListQuery } from '../agenda/audiences.contract.js';
import { ZDirectiveListQuery } from '../followup/directives.contract.js';
import { ZMeetingListQuery } from '../followup/meetings.contract.js';
import { ZIndicatorQuery, ZMeasurementQuery } from '../indicators/indicators.contract.js';
import { ZActivityQuery } from '../planning/planning.contract.js';
import { MAX_ROWS } from './list-export.js';
import { exportActivitiesXlsx, exportAudienceRequestsXlsx, exportDirectivesXlsx, exportMeetingsXlsx } from './list-exports-more.service.js';
import { exportIndicatorsXlsx, exportMeasurementsXlsx } from './list-exports.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const response = {
  200: { description: 'The workbook', content: { [XLSX]: { schema: z.unknown().meta({ type: 'string', format: 'binary' }) } } },
};
const base = '/api/administrations/:administrationId';
const limit = `at most ${MAX_ROWS} rows`;

export const listExportsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;
  // one route per list: its permission, its filters (without paging), its export
  function xlsxRoute<Q extends z.ZodType>(
    path: string,
    options: { access: RouteAccess; tag: string; summary: string; querystring: Q },
    build: (req: { access: Access; query: z.infer<Q> }) => Promise<{ content: Buffer; filename: string }>,
  ) {
    app.get(`${base}${path}`, {
      config: { access: options.access },
      schema: { tags: [options.tag], summary: options.summary, params: ZAdministrationParams, querystring: options.querystring, response },
      handler: async (req, reply) => {
        const file = await build({ access: req.access!, query: req.query as z.infer<Q> });
        return reply.header('content-type', XLSX).header('content-disposition', contentDisposition(file.filename)).send(file.content);
      },
    });
  }

  xlsxRoute(
    '/indicators/export.xlsx',
    {
      access: 'results.read',
      tag: 'indicators',
      summary: `The indicators list as Excel, with the list’s filters and sort (${limit})`,
      querystring: ZIndicatorQuery.omit({ limit: true, offset: true }),
    },
    ({ access, query }) => exportIndicatorsXlsx(db, access, query),
  );
  xlsxRoute(
    '/measurements/export.xlsx',
    {
      access: 'results.read',
      tag: 'indicators',
      summary: `The measurements list as Excel, with the list’s filters and sort (${limit})`,
      querystring: ZMeasurementQuery.omit({ limit: true, offset: true }),
    },
    ({ access, query }) => exportMeasurementsXlsx(db, access, query),
  );
  xlsxRoute(
    '/planning/activities/export.xlsx',
    {
      access: 'results.read',
      tag: 'planning',
      summary: `The activities list as Excel, with the list’s filters and sort, their state at the end of a quarter (${limit})`,
      querystring: ZActivityQuery.omit({ limit: true, offset: true }),
    },
    ({ access, query }) => exportActivitiesXlsx(db, access, query),
  );
  xlsxRoute(
    '/directives/export.xlsx',
    {
      access: 'followup.read',
      tag: 'directives',
      summary: `The directives list as Excel, with the list’s scope, filters and sort; only the items the caller may see (${limit})`,
      querystring: ZDirectiveListQuery.omit({ page: true, pageSize: true }),
    },
    ({ access, query }) => exportDirectivesXlsx(deps, access, query),
  );
  xlsxRoute(
    '/meetings/export.xlsx',
    {
      access: 'followup.read',
      tag: 'meetings',
      summary: `The meetings list as Excel, with the list’s filters (${limit})`,
      querystring: ZMeetingListQuery.omit({ page: true, pageSize: true }),
    },
    ({ access, query }) => exportMeetingsXlsx(deps, access, query),
  );
  xlsxRoute(
    '/audiences/export.xlsx',
    {
      access: 'agenda.manage',
      tag: 'audiences',
      summary: 'The audience requests as Excel, optionally of one status',
      querystring: ZAudienceListQuery,
    },
    ({ access, query }) => exportAudienceRequestsXlsx(db, access, query.status),
  );
};
