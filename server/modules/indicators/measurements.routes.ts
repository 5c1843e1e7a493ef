// Measurements: entry, correction, lists. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZOk } from '../planning/planning.contract.js';
import {
  ZMeasurement,
  ZMeasurementBody,
  ZMeasurementList,
  ZMeasurementParams,
  ZMeasurementPatch,
  ZMeasurementQuery,
} from './indicators.contract.js';
import * as service from './measurements.service.js';

const base = '/api/administrations/:administrationId/measurements';
const tags = ['indicators'];

export const measurementsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(base, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary:
        'Measurements by page, filtered by period, status, indicator, structure or programme, or awaiting the caller’s review or validation',
      params: ZAdministrationParams,
      querystring: ZMeasurementQuery,
      response: { 200: ZMeasurementList },
    },
    handler: async (req) => service.listMeasurements(db, req.access!, req.query),
  });

  app.post(base, {
    config: { access: 'measurements.enter' },
    schema: {
      tags,
      summary: 'Enter the value of a period as a draft (or correct the draft or rejected value of that period)',
      description:
        'Only a focal point of the indicator’s responsible structure (403). The value is checked against the indicator’s rules ' +
        '(a percentage within 0-100, its bounds: 400 naming `value`). A validated period is locked (409 period_locked); ' +
        'a submitted or reviewed one waits for its verdict (409 invalid_state).',
      params: ZAdministrationParams,
      body: ZMeasurementBody,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => service.enterMeasurement(db, req.access!, req.body),
  });

  app.get(`${base}/:measurementId`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'One measurement with its evidence and its workflow',
      params: ZMeasurementParams,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => service.getMeasurement(db, req.access!, req.params.measurementId),
  });

  app.patch(`${base}/:measurementId`, {
    config: { access: 'measurements.enter' },
    schema: {
      tags,
      summary: 'Correct a draft or rejected measurement (it becomes a draft again)',
      params: ZMeasurementParams,
      body: ZMeasurementPatch,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => service.updateMeasurement(db, req.access!, req.params.measurementId, req.body),
  });

  app.delete(`${base}/:measurementId`, {
    config: { access: 'measurements.enter' },
    schema: { tags, summary: 'Delete a draft or rejected measurement', params: ZMeasurementParams, response: { 200: ZOk } },
    handler: async (req) => {
      await service.deleteMeasurement(db, req.access!, req.params.measurementId);
      return { ok: true as const };
    },
  });
};
