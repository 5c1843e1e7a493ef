import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { ZMarkedRead, ZNotificationList, ZNotificationParams, ZNotificationQuery } from './notifications.contract.js';
import * as service from './notifications.service.js';

// The signed-in user's notifications, across their administrations (each item names its administration).
export const notificationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, clock }) => {
  const tags = ['notifications'];

  app.get('/api/notifications', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'My notifications, newest first (reminders of directives...), with the number unread',
      querystring: ZNotificationQuery,
      response: { 200: ZNotificationList },
    },
    handler: async (req) => service.listMyNotifications(db, req.actor!, req.query),
  });

  app.post('/api/notifications/:notificationId/read', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Mark one of my notifications read', params: ZNotificationParams, response: { 200: ZMarkedRead } },
    handler: async (req) => {
      await service.markNotificationRead(db, req.actor!, req.params.notificationId, clock.now());
      return { ok: true as const, count: 1 };
    },
  });

  app.post('/api/notifications/read-all', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Mark all my notifications read', response: { 200: ZMarkedRead } },
    handler: async (req) => ({ ok: true as const, count: await service.markAllNotificationsRead(db, req.actor!, clock.now()) }),
  });
};
