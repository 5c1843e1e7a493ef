// Events of the head's agenda: the range behind day, week and month views, one event, search, counts,
// and the writes of those who run the agenda.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZEventBody,
  ZEventDetail,
  ZEventList,
  ZEventParams,
  ZOk,
  ZRangeQuery,
  ZSearchQuery,
  ZSearchResult,
  ZSummary,
} from './agenda.contract.js';
import { getEvent } from './event-detail.service.js';
import * as events from './events.service.js';
import { getSummary } from './summary.service.js';

const base = '/api/administrations/:administrationId/agenda';
const tags = ['agenda'];

export const eventsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/events`, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Events the caller may see between two dates (at most 100 days), each with its clashes',
      description:
        '`from` and `to` are days (midnight in the administration’s time zone) or instants. A clash is another visible event ' +
        'overlapping this one, or a mission covering it; events where someone represents the head clash with nothing.',
      params: ZAdministrationParams,
      querystring: ZRangeQuery,
      response: { 200: ZEventList },
    },
    handler: async (req) => events.listEvents(db, req.access!, req.query),
  });

  app.get(`${base}/events/:eventId`, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'One event: participants, representative, clashes, briefing notes (for those who may read them), decisions',
      params: ZEventParams,
      response: { 200: ZEventDetail },
    },
    handler: async (req) => getEvent(db, req.access!, req.params.eventId),
  });

  app.post(`${base}/events`, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Create an event; the answer lists its clashes (they warn, they do not block)',
      params: ZAdministrationParams,
      body: ZEventBody,
      response: { 201: ZEventDetail },
    },
    handler: async (req, reply) => {
      const id = await events.createEvent(db, req.access!, req.body);
      return reply.code(201).send(await getEvent(db, req.access!, id));
    },
  });

  app.put(`${base}/events/:eventId`, {
    config: { access: 'agenda.manage' },
    schema: {
      tags,
      summary: 'Replace an event (participants included)',
      params: ZEventParams,
      body: ZEventBody,
      response: { 200: ZEventDetail },
    },
    handler: async (req) => {
      await events.updateEvent(db, req.access!, req.params.eventId, req.body);
      return getEvent(db, req.access!, req.params.eventId);
    },
  });

  app.delete(`${base}/events/:eventId`, {
    config: { access: 'agenda.manage' },
    schema: { tags, summary: 'Delete an event with its briefing notes and decisions', params: ZEventParams, response: { 200: ZOk } },
    handler: async (req) => {
      await events.deleteEvent(db, req.access!, req.params.eventId);
      return { ok: true as const };
    },
  });

  app.get(`${base}/search`, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Events the caller may see whose title, place or description contains the text (accents and case ignored)',
      params: ZAdministrationParams,
      querystring: ZSearchQuery,
      response: { 200: ZSearchResult },
    },
    handler: async (req) => events.searchEvents(db, req.access!, req.query.q, req.query.limit),
  });

  app.get(`${base}/summary`, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Counts of a period: events by kind, clashing events; missing briefings and pending audience requests for managers',
      params: ZAdministrationParams,
      querystring: ZRangeQuery,
      response: { 200: ZSummary },
    },
    handler: async (req) => getSummary(db, req.access!, req.query),
  });
};
