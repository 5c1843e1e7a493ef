import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../platform/files/attachments.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZDirectiveCreate,
  ZDirectiveDetail,
  ZDirectiveListQuery,
  ZDirectivePage,
  ZDirectiveParams,
  ZDirectiveUpdate,
  ZExportQuery,
  ZIndicators,
  ZIndicatorsQuery,
} from './directives.contract.js';
import { ZDirectiveSummary } from './followup.contract.js';
import * as service from './directives.service.js';
import { exportFollowUpTable } from './exports.service.js';
import { computeIndicators } from './indicators.service.js';

const base = '/api/administrations/:administrationId/directives';

export const directivesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const tags = ['directives'];

  app.get(base, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'Directives and recommendations the caller may see: filters, sorting and pages on the server',
      description:
        'Views: my directives (`scope=mine`), a structure’s (`structureId`, `includeSubStructures`), overdue (`state=overdue`), ' +
        'by source (`sourceType`, `sourceId`, `meetingId`, `meetingKind`).',
      params: ZAdministrationParams,
      querystring: ZDirectiveListQuery,
      response: { 200: ZDirectivePage },
    },
    handler: async (req) => service.listDirectives(deps, req.access!, req.query),
  });

  app.post(base, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary:
        'Issue a directive or record a recommendation (source: audience, dossier decision, direct instruction, evaluation, audit, meeting)',
      params: ZAdministrationParams,
      body: ZDirectiveCreate,
      response: { 201: ZDirectiveSummary },
    },
    handler: async (req, reply) => {
      const [created] = await service.createDirectives(deps, req.access!, [{ input: req.body, field: '' }]);
      return reply.status(201).send(created!);
    },
  });

  app.get(`${base}/indicators`, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'Dashboard indicators per structure or per period: completion rate, average delay, number overdue, age of the oldest',
      params: ZAdministrationParams,
      querystring: ZIndicatorsQuery,
      response: { 200: ZIndicators },
    },
    handler: async (req) => computeIndicators(deps, req.access!, req.query),
  });

  app.get(`${base}/follow-up-table`, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'The follow-up table (e.g. for the next CODIR: `meetingKind=management_committee`) as XLSX, DOCX or PDF',
      description:
        'Same filters as the list. Without `state` or `status`: open items and those awaiting confirmation. At most 2,000 rows. Answers the file.',
      params: ZAdministrationParams,
      querystring: ZExportQuery,
    },
    handler: async (req, reply) => {
      const file = await exportFollowUpTable(deps, req.access!, req.query, req.locale);
      return reply.header('content-type', file.mime).header('content-disposition', contentDisposition(file.filename)).send(file.content);
    },
  });

  app.get(`${base}/:directiveId`, {
    config: { access: 'followup.read' },
    schema: {
      tags,
      summary: 'One directive or recommendation: timeline of reports with evidence, meeting, and what the caller may do',
      params: ZDirectiveParams,
      response: { 200: ZDirectiveDetail },
    },
    handler: async (req) => service.getDirective(deps, req.access!, req.params.directiveId),
  });

  app.patch(`${base}/:directiveId`, {
    config: { access: 'followup.issue' },
    schema: {
      tags,
      summary: 'Change the text, assignees, due date, priority or confidentiality (the issuer’s side)',
      params: ZDirectiveParams,
      body: ZDirectiveUpdate,
      response: { 200: ZDirectiveDetail },
    },
    handler: async (req) => service.updateDirective(deps, req.access!, req.params.directiveId, req.body),
  });
};
