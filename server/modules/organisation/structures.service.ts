// Structures: a tree by authority (parent), plus "attached to" links without authority (seed 003).
import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import type { TStructureBody, TStructurePatch } from './organisation.contract.js';
import * as repo from './organisation.repository.js';
import { findDuplicateAttributions } from './attributions.service.js';
import { listPostsWithHolders } from './posts.service.js';
import { assertReference, findOrNotFound, isAncestorOrSelf } from './references.service.js';

const presentStructure = (s: repo.StructureRow) => ({
  id: s.id,
  parentId: s.parentId,
  attachedToId: s.attachedToId,
  kind: s.kind,
  name: s.name,
  acronym: s.acronym,
  sortOrder: s.sortOrder,
});

async function snapshot(db: Queryable, row: repo.StructureRow) {
  const attributions = await repo.selectAttributions(db, row.administrationId, { structureId: row.id });
  return { ...presentStructure(row), attributions: attributions.map((a) => a.text) };
}

export async function listStructures(db: Database, access: Access) {
  assertCan(access, 'organisation.read');
  const [rows, counts] = await Promise.all([
    repo.selectStructures(db, access.administrationId),
    repo.selectStructureCounts(db, access.administrationId),
  ]);
  const countsById = new Map(counts.map((c) => [c.id, c]));
  return rows.map((s) => ({ ...s, postCount: countsById.get(s.id)?.post_count ?? 0, childCount: countsById.get(s.id)?.child_count ?? 0 }));
}

export async function getStructure(db: Database, access: Access, structureId: string) {
  assertCan(access, 'organisation.read');
  const row = await findOrNotFound(db, access, 'structure', structureId);
  const linkedIds = [row.parentId, row.attachedToId].filter((id): id is string => id !== null);
  const [linked, attributions, children, attached, posts] = await Promise.all([
    repo.selectStructuresByIds(db, access.administrationId, linkedIds),
    repo.selectAttributions(db, access.administrationId, { structureId }),
    repo.selectChildStructures(db, access.administrationId, structureId, 'parent'),
    repo.selectChildStructures(db, access.administrationId, structureId, 'attached'),
    listPostsWithHolders(db, access, { structureId }, todayIso()),
  ]);
  const byId = new Map(linked.map((s) => [s.id, s]));
  return {
    ...presentStructure(row),
    parent: row.parentId ? (byId.get(row.parentId) ?? null) : null,
    attachedTo: row.attachedToId ? (byId.get(row.attachedToId) ?? null) : null,
    attributions,
    children,
    attached,
    posts,
  };
}

// Checks parent and attachment: same administration, not itself, and no loop in the authority tree.
async function assertLinks(tx: Queryable, access: Access, structureId: string | null, input: TStructurePatch) {
  if (input.parentId) {
    if (input.parentId === structureId) throw new AppError('cycle', { field: 'parentId' });
    await assertReference(tx, access, 'structure', input.parentId, 'parentId');
    if (structureId) {
      const rows = await repo.selectStructures(tx, access.administrationId);
      const parentOf = new Map(rows.map((s) => [s.id, s.parentId]));
      if (isAncestorOrSelf(parentOf, input.parentId, structureId)) throw new AppError('cycle', { field: 'parentId' });
    }
  }
  if (input.attachedToId) {
    if (input.attachedToId === structureId)
      throw new AppError('validation_failed', { messageKey: 'field.not_self', field: 'attachedToId' });
    await assertReference(tx, access, 'structure', input.attachedToId, 'attachedToId');
  }
}

async function withWarnings(db: Database, access: Access, structureId: string) {
  const detail = await getStructure(db, access, structureId);
  const duplicates = await findDuplicateAttributions(
    db,
    access.administrationId,
    detail.attributions.map((a) => a.text),
    { structureId },
  );
  return { ...detail, warnings: { duplicates } };
}

export async function createStructure(db: Database, access: Access, body: TStructureBody) {
  assertCan(access, 'organisation.manage');
  const id = await db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    await assertLinks(tx, access, null, body);
    const row = await repo.insertStructure(tx, {
      administrationId: access.administrationId,
      parentId: body.parentId ?? null,
      attachedToId: body.attachedToId ?? null,
      kind: body.kind,
      name: body.name,
      acronym: body.acronym ?? null,
      sortOrder: body.sortOrder ?? (await repo.selectNextSortOrder(tx, access.administrationId, 'structure')),
    });
    await repo.replaceAttributions(tx, access.administrationId, { structureId: row.id }, body.attributions ?? []);
    await recordAudit(tx, access, {
      action: 'structure.create',
      entityType: 'structure',
      entityId: row.id,
      after: await snapshot(tx, row),
    });
    return row.id;
  });
  return withWarnings(db, access, id);
}

export async function updateStructure(db: Database, access: Access, structureId: string, patch: TStructurePatch) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    const before = await findOrNotFound(tx, access, 'structure', structureId);
    const beforeSnapshot = await snapshot(tx, before);
    await assertLinks(tx, access, structureId, patch);
    const row = await repo.updateStructure(tx, structureId, {
      parentId: patch.parentId,
      attachedToId: patch.attachedToId,
      kind: patch.kind,
      name: patch.name,
      acronym: patch.acronym,
      sortOrder: patch.sortOrder,
    });
    if (patch.attributions) await repo.replaceAttributions(tx, access.administrationId, { structureId }, patch.attributions);
    await recordAudit(tx, access, {
      action: 'structure.update',
      entityType: 'structure',
      entityId: structureId,
      before: beforeSnapshot,
      after: await snapshot(tx, row),
    });
  });
  return withWarnings(db, access, structureId);
}

export async function deleteStructure(db: Database, access: Access, structureId: string) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    const before = await findOrNotFound(tx, access, 'structure', structureId);
    const dependents = await repo.countStructureDependents(tx, structureId);
    if (dependents.children > 0 || dependents.posts > 0) {
      throw new AppError('has_dependents', { messageKey: 'has_dependents.structure', params: dependents, details: dependents });
    }
    const beforeSnapshot = await snapshot(tx, before);
    await repo.deleteStructure(tx, structureId);
    await recordAudit(tx, access, { action: 'structure.delete', entityType: 'structure', entityId: structureId, before: beforeSnapshot });
  });
}
