import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { selectEntityHistory, selectLatestAuditId } from './audit.repository.js';

// The history of one object of the caller's administration, newest first.
export async function listEntityHistory(db: Database, access: Access, entityType: string, entityId: string) {
  assertCan(access, 'audit.read');
  const rows = await selectEntityHistory(db, access.administrationId, entityType, entityId);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    actorName: r.actorName,
    before: r.before,
    after: r.after,
  }));
}

// Every write records an audit event in its transaction, so this id changes with any change to an
// administration's data: a cheap version stamp for caches of computed views (dashboards).
export function findDataVersion(db: Queryable, administrationId: string): Promise<number> {
  return selectLatestAuditId(db, administrationId);
}
