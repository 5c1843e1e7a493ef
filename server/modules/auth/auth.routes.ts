import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../../platform/auth/session-plugin.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { AppError } from '../../platform/http/errors.js';
import { listAdministrationsOf } from '../administrations/administrations.service.js';
import { ZLoginBody, ZMe, ZOk, ZPreferencesBody } from './auth.contract.js';
import * as service from './auth.service.js';

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const tags = ['auth'];

  app.post('/api/auth/login', {
    config: { access: 'public' },
    schema: { tags, summary: 'Sign in with e-mail and password; sets the session cookie', body: ZLoginBody, response: { 200: ZOk } },
    handler: async (req, reply) => {
      // A login posted from another site is refused (login CSRF).
      const origin = req.headers.origin;
      if (origin && new URL(origin).host !== req.headers.host) throw new AppError('csrf_invalid');
      const session = await service.login(db, config, {
        email: req.body.email,
        password: req.body.password,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        requestId: req.id,
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        maxAge: session.maxAgeSeconds,
      });
      return { ok: true as const };
    },
  });

  app.post('/api/auth/logout', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Sign out and end the session', response: { 200: ZOk } },
    handler: async (req, reply) => {
      if (req.actor && req.sessionTokenHash) await service.logout(db, req.actor, req.sessionTokenHash, req.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  app.get('/api/auth/me', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'The signed-in user, the CSRF token and the administrations they belong to', response: { 200: ZMe } },
    handler: async (req) => {
      const actor = req.actor!;
      return {
        user: {
          id: actor.userId,
          email: actor.email,
          fullName: actor.fullName,
          locale: actor.locale,
          isPlatformAdmin: actor.isPlatformAdmin,
        },
        csrfToken: actor.csrfToken,
        administrations: await listAdministrationsOf(db, actor, req.id),
      };
    },
  });

  app.put('/api/auth/me/preferences', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Remember the interface language of the signed-in user', body: ZPreferencesBody, response: { 200: ZOk } },
    handler: async (req) => {
      await service.setLocale(db, req.actor!, req.body.locale, req.id);
      return { ok: true as const };
    },
  });
};
