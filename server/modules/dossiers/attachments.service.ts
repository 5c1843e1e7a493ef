// Attachments (pièces jointes): PDF, images, Word and Excel files, recognised by their content. An upload is
// all or nothing: every file is staged and checked first; the rows and the files land together or not at all.
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { extractText, UnreadableFileError } from '../../platform/documents/text-extract.js';
import { FileTooLargeError, type FileStore, type StagedFile } from '../../platform/files/staged-file-store.js';
import { detectFileType, isNameContradicting, type DetectedType, type FileKind } from '../../platform/files/file-type.js';
import * as repo from './dossiers.repository.js';
import * as steps from './dossier-steps.repository.js';
import { recordEvent } from './dossier-events.service.js';
import { findVisibleDossier } from './dossier-detail.service.js';
import { currentDesks } from './dossier-progress.js';
import { actorOf, loadViewer } from './dossier-viewer.service.js';

export const MAX_FILES_PER_UPLOAD = 10;

export type IncomingFile = { filename: string; file: Readable & { truncated?: boolean } };
export type FileDeps = { store: FileStore; maxUploadBytes: number };

type CheckedFile = { fileName: string; staged: StagedFile; type: DetectedType; text: string };

const fileError = (
  code: 'validation_failed' | 'file_too_large' | 'unsupported_file_type',
  messageKey: string,
  params: Record<string, string | number>,
) => new AppError(code, { messageKey, params, field: 'files' });

// A file name as the user gave it, without any path, control characters or excessive length.
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || 'fichier';
}

// what a dossier may carry: PDF, images, Word and Excel
const dossierFileKinds: readonly FileKind[] = ['pdf', 'image', 'word', 'excel'];

async function checkFile(fileName: string, staged: StagedFile): Promise<CheckedFile> {
  if (staged.size === 0) throw fileError('validation_failed', 'file.empty', { name: fileName });
  const type = await detectFileType(staged.tempPath, fileName);
  if (!type || !dossierFileKinds.includes(type.kind)) throw fileError('unsupported_file_type', 'file.unsupported_type', { name: fileName });
  if (isNameContradicting(fileName, type)) {
    throw fileError('unsupported_file_type', 'file.type_mismatch', { name: fileName, actual: type.extension.toUpperCase() });
  }
  let text = '';
  if (type.kind === 'pdf' || type.kind === 'word') {
    try {
      text = await extractText(type.kind, await fs.readFile(staged.tempPath));
    } catch (err) {
      if (err instanceof UnreadableFileError) throw fileError('validation_failed', 'file.unreadable', { name: fileName });
      throw err;
    }
  }
  return { fileName, staged, type, text };
}

export async function addAttachments(db: Database, deps: FileDeps, access: Access, dossierId: string, files: AsyncIterable<IncomingFile>) {
  assertCan(access, 'dossiers.register');
  const viewer = await loadViewer(db, access);
  await findVisibleDossier(db, viewer, dossierId);
  const maxMb = Math.round((deps.maxUploadBytes / 1024 / 1024) * 10) / 10;

  const staged: { fileName: string; staged: StagedFile }[] = [];
  const committed: { sha256: string; isNew: boolean }[] = [];
  try {
    for await (const part of files) {
      const fileName = cleanFileName(part.filename);
      if (staged.length >= MAX_FILES_PER_UPLOAD) {
        part.file.resume();
        throw fileError('validation_failed', 'file.too_many', { maximum: MAX_FILES_PER_UPLOAD });
      }
      try {
        const file = await deps.store.stage(part.file, deps.maxUploadBytes);
        staged.push({ fileName, staged: file });
        if (part.file.truncated) throw new FileTooLargeError(deps.maxUploadBytes);
      } catch (err) {
        if (err instanceof FileTooLargeError) throw fileError('file_too_large', 'file.too_large', { name: fileName, maximum: maxMb });
        throw err;
      }
    }
    if (staged.length === 0) throw fileError('validation_failed', 'file.missing', {});
    // slow work (type, text extraction) before the transaction
    const checked: CheckedFile[] = [];
    for (const s of staged) checked.push(await checkFile(s.fileName, s.staged));

    await db.transaction(async (tx) => {
      const row = await repo.lockDossier(tx, access.administrationId, dossierId);
      if (!row) throw new AppError('not_found', { params: { entity: 'dossier' } });
      if (row.status === 'filed') throw new AppError('conflict', { messageKey: 'conflict.dossier_filed' });
      const rows = await steps.insertAttachments(
        tx,
        checked.map((c) => ({
          dossierId,
          administrationId: access.administrationId,
          fileName: c.fileName,
          mimeType: c.type.mime,
          sizeBytes: c.staged.size,
          sha256: c.staged.sha256,
          extractedText: c.text,
          uploadedByUserId: access.actor.userId,
          uploadedByName: access.actor.fullName,
        })),
      );
      const desks = currentDesks(row, await steps.selectOpinionRequests(tx, [row.id]));
      for (const c of checked) {
        await recordEvent(tx, {
          dossierId,
          administrationId: access.administrationId,
          type: 'attachment_added',
          actor: actorOf(viewer, viewer.mainPost),
          status: row.status,
          waitingFor: desks,
          isStep: false,
          details: { fileName: c.fileName, sha256: c.staged.sha256, sizeBytes: c.staged.size },
        });
      }
      await repo.refreshSearchVector(tx, dossierId);
      await recordAudit(
        tx,
        access,
        rows.map((r) => ({
          action: 'dossier.attachment_add',
          entityType: 'dossier',
          entityId: dossierId,
          after: { attachmentId: r.id, fileName: r.fileName, mimeType: r.mimeType, sizeBytes: r.sizeBytes, sha256: r.sha256 },
        })),
      );
      // last, so that a failure above leaves no file: a rename is quick and atomic
      for (const c of checked) committed.push({ sha256: c.staged.sha256, ...(await deps.store.commit(c.staged)) });
    });
  } catch (err) {
    await Promise.all(staged.map((s) => deps.store.discard(s.staged)));
    // files put in place by a transaction that then failed; another dossier may share the same content
    for (const c of committed.filter((x) => x.isNew)) {
      if (!(await steps.isFileReferenced(db, c.sha256))) await deps.store.remove(c.sha256);
    }
    throw err;
  }
  return { items: (await steps.selectAttachments(db, dossierId)).map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })) };
}

export async function openAttachment(db: Database, deps: FileDeps, access: Access, dossierId: string, attachmentId: string) {
  assertCan(access, 'dossiers.read');
  const viewer = await loadViewer(db, access);
  await findVisibleDossier(db, viewer, dossierId);
  const attachment = await steps.selectAttachment(db, dossierId, attachmentId);
  if (!attachment || !(await deps.store.exists(attachment.sha256))) throw new AppError('not_found', { params: { entity: 'attachment' } });
  return { ...attachment, stream: deps.store.open(attachment.sha256) };
}
