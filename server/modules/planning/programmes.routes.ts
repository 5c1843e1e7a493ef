// Budget programmes and their actions. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZAction,
  ZActionParams,
  ZChainItemBody,
  ZChainItemPatch,
  ZOk,
  ZProgrammeBody,
  ZProgrammeDetail,
  ZProgrammeList,
  ZProgrammeParams,
  ZProgrammePatch,
} from './planning.contract.js';
import * as service from './programmes.service.js';

const base = '/api/administrations/:administrationId/planning';
const tags = ['planning'];
const ok = { ok: true as const };

export const programmesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/programmes`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'Budget programmes by code, each with its actions and its manager (post, holder today)',
      params: ZAdministrationParams,
      response: { 200: ZProgrammeList },
    },
    handler: async (req) => ({ items: await service.listProgrammes(db, req.access!) }),
  });

  app.post(`${base}/programmes`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Create a programme (code unique in the administration, e.g. 017)',
      params: ZAdministrationParams,
      body: ZProgrammeBody,
      response: { 201: ZProgrammeDetail },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createProgramme(db, req.access!, req.body)),
  });

  app.get(`${base}/programmes/:programmeId`, {
    config: { access: 'results.read' },
    schema: {
      tags,
      summary: 'A programme with its actions and their number of activities',
      params: ZProgrammeParams,
      response: { 200: ZProgrammeDetail },
    },
    handler: async (req) => service.getProgramme(db, req.access!, req.params.programmeId),
  });

  app.patch(`${base}/programmes/:programmeId`, {
    config: { access: 'results.manage' },
    schema: { tags, summary: 'Change a programme', params: ZProgrammeParams, body: ZProgrammePatch, response: { 200: ZProgrammeDetail } },
    handler: async (req) => service.updateProgramme(db, req.access!, req.params.programmeId, req.body),
  });

  app.delete(`${base}/programmes/:programmeId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete a programme without actions (409 has_dependents) nor indicators (409 conflict)',
      params: ZProgrammeParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteProgramme(db, req.access!, req.params.programmeId);
      return ok;
    },
  });

  app.post(`${base}/programmes/:programmeId/actions`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Add an action to a programme (code unique in the programme)',
      params: ZProgrammeParams,
      body: ZChainItemBody,
      response: { 201: ZAction },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createAction(db, req.access!, req.params.programmeId, req.body)),
  });

  app.patch(`${base}/actions/:actionId`, {
    config: { access: 'results.manage' },
    schema: { tags, summary: 'Change an action', params: ZActionParams, body: ZChainItemPatch, response: { 200: ZAction } },
    handler: async (req) => service.updateAction(db, req.access!, req.params.actionId, req.body),
  });

  app.delete(`${base}/actions/:actionId`, {
    config: { access: 'results.manage' },
    schema: {
      tags,
      summary: 'Delete an action without activities (409 has_dependents) nor indicators (409 conflict)',
      params: ZActionParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await service.deleteAction(db, req.access!, req.params.actionId);
      return ok;
    },
  });
};
