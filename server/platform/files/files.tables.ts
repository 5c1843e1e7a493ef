import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// A stored file attached to any business object (a meeting, a progress report, later a dossier...).
// The content lives on disk under DATA_DIR/files/<storage_key>; its SHA-256 is kept to check it.
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: uuid('administration_id').notNull(),
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    uploadedByName: text('uploaded_by_name'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('attachments_owner_idx').on(t.administrationId, t.ownerType, t.ownerId),
    uniqueIndex('attachments_storage_key_key').on(t.storageKey),
  ],
);
