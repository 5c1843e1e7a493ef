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

// The id of the latest audit event of an administration (index-only: audit_events_admin_idx).
export async function selectLatestAuditId(db: Queryable, administrationId: string): Promise<number> {
  const [row] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(eq(auditEvents.administrationId, administrationId))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.id ?? 0;
}
