// Posts (postes): belong to a structure, report to a post, have a rank and attributions.
import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import type { TPostBody, TPostPatch } from './organisation.contract.js';
import * as repo from './organisation.repository.js';
import * as people from './people.repository.js';
import { findDuplicateAttributions } from './attributions.service.js';
import { listHoldersOn } from './holders.service.js';
import { assertReference, findOrNotFound, isAncestorOrSelf } from './references.service.js';

const presentPost = (p: repo.PostRow) => ({
  id: p.id,
  structureId: p.structureId,
  title: p.title,
  acronym: p.acronym,
  rankId: p.rankId,
  reportsToId: p.reportsToId,
  function: p.function,
  isHeadOfStructure: p.isHeadOfStructure,
  sortOrder: p.sortOrder,
});

async function snapshot(db: Queryable, row: repo.PostRow) {
  const attributions = await repo.selectAttributions(db, row.administrationId, { postId: row.id });
  return { ...presentPost(row), attributions: attributions.map((a) => a.text) };
}

// Posts with who holds them and who acts for them on a date: two queries whatever the number of posts.
export async function listPostsWithHolders(db: Queryable, access: Access, filter: { structureId?: string }, onDate: string) {
  const rows = await repo.selectPosts(db, access.administrationId, filter);
  const holders = await listHoldersOn(db, access.administrationId, onDate, filter.structureId ? rows.map((r) => r.id) : undefined);
  return rows.map((p) => ({ ...p, holders: holders.get(p.id)?.holders ?? [], acting: holders.get(p.id)?.acting ?? [] }));
}

export async function listPosts(db: Database, access: Access, filter: { structureId?: string }) {
  assertCan(access, 'organisation.read');
  const date = todayIso();
  return { date, items: await listPostsWithHolders(db, access, filter, date) };
}

export async function getPost(db: Queryable, access: Access, postId: string) {
  assertCan(access, 'organisation.read');
  const row = await findOrNotFound(db, access, 'post', postId);
  const date = todayIso();
  const [structure, rank, reportsTo, subordinates, attributions, holders, assignments, interims, successionRules] = await Promise.all([
    repo.selectStructuresByIds(db, access.administrationId, [row.structureId]),
    row.rankId ? repo.selectRank(db, access.administrationId, row.rankId) : undefined,
    row.reportsToId ? repo.selectPost(db, access.administrationId, row.reportsToId) : undefined,
    repo.selectSubordinatePosts(db, access.administrationId, postId),
    repo.selectAttributions(db, access.administrationId, { postId }),
    listHoldersOn(db, access.administrationId, date, [postId]),
    people.selectAssignments(db, access.administrationId, { postId }),
    people.selectInterims(db, access.administrationId, { postId }),
    repo.selectSuccessionRulesOfPost(db, access.administrationId, postId),
  ]);
  return {
    ...presentPost(row),
    date,
    structure: structure[0]!,
    rank: rank ? { id: rank.id, name: rank.name, level: rank.level } : null,
    reportsTo: reportsTo ? { id: reportsTo.id, title: reportsTo.title, acronym: reportsTo.acronym } : null,
    subordinates,
    attributions,
    holders: holders.get(postId)?.holders ?? [],
    acting: holders.get(postId)?.acting ?? [],
    assignments,
    interims,
    successionRules,
  };
}

// References of the same administration, no post reporting to itself or to its own subordinates,
// and one head per structure.
async function assertPostRules(tx: Queryable, access: Access, postId: string | null, next: repo.PostRow | TPostBody, patch: TPostPatch) {
  if (patch.structureId) await assertReference(tx, access, 'structure', patch.structureId, 'structureId');
  if (patch.rankId) await assertReference(tx, access, 'rank', patch.rankId, 'rankId');
  if (patch.reportsToId) {
    if (patch.reportsToId === postId) throw new AppError('cycle', { messageKey: 'cycle.post', field: 'reportsToId' });
    await assertReference(tx, access, 'post', patch.reportsToId, 'reportsToId');
    if (postId) {
      const links = await repo.selectPostLinks(tx, access.administrationId);
      const reportsTo = new Map(links.map((p) => [p.id, p.reportsToId]));
      if (isAncestorOrSelf(reportsTo, patch.reportsToId, postId))
        throw new AppError('cycle', { messageKey: 'cycle.post', field: 'reportsToId' });
    }
  }
  if (next.isHeadOfStructure && next.structureId) {
    const other = await repo.selectOtherHeadOfStructure(tx, next.structureId, postId ?? undefined);
    if (other)
      throw new AppError('conflict', {
        messageKey: 'conflict.head_of_structure',
        params: { title: other.title },
        field: 'isHeadOfStructure',
      });
  }
}

async function withWarnings(db: Database, access: Access, postId: string) {
  const detail = await getPost(db, access, postId);
  const duplicates = await findDuplicateAttributions(
    db,
    access.administrationId,
    detail.attributions.map((a) => a.text),
    { postId },
  );
  return { ...detail, warnings: { duplicates } };
}

export async function createPost(db: Database, access: Access, body: TPostBody) {
  assertCan(access, 'organisation.manage');
  const id = await db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    await assertPostRules(tx, access, null, body, body);
    const row = await repo.insertPost(tx, {
      administrationId: access.administrationId,
      structureId: body.structureId,
      title: body.title,
      acronym: body.acronym ?? null,
      rankId: body.rankId ?? null,
      reportsToId: body.reportsToId ?? null,
      function: body.function ?? 'member',
      isHeadOfStructure: body.isHeadOfStructure ?? false,
      sortOrder: body.sortOrder ?? (await repo.selectNextSortOrder(tx, access.administrationId, 'post')),
    });
    await repo.replaceAttributions(tx, access.administrationId, { postId: row.id }, body.attributions ?? []);
    await recordAudit(tx, access, { action: 'post.create', entityType: 'post', entityId: row.id, after: await snapshot(tx, row) });
    return row.id;
  });
  return withWarnings(db, access, id);
}

export async function updatePost(db: Database, access: Access, postId: string, patch: TPostPatch) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    const before = await findOrNotFound(tx, access, 'post', postId);
    const beforeSnapshot = await snapshot(tx, before);
    const next = {
      ...before,
      structureId: patch.structureId ?? before.structureId,
      isHeadOfStructure: patch.isHeadOfStructure ?? before.isHeadOfStructure,
    };
    await assertPostRules(tx, access, postId, next, patch);
    const row = await repo.updatePost(tx, postId, {
      structureId: patch.structureId,
      title: patch.title,
      acronym: patch.acronym,
      rankId: patch.rankId,
      reportsToId: patch.reportsToId,
      function: patch.function,
      isHeadOfStructure: patch.isHeadOfStructure,
      sortOrder: patch.sortOrder,
    });
    if (patch.attributions) await repo.replaceAttributions(tx, access.administrationId, { postId }, patch.attributions);
    await recordAudit(tx, access, {
      action: 'post.update',
      entityType: 'post',
      entityId: postId,
      before: beforeSnapshot,
      after: await snapshot(tx, row),
    });
  });
  return withWarnings(db, access, postId);
}

// A post that someone has held or acted for keeps its history: end the assignments, do not delete it.
export async function deletePost(db: Database, access: Access, postId: string) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    const before = await findOrNotFound(tx, access, 'post', postId);
    const history = await people.countPostHistory(tx, postId);
    if (history.assignments > 0 || history.interims > 0) {
      throw new AppError('has_dependents', { messageKey: 'has_dependents.post', params: history, details: history });
    }
    const beforeSnapshot = await snapshot(tx, before);
    await repo.deletePost(tx, postId);
    await recordAudit(tx, access, { action: 'post.delete', entityType: 'post', entityId: postId, before: beforeSnapshot });
  });
}
