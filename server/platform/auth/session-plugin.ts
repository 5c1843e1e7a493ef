// Reads the session cookie, checks CSRF on state-changing requests, and enforces each route's declared access.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../http/errors.js';
import type { Access, Actor, Permission, RouteAccess } from '../http/access.js';
import { pickLocale } from '../http/messages.js';
import { hashToken, isSameToken } from './tokens.js';

export const SESSION_COOKIE = 'pilotage_session';
export const CSRF_HEADER = 'x-csrf-token';

export type SessionPluginOptions = {
  findActor: (tokenHash: string) => Promise<Actor | null>;
  resolveAccess: (actor: Actor, administrationId: string, requestId: string) => Promise<Access | null>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const sessionPlugin = fp<SessionPluginOptions>(
  async (app: FastifyInstance, options) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('sessionTokenHash', null);
    app.decorateRequest('access', null);
    app.decorateRequest('locale', 'fr');

    // Every API route must say who may call it; a forgotten declaration stops the server at start.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
      const access = (route.config as { access?: RouteAccess } | undefined)?.access;
      if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
      if (route.schema) {
        const label = access === 'public' ? 'public' : access === 'authenticated' ? 'any signed-in user' : `permission \`${access}\``;
        route.schema.description = [`Access: ${label}.`, route.schema.description].filter(Boolean).join('\n\n');
      }
    });

    app.addHook('onRequest', async (req) => {
      req.locale = pickLocale(req.headers['accept-language']);
      const token = req.cookies[SESSION_COOKIE];
      if (!token) return;
      const tokenHash = hashToken(token);
      const actor = await options.findActor(tokenHash);
      if (!actor) return;
      req.actor = actor;
      req.sessionTokenHash = tokenHash;
      req.locale = actor.locale;
    });

    app.addHook('preValidation', async (req) => {
      const access = req.routeOptions.config.access;
      if (!access || access === 'public') return;
      if (!req.actor) throw new AppError('unauthenticated');
      assertCsrf(req);
      if (access === 'authenticated') return;
      req.access = await resolveRouteAccess(req, access, options);
    });
  },
  { name: 'pilotage-session', dependencies: ['@fastify/cookie'] },
);

function assertCsrf(req: FastifyRequest) {
  if (SAFE_METHODS.has(req.method)) return;
  const header = req.headers[CSRF_HEADER];
  if (typeof header !== 'string' || !req.actor || !isSameToken(header, req.actor.csrfToken)) throw new AppError('csrf_invalid');
}

async function resolveRouteAccess(req: FastifyRequest, permission: Permission, options: SessionPluginOptions) {
  const administrationId = (req.params as { administrationId?: string } | undefined)?.administrationId;
  if (!administrationId) throw new Error(`Route ${req.routeOptions.url} requires a permission but has no :administrationId`);
  // An administration the caller does not belong to is indistinguishable from one that does not exist.
  if (!UUID.test(administrationId)) throw new AppError('not_found', { params: { entity: 'administration' } });
  const access = await options.resolveAccess(req.actor as Actor, administrationId, req.id);
  if (!access) throw new AppError('not_found', { params: { entity: 'administration' } });
  if (!access.permissions.has(permission)) throw new AppError('forbidden', { details: { permission } });
  return access;
}
