// Annual operational plans (plans de travail annuels). Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZOk,
  ZOperationalPlan,
  ZOperationalPlanBody,
  ZOperationalPlanList,
  ZOperationalPlanParams,
  ZOperationalPlanPatch,
} from './planning.contract.js';
import * as service from './activities.service.js';

const base = '/api/administrations/:administrationId/planning';
const tags = ['planning'];
const ok = { ok: true as const };

export const operationalPlansRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/operational-plans`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Annual operational plans (PTA), newest first, with their number of activities and allotted budget',
      params: ZAdministrationParams,
      response: { 200: ZOperationalPlanList },
    },
    handler: async (req) => ({ items: await service.listOperationalPlans(db, req.access!) }),
  });

  app.post(`${base}/operational-plans`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Create the operational plan of a year (one per year)',
      params: ZAdministrationParams,
      body: ZOperationalPlanBody,
      response: { 201: ZOperationalPlan },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createOperationalPlan(db, req.access!, req.body)),
  });

  app.get(`${base}/operational-plans/:operationalPlanId`, {
    config: { access: 'results.read' },
    schema: { tags, summary: 'One operational plan', params: ZOperationalPlanParams, response: { 200: ZOperationalPlan } },
    handler: async (req) => service.getOperationalPlan(db, req.access!, req.params.operationalPlanId),
  });

  app.patch(`${base}/operational-plans/:operationalPlanId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Change an operational plan',
      params: ZOperationalPlanParams,
      body: ZOperationalPlanPatch,
      response: { 200: ZOperationalPlan },
    },
    handler: async (req) => service.updateOperationalPlan(db, req.access!, req.params.operationalPlanId, req.body),
  });

  app.delete(`${base}/operational-plans/:operationalPlanId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete an operational plan without activities (409 has_dependents otherwise)',
      params: ZOperationalPlanParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteOperationalPlan(db, req.access!, req.params.operationalPlanId);
      return ok;
    },
  });
};
