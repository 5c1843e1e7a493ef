// Budget programmes (coded 017, 018, support programme 159...) with their manager's post, and their actions.
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import { withUniqueFields } from '../../platform/db/unique.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { listHoldersOn } from '../organisation/holders.service.js';
import { listPostSummaries } from '../organisation/lookup.service.js';
import type { TChainItemBody, TChainItemPatch, TProgrammeBody, TProgrammePatch } from './planning.contract.js';
import * as repo from './planning.repository.js';

const programmeCodeField = { programmes_code_key: 'code' };
const actionCodeField = { programme_actions_code_key: 'code' };

const presentAction = (a: repo.ActionRow) => ({
  id: a.id,
  programmeId: a.programmeId,
  code: a.code,
  title: a.title,
  sortOrder: a.sortOrder,
});
const snapshotProgramme = (p: repo.ProgrammeRow) => ({
  id: p.id,
  code: p.code,
  title: p.title,
  kind: p.kind,
  objective: p.objective,
  managerPostId: p.managerPostId,
});

// Programmes of the administration, each with its actions and its manager (post and holder today).
async function presentProgrammes(db: Queryable, administrationId: string, rows: repo.ProgrammeRow[]) {
  const postIds = [...new Set(rows.map((p) => p.managerPostId).filter((id): id is string => id !== null))];
  const [actions, posts, holders] = await Promise.all([
    repo.selectActions(db, administrationId),
    listPostSummaries(db, administrationId, postIds),
    // every holder of the administration (a few hundred at most), then the managers' posts among them
    postIds.length ? listHoldersOn(db, administrationId, todayIso()) : Promise.resolve(new Map()),
  ]);
  const postById = new Map(posts.map((p) => [p.id, p]));
  return rows.map((p) => {
    const post = p.managerPostId ? postById.get(p.managerPostId) : undefined;
    const holder = post ? (holders.get(post.id)?.acting[0] ?? holders.get(post.id)?.holders[0]) : undefined;
    return {
      ...snapshotProgramme(p),
      manager: post ? { postId: post.id, title: post.title, holderName: holder?.fullName ?? null } : null,
      actions: actions.filter((a) => a.programmeId === p.id).map(presentAction),
    };
  });
}

async function findProgramme(db: Queryable, access: Access, programmeId: string) {
  const row = await repo.selectProgramme(db, access.administrationId, programmeId);
  if (!row) throw notFound('programme');
  return row;
}

async function assertManagerPost(db: Queryable, access: Access, postId: string | null | undefined) {
  if (!postId) return;
  const [post] = await listPostSummaries(db, access.administrationId, [postId]);
  if (!post) throw new AppError('validation_failed', { messageKey: 'field.unknown_reference', field: 'managerPostId' });
}

export async function listProgrammes(db: Database, access: Access) {
  assertCan(access, 'results.read');
  return presentProgrammes(db, access.administrationId, await repo.selectProgrammes(db, access.administrationId));
}

export async function getProgramme(db: Queryable, access: Access, programmeId: string) {
  assertCan(access, 'results.read');
  const row = await findProgramme(db, access, programmeId);
  const [programme] = await presentProgrammes(db, access.administrationId, [row]);
  const counts = await repo.countActivitiesByAction(
    db,
    programme!.actions.map((a) => a.id),
  );
  return { ...programme!, actions: programme!.actions.map((a) => ({ ...a, activityCount: counts.get(a.id) ?? 0 })) };
}

export async function createProgramme(db: Database, access: Access, body: TProgrammeBody) {
  assertCan(access, 'results.manage');
  const id = await db.transaction(async (tx) => {
    await assertManagerPost(tx, access, body.managerPostId);
    const row = await withUniqueFields(
      repo.insertProgramme(tx, { administrationId: access.administrationId, ...body }),
      programmeCodeField,
    );
    await recordAudit(tx, access, { action: 'programme.create', entityType: 'programme', entityId: row.id, after: snapshotProgramme(row) });
    return row.id;
  });
  return getProgramme(db, access, id);
}

export async function updateProgramme(db: Database, access: Access, programmeId: string, patch: TProgrammePatch) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findProgramme(tx, access, programmeId);
    await assertManagerPost(tx, access, patch.managerPostId);
    const after = await withUniqueFields(repo.updateProgramme(tx, programmeId, patch), programmeCodeField);
    await recordAudit(tx, access, {
      action: 'programme.update',
      entityType: 'programme',
      entityId: programmeId,
      before: snapshotProgramme(before),
      after: snapshotProgramme(after),
    });
  });
  return getProgramme(db, access, programmeId);
}

// A programme with actions cannot go; its indicators keep it too (the database refuses with a conflict).
export async function deleteProgramme(db: Database, access: Access, programmeId: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findProgramme(tx, access, programmeId);
    if ((await repo.selectActions(tx, access.administrationId, programmeId)).length > 0)
      throw new AppError('has_dependents', { params: { what: 'des actions' } });
    await repo.deleteProgramme(tx, programmeId);
    await recordAudit(tx, access, {
      action: 'programme.delete',
      entityType: 'programme',
      entityId: programmeId,
      before: snapshotProgramme(before),
    });
  });
}

// --- actions ---
export async function createAction(db: Database, access: Access, programmeId: string, body: TChainItemBody) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    await findProgramme(tx, access, programmeId);
    const row = await withUniqueFields(
      repo.insertAction(tx, {
        administrationId: access.administrationId,
        programmeId,
        code: body.code,
        title: body.title,
        sortOrder: body.sortOrder ?? 0,
      }),
      actionCodeField,
    );
    await recordAudit(tx, access, {
      action: 'programme_action.create',
      entityType: 'programme_action',
      entityId: row.id,
      after: presentAction(row),
    });
    return presentAction(row);
  });
}

export async function updateAction(db: Database, access: Access, actionId: string, patch: TChainItemPatch) {
  assertCan(access, 'results.manage');
  return db.transaction(async (tx) => {
    const before = await repo.selectAction(tx, access.administrationId, actionId);
    if (!before) throw notFound('programme_action');
    const after = await withUniqueFields(repo.updateAction(tx, actionId, patch), actionCodeField);
    await recordAudit(tx, access, {
      action: 'programme_action.update',
      entityType: 'programme_action',
      entityId: actionId,
      before: presentAction(before),
      after: presentAction(after),
    });
    return presentAction(after);
  });
}

export async function deleteAction(db: Database, access: Access, actionId: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await repo.selectAction(tx, access.administrationId, actionId);
    if (!before) throw notFound('programme_action');
    if (((await repo.countActivitiesByAction(tx, [actionId])).get(actionId) ?? 0) > 0)
      throw new AppError('has_dependents', { params: { what: 'des activités' } });
    await repo.deleteAction(tx, actionId);
    await recordAudit(tx, access, {
      action: 'programme_action.delete',
      entityType: 'programme_action',
      entityId: actionId,
      before: presentAction(before),
    });
  });
}

// For other modules: the programmes and actions of an administration, raw.
export async function listProgrammesAndActions(db: Queryable, administrationId: string) {
  const [programmes, actions] = await Promise.all([repo.selectProgrammes(db, administrationId), repo.selectActions(db, administrationId)]);
  return { programmes, actions };
}

export function findAction(db: Queryable, administrationId: string, actionId: string) {
  return repo.selectAction(db, administrationId, actionId);
}

export function findProgrammeRow(db: Queryable, administrationId: string, programmeId: string) {
  return repo.selectProgramme(db, administrationId, programmeId);
}

// For other modules: the programmes with their actions and managers.
export async function listProgrammeSummaries(db: Queryable, administrationId: string) {
  return presentProgrammes(db, administrationId, await repo.selectProgrammes(db, administrationId));
}
