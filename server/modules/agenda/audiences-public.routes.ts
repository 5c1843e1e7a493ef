// The public audience request form and its tracking link: no account, no session.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { baseUrlOf } from '../../platform/http/base-url.js';
import type { AppDeps } from '../../platform/http/deps.js';
import {
  ZAdministrationCodeParams,
  ZAudienceCreated,
  ZAudienceTracking,
  ZPublicAdministration,
  ZPublicAudienceBody,
  ZTrackingParams,
} from './audiences.contract.js';
import * as audiences from './audiences-public.service.js';

const tags = ['audiences'];

export const audiencesPublicRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, mailer, logger }) => {
  const notifier = { mailer, logger };

  app.get('/api/public/administrations/:administrationCode', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Name and head of an administration that receives audience requests, by its code',
      params: ZAdministrationCodeParams,
      security: [],
      response: { 200: ZPublicAdministration },
    },
    handler: async (req) => audiences.getPublicAdministration(db, req.params.administrationCode),
  });

  app.post('/api/public/administrations/:administrationCode/audience-requests', {
    config: { access: 'public' },
    // counted before validation: a flood of malformed requests is throttled like any other
    preValidation: async (req) => audiences.assertPublicRateLimit(db, req.ip),
    schema: {
      tags,
      summary: 'Ask for an audience with the head, without an account; answers the tracking link, also sent by e-mail',
      description:
        `At most ${audiences.PUBLIC_LIMIT_PER_ADDRESS.hits} requests per address every ${audiences.PUBLIC_LIMIT_PER_ADDRESS.windowSeconds / 60} minutes (429 beyond). ` +
        'The `website` field must stay empty.',
      params: ZAdministrationCodeParams,
      body: ZPublicAudienceBody,
      security: [],
      response: { 201: ZAudienceCreated },
    },
    handler: async (req, reply) =>
      reply.code(201).send(
        await audiences.submitPublicRequest(db, notifier, {
          code: req.params.administrationCode,
          body: req.body,
          locale: req.locale,
          baseUrl: baseUrlOf(config, req),
          requestId: req.id,
        }),
      ),
  });

  app.get('/api/public/audience-requests/:token', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Status of an audience request, by the token of its tracking link',
      params: ZTrackingParams,
      security: [],
      response: { 200: ZAudienceTracking },
    },
    handler: async (req) => audiences.trackRequest(db, req.params.token),
  });
};
