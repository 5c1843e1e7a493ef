// Dashboards and their charts. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { chartIds } from './charts.js';
import { createDashboardCache } from './dashboard-cache.js';
import { getHeadChartOption, renderHeadChart } from './charts.service.js';
import {
  ZFollowUpFigures,
  ZHeadDashboard,
  ZMyStructures,
  ZOversightDashboard,
  ZPeriodQuery,
  ZProgrammeDashboard,
  ZProgrammeDashboardParams,
  ZStructureDashboard,
  ZStructureDashboardParams,
  ZStructureDashboardQuery,
} from './dashboards.contract.js';
import { getProgrammeDashboard, getStructureDashboard } from './drilldown.service.js';
import { getFollowUpFigures } from './follow-up.service.js';
import { getHeadDashboard, getOversightDashboard } from './head-dashboard.service.js';
import { listMyStructures } from './my-structures.service.js';

const base = '/api/administrations/:administrationId/dashboards';
const tags = ['dashboards'];
const ZChartParams = ZAdministrationParams.extend({
  chartId: z
    .string()
    .max(40)
    .describe(`One of: ${chartIds.join(', ')}`),
});
const ZChartQuery = ZPeriodQuery.extend({
  width: z.coerce.number().int().min(200).max(2400).default(800),
  height: z.coerce.number().int().min(150).max(1800).default(450),
});
const ZChartOption = z.object({
  chartId: z.enum(chartIds),
  period: z.object({ year: z.number().int(), quarter: z.number().int() }),
  option: z.record(z.string(), z.unknown()).describe('ECharts option, to pass to setOption() as is'),
});

export const dashboardsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;
  // one cache per application instance (so per test database too)
  const cache = createDashboardCache();

  app.get(`${base}/head`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary:
        'The head’s dashboard for a quarter: indicators by status, each programme’s achievement and execution, reporting, compared with the same quarter of last year',
      params: ZAdministrationParams,
      querystring: ZPeriodQuery,
      response: { 200: ZHeadDashboard },
    },
    handler: async (req) => getHeadDashboard(db, req.access!, req.query, cache),
  });

  app.get(`${base}/head/follow-up`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary:
        'The follow-up figures of the head’s dashboard for the reader: directives due in the period, dossiers, missing briefing notes',
      description:
        'Each block counts only what the reader may see, and is null when the reader has no access to its module. Without a period: the current year up to the current quarter.',
      params: ZAdministrationParams,
      querystring: ZPeriodQuery,
      response: { 200: ZFollowUpFigures },
    },
    handler: async (req) => getFollowUpFigures(deps, req.access!, req.query),
  });

  app.get(`${base}/head/charts/:chartId.json`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'A chart of the head’s dashboard as an ECharts option (the same one the SVG is drawn from)',
      params: ZChartParams,
      querystring: ZPeriodQuery,
      response: { 200: ZChartOption },
    },
    handler: async (req) => getHeadChartOption(db, req.access!, req.params.chartId, req.query, cache),
  });

  app.get(`${base}/head/charts/:chartId.svg`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'A chart of the head’s dashboard drawn on the server (SVG), for downloads and reports',
      params: ZChartParams,
      querystring: ZChartQuery,
      response: { 200: { description: 'The chart', content: { 'image/svg+xml': { schema: z.unknown().meta({ type: 'string' }) } } } },
    },
    handler: async (req, reply) => {
      const chart = await renderHeadChart(db, req.access!, req.params.chartId, req.query, cache);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('content-disposition', `inline; filename="${chart.fileName}.svg"`)
        .send(chart.svg);
    },
  });

  app.get(`${base}/programmes/:programmeId`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'A programme’s dashboard (for its manager and the dialogue de gestion): its actions, indicators and activities',
      params: ZProgrammeDashboardParams,
      querystring: ZPeriodQuery,
      response: { 200: ZProgrammeDashboard },
    },
    handler: async (req) => getProgrammeDashboard(db, req.access!, req.params.programmeId, req.query, cache),
  });

  app.get(`${base}/structures/:structureId`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'A structure’s dashboard: the indicators it is responsible for, its reporting quarter by quarter, its activities',
      params: ZStructureDashboardParams,
      querystring: ZStructureDashboardQuery,
      response: { 200: ZStructureDashboard },
    },
    handler: async (req) => getStructureDashboard(db, req.access!, req.params.structureId, req.query, cache),
  });

  app.get(`${base}/my-structures`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'The structures of the posts the caller holds today (head first, then focal point), to open their dashboard or entry page',
      params: ZAdministrationParams,
      response: { 200: ZMyStructures },
    },
    handler: async (req) => listMyStructures(db, req.access!),
  });

  app.get(`${base}/oversight`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'For an oversight body: the administrations it accompanies side by side (key figures, read-only)',
      params: ZAdministrationParams,
      querystring: ZPeriodQuery,
      response: { 200: ZOversightDashboard },
    },
    handler: async (req) => getOversightDashboard(db, req.access!, req.query, cache),
  });
};
