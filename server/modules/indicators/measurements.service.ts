// Measurements (réalisations): entry and correction by the focal point of the responsible structure, lists.
// The validation steps are in measurement-workflow.service.ts.
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import { withUniqueFields } from '../../platform/db/unique.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { listUserNames } from '../auth/users.service.js';
import type { TMeasurementBody, TMeasurementPatch, TMeasurementQuery } from './indicators.contract.js';
import type { IndicatorRow } from './indicators.repository.js';
import { selectIndicator } from './indicators.repository.js';
import { checkValue } from './measurement-rules.js';
import { assertFocalPointOf, headedStructureIds, loadMeasurementRoles } from './measurement-roles.js';
import * as repo from './measurements.repository.js';
import { isSubmittedOnTime, reportingDeadline } from './reporting.js';
import { loadResultsSettings } from './settings.service.js';

export const snapshotMeasurement = (m: repo.MeasurementRow) => ({
  id: m.id,
  indicatorId: m.indicatorId,
  year: m.year,
  quarter: m.quarter,
  value: m.value,
  comment: m.comment,
  evidenceText: m.evidenceText,
  evidenceUrl: m.evidenceUrl,
  status: m.status,
  rejectionReason: m.rejectionReason,
  reopenReason: m.reopenReason,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function presentMeasurements(db: Queryable, administrationId: string, rows: repo.MeasurementWithIndicator[]) {
  const userIds = rows.flatMap(({ measurement: m }) => [m.enteredById, m.reviewedById, m.validatedById, m.rejectedById]);
  const [names, settings] = await Promise.all([listUserNames(db, userIds), loadResultsSettings(db, administrationId)]);
  const person = (id: string | null) => (id && names.has(id) ? { userId: id, fullName: names.get(id)! } : null);
  return rows.map(({ measurement: m, indicatorCode, indicatorTitle, responsibleStructureId }) => {
    const deadline = reportingDeadline(m.year, m.quarter, settings.deadlineDays);
    return {
      ...snapshotMeasurement(m),
      indicatorCode,
      indicatorTitle,
      responsibleStructureId,
      isLocked: m.status === 'validated',
      enteredBy: person(m.enteredById),
      enteredAt: m.enteredAt.toISOString(),
      submittedAt: iso(m.submittedAt),
      firstSubmittedAt: iso(m.firstSubmittedAt),
      deadline,
      isOnTime: isSubmittedOnTime(m.firstSubmittedAt, deadline),
      reviewedBy: person(m.reviewedById),
      reviewedAt: iso(m.reviewedAt),
      validatedBy: person(m.validatedById),
      validatedAt: iso(m.validatedAt),
      rejectedBy: person(m.rejectedById),
      rejectedAt: iso(m.rejectedAt),
      rejectionStep: m.rejectionStep,
    };
  });
}

export async function findMeasurementOrNotFound(db: Queryable, access: Access, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repo.selectMeasurement(db, access.administrationId, id, options);
  if (!row) throw notFound('measurement');
  return row;
}

export async function getMeasurement(db: Queryable, access: Access, id: string) {
  assertCan(access, 'results.read');
  const [m] = await presentMeasurements(db, access.administrationId, [await findMeasurementOrNotFound(db, access, id)]);
  return m!;
}

export async function listMeasurementsOfIndicator(db: Queryable, access: Access, indicator: IndicatorRow) {
  return presentMeasurements(db, access.administrationId, await repo.selectMeasurementsOfIndicator(db, indicator.id));
}

export async function listMeasurements(db: Database, access: Access, query: TMeasurementQuery) {
  assertCan(access, 'results.read');
  const { awaiting, status, structureId, ...rest } = query;
  let structureIds = structureId ? [structureId] : undefined;
  let statuses = status ? [status] : undefined;
  if (awaiting) {
    const roles = await loadMeasurementRoles(db, access);
    statuses = [awaiting === 'review' ? 'submitted' : 'reviewed'];
    if (awaiting === 'review') structureIds = headedStructureIds(roles).filter((id) => !structureIds || structureIds.includes(id));
    if (awaiting === 'validation' && !roles.isValidator) structureIds = [];
  }
  if (structureIds?.length === 0) return { items: [], total: 0, limit: query.limit, offset: query.offset };
  const page = await repo.selectMeasurementsPage(db, access.administrationId, { ...rest, statuses, structureIds });
  return {
    items: await presentMeasurements(db, access.administrationId, page.items),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}

// A period fits the indicator (a quarter, or the year for an annual one) and has begun.
export function assertPeriod(indicator: IndicatorRow, year: number, quarter: number) {
  if (indicator.periodicity === 'quarterly' && quarter === 0)
    throw new AppError('validation_failed', { messageKey: 'measurement.quarterly_period', field: 'quarter' });
  if (indicator.periodicity === 'annual' && quarter !== 0)
    throw new AppError('validation_failed', { messageKey: 'measurement.annual_period', field: 'quarter' });
  const start = `${year}-${String(quarter === 0 ? 1 : quarter * 3 - 2).padStart(2, '0')}-01`;
  if (start > todayIso()) throw new AppError('validation_failed', { messageKey: 'measurement.future_period', field: 'quarter' });
}

export function assertValue(indicator: IndicatorRow, value: number, field = 'value') {
  const failure = checkValue(indicator, value);
  if (failure) throw new AppError('validation_failed', { messageKey: failure.messageKey, params: failure.params, field });
}

// A value can change while the period is a draft or was rejected; submitted or reviewed values wait for
// their verdict; a validated period is locked.
export function assertEditable(m: repo.MeasurementRow, indicatorCode: string) {
  if (m.status === 'validated')
    throw new AppError('period_locked', {
      field: 'quarter',
      params: { indicator: indicatorCode, period: formatPeriod(m.year, m.quarter) },
    });
  if (m.status === 'submitted' || m.status === 'reviewed') throw new AppError('invalid_state', { params: { status: m.status } });
}

export const formatPeriod = (year: number, quarter: number) => (quarter === 0 ? String(year) : `T${quarter} ${year}`);

// Enter the value of a period: creates the draft, or corrects the draft or rejected value already there.
export async function enterMeasurement(db: Database, access: Access, body: TMeasurementBody) {
  assertCan(access, 'measurements.enter');
  const roles = await loadMeasurementRoles(db, access);
  const id = await db.transaction(async (tx) => {
    const indicator = await selectIndicator(tx, access.administrationId, body.indicatorId);
    if (!indicator) throw new AppError('validation_failed', { messageKey: 'field.unknown_reference', field: 'indicatorId' });
    assertFocalPointOf(roles, indicator.responsibleStructureId);
    assertPeriod(indicator, body.year, body.quarter);
    assertValue(indicator, body.value);
    const existing = await repo.selectMeasurementOfPeriod(tx, indicator.id, body.year, body.quarter, { forUpdate: true });
    const values = {
      value: body.value,
      comment: body.comment,
      evidenceText: body.evidenceText,
      evidenceUrl: body.evidenceUrl,
      status: 'draft' as const,
      enteredById: access.actor.userId,
      enteredAt: new Date(),
    };
    if (existing) {
      assertEditable(existing, indicator.code);
      const after = await repo.updateMeasurement(tx, existing.id, values);
      await recordAudit(tx, access, {
        action: 'measurement.enter',
        entityType: 'measurement',
        entityId: existing.id,
        before: snapshotMeasurement(existing),
        after: snapshotMeasurement(after),
      });
      return existing.id;
    }
    const row = await withUniqueFields(
      repo.insertMeasurement(tx, {
        administrationId: access.administrationId,
        indicatorId: indicator.id,
        year: body.year,
        quarter: body.quarter,
        ...values,
      }),
      { measurements_period_key: 'quarter' },
    );
    await recordAudit(tx, access, {
      action: 'measurement.enter',
      entityType: 'measurement',
      entityId: row.id,
      after: snapshotMeasurement(row),
    });
    return row.id;
  });
  return getMeasurement(db, access, id);
}

export async function updateMeasurement(db: Database, access: Access, id: string, patch: TMeasurementPatch) {
  assertCan(access, 'measurements.enter');
  const roles = await loadMeasurementRoles(db, access);
  await db.transaction(async (tx) => {
    const {
      measurement: before,
      indicatorCode,
      responsibleStructureId,
    } = await findMeasurementOrNotFound(tx, access, id, { forUpdate: true });
    assertFocalPointOf(roles, responsibleStructureId);
    assertEditable(before, indicatorCode);
    const indicator = (await selectIndicator(tx, access.administrationId, before.indicatorId))!;
    if (patch.value !== undefined) assertValue(indicator, patch.value);
    const after = await repo.updateMeasurement(tx, id, {
      ...patch,
      status: 'draft',
      enteredById: access.actor.userId,
      enteredAt: new Date(),
    });
    await recordAudit(tx, access, {
      action: 'measurement.update',
      entityType: 'measurement',
      entityId: id,
      before: snapshotMeasurement(before),
      after: snapshotMeasurement(after),
    });
  });
  return getMeasurement(db, access, id);
}

export async function deleteMeasurement(db: Database, access: Access, id: string) {
  assertCan(access, 'measurements.enter');
  const roles = await loadMeasurementRoles(db, access);
  await db.transaction(async (tx) => {
    const {
      measurement: before,
      indicatorCode,
      responsibleStructureId,
    } = await findMeasurementOrNotFound(tx, access, id, { forUpdate: true });
    assertFocalPointOf(roles, responsibleStructureId);
    assertEditable(before, indicatorCode);
    await repo.deleteMeasurement(tx, id);
    await recordAudit(tx, access, {
      action: 'measurement.delete',
      entityType: 'measurement',
      entityId: id,
      before: snapshotMeasurement(before),
    });
  });
}
