// Progress reported point by point by the assignees; confirmation, reopening and cancellation by the
// issuer's side. Each change writes a timeline entry and an audit event in the same transaction.
import type { Readable } from 'node:stream';
import { recordAudit } from '../../platform/audit/audit.js';
import { findAttachment, storeAttachment } from '../../platform/files/attachments.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { isAssignee, isIssuerSide } from './directive-access.js';
import type { z } from 'zod';
import type { ZProgressReport } from './directives.contract.js';
import { toFacts } from './directives.presenter.js';
import * as repo from './directives.repository.js';
import { getDirective, loadVisibleDirective, type Deps } from './directives.service.js';
import type { DirectiveStatus } from './followup.tables.js';
import { assertCancellable, assertConfirmable, assertReopenable, assertReportAllowed } from './workflow.js';

type Change = {
  kind: 'progress' | 'confirmed' | 'reopened' | 'cancelled';
  check: (current: { status: DirectiveStatus; isConfirmed: boolean }) => void;
  values: (row: repo.DirectiveRow, today: string, now: Date) => Partial<repo.DirectiveInsert>;
  progress: number | null;
  text: string;
};

const auditActions = {
  progress: 'directive.report',
  confirmed: 'directive.confirm',
  reopened: 'directive.reopen',
  cancelled: 'directive.cancel',
};

// Re-reads the row under a lock so two reports at once cannot both pass the workflow check.
async function applyChange(deps: Deps, access: Access, id: string, change: Change) {
  const { today } = await loadVisibleDirective(deps, access, id);
  const now = deps.clock.now();
  const update = await deps.db.transaction(async (tx) => {
    const row = (await repo.selectDirectiveForUpdate(tx, access.administrationId, id))!;
    change.check({ status: row.status, isConfirmed: row.confirmedAt !== null });
    const after = await repo.updateDirective(tx, id, { ...change.values(row, today, now), updatedAt: now });
    await repo.bumpVersion(tx, access.administrationId);
    const entry = await repo.insertDirectiveUpdate(tx, {
      administrationId: access.administrationId,
      directiveId: id,
      kind: change.kind,
      statusBefore: row.status,
      statusAfter: after.status,
      progress: change.progress,
      text: change.text,
      authorPersonId: access.personId,
      authorUserId: access.actor.userId,
      authorName: access.actor.fullName,
      at: now,
    });
    await recordAudit(tx, access, {
      action: auditActions[change.kind],
      entityType: 'directive',
      entityId: id,
      before: { status: row.status, progress: row.progress, confirmedAt: row.confirmedAt, completedOn: row.completedOn },
      after: {
        status: after.status,
        progress: after.progress,
        confirmedAt: after.confirmedAt,
        completedOn: after.completedOn,
        text: change.text,
      },
    });
    return entry;
  });
  return { update, directive: await getDirective(deps, access, id) };
}

export async function reportProgress(deps: Deps, access: Access, id: string, report: z.infer<typeof ZProgressReport>) {
  assertCan(access, 'followup.report');
  const { row, co, viewer } = await loadVisibleDirective(deps, access, id);
  if (!isAssignee(viewer, toFacts(row, co))) throw new AppError('forbidden', { messageKey: 'followup.not_assignee' });
  return applyChange(deps, access, id, {
    kind: 'progress',
    check: (current) => assertReportAllowed(current, report),
    values: (current, today, now) => ({
      status: report.status,
      progress: report.progress,
      completedOn: report.status === 'done' ? (current.completedOn ?? today) : null,
      lastReportAt: now,
    }),
    progress: report.progress,
    text: report.text,
  });
}

async function assertIssuerSide(deps: Deps, access: Access, id: string) {
  assertCan(access, 'followup.issue');
  const { row, viewer } = await loadVisibleDirective(deps, access, id);
  if (!isIssuerSide(access, viewer, row)) throw new AppError('forbidden', { messageKey: 'followup.not_issuer_side' });
}

export async function confirmDone(deps: Deps, access: Access, id: string, comment: string) {
  await assertIssuerSide(deps, access, id);
  return applyChange(deps, access, id, {
    kind: 'confirmed',
    check: assertConfirmable,
    values: (_row, _today, now) => ({ confirmedAt: now, confirmedByName: access.actor.fullName }),
    progress: null,
    text: comment,
  });
}

export async function reopen(deps: Deps, access: Access, id: string, reason: string) {
  await assertIssuerSide(deps, access, id);
  return applyChange(deps, access, id, {
    kind: 'reopened',
    check: assertReopenable,
    values: (row) => ({
      status: 'in_progress',
      progress: Math.min(row.progress, 90),
      completedOn: null,
      confirmedAt: null,
      confirmedByName: null,
    }),
    progress: null,
    text: reason,
  });
}

export async function cancel(deps: Deps, access: Access, id: string, reason: string) {
  await assertIssuerSide(deps, access, id);
  return applyChange(deps, access, id, {
    kind: 'cancelled',
    check: assertCancellable,
    values: () => ({ status: 'cancelled', completedOn: null }),
    progress: null,
    text: reason,
  });
}

// Evidence (pièce justificative) of one's own progress report; the file and its row land together.
export async function addEvidence(deps: Deps, access: Access, id: string, updateId: string, file: { filename: string; stream: Readable }) {
  assertCan(access, 'followup.report');
  const { row, co, viewer } = await loadVisibleDirective(deps, access, id);
  const update = await repo.selectDirectiveUpdate(deps.db, id, updateId);
  if (!update || update.kind !== 'progress') {
    file.stream.resume();
    throw notFound('progress report');
  }
  if (!isAssignee(viewer, toFacts(row, co))) {
    file.stream.resume();
    throw new AppError('forbidden', { messageKey: 'followup.not_assignee' });
  }
  if (row.status === 'cancelled') {
    file.stream.resume();
    throw new AppError('invalid_transition', { field: 'status', messageKey: 'followup.cancelled' });
  }
  const stored = await storeAttachment(
    deps.db,
    deps.files,
    access,
    {
      administrationId: access.administrationId,
      ownerType: 'directive_update',
      ownerId: updateId,
      filename: file.filename,
      stream: file.stream,
      maxBytes: deps.config.maxUploadBytes,
    },
    { now: deps.clock.now() },
  );
  return stored;
}

// A file attached to a directive's timeline, for someone who may see the directive.
export async function openDirectiveAttachment(deps: Deps, access: Access, id: string, attachmentId: string) {
  assertCan(access, 'followup.read');
  await loadVisibleDirective(deps, access, id);
  const attachment = await findAttachment(deps.db, access.administrationId, attachmentId);
  const update =
    attachment?.ownerType === 'directive_update' ? await repo.selectDirectiveUpdate(deps.db, id, attachment.ownerId) : undefined;
  if (!attachment || !update) throw notFound('attachment');
  return { attachment, stream: deps.files.open(attachment.storageKey) };
}
