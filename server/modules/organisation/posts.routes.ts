// Posts, who acts for a post, the duplicate check of attributions and the flat tree.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  ZActing,
  ZActingQuery,
  ZAttributionCheckBody,
  ZOk,
  ZPostBody,
  ZPostDetail,
  ZPostList,
  ZPostParams,
  ZPostPatch,
  ZPostQuery,
  ZPostWriteResult,
  ZTree,
  ZTreeQuery,
  type TTree,
  ZWarningsResult,
} from './organisation.contract.js';
import { checkAttributions } from './attributions.service.js';
import * as posts from './posts.service.js';
import { getActing, getTreeJson } from './tree.service.js';

const base = '/api/administrations/:administrationId/organisation';
const tags = ['organisation'];

export const postsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(`${base}/posts`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Posts, optionally of one structure, with today’s holders and acting persons',
      params: ZAdministrationParams,
      querystring: ZPostQuery,
      response: { 200: ZPostList },
    },
    handler: async (req) => posts.listPosts(db, req.access!, req.query),
  });

  app.post(`${base}/posts`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Create a post; the response warns about attributions that duplicate other structures or posts',
      params: ZAdministrationParams,
      body: ZPostBody,
      response: { 201: ZPostWriteResult },
    },
    handler: async (req, reply) => reply.code(201).send(await posts.createPost(db, req.access!, req.body)),
  });

  app.get(`${base}/posts/:postId`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'One post: structure, rank, superior, attributions, holders and acting persons today, history, interims',
      params: ZPostParams,
      response: { 200: ZPostDetail },
    },
    handler: async (req) => posts.getPost(db, req.access!, req.params.postId),
  });

  app.patch(`${base}/posts/:postId`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Change a post (attributions, when given, replace the list); 409 cycle when it would report to a subordinate',
      params: ZPostParams,
      body: ZPostPatch,
      response: { 200: ZPostWriteResult },
    },
    handler: async (req) => posts.updatePost(db, req.access!, req.params.postId, req.body),
  });

  app.delete(`${base}/posts/:postId`, {
    config: { access: 'organisation.manage' },
    schema: {
      tags,
      summary: 'Delete a post nobody ever held nor acted for (409 has_dependents otherwise: end the assignments instead)',
      params: ZPostParams,
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await posts.deletePost(db, req.access!, req.params.postId);
      return { ok: true as const };
    },
  });

  app.get(`${base}/posts/:postId/acting`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Who acts for a post on a date (default today): the holder, else the interim, else the succession rules of the context',
      params: ZPostParams,
      querystring: ZActingQuery,
      response: { 200: ZActing },
    },
    handler: async (req) => getActing(db, req.access!, req.params.postId, req.query.context, req.query.date),
  });

  app.post(`${base}/attributions/check`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Attributions of other structures and posts that look like the given texts (score ≥ 0.45, top 5 per text)',
      params: ZAdministrationParams,
      body: ZAttributionCheckBody,
      response: { 200: ZWarningsResult },
    },
    handler: async (req) => checkAttributions(db, req.access!, req.body),
  });

  app.get(`${base}/tree`, {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'The organisation on a date (default today) as flat lists of structures, posts with holders, and ranks',
      params: ZAdministrationParams,
      querystring: ZTreeQuery,
      response: { 200: ZTree },
    },
    // Sent as the service serialised it (and may have cached it): the schema documents the response, and
    // getTree's return type is checked against it at compile time.
    // The browser revalidates with its entity tag and gets a 304 while the organisation is unchanged.
    handler: async (req, reply) => {
      const tree = await getTreeJson(db, req.access!, req.query.date);
      reply.header('etag', tree.etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
      // (304 has no body, hence outside the typed response schema)
      if (req.headers['if-none-match'] === tree.etag) return (reply as FastifyReply).code(304).send();
      reply.type('application/json; charset=utf-8');
      if (!acceptsGzip(req.headers['accept-encoding'])) return reply.send(tree.json as unknown as TTree);
      return reply.header('content-encoding', 'gzip').send((await tree.gzipped()) as unknown as TTree);
    },
  });
};

// "gzip" among the accepted encodings, unless refused with q=0
function acceptsGzip(header: string | undefined) {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    return coding === 'gzip' && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}
