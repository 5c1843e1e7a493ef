// Interims (intérims: a person acts for a post over a period, under a legal reference) and absences.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { TAbsenceBody, TAbsenceQuery, TInterimBody, TInterimQuery } from './organisation.contract.js';
import { beginOrganisationWrite } from './organisation.repository.js';
import * as repo from './people.repository.js';
import { assertReference } from './references.service.js';

export async function listInterims(db: Database, access: Access, query: TInterimQuery) {
  assertCan(access, 'organisation.read');
  return repo.selectInterims(db, access.administrationId, query);
}

export async function createInterim(db: Database, access: Access, body: TInterimBody) {
  assertCan(access, 'organisation.manage');
  const id = await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    await assertReference(tx, access, 'post', body.postId, 'postId');
    await assertReference(tx, access, 'person', body.personId, 'personId');
    // one acting person per post at a time
    if (await repo.selectOverlappingInterim(tx, body)) {
      throw new AppError('conflict', { messageKey: 'conflict.interim_overlap', field: 'startDate' });
    }
    const row = await repo.insertInterim(tx, { administrationId: access.administrationId, ...body });
    await recordAudit(tx, access, { action: 'interim.create', entityType: 'interim', entityId: row.id, after: body });
    return row.id;
  });
  const [view] = await repo.selectInterims(db, access.administrationId, { ids: [id] });
  return view!;
}

export async function deleteInterim(db: Database, access: Access, interimId: string) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    const before = await repo.selectInterim(tx, access.administrationId, interimId);
    if (!before) throw new AppError('not_found', { params: { entity: 'interim' } });
    await repo.deleteInterim(tx, interimId);
    await recordAudit(tx, access, {
      action: 'interim.delete',
      entityType: 'interim',
      entityId: interimId,
      before: {
        postId: before.postId,
        personId: before.personId,
        startDate: before.startDate,
        endDate: before.endDate,
        legalReference: before.legalReference,
        reason: before.reason,
      },
    });
  });
}

export async function listAbsences(db: Database, access: Access, query: TAbsenceQuery) {
  assertCan(access, 'organisation.read');
  return repo.selectAbsences(db, access.administrationId, query);
}

export async function createAbsence(db: Database, access: Access, body: TAbsenceBody) {
  assertCan(access, 'organisation.manage');
  const id = await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    await assertReference(tx, access, 'person', body.personId, 'personId');
    const row = await repo.insertAbsence(tx, { administrationId: access.administrationId, ...body });
    await recordAudit(tx, access, { action: 'absence.create', entityType: 'absence', entityId: row.id, after: body });
    return row.id;
  });
  const [view] = await repo.selectAbsences(db, access.administrationId, { ids: [id] });
  return view!;
}

export async function deleteAbsence(db: Database, access: Access, absenceId: string) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    const before = await repo.selectAbsence(tx, access.administrationId, absenceId);
    if (!before) throw new AppError('not_found', { params: { entity: 'absence' } });
    await repo.deleteAbsence(tx, absenceId);
    await recordAudit(tx, access, {
      action: 'absence.delete',
      entityType: 'absence',
      entityId: absenceId,
      before: { personId: before.personId, startDate: before.startDate, endDate: before.endDate, reason: before.reason },
    });
  });
}
