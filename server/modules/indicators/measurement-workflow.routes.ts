// The validation steps of a measurement. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZMeasurement, ZMeasurementParams, ZReasonBody } from './indicators.contract.js';
import * as workflow from './measurement-workflow.service.js';

const base = '/api/administrations/:administrationId/measurements/:measurementId';
const tags = ['indicators'];

export const measurementWorkflowRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.post(`${base}/submit`, {
    config: { access: 'measurements.enter' },
    schema: {
      tags,
      summary: 'Submit a draft or rejected value (focal point of the responsible structure)',
      description:
        'Runs the indicator’s rules again; a change from the previous validated period above the indicator’s threshold needs a comment (400 naming `comment`).',
      params: ZMeasurementParams,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => workflow.submitMeasurement(db, req.access!, req.params.measurementId),
  });

  app.post(`${base}/review`, {
    config: { access: 'measurements.review' },
    schema: {
      tags,
      summary: 'First validation step: the head of the responsible structure confirms a submitted value',
      description: 'Not by whoever entered or submitted it (403 separation_of_duties).',
      params: ZMeasurementParams,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => workflow.reviewMeasurement(db, req.access!, req.params.measurementId),
  });

  app.post(`${base}/validate`, {
    config: { access: 'measurements.validate' },
    schema: {
      tags,
      summary:
        'Second validation step: the M&E unit (its focal points), the SG or the DC validates a reviewed value; the period is then locked',
      description: 'Not by whoever entered, submitted or reviewed it (403 separation_of_duties).',
      params: ZMeasurementParams,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => workflow.validateMeasurement(db, req.access!, req.params.measurementId),
  });

  app.post(`${base}/reject`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Reject a value with a reason: a submitted one by the head of the structure, a reviewed one by the M&E unit',
      params: ZMeasurementParams,
      body: ZReasonBody,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => workflow.rejectMeasurement(db, req.access!, req.params.measurementId, req.body.reason),
  });

  app.post(`${base}/reopen`, {
    config: { access: 'measurements.validate' },
    schema: {
      tags,
      summary: 'Reopen a validated (locked) period with a reason; the value goes back to draft',
      params: ZMeasurementParams,
      body: ZReasonBody,
      response: { 200: ZMeasurement },
    },
    handler: async (req) => workflow.reopenMeasurement(db, req.access!, req.params.measurementId, req.body.reason),
  });
};
