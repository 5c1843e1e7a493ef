// Files in and out: the org chart (SVG, PDF) and the Excel template, export and import.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZChartQuery, ZImportRefusal, ZImportResult } from './organisation.contract.js';
import { renderChartPdf, renderChartSvg } from './chart.service.js';
import { buildExportWorkbook, buildTemplateWorkbook, importWorkbook, XLSX_MIME } from './organisation-io.service.js';

const base = '/api/administrations/:administrationId/organisation';
const tags = ['organisation'];
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const binary = (mime: string, description: string) => ({
  description,
  content: { [mime]: { schema: z.unknown().meta({ type: 'string', format: 'binary' }) } },
});
const ZImportRefused = z.object({
  code: z.literal('import_refused'),
  message: z.string(),
  details: z.object({ refused: z.array(ZImportRefusal) }),
});

export const organisationIoRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  // The import takes the workbook as the raw request body (this plugin only).
  app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) => done(null, body));

  const download = (name: string) => `attachment; filename="${name}"`;

  app.get(`${base}/chart.svg`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Organisation chart as SVG: structures with their posts and holders (optionally from one structure)',
      params: ZAdministrationParams,
      querystring: ZChartQuery,
      response: { 200: binary('image/svg+xml', 'The chart') },
    },
    handler: async (req, reply) => {
      const chart = await renderChartSvg(db, req.access!, req.query);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('content-disposition', download(`${chart.fileName}.svg`))
        .send(chart.svg);
    },
  });

  app.get(`${base}/chart.pdf`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Organisation chart as PDF (the same drawing as chart.svg on one page)',
      params: ZAdministrationParams,
      querystring: ZChartQuery,
      response: { 200: binary('application/pdf', 'The chart') },
    },
    handler: async (req, reply) => {
      const chart = await renderChartPdf(db, req.access!, req.query);
      return reply
        .type('application/pdf')
        .header('content-disposition', download(`${chart.fileName}.pdf`))
        .send(chart.pdf);
    },
  });

  app.get(`${base}/template.xlsx`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Excel template for the import: a “Lisez-moi” sheet, then one sheet per kind of row with its headers and an example',
      params: ZAdministrationParams,
      response: { 200: binary(XLSX_MIME, 'The template') },
    },
    handler: async (req, reply) => {
      const file = await buildTemplateWorkbook(req.access!);
      return reply.type(XLSX_MIME).header('content-disposition', download('modele-organisation.xlsx')).send(file);
    },
  });

  app.get(`${base}/export.xlsx`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'The organisation as an Excel workbook in the template’s format (ranks, structures, posts, attributions, people...)',
      params: ZAdministrationParams,
      response: { 200: binary(XLSX_MIME, 'The workbook') },
    },
    handler: async (req, reply) => {
      const file = await buildExportWorkbook(db, req.access!);
      return reply.type(XLSX_MIME).header('content-disposition', download(file.fileName)).send(file.buffer);
    },
  });

  app.post(`${base}/import`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary:
        'Import a filled template. Send the .xlsx file itself as the request body with Content-Type ' +
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (at most 5 MB). Every row is checked first: ' +
        'if any is refused, the answer is 422 import_refused listing them and nothing is imported.',
      description:
        'Rows refer to each other by the “Clé” column of the workbook. Existing rows are matched ignoring case and accents: ' +
        'ranks by name, structures by name, posts by structure and title, people by e-mail (else by first and last name); ' +
        'matched rows are updated, others created. Attributions, assignments and interims already present are kept; ' +
        'the import never deletes anything.',
      params: ZAdministrationParams,
      response: { 200: ZImportResult, 422: ZImportRefused },
    },
    handler: async (req) => importWorkbook(db, req.access!, req.body),
  });
};
