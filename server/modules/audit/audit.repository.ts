import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { auditEvents } from '../../platform/audit/audit.tables.js';

export async function selectEntityHistory(db: Queryable, administrationId: string, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(eq(auditEvents.administrationId, administrationId), eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)),
    )
    .orderBy(desc(auditEvents.id))
    .limit(500);
}
