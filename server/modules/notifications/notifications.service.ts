// In-app notifications. Other modules create them inside their own transaction (createNotifications);
// a user reads and marks only their own. Marking read is personal state, not business data: not audited.
import type { Database, Queryable } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import * as repo from './notifications.repository.js';

export type NewNotification = {
  administrationId: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
  sourceKey: string;
  createdAt: Date;
};

export async function createNotifications(tx: Queryable, items: NewNotification[]): Promise<void> {
  await repo.insertNotifications(tx, items);
}

export async function listMyNotifications(db: Database, actor: Actor, query: { unreadOnly: boolean; page: number; pageSize: number }) {
  const result = await repo.selectNotificationsOfUser(db, actor.userId, {
    isUnreadOnly: query.unreadOnly,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: result.items.map((n) => ({
      id: n.id,
      administrationId: n.administrationId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      entityType: n.entityType,
      entityId: n.entityId,
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    })),
    total: result.total,
    unread: result.unread,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function markNotificationRead(db: Database, actor: Actor, id: string, now: Date) {
  const row = await repo.updateNotificationRead(db, actor.userId, id, now);
  // someone else's notification is indistinguishable from a missing one
  if (!row) throw new AppError('not_found', { params: { entity: 'notification' } });
}

export async function markAllNotificationsRead(db: Database, actor: Actor, now: Date) {
  return repo.updateAllNotificationsRead(db, actor.userId, now);
}
