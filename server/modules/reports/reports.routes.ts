// Reports: templates, drafts, generation runs, files and finalised versions. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/files/attachments.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZFileParams,
  ZReport,
  ZReportCreate,
  ZReportParams,
  ZReportSummary,
  ZReportUpdate,
  ZRun,
  ZRunParams,
  ZTemplate,
  ZTemplateParams,
  ZTemplateUpdate,
  ZVersion,
  ZVersionFileParams,
} from './reports.contract.js';
import * as service from './reports.service.js';

const base = '/api/administrations/:administrationId/reports';
const tags = ['reports'];
const mime = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
const fileResponse = {
  200: {
    description: 'The file',
    content: {
      [mime.docx]: { schema: z.unknown().meta({ type: 'string', format: 'binary' }) },
      [mime.pdf]: { schema: z.unknown().meta({ type: 'string', format: 'binary' }) },
    },
  },
};

export const reportsRoutes: FastifyPluginAsyncZod<service.Deps> = async (app, deps) => {
  app.get(`${base}/templates`, {
    config: { access: 'reports.read' },
    schema: {
      tags,
      summary: 'The report kinds with the administration’s adjustments (sections, introduction, signature)',
      params: ZAdministrationParams,
      response: { 200: z.array(ZTemplate) },
    },
    handler: async (req) => service.listTemplates(deps, req.access!),
  });

  app.put(`${base}/templates/:kind`, {
    config: { access: 'reports.manage' },
    schema: {
      tags,
      summary: 'Adjust a report kind: title, sections and their order, introduction, signature block',
      params: ZTemplateParams,
      body: ZTemplateUpdate,
      response: { 200: ZTemplate },
    },
    handler: async (req) => service.updateTemplate(deps, req.access!, req.params.kind, req.body),
  });

  app.get(base, {
    config: { access: 'reports.read' },
    schema: {
      tags,
      summary: 'Report drafts, latest period first, with the state of their latest generation',
      params: ZAdministrationParams,
      response: { 200: z.array(ZReportSummary) },
    },
    handler: async (req) => service.listReports(deps, req.access!),
  });

  app.post(base, {
    config: { access: 'reports.manage' },
    schema: {
      tags,
      summary: 'Create a report draft for a period and generate it from live data (a job: follow latestRun)',
      params: ZAdministrationParams,
      body: ZReportCreate,
      response: { 202: ZReport },
    },
    handler: async (req, reply) => reply.code(202).send(await service.createReport(deps, req.access!, req.body)),
  });

  app.get(`${base}/finalised`, {
    config: { access: 'reports.read' },
    schema: {
      tags,
      summary: 'Finalised reports, newest first, with who finalised them and when',
      params: ZAdministrationParams,
      response: { 200: z.array(ZVersion) },
    },
    handler: async (req) => service.listFinalisedReports(deps, req.access!),
  });

  app.get(`${base}/:reportId`, {
    config: { access: 'reports.read' },
    schema: {
      tags,
      summary: 'A report draft: its texts, latest generation and finalised versions',
      params: ZReportParams,
      response: { 200: ZReport },
    },
    handler: async (req) => service.getReport(deps, req.access!, req.params.reportId),
  });

  app.patch(`${base}/:reportId`, {
    config: { access: 'reports.manage' },
    schema: {
      tags,
      summary: 'Edit the texts of a draft (highlights, difficulties, outlook); regenerate to see them',
      params: ZReportParams,
      body: ZReportUpdate,
      response: { 200: ZReport },
    },
    handler: async (req) => service.updateReport(deps, req.access!, req.params.reportId, req.body),
  });

  app.post(`${base}/:reportId/runs`, {
    config: { access: 'reports.manage' },
    schema: { tags, summary: 'Generate the draft again from live data (a job)', params: ZReportParams, response: { 202: ZRun } },
    handler: async (req, reply) => reply.code(202).send(await service.generateReport(deps, req.access!, req.params.reportId)),
  });

  app.get(`${base}/:reportId/runs/:runId`, {
    config: { access: 'reports.read' },
    schema: {
      tags,
      summary: 'A generation: status (queued, running, done, failed) and progress 0-100',
      params: ZRunParams,
      response: { 200: ZRun },
    },
    handler: async (req) => service.getRun(deps, req.access!, req.params.reportId, req.params.runId),
  });

  app.get(`${base}/:reportId/file.:format`, {
    config: { access: 'reports.read' },
    schema: { tags, summary: 'The draft as generated last (DOCX or PDF)', params: ZFileParams, response: fileResponse },
    handler: async (req, reply) => {
      const file = await service.getReportFile(deps, req.access!, req.params.reportId, req.params.format);
      return reply
        .header('content-type', mime[req.params.format])
        .header('content-disposition', contentDisposition(file.fileName))
        .send(file.data);
    },
  });

  app.post(`${base}/:reportId/finalise`, {
    config: { access: 'reports.manage' },
    schema: {
      tags,
      summary: 'Finalise the latest generation: its files, data snapshot and SHA-256 are frozen as the next version',
      params: ZReportParams,
      response: { 201: ZVersion },
    },
    handler: async (req, reply) => reply.code(201).send(await service.finaliseReport(deps, req.access!, req.params.reportId)),
  });

  app.get(`${base}/:reportId/versions/:version/file.:format`, {
    config: { access: 'reports.read' },
    schema: {
      tags,
      summary: 'A finalised version’s file, as frozen (header x-content-sha256)',
      params: ZVersionFileParams,
      response: fileResponse,
    },
    handler: async (req, reply) => {
      const file = await service.getVersionFile(deps, req.access!, req.params.reportId, req.params.version, req.params.format);
      return reply
        .header('content-type', mime[req.params.format])
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-sha256', file.sha256)
        .send(file.data);
    },
  });
};
