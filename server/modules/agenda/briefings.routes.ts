// Briefing notes (notes de préparation) and the decisions of audiences and meetings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZBriefingContentBody,
  ZBriefingList,
  ZBriefingListQuery,
  ZBriefingParams,
  ZBriefingRequestBody,
  ZBriefingWithEvent,
  ZDecisionList,
  ZDecisionsBody,
  ZEventParams,
} from './agenda.contract.js';
import * as briefings from './briefings.service.js';

const base = '/api/administrations/:administrationId/agenda';
const tags = ['agenda'];

export const briefingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.post(`${base}/events/:eventId/briefings`, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Ask a person or a structure for a briefing note, due at the latest on the day of the event',
      params: ZEventParams,
      body: ZBriefingRequestBody,
      response: { 201: ZBriefingWithEvent },
    },
    handler: async (req, reply) => reply.code(201).send(await briefings.requestBriefing(db, req.access!, req.params.eventId, req.body)),
  });

  app.get(`${base}/briefings`, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Briefing notes asked of the caller (scope=mine), or missing ones for the chief of staff’s dashboard (scope=missing)',
      description:
        'Missing: the due date has passed, nothing is written and the event is still to come. `scope=missing` needs `agenda.manage`.',
      params: ZAdministrationParams,
      querystring: ZBriefingListQuery,
      response: { 200: ZBriefingList },
    },
    handler: async (req) => briefings.listBriefings(db, req.access!, req.query.scope),
  });

  app.get(`${base}/briefings/:briefingId`, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'One briefing note with its event (for its author and for those who run the agenda)',
      params: ZBriefingParams,
      response: { 200: ZBriefingWithEvent },
    },
    handler: async (req) => briefings.getBriefing(db, req.access!, req.params.briefingId),
  });

  app.put(`${base}/briefings/:briefingId/content`, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Write (or rewrite) a briefing note: only the person asked, or someone working in the structure asked',
      params: ZBriefingParams,
      body: ZBriefingContentBody,
      response: { 200: ZBriefingWithEvent },
    },
    handler: async (req) => briefings.writeBriefing(db, req.access!, req.params.briefingId, req.body.content),
  });

  app.post(`${base}/events/:eventId/decisions`, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Record the decisions of an audience or a meeting that has started, as directives to come (text, lead structure, due date)',
      description: 'Each decision keeps a `directiveId`, empty until the follow-up module turns it into a directive.',
      params: ZEventParams,
      body: ZDecisionsBody,
      response: { 201: ZDecisionList },
    },
    handler: async (req, reply) => reply.code(201).send(await briefings.recordDecisions(db, req.access!, req.params.eventId, req.body)),
  });
};
