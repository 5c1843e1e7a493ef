// Strategic plans. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZOk,
  ZPlanParams,
  ZStrategicPlanBody,
  ZStrategicPlanDetail,
  ZStrategicPlanList,
  ZStrategicPlanPatch,
} from './planning.contract.js';
import * as service from './strategic-plans.service.js';

const base = '/api/administrations/:administrationId/planning/strategic-plans';
const tags = ['planning'];

export const strategicPlansRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(base, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Strategic plans (three years), oldest first',
      params: ZAdministrationParams,
      response: { 200: ZStrategicPlanList },
    },
    handler: async (req) => ({ items: await service.listStrategicPlans(db, req.access!) }),
  });

  app.post(base, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Create a strategic plan',
      params: ZAdministrationParams,
      body: ZStrategicPlanBody,
      response: { 201: ZStrategicPlanDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createStrategicPlan(db, req.access!, req.body)),
  });

  app.get(`${base}/:planId`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'A strategic plan with its axes, objectives and expected results, in order',
      params: ZPlanParams,
      response: { 200: ZStrategicPlanDetail },
    },
    handler: async (req) => service.getStrategicPlan(db, req.access!, req.params.planId),
  });

  app.patch(`${base}/:planId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Change a strategic plan',
      params: ZPlanParams,
      body: ZStrategicPlanPatch,
      response: { 200: ZStrategicPlanDetail },
    },
    handler: async (req) => service.updateStrategicPlan(db, req.access!, req.params.planId, req.body),
  });

  app.delete(`${base}/:planId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete a strategic plan without axes (409 has_dependents otherwise)',
      params: ZPlanParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteStrategicPlan(db, req.access!, req.params.planId);
      return { ok: true as const };
    },
  });
};
