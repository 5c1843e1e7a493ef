// Dossiers of an administration: registration, lists, counts, search, suggestions, export, notifications.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZDossierBody,
  ZDossierDetail,
  ZDossierList,
  ZDossierQuery,
  ZExportQuery,
  ZNotifications,
  ZSearchQuery,
  ZSearchResult,
  ZStats,
  ZSuggestions,
  ZSuggestQuery,
} from './dossiers.contract.js';
import * as query from './dossier-query.service.js';
import { registerDossier } from './register.service.js';

export const dossiersBase = '/api/administrations/:administrationId/dossiers';
export const tags = ['dossiers'];
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const binary = (mime: string, description: string) => ({
  description,
  content: { [mime]: { schema: z.unknown().meta({ type: 'string', format: 'binary' }) } },
});
const ZPage = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const dossiersRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(dossiersBase, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'Dossiers the caller may see, newest first, with who holds each one now and since when',
      params: ZAdministrationParams,
      querystring: ZDossierQuery,
      response: { 200: ZDossierList },
    },
    handler: async (req) => query.listDossiers(db, req.access!, req.query),
  });

  app.post(dossiersBase, {
    config: { access: 'dossiers.register' },
    schema: {
      tags,
      summary: 'Register a dossier (numbered automatically unless a reference is given; 409 when that reference exists)',
      params: ZAdministrationParams,
      body: ZDossierBody,
      response: { 201: ZDossierDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await registerDossier(db, req.access!, req.body)),
  });

  app.get(`${dossiersBase}/waiting`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'Dossiers waiting on the caller now (to assign, an opinion to give, a decision to take, to file)',
      params: ZAdministrationParams,
      querystring: ZPage,
      response: { 200: ZDossierList },
    },
    handler: async (req) => query.listWaitingOnMe(db, req.access!, req.query),
  });

  app.get(`${dossiersBase}/stats`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'Counts of the dossiers the caller may see: by status, by confidentiality, late, waiting on them',
      params: ZAdministrationParams,
      response: { 200: ZStats },
    },
    handler: async (req) => query.getStats(db, req.access!),
  });

  app.get(`${dossiersBase}/search`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary:
        'French full-text search (accents and case ignored) over reference, subject, sender, opinions and the text of attached PDF and Word files; ranked, with highlighted extracts',
      params: ZAdministrationParams,
      querystring: ZSearchQuery,
      response: { 200: ZSearchResult },
    },
    handler: async (req) => query.searchDossiers(db, req.access!, req.query),
  });

  app.get(`${dossiersBase}/suggest`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'A few dossiers whose reference or words start with what is typed',
      params: ZAdministrationParams,
      querystring: ZSuggestQuery,
      response: { 200: ZSuggestions },
    },
    handler: async (req) => query.suggestDossiers(db, req.access!, req.query.q),
  });

  app.get(`${dossiersBase}/notifications`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'Recent steps, taken by others, of the dossiers that concern the caller (last 30 days)',
      params: ZAdministrationParams,
      response: { 200: ZNotifications },
    },
    handler: async (req) => query.listNotifications(db, req.access!),
  });

  app.get(`${dossiersBase}/export.xlsx`, {
    config: { access: 'dossiers.read' },
    schema: {
      tags,
      summary: 'The list as an Excel workbook (same filters and confidentiality as the list)',
      params: ZAdministrationParams,
      querystring: ZExportQuery,
      response: { 200: binary(XLSX_MIME, 'The workbook') },
    },
    handler: async (req, reply) => {
      const file = await query.exportDossiers(db, req.access!, req.query);
      return reply.type(XLSX_MIME).header('content-disposition', 'attachment; filename="dossiers.xlsx"').send(file);
    },
  });
};
