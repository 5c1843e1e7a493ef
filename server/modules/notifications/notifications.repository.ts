import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { notifications } from './notifications.tables.js';

export type NotificationInsert = typeof notifications.$inferInsert;

// Written once per source: a second planner racing on the same reminder inserts nothing.
export async function insertNotifications(db: Queryable, rows: NotificationInsert[]) {
  if (rows.length === 0) return;
  await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.userId, notifications.sourceKey] });
}

export async function selectNotificationsOfUser(
  db: Queryable,
  userId: string,
  options: { isUnreadOnly: boolean; limit: number; offset: number },
) {
  const where = and(eq(notifications.userId, userId), options.isUnreadOnly ? isNull(notifications.readAt) : undefined);
  const [items, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { items, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function updateNotificationRead(db: Queryable, userId: string, id: string, at: Date) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return row;
}

export async function updateAllNotificationsRead(db: Queryable, userId: string, at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
