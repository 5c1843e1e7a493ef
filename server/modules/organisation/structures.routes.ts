// Ranks and structures. Thin: parse, call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZOk,
  ZRankBody,
  ZRankList,
  ZRankListItem,
  ZRankParams,
  ZRankPatch,
  ZStructureBody,
  ZStructureDetail,
  ZStructureList,
  ZStructureParams,
  ZStructurePatch,
  ZStructureWriteResult,
} from './organisation.contract.js';
import * as ranks from './ranks.service.js';
import * as structures from './structures.service.js';

const base = '/api/administrations/:administrationId/organisation';
const tags = ['organisation'];

export const structuresRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/ranks`, {
    config: { access: 'organisation.read' },
    schema: { tags, summary: 'Ranks (rangs), highest first', params: ZAdministrationParams, response: { 200: ZRankList } },
    handler: async (req) => ({ items: await ranks.listRanks(db, req.access!) }),
  });

  app.post(`${base}/ranks`, {
    config: { access: 'organisation.manage' },
    schema: { tags, summary: 'Create a rank', params: ZAdministrationParams, body: ZRankBody, response: { 201: ZRankListItem } },
    handler: async (req, reply) => reply.code(201).send(await ranks.createRank(db, req.access!, req.body)),
  });

  app.patch(`${base}/ranks/:rankId`, {
    config: { access: 'organisation.manage' },
    schema: { tags, summary: 'Rename or reorder a rank', params: ZRankParams, body: ZRankPatch, response: { 200: ZRankListItem } },
    handler: async (req) => ranks.updateRank(db, req.access!, req.params.rankId, req.body),
  });

  app.delete(`${base}/ranks/:rankId`, {
    config: { access: 'organisation.manage' },
    schema: { tags, summary: 'Delete a rank no post uses (409 has_dependents otherwise)', params: ZRankParams, response: { 200: ZOk } },
    handler: async (req) => {
      await ranks.deleteRank(db, req.access!, req.params.rankId);
      return { ok: true as const };
    },
  });

  app.get(`${base}/structures`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Every structure of the administration, flat, with its number of posts and sub-structures',
      params: ZAdministrationParams,
      response: { 200: ZStructureList },
    },
    handler: async (req) => ({ items: await structures.listStructures(db, req.access!) }),
  });

  app.post(`${base}/structures`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Create a structure; the response warns about attributions that duplicate other structures or posts',
      params: ZAdministrationParams,
      body: ZStructureBody,
      response: { 201: ZStructureWriteResult },
    },
    handler: async (req, reply) => reply.code(201).send(await structures.createStructure(db, req.access!, req.body)),
  });

  app.get(`${base}/structures/:structureId`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'One structure with its attributions, sub-structures, attached structures and posts (with today’s holders)',
      params: ZStructureParams,
      response: { 200: ZStructureDetail },
    },
    handler: async (req) => structures.getStructure(db, req.access!, req.params.structureId),
  });

  app.patch(`${base}/structures/:structureId`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Change a structure (attributions, when given, replace the list); 409 cycle when the parent is a sub-structure',
      params: ZStructureParams,
      body: ZStructurePatch,
      response: { 200: ZStructureWriteResult },
    },
    handler: async (req) => structures.updateStructure(db, req.access!, req.params.structureId, req.body),
  });

  app.delete(`${base}/structures/:structureId`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Delete a structure without sub-structures nor posts (409 has_dependents otherwise)',
      params: ZStructureParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await structures.deleteStructure(db, req.access!, req.params.structureId);
      return { ok: true as const };
    },
  });
};
