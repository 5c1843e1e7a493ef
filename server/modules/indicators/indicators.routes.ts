// Indicators, their targets and the results settings. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZOk } from '../planning/planning.contract.js';
import {
  ZIndicatorBody,
  ZIndicatorDetail,
  ZIndicatorList,
  ZIndicatorParams,
  ZIndicatorPatch,
  ZIndicatorQuery,
  ZResultsSettings,
  ZTargetsBody,
  ZTargetsResult,
} from './indicators.contract.js';
import * as service from './indicators.service.js';
import * as settings from './settings.service.js';

const base = '/api/administrations/:administrationId';
const tags = ['indicators'];

export const indicatorsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/indicators`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Indicators by page, filtered by programme, action, expected result, structure, level, periodicity or text',
      params: ZAdministrationParams,
      querystring: ZIndicatorQuery,
      response: { 200: ZIndicatorList },
    },
    handler: async (req) => service.listIndicators(db, req.access!, req.query),
  });

  app.post(`${base}/indicators`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Create an indicator (code unique in the administration)',
      params: ZAdministrationParams,
      body: ZIndicatorBody,
      response: { 201: ZIndicatorDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createIndicator(db, req.access!, req.body)),
  });

  app.get(`${base}/indicators/:indicatorId`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'An indicator with its place in the chain, its targets, its measurements (with evidence) and its computed results',
      params: ZIndicatorParams,
      response: { 200: ZIndicatorDetail },
    },
    handler: async (req) => service.getIndicator(db, req.access!, req.params.indicatorId),
  });

  app.patch(`${base}/indicators/:indicatorId`, {
    config: { access: 'results.manage' },
    schema: { tags, summary: 'Change an indicator', params: ZIndicatorParams, body: ZIndicatorPatch, response: { 200: ZIndicatorDetail } },
    handler: async (req) => service.updateIndicator(db, req.access!, req.params.indicatorId, req.body),
  });

  app.delete(`${base}/indicators/:indicatorId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete an indicator without measurements (409 has_dependents otherwise: deactivate it instead)',
      params: ZIndicatorParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteIndicator(db, req.access!, req.params.indicatorId);
      return { ok: true as const };
    },
  });

  app.put(`${base}/targets`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Set targets in bulk (per year: quarter 0, per quarter: 1-4; value null removes); all or nothing',
      params: ZAdministrationParams,
      body: ZTargetsBody,
      response: { 200: ZTargetsResult },
    },
    handler: async (req) => service.setTargets(db, req.access!, req.body),
  });

  app.get(`${base}/results-settings`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Results settings: monitoring and evaluation unit, status thresholds, reporting deadline (defaults when never set)',
      params: ZAdministrationParams,
      response: { 200: ZResultsSettings },
    },
    handler: async (req) => settings.getResultsSettings(db, req.access!),
  });

  app.put(`${base}/results-settings`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Change the results settings',
      params: ZAdministrationParams,
      body: ZResultsSettings,
      response: { 200: ZResultsSettings },
    },
    handler: async (req) => settings.saveResultsSettings(db, req.access!, req.body),
  });
};
