import { z } from 'zod';

export const ZAuditQuery = z.object({
  entityType: z.string().min(1).max(60),
  entityId: z.string().min(1).max(100),
});

export const ZAuditEvent = z.object({
  id: z.number(),
  at: z.iso.datetime({ offset: true }),
  action: z.string(),
  actorName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export const ZAuditList = z.object({ items: z.array(ZAuditEvent) });
