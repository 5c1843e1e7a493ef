// The dossiers a caller sees that were received in a date range (for the time spent at each step).
import { and, asc, between } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { visibleTo, type VisibilityScope } from './dossiers.repository.js';
import { dossiers } from './dossiers.tables.js';

export async function selectVisibleIdsReceived(db: Queryable, scope: VisibilityScope, from: string, to: string, limit: number) {
  const rows = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(visibleTo(scope), between(dossiers.receivedOn, from, to)))
    .orderBy(asc(dossiers.receivedOn), asc(dossiers.id))
    .limit(limit);
  return rows.map((r) => r.id);
}
