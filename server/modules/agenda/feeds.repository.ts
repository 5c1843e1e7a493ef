// Personal iCalendar feed tokens (only their SHA-256 is stored).
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { agendaFeedTokens } from './agenda.tables.js';

export type FeedRow = typeof agendaFeedTokens.$inferSelect;
const f = agendaFeedTokens;

export async function selectLiveFeed(db: Queryable, userId: string, administrationId: string): Promise<FeedRow | undefined> {
  const [row] = await db
    .select()
    .from(f)
    .where(and(eq(f.userId, userId), eq(f.administrationId, administrationId), isNull(f.revokedAt)));
  return row;
}

export async function revokeLiveFeeds(db: Queryable, userId: string, administrationId: string): Promise<FeedRow[]> {
  return db
    .update(f)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(f.userId, userId), eq(f.administrationId, administrationId), isNull(f.revokedAt)))
    .returning();
}

export async function insertFeed(db: Queryable, values: { administrationId: string; userId: string; tokenHash: string }): Promise<FeedRow> {
  const [row] = await db.insert(f).values(values).returning();
  return row!;
}

export async function selectFeedByHash(db: Queryable, tokenHash: string): Promise<FeedRow | undefined> {
  const [row] = await db.select().from(f).where(eq(f.tokenHash, tokenHash));
  return row;
}

export async function touchFeed(db: Queryable, id: string): Promise<void> {
  await db
    .update(f)
    .set({ lastUsedAt: sql`now()` })
    .where(eq(f.id, id));
}
