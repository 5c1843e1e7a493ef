// Interims (intérims) and absences.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZAbsence,
  ZAbsenceBody,
  ZAbsenceList,
  ZAbsenceParams,
  ZAbsenceQuery,
  ZInterim,
  ZInterimBody,
  ZInterimList,
  ZInterimParams,
  ZInterimQuery,
  ZOk,
} from './organisation.contract.js';
import * as interims from './interims.service.js';

const base = '/api/administrations/:administrationId/organisation';
const tags = ['organisation'];

export const interimsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/interims`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Interims, optionally of a post, of a person, or covering a date',
      params: ZAdministrationParams,
      querystring: ZInterimQuery,
      response: { 200: ZInterimList },
    },
    handler: async (req) => ({ items: await interims.listInterims(db, req.access!, req.query) }),
  });

  app.post(`${base}/interims`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Make a person act for a post over a period, under a legal reference (409 when another interim overlaps)',
      params: ZAdministrationParams,
      body: ZInterimBody,
      response: { 201: ZInterim },
    },
    handler: async (req, reply) => reply.code(201).send(await interims.createInterim(db, req.access!, req.body)),
  });

  app.delete(`${base}/interims/:interimId`, {
    config: { access: 'organisation.manage' },
    schema: { tags, summary: 'Delete an interim', params: ZInterimParams, response: { 200: ZOk } },
    handler: async (req) => {
      await interims.deleteInterim(db, req.access!, req.params.interimId);
      return { ok: true as const };
    },
  });

  app.get(`${base}/absences`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Absences, optionally of a person or overlapping a period',
      params: ZAdministrationParams,
      querystring: ZAbsenceQuery,
      response: { 200: ZAbsenceList },
    },
    handler: async (req) => ({ items: await interims.listAbsences(db, req.access!, req.query) }),
  });

  app.post(`${base}/absences`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Record an absence of a person',
      params: ZAdministrationParams,
      body: ZAbsenceBody,
      response: { 201: ZAbsence },
    },
    handler: async (req, reply) => reply.code(201).send(await interims.createAbsence(db, req.access!, req.body)),
  });

  app.delete(`${base}/absences/:absenceId`, {
    config: { access: 'organisation.manage' },
    schema: { tags, summary: 'Delete an absence', params: ZAbsenceParams, response: { 200: ZOk } },
    handler: async (req) => {
      await interims.deleteAbsence(db, req.access!, req.params.absenceId);
      return { ok: true as const };
    },
  });
};
