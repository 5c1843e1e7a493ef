import { z } from 'zod';

export const ZNotificationParams = z.object({ notificationId: z.uuid() });

export const ZNotificationQuery = z.object({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZNotification = z.object({
  id: z.uuid(),
  administrationId: z.uuid(),
  kind: z.string().describe('e.g. directive_reminder'),
  title: z.string(),
  body: z.string(),
  entityType: z.string().nullable().describe('what the notification is about, e.g. directive'),
  entityId: z.uuid().nullable(),
  readAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  total: z.number().int(),
  unread: z.number().int().describe('unread notifications of the user, whatever the filter'),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZMarkedRead = z.object({ ok: z.literal(true), count: z.number().int() });
