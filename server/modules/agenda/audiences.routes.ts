// Audience requests inside Pilotage: staff ask in their own name; the private office lists and triages.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { baseUrlOf } from '../../platform/http/base-url.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZAcceptBody,
  ZAudienceCreated,
  ZAudienceList,
  ZAudienceListQuery,
  ZAudienceParams,
  ZAudienceRequest,
  ZDeclineBody,
  ZInternalAudienceBody,
  ZRedirectBody,
  ZTriageResult,
} from './audiences.contract.js';
import * as audiences from './audiences.service.js';

const base = '/api/administrations/:administrationId/audiences';
const tags = ['audiences'];

export const audiencesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, mailer, logger }) => {
  const notifier = { mailer, logger };

  app.get(base, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Audience requests, newest first, optionally of one status, with the count of each status',
      params: ZAdministrationParams,
      querystring: ZAudienceListQuery,
      response: { 200: ZAudienceList },
    },
    handler: async (req) => audiences.listAudienceRequests(db, req.access!, req.query.status),
  });

  app.post(base, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Ask for an audience in one’s own name (member of staff); answers the tracking link, also sent by e-mail',
      params: ZAdministrationParams,
      body: ZInternalAudienceBody,
      response: { 201: ZAudienceCreated },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await audiences.submitInternalRequest(db, notifier, req.access!, req.body, baseUrlOf(config, req))),
  });

  app.get(`${base}/:requestId`, {
    config: { access: 'agenda.manage' },
    schema: { tags, summary: 'One audience request', params: ZAudienceParams, response: { 200: ZAudienceRequest } },
    handler: async (req) => audiences.getAudienceRequest(db, req.access!, req.params.requestId),
  });

  app.post(`${base}/:requestId/accept`, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Accept with a slot: creates the audience in the agenda and tells the requester by e-mail',
      description:
        'A slot that clashes with other visible events is refused with 409 (`details.clashes`) unless `allowClash` is true. ' +
        'A request already handled answers 409.',
      params: ZAudienceParams,
      body: ZAcceptBody,
      response: { 200: ZTriageResult },
    },
    handler: async (req) => audiences.acceptRequest(db, notifier, req.access!, req.params.requestId, req.body),
  });

  app.post(`${base}/:requestId/redirect`, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Redirect to the competent structure and tell the requester',
      params: ZAudienceParams,
      body: ZRedirectBody,
      response: { 200: ZTriageResult },
    },
    handler: async (req) => audiences.redirectRequest(db, notifier, req.access!, req.params.requestId, req.body),
  });

  app.post(`${base}/:requestId/decline`, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Decline with a reason, sent to the requester',
      params: ZAudienceParams,
      body: ZDeclineBody,
      response: { 200: ZTriageResult },
    },
    handler: async (req) => audiences.declineRequest(db, notifier, req.access!, req.params.requestId, req.body.reason),
  });
};
