// Axes, objectives and expected results of a strategic plan. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import {
  ZAxis,
  ZAxisParams,
  ZChainItemBody,
  ZChainItemPatch,
  ZExpectedResult,
  ZObjective,
  ZObjectiveParams,
  ZOk,
  ZPlanParams,
  ZResultParams,
} from './planning.contract.js';
import * as service from './strategic-plans.service.js';

const base = '/api/administrations/:administrationId/planning';
const tags = ['planning'];
const ok = { ok: true as const };

export const planChainRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.post(`${base}/strategic-plans/:planId/axes`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Add an axis to a strategic plan (code unique in the plan)',
      params: ZPlanParams,
      body: ZChainItemBody,
      response: { 201: ZAxis },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createAxis(db, req.access!, req.params.planId, req.body)),
  });

  app.patch(`${base}/axes/:axisId`, {
    config: { access: 'results.manage' },
    schema: { tags, summary: 'Change an axis', params: ZAxisParams, body: ZChainItemPatch, response: { 200: ZAxis } },
    handler: async (req) => service.updateAxis(db, req.access!, req.params.axisId, req.body),
  });

  app.delete(`${base}/axes/:axisId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete an axis without objectives (409 has_dependents otherwise)',
      params: ZAxisParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteAxis(db, req.access!, req.params.axisId);
      return ok;
    },
  });

  app.post(`${base}/axes/:axisId/objectives`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Add a strategic objective to an axis',
      params: ZAxisParams,
      body: ZChainItemBody,
      response: { 201: ZObjective },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createObjective(db, req.access!, req.params.axisId, req.body)),
  });

  app.patch(`${base}/objectives/:objectiveId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Change a strategic objective',
      params: ZObjectiveParams,
      body: ZChainItemPatch,
      response: { 200: ZObjective },
    },
    handler: async (req) => service.updateObjective(db, req.access!, req.params.objectiveId, req.body),
  });

  app.delete(`${base}/objectives/:objectiveId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete a strategic objective without expected results (409 has_dependents otherwise)',
      params: ZObjectiveParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteObjective(db, req.access!, req.params.objectiveId);
      return ok;
    },
  });

  app.post(`${base}/objectives/:objectiveId/results`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Add an expected result to a strategic objective',
      params: ZObjectiveParams,
      body: ZChainItemBody,
      response: { 201: ZExpectedResult },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await service.createExpectedResult(db, req.access!, req.params.objectiveId, req.body)),
  });

  app.patch(`${base}/expected-results/:resultId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Change an expected result',
      params: ZResultParams,
      body: ZChainItemPatch,
      response: { 200: ZExpectedResult },
    },
    handler: async (req) => service.updateExpectedResult(db, req.access!, req.params.resultId, req.body),
  });

  app.delete(`${base}/expected-results/:resultId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete an expected result; the indicators that measured it stay, unlinked',
      params: ZResultParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteExpectedResult(db, req.access!, req.params.resultId);
      return ok;
    },
  });
};
