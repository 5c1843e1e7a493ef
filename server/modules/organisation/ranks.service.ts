// Ranks (rangs): ordered per administration, level 1 is the highest.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { TRankBody, TRankPatch } from './organisation.contract.js';
import * as repo from './organisation.repository.js';
import { findOrNotFound } from './references.service.js';

const presentRank = (r: repo.RankRow) => ({ id: r.id, name: r.name, level: r.level });

export async function listRanks(db: Database, access: Access) {
  assertCan(access, 'organisation.read');
  return repo.selectRanks(db, access.administrationId);
}

async function assertNameFree(db: Database, access: Access, name: string, exceptId?: string) {
  if (await repo.selectRankByName(db, access.administrationId, name, exceptId)) {
    throw new AppError('duplicate', { messageKey: 'duplicate.rank_name', field: 'name' });
  }
}

export async function createRank(db: Database, access: Access, body: TRankBody) {
  assertCan(access, 'organisation.manage');
  return db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    await assertNameFree(tx, access, body.name);
    const row = await repo.insertRank(tx, { administrationId: access.administrationId, name: body.name, level: body.level });
    await recordAudit(tx, access, { action: 'rank.create', entityType: 'rank', entityId: row.id, after: presentRank(row) });
    return { ...presentRank(row), postCount: 0 };
  });
}

export async function updateRank(db: Database, access: Access, rankId: string, patch: TRankPatch) {
  assertCan(access, 'organisation.manage');
  return db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    const before = await findOrNotFound(tx, access, 'rank', rankId);
    if (patch.name !== undefined) await assertNameFree(tx, access, patch.name, rankId);
    const row = await repo.updateRank(tx, rankId, { name: patch.name, level: patch.level });
    await recordAudit(tx, access, {
      action: 'rank.update',
      entityType: 'rank',
      entityId: rankId,
      before: presentRank(before),
      after: presentRank(row),
    });
    return { ...presentRank(row), postCount: await repo.countPostsOfRank(tx, rankId) };
  });
}

export async function deleteRank(db: Database, access: Access, rankId: string) {
  assertCan(access, 'organisation.manage');
  await db.transaction(async (tx) => {
    await repo.beginOrganisationWrite(tx, access.administrationId);
    const before = await findOrNotFound(tx, access, 'rank', rankId);
    const postCount = await repo.countPostsOfRank(tx, rankId);
    if (postCount > 0) throw new AppError('has_dependents', { messageKey: 'has_dependents.rank', params: { count: postCount } });
    await repo.deleteRank(tx, rankId);
    await recordAudit(tx, access, { action: 'rank.delete', entityType: 'rank', entityId: rankId, before: presentRank(before) });
  });
}
