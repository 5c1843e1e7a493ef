// The results framework and the measurements of a quarter as Excel workbooks. Thin: parse, call, send.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { buildFrameworkExport, buildFrameworkTemplate, importFramework } from './framework-io.service.js';
import { buildMeasurementsWorkbook, importMeasurements } from './measurements-io.service.js';
import { XLSX_MIME } from './workbook.js';

const base = '/api/administrations/:administrationId';
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const binary = (description: string) => ({
  description,
  content: { [XLSX_MIME]: { schema: z.unknown().meta({ type: 'string', format: 'binary' }) } },
});
const ZRefusal = z.object({ sheet: z.string(), row: z.number().int(), field: z.string(), message: z.string() });
const ZImportRefused = z.object({
  code: z.literal('import_refused'),
  message: z.string(),
  details: z.object({ refused: z.array(ZRefusal) }),
});
const ZCounts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
const ZFrameworkImportResult = z.object({
  planning: ZCounts,
  indicators: ZCounts,
  targets: z.number().int().describe('Target rows written'),
});
const ZMeasurementsImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int().describe('Rows without a value'),
});
const ZPeriod = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
  structureId: z.uuid().optional().describe('Only the indicators this structure is responsible for'),
});
const importHelp =
  'Send the .xlsx file itself as the request body with Content-Type ' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (10 MB at most). Every row is checked first: if any is refused, ' +
  'the answer is 422 import_refused listing each refused cell {sheet, row, field, message} (in the user’s language) and nothing is imported.';

export const resultsIoRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) => done(null, body));
  const attachment = (name: string) => `attachment; filename="${name}"`;

  app.get(`${base}/planning/framework/template.xlsx`, {
    config: { access: 'results.read' },
    schema: {
      tags: ['planning'],
      summary: 'Excel template of the results framework: a “Lisez-moi” sheet, then one sheet per kind of row with an example',
      params: ZAdministrationParams,
      response: { 200: binary('The template') },
    },
    handler: async (req, reply) =>
      reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment('modele-cadre-de-resultats.xlsx'))
        .send(await buildFrameworkTemplate(req.access!)),
  });

  app.get(`${base}/planning/framework/export.xlsx`, {
    config: { access: 'results.read' },
    schema: {
      tags: ['planning'],
      summary:
        'The whole results framework (plans, axes, objectives, results, programmes, actions, annual plans, activities, indicators, targets) in the template’s format',
      params: ZAdministrationParams,
      response: { 200: binary('The workbook') },
    },
    handler: async (req, reply) => {
      const file = await buildFrameworkExport(db, req.access!);
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.fileName)).send(file.buffer);
    },
  });

  app.post(`${base}/planning/framework/import`, {
    config: { access: 'results.manage' },
    schema: {
      tags: ['planning'],
      summary: 'Import a filled framework workbook: creates or updates by code, never deletes',
      description: importHelp,
      params: ZAdministrationParams,
      response: { 200: ZFrameworkImportResult, 422: ZImportRefused },
    },
    handler: async (req) => importFramework(db, req.access!, req.body),
  });

  app.get(`${base}/measurements/sheet.xlsx`, {
    config: { access: 'results.read' },
    schema: {
      tags: ['indicators'],
      summary: 'The measurements of a quarter as an Excel sheet: every indicator due, its target, previous value and current entry',
      params: ZAdministrationParams,
      querystring: ZPeriod,
      response: { 200: binary('The workbook') },
    },
    handler: async (req, reply) => {
      const file = await buildMeasurementsWorkbook(db, req.access!, req.query);
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.fileName)).send(file.buffer);
    },
  });

  app.post(`${base}/measurements/import`, {
    config: { access: 'measurements.enter' },
    schema: {
      tags: ['indicators'],
      summary: 'Import a filled measurements sheet: each value becomes a draft of its period (focal points of the responsible structure)',
      description: importHelp,
      params: ZAdministrationParams,
      response: { 200: ZMeasurementsImportResult, 422: ZImportRefused },
    },
    handler: async (req) => importMeasurements(db, req.access!, req.body),
  });
};
