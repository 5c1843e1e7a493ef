// The caller's private iCalendar address, and the feed itself (authenticated by the token in its URL).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { baseUrlOf } from '../../platform/http/base-url.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZFeedCreated, ZFeedParams, ZFeedStatus, ZOk } from './agenda.contract.js';
import * as feeds from './feeds.service.js';

const base = '/api/administrations/:administrationId/agenda/feed';
const tags = ['agenda'];

export const feedsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(base, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Whether the caller has a live calendar address, since when, last read when',
      params: ZAdministrationParams,
      response: { 200: ZFeedStatus },
    },
    handler: async (req) => feeds.getFeedStatus(db, req.access!),
  });

  app.post(base, {
    config: { access: 'agenda.read' },
    schema: {
      tags,
      summary: 'Create the caller’s calendar address, or replace it (the previous one stops working); the address is shown only now',
      params: ZAdministrationParams,
      response: { 201: ZFeedCreated },
    },
    handler: async (req, reply) => reply.code(201).send(await feeds.rotateFeed(db, req.access!, baseUrlOf(config, req))),
  });

  app.delete(base, {
    config: { access: 'agenda.read' },
    schema: { tags, summary: 'Revoke the caller’s calendar address', params: ZAdministrationParams, response: { 200: ZOk } },
    handler: async (req) => {
      await feeds.revokeFeed(db, req.access!);
      return { ok: true as const };
    },
  });

  app.get('/api/feeds/:token.ics', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'An iCalendar feed (RFC 5545) of the events its owner may see; the token in the address is the credential',
      description: 'Unknown token: 404. Revoked token, or owner no longer a member: 410.',
      params: ZFeedParams,
      security: [],
      response: {
        200: { description: 'The calendar', content: { 'text/calendar': { schema: z.unknown().meta({ type: 'string' }) } } },
      },
    },
    handler: async (req, reply) => {
      const calendar = await feeds.renderFeed(db, req.params.token, baseUrlOf(config, req), req.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="agenda.ics"')
        .send(calendar);
    },
  });
};
