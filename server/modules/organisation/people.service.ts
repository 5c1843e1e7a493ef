// People and their assignments (affectations): a person holds a post between two dates.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import type { TAssignmentBody, TPersonBody, TPersonPatch, TPersonQuery } from './organisation.contract.js';
import { beginOrganisationWrite } from './organisation.repository.js';
import * as repo from './people.repository.js';
import { listPostsHeldOn } from './holders.service.js';
import { assertReference, endBeforeStart, findOrNotFound } from './references.service.js';

export const presentPerson = (p: repo.PersonRow) => ({
  id: p.id,
  civility: p.civility,
  firstName: p.firstName,
  lastName: p.lastName,
  fullName: `${p.firstName} ${p.lastName}`,
  email: p.email,
  phone: p.phone,
});

// Search is accent- and case-insensitive on names and e-mail; each person comes with the posts held today.
export async function listPersons(db: Database, access: Access, query: TPersonQuery) {
  assertCan(access, 'organisation.read');
  const page = await repo.selectPersonsPage(db, access.administrationId, query);
  const postsByPerson = await listPostsHeldOn(
    db,
    access.administrationId,
    todayIso(),
    page.items.map((p) => p.id),
  );
  return {
    items: page.items.map((p) => ({ ...presentPerson(p), posts: postsByPerson.get(p.id) ?? [] })),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getPerson(db: Database, access: Access, personId: string) {
  assertCan(access, 'organisation.read');
  const row = await findOrNotFound(db, access, 'person', personId);
  const [assignments, interims, absences] = await Promise.all([
    repo.selectAssignments(db, access.administrationId, { personId }),
    repo.selectInterims(db, access.administrationId, { personId }),
    repo.selectAbsences(db, access.administrationId, { personId }),
  ]);
  return { ...presentPerson(row), assignments, interims, absences };
}

export async function createPerson(db: Database, access: Access, body: TPersonBody) {
  assertCan(access, 'organisation.manage');
  const row = await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    const created = await repo.insertPerson(tx, {
      administrationId: access.administrationId,
      civility: body.civility,
      firstName: body.firstName,
      lastName: body.lastName,
      email: body.email ?? null,
      phone: body.phone ?? null,
    });
    await recordAudit(tx, access, { action: 'person.create', entityType: 'person', entityId: created.id, after: presentPerson(created) });
    return created;
  });
  return getPerson(db, access, row.id);
}

export async function updatePerson(db: Database, access: Access, personId: string, patch: TPersonPatch) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    const before = await findOrNotFound(tx, access, 'person', personId);
    const row = await repo.updatePerson(tx, personId, patch);
    await recordAudit(tx, access, {
      action: 'person.update',
      entityType: 'person',
      entityId: personId,
      before: presentPerson(before),
      after: presentPerson(row),
    });
  });
  return getPerson(db, access, personId);
}

const overlapError = () => new AppError('conflict', { messageKey: 'conflict.assignment_overlap', field: 'startDate' });

export async function createAssignment(db: Database, access: Access, body: TAssignmentBody) {
  assertCan(access, 'organisation.manage');
  const id = await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    await assertReference(tx, access, 'person', body.personId, 'personId');
    await assertReference(tx, access, 'post', body.postId, 'postId');
    const period = { personId: body.personId, postId: body.postId, startDate: body.startDate, endDate: body.endDate ?? null };
    if (await repo.selectOverlappingAssignment(tx, period)) throw overlapError();
    const row = await repo.insertAssignment(tx, { administrationId: access.administrationId, ...period });
    await recordAudit(tx, access, { action: 'assignment.create', entityType: 'assignment', entityId: row.id, after: period });
    return row.id;
  });
  return repo.selectAssignmentView(db, id);
}

// Ending (or reopening) an assignment; the start stays, as the act that appointed the person.
export async function updateAssignment(db: Database, access: Access, assignmentId: string, endDate: string | null) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await beginOrganisationWrite(tx, access.administrationId);
    const before = await repo.selectAssignment(tx, access.administrationId, assignmentId);
    if (!before) throw new AppError('not_found', { params: { entity: 'assignment' } });
    if (endDate && endDate < before.startDate) throw endBeforeStart();
    if (await repo.selectOverlappingAssignment(tx, { ...before, endDate, exceptId: assignmentId })) throw overlapError();
    await repo.updateAssignmentEnd(tx, assignmentId, endDate);
    await recordAudit(tx, access, {
      action: 'assignment.update',
      entityType: 'assignment',
      entityId: assignmentId,
      before: { endDate: before.endDate },
      after: { endDate },
    });
  });
  return repo.selectAssignmentView(db, assignmentId);
}
