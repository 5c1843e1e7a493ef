// Attachments of any business object: the row and the file on disk are written together or not at all.
import type { Readable } from 'node:stream';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../audit/audit.js';
import type { Database, Queryable, Tx } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { allFileKinds, detectFileType, extensionsOfKinds, isNameContradicting } from './file-type.js';
import type { FileStore } from './file-store.js';
import { attachments } from './files.tables.js';

export type AttachmentRow = typeof attachments.$inferSelect;

export type UploadInput = {
  administrationId: string;
  ownerType: string;
  ownerId: string;
  filename: string;
  stream: Readable;
  maxBytes: number;
};

// Write the file to a temporary name, insert the row, rename in place, commit. Any failure on the way
// (too large, wrong type, database error, rename error) removes the temporary file and the row.
export async function storeAttachment(
  db: Database,
  files: FileStore,
  who: AuditActor,
  input: UploadInput,
  options: { now: Date; withinTransaction?: (tx: Tx, row: AttachmentRow) => Promise<void> },
): Promise<AttachmentRow> {
  const received = await files.receive(input.stream, input.maxBytes);
  const filename = cleanFilename(input.filename);
  const type = await detectFileType(received.tempPath, filename);
  if (!type || isNameContradicting(filename, type)) {
    await files.discard(received);
    throw new AppError('unsupported_file_type', { field: 'file', params: { accepted: extensionsOfKinds(allFileKinds).join(', ') } });
  }
  const storageKey = files.newStorageKey(options.now);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(attachments)
        .values({
          administrationId: input.administrationId,
          ownerType: input.ownerType,
          ownerId: input.ownerId,
          filename,
          mime: type.mime,
          sizeBytes: received.sizeBytes,
          sha256: received.sha256,
          storageKey,
          uploadedByUserId: who.actor?.userId ?? null,
          uploadedByName: who.actor?.fullName ?? null,
          uploadedAt: options.now,
        })
        .returning();
      await recordAudit(tx, who, {
        action: 'attachment.create',
        entityType: input.ownerType,
        entityId: input.ownerId,
        after: describe(row!),
      });
      await options.withinTransaction?.(tx, row!);
      await files.commit(received, storageKey);
      return row!;
    });
  } catch (err) {
    await files.discard(received);
    await files.remove(storageKey);
    throw err;
  }
}

export async function listAttachments(db: Queryable, administrationId: string, ownerType: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  return db
    .select()
    .from(attachments)
    .where(
      and(eq(attachments.administrationId, administrationId), eq(attachments.ownerType, ownerType), inArray(attachments.ownerId, ownerIds)),
    )
    .orderBy(asc(attachments.uploadedAt));
}

export async function findAttachment(db: Queryable, administrationId: string, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.administrationId, administrationId), eq(attachments.id, id)));
  return row;
}

// The row goes in the transaction; the file is removed after the commit by the caller (removeStoredFile).
export async function deleteAttachmentRow(tx: Tx, who: AuditActor, row: AttachmentRow) {
  await tx.delete(attachments).where(eq(attachments.id, row.id));
  await recordAudit(tx, who, { action: 'attachment.delete', entityType: row.ownerType, entityId: row.ownerId, before: describe(row) });
}

export function describe(row: AttachmentRow) {
  return {
    id: row.id,
    filename: row.filename,
    mime: row.mime,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedByName: row.uploadedByName,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

// No directories, no control characters, no quotes: the name is shown and sent back in a header.
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(-200);
  return cleaned || 'fichier';
}

// RFC 6266 / 5987: an ASCII fallback and the UTF-8 name.
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize('NFD').replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
