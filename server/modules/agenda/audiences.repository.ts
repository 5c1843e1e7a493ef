// Audience requests (demandes d'audience).
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { audienceRequests, type AudienceStatus } from './agenda.tables.js';

export type AudienceRow = typeof audienceRequests.$inferSelect;
const r = audienceRequests;

// DA-2026-0007: the next number of the administration's year, under a lock so two requests never share one.
export async function nextAudienceReference(db: Queryable, administrationId: string, year: number): Promise<string> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`audience-reference:${administrationId}`}))`);
  const [row] = await db
    .select({ n: count() })
    .from(r)
    .where(and(eq(r.administrationId, administrationId), sql`${r.reference} LIKE ${`DA-${year}-%`}`));
  return `DA-${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function insertAudienceRequest(db: Queryable, values: typeof audienceRequests.$inferInsert): Promise<AudienceRow> {
  const [row] = await db.insert(r).values(values).returning();
  return row!;
}

export async function selectAudienceRequest(db: Queryable, administrationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(r)
    .where(and(eq(r.administrationId, administrationId), eq(r.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function selectAudienceRequestByToken(db: Queryable, tokenHash: string): Promise<AudienceRow | undefined> {
  const [row] = await db.select().from(r).where(eq(r.trackingTokenHash, tokenHash));
  return row;
}

export async function selectAudienceRequests(db: Queryable, administrationId: string, status?: AudienceStatus) {
  return db
    .select()
    .from(r)
    .where(and(eq(r.administrationId, administrationId), status ? eq(r.status, status) : undefined))
    .orderBy(desc(r.createdAt))
    .limit(500);
}

export async function countAudienceRequestsByStatus(db: Queryable, administrationId: string) {
  return db.select({ status: r.status, n: count() }).from(r).where(eq(r.administrationId, administrationId)).groupBy(r.status);
}

export async function updateAudienceDecision(
  db: Queryable,
  id: string,
  values: Pick<AudienceRow, 'status' | 'decisionNote' | 'decidedByUserId'> &
    Partial<Pick<AudienceRow, 'eventId' | 'redirectedToStructureId'>>,
): Promise<AudienceRow> {
  const [row] = await db
    .update(r)
    .set({ ...values, decidedAt: sql`now()` })
    .where(eq(r.id, id))
    .returning();
  return row!;
}
