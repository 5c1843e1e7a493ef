import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';
import { users } from '../auth/auth.tables.js';

// In-app notifications of a user (reminders of directives today; dossiers and agenda later).
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    // what produced it (e.g. "reminder_delivery:<id>"), so that it is written once
    sourceKey: text('source_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt), uniqueIndex('notifications_source_key').on(t.userId, t.sourceKey)],
);
