// Activities of the operational plans and their quarterly progress. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZActivityBody,
  ZActivityDetail,
  ZActivityList,
  ZActivityParams,
  ZActivityPatch,
  ZActivityQuery,
  ZOk,
  ZProgressBody,
  ZProgressParams,
} from './planning.contract.js';
import * as service from './activities.service.js';

const base = '/api/administrations/:administrationId/planning';
const tags = ['planning'];
const ok = { ok: true as const };

export const activitiesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/activities`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Activities by page, filtered by year, plan, programme, action, structure or text, with their state at the end of a quarter',
      params: ZAdministrationParams,
      querystring: ZActivityQuery,
      response: { 200: ZActivityList },
    },
    handler: async (req) => service.listActivities(db, req.access!, req.query),
  });

  app.post(`${base}/activities`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Add an activity to an operational plan, under an action, scheduled by quarter',
      params: ZAdministrationParams,
      body: ZActivityBody,
      response: { 201: ZActivityDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createActivity(db, req.access!, req.body)),
  });

  app.get(`${base}/activities/:activityId`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'An activity with its quarterly progress and its state at the end of a quarter (4 by default)',
      params: ZActivityParams,
      querystring: z.object({ asOfQuarter: z.coerce.number().int().min(1).max(4).default(4) }),
      response: { 200: ZActivityDetail },
    },
    handler: async (req) => service.getActivity(db, req.access!, req.params.activityId, req.query.asOfQuarter),
  });

  app.patch(`${base}/activities/:activityId`, {
    config: { access: 'results.manage' },
    schema: { tags, summary: 'Change an activity', params: ZActivityParams, body: ZActivityPatch, response: { 200: ZActivityDetail } },
    handler: async (req) => service.updateActivity(db, req.access!, req.params.activityId, req.body),
  });

  app.delete(`${base}/activities/:activityId`, {
    config: { access: 'results.manage' },
    schema: { tags, summary: 'Delete an activity and its progress reports', params: ZActivityParams, response: { 200: ZOk } },
    handler: async (req) => {
      await service.deleteActivity(db, req.access!, req.params.activityId);
      return ok;
    },
  });

  app.put(`${base}/activities/:activityId/progress/:quarter`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Report where an activity stands at the end of a quarter: physical progress, budget committed and spent (cumulative)',
      description:
        'Allowed to the holders of `results.manage`, and to the head or a focal point of the activity’s responsible structure (403 otherwise).',
      params: ZProgressParams,
      body: ZProgressBody,
      response: { 200: ZActivityDetail },
    },
    handler: async (req) => service.reportProgress(db, req.access!, req.params.activityId, req.params.quarter, req.body),
  });
};
