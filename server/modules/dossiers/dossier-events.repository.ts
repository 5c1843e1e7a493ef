// The events of dossiers (their tamper-evident history). Rows are only ever inserted. No rules here.
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { dossierEvents, dossiers } from './dossiers.tables.js';

export type DossierEventRow = typeof dossierEvents.$inferSelect;

export async function selectLastEvent(tx: Queryable, dossierId: string) {
  const [row] = await tx
    .select({ seq: dossierEvents.seq, hash: dossierEvents.hash })
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(desc(dossierEvents.seq))
    .limit(1);
  return row;
}

export async function insertEvent(tx: Queryable, values: typeof dossierEvents.$inferInsert): Promise<DossierEventRow> {
  const [row] = await tx.insert(dossierEvents).values(values).returning();
  return row!;
}

export function selectEvents(db: Queryable, dossierId: string) {
  return db.select().from(dossierEvents).where(eq(dossierEvents.dossierId, dossierId)).orderBy(asc(dossierEvents.seq));
}

// When each dossier reached its current desk: its last step event.
export async function selectHeldSince(db: Queryable, dossierIds: string[]): Promise<Map<string, Date>> {
  if (dossierIds.length === 0) return new Map();
  const rows = await db
    .select({ dossierId: dossierEvents.dossierId, at: sql<Date>`max(${dossierEvents.at})`.mapWith((v: string | Date) => new Date(v)) })
    .from(dossierEvents)
    .where(and(inArray(dossierEvents.dossierId, dossierIds), sql`${dossierEvents.data}->>'step' = 'true'`))
    .groupBy(dossierEvents.dossierId);
  return new Map(rows.map((r) => [r.dossierId, r.at]));
}

// Recent events of the dossiers matching `where` (a predicate on the dossiers table), newest first.
export function selectRecentEvents(db: Queryable, where: SQL, isWaiting: SQL, since: Date, excludeUserId: string, limit: number) {
  return db
    .select({
      isWaitingOnMe: sql<boolean>`${isWaiting}`.mapWith(Boolean),
      dossierId: dossiers.id,
      reference: dossiers.reference,
      subject: dossiers.subject,
      type: dossierEvents.type,
      at: dossierEvents.at,
      actorName: dossierEvents.actorName,
      actorUserId: dossierEvents.actorUserId,
    })
    .from(dossierEvents)
    .innerJoin(dossiers, eq(dossiers.id, dossierEvents.dossierId))
    .where(
      and(
        where,
        gt(dossierEvents.at, since),
        sql`${dossierEvents.actorUserId} IS DISTINCT FROM ${excludeUserId}`,
        sql`${dossierEvents.type} <> 'attachment_added'`,
      ),
    )
    .orderBy(desc(dossierEvents.at))
    .limit(limit);
}

// Dossiers of an administration in id order, a batch at a time, for checking every chain.
export function selectDossierBatch(db: Queryable, administrationId: string | null, afterId: string | null, limit: number) {
  return db
    .select({ id: dossiers.id, reference: dossiers.reference, administrationId: dossiers.administrationId, status: dossiers.status })
    .from(dossiers)
    .where(
      and(administrationId ? eq(dossiers.administrationId, administrationId) : undefined, afterId ? gt(dossiers.id, afterId) : undefined),
    )
    .orderBy(asc(dossiers.id))
    .limit(limit);
}

export function selectEventsOfDossiers(db: Queryable, dossierIds: string[]) {
  if (dossierIds.length === 0) return Promise.resolve([] as DossierEventRow[]);
  return db
    .select()
    .from(dossierEvents)
    .where(inArray(dossierEvents.dossierId, dossierIds))
    .orderBy(asc(dossierEvents.dossierId), asc(dossierEvents.seq));
}
