// The steps of a measurement: draft → submitted (focal point) → reviewed (head of the responsible
// structure) → validated (M&E unit), or rejected with a reason at either step, then corrected and submitted
// again. A validated period is locked; reopening it (back to draft) is an audited act with a reason.
import type { Database, Tx } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { selectIndicator } from './indicators.repository.js';
import { checkChange, previousPeriod } from './measurement-rules.js';
import {
  assertFocalPointOf,
  assertHeadOf,
  assertNotOwnEntry,
  assertValidator,
  isHeadOf,
  loadMeasurementRoles,
  type MeasurementRoles,
} from './measurement-roles.js';
import * as repo from './measurements.repository.js';
import { assertEditable, assertValue, findMeasurementOrNotFound, getMeasurement, snapshotMeasurement } from './measurements.service.js';

type Step = (tx: Tx, found: repo.MeasurementWithIndicator, roles: MeasurementRoles) => Promise<Partial<repo.MeasurementRow>>;

// Loads and locks the measurement, applies one step, writes it with its audit event, in one transaction.
async function applyStep(db: Database, access: Access, id: string, action: string, step: Step) {
  const roles = await loadMeasurementRoles(db, access);
  await db.transaction(async (tx) => {
    const found = await findMeasurementOrNotFound(tx, access, id, { forUpdate: true });
    const changes = await step(tx, found, roles);
    const after = await repo.updateMeasurement(tx, id, changes);
    await recordAudit(tx, access, {
      action: `measurement.${action}`,
      entityType: 'measurement',
      entityId: id,
      before: snapshotMeasurement(found.measurement),
      after: snapshotMeasurement(after),
    });
  });
  return getMeasurement(db, access, id);
}

const requireStatus = (m: repo.MeasurementRow, ...allowed: repo.MeasurementRow['status'][]) => {
  if (!allowed.includes(m.status)) throw new AppError('invalid_state', { params: { status: m.status } });
};

// Submission runs the indicator's rules once more, with the change from the previous validated period.
export function submitMeasurement(db: Database, access: Access, id: string) {
  assertCan(access, 'measurements.enter');
  return applyStep(db, access, id, 'submit', async (tx, { measurement: m, indicatorCode, responsibleStructureId }, roles) => {
    assertFocalPointOf(roles, responsibleStructureId);
    assertEditable(m, indicatorCode);
    const indicator = (await selectIndicator(tx, access.administrationId, m.indicatorId))!;
    assertValue(indicator, m.value);
    const before = previousPeriod(m.year, m.quarter);
    const previous = await repo.selectMeasurementOfPeriod(tx, m.indicatorId, before.year, before.quarter);
    const failure = checkChange(indicator, m.value, previous?.status === 'validated' ? previous.value : null, m.comment);
    if (failure) throw new AppError('validation_failed', { messageKey: failure.messageKey, params: failure.params, field: failure.field });
    const now = new Date();
    return {
      status: 'submitted',
      submittedById: access.actor.userId,
      submittedAt: now,
      firstSubmittedAt: m.firstSubmittedAt ?? now,
      rejectedById: null,
      rejectedAt: null,
      rejectionStep: null,
      rejectionReason: null,
    };
  });
}

export function reviewMeasurement(db: Database, access: Access, id: string) {
  assertCan(access, 'measurements.review');
  return applyStep(db, access, id, 'review', async (_tx, { measurement: m, responsibleStructureId }, roles) => {
    assertHeadOf(roles, responsibleStructureId);
    requireStatus(m, 'submitted');
    assertNotOwnEntry(access, m);
    return { status: 'reviewed', reviewedById: access.actor.userId, reviewedAt: new Date() };
  });
}

export function validateMeasurement(db: Database, access: Access, id: string) {
  assertCan(access, 'measurements.validate');
  return applyStep(db, access, id, 'validate', async (_tx, { measurement: m }, roles) => {
    assertValidator(roles);
    requireStatus(m, 'reviewed');
    assertNotOwnEntry(access, m, { alsoReviewer: true });
    return { status: 'validated', validatedById: access.actor.userId, validatedAt: new Date(), reopenReason: null };
  });
}

// A submitted value is rejected by the head of the structure, a reviewed one by the M&E unit.
export function rejectMeasurement(db: Database, access: Access, id: string, reason: string) {
  assertCan(access, 'results.read');
  return applyStep(db, access, id, 'reject', async (_tx, { measurement: m, responsibleStructureId }, roles) => {
    if (!isHeadOf(roles, responsibleStructureId) && !roles.isValidator)
      throw new AppError('forbidden', { messageKey: 'measurement.not_head' });
    requireStatus(m, 'submitted', 'reviewed');
    if (m.status === 'submitted') assertHeadOf(roles, responsibleStructureId);
    else assertValidator(roles);
    assertNotOwnEntry(access, m);
    return {
      status: 'rejected',
      rejectedById: access.actor.userId,
      rejectedAt: new Date(),
      rejectionStep: m.status === 'submitted' ? 'review' : 'validation',
      rejectionReason: reason,
      reviewedById: null,
      reviewedAt: null,
    };
  });
}

// Unlocks a validated period: back to draft, to be corrected, submitted, reviewed and validated again.
export function reopenMeasurement(db: Database, access: Access, id: string, reason: string) {
  assertCan(access, 'measurements.validate');
  return applyStep(db, access, id, 'reopen', async (_tx, { measurement: m }, roles) => {
    assertValidator(roles);
    requireStatus(m, 'validated');
    return {
      status: 'draft',
      reopenReason: reason,
      submittedById: null,
      submittedAt: null,
      reviewedById: null,
      reviewedAt: null,
      validatedById: null,
      validatedAt: null,
    };
  });
}
