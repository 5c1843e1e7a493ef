// The one action that turns the decisions of an audience or a meeting into directives of the follow-up.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZConvertDecisionsBody, ZConvertedDecisions, ZEventParams } from './agenda.contract.js';
import { convertDecisionsToDirectives } from './event-decisions.service.js';

const base = '/api/administrations/:administrationId/agenda';

export const eventDecisionsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, clock }) => {
  app.post(`${base}/events/:eventId/decisions/directives`, {
    config: { access: 'followup.issue' },
    schema: {
      tags: ['agenda'],
      summary: 'Turn the decisions of an audience or a meeting (all not yet converted, or those listed) into directives issued by the head',
      description:
        'Idempotent: a decision already converted keeps its directive and is never converted twice. The directive takes the ' +
        'event as its source (an audience, or a direct instruction for a meeting of the agenda) and its confidentiality from the ' +
        'event’s visibility (private → reserved, cabinet → sensitive). All or nothing: one refused decision converts none.',
      params: ZEventParams,
      body: ZConvertDecisionsBody,
      response: { 200: ZConvertedDecisions },
    },
    handler: async (req) => convertDecisionsToDirectives({ db, clock }, req.access!, req.params.eventId, req.body),
  });
};
