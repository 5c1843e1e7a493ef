// People and assignments (affectations).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZAssignment,
  ZAssignmentBody,
  ZAssignmentParams,
  ZAssignmentPatch,
  ZPersonBody,
  ZPersonDetail,
  ZPersonList,
  ZPersonParams,
  ZPersonPatch,
  ZPersonQuery,
} from './organisation.contract.js';
import * as people from './people.service.js';

const base = '/api/administrations/:administrationId/organisation';
const tags = ['organisation'];

export const peopleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/persons`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'People, searched by name or e-mail ignoring accents and case, by page, with the posts they hold today',
      params: ZAdministrationParams,
      querystring: ZPersonQuery,
      response: { 200: ZPersonList },
    },
    handler: async (req) => people.listPersons(db, req.access!, req.query),
  });

  app.post(`${base}/persons`, {
    config: { access: 'organisation.manage' },
    schema: { tags, summary: 'Create a person', params: ZAdministrationParams, body: ZPersonBody, response: { 201: ZPersonDetail } },
    handler: async (req, reply) => reply.code(201).send(await people.createPerson(db, req.access!, req.body)),
  });

  app.get(`${base}/persons/:personId`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'One person with their assignments, interims and absences',
      params: ZPersonParams,
      response: { 200: ZPersonDetail },
    },
    handler: async (req) => people.getPerson(db, req.access!, req.params.personId),
  });

  app.patch(`${base}/persons/:personId`, {
    config: { access: 'organisation.manage' },
    schema: { tags, summary: 'Change a person', params: ZPersonParams, body: ZPersonPatch, response: { 200: ZPersonDetail } },
    handler: async (req) => people.updatePerson(db, req.access!, req.params.personId, req.body),
  });

  app.post(`${base}/assignments`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Appoint a person to a post from a date (until an optional end date)',
      params: ZAdministrationParams,
      body: ZAssignmentBody,
      response: { 201: ZAssignment },
    },
    handler: async (req, reply) => reply.code(201).send(await people.createAssignment(db, req.access!, req.body)),
  });

  app.patch(`${base}/assignments/:assignmentId`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'End an assignment (or reopen it with endDate null)',
      params: ZAssignmentParams,
      body: ZAssignmentPatch,
      response: { 200: ZAssignment },
    },
    handler: async (req) => people.updateAssignment(db, req.access!, req.params.assignmentId, req.body.endDate),
  });
};
