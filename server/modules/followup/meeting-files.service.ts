// Attachments of a meeting (agenda papers, signed minutes...): stored with the platform's file store.
import type { Readable } from 'node:stream';
import { deleteAttachmentRow, findAttachment, storeAttachment } from '../../platform/files/attachments.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { notFound } from '../../platform/http/errors.js';
import type { Deps } from './directives.service.js';
import { selectMeeting } from './meetings.repository.js';

async function assertMeeting(deps: Deps, access: Access, meetingId: string) {
  if (!(await selectMeeting(deps.db, access.administrationId, meetingId))) throw notFound('meeting');
}

export async function addMeetingAttachment(deps: Deps, access: Access, meetingId: string, file: { filename: string; stream: Readable }) {
  assertCan(access, 'followup.issue');
  try {
    await assertMeeting(deps, access, meetingId);
  } catch (err) {
    file.stream.resume();
    throw err;
  }
  return storeAttachment(
    deps.db,
    deps.files,
    access,
    {
      administrationId: access.administrationId,
      ownerType: 'meeting',
      ownerId: meetingId,
      filename: file.filename,
      stream: file.stream,
      maxBytes: deps.config.maxUploadBytes,
    },
    { now: deps.clock.now() },
  );
}

async function findMeetingAttachment(deps: Deps, access: Access, meetingId: string, attachmentId: string) {
  await assertMeeting(deps, access, meetingId);
  const attachment = await findAttachment(deps.db, access.administrationId, attachmentId);
  if (!attachment || attachment.ownerType !== 'meeting' || attachment.ownerId !== meetingId) throw notFound('attachment');
  return attachment;
}

export async function openMeetingAttachment(deps: Deps, access: Access, meetingId: string, attachmentId: string) {
  assertCan(access, 'followup.read');
  const attachment = await findMeetingAttachment(deps, access, meetingId, attachmentId);
  return { attachment, stream: deps.files.open(attachment.storageKey) };
}

// The row goes first (with its audit event); the file is removed once the deletion is committed.
export async function deleteMeetingAttachment(deps: Deps, access: Access, meetingId: string, attachmentId: string) {
  assertCan(access, 'followup.issue');
  const attachment = await findMeetingAttachment(deps, access, meetingId, attachmentId);
  await deps.db.transaction((tx) => deleteAttachmentRow(tx, access, attachment));
  await deps.files.remove(attachment.storageKey);
}
