// What other modules may ask of the organisation: structures and posts by id, sub-trees, the posts a
// person holds today. Always scoped to one administration.
import type { Queryable } from '../../platform/db/client.js';
import { todayIso } from '../../platform/dates.js';
import * as repo from './lookup.repository.js';

export type StructureSummary = { id: string; name: string; acronym: string | null; parentId: string | null; kind: string };
export type HeldPost = { postId: string; structureId: string; function: string; isHeadOfStructure: boolean };

export function listStructureSummaries(db: Queryable, administrationId: string, ids?: readonly string[]): Promise<StructureSummary[]> {
  if (ids && ids.length === 0) return Promise.resolve([]);
  return repo.selectStructureSummaries(db, administrationId, ids);
}

// every post of the administration when no ids are given
export function listPostSummaries(db: Queryable, administrationId: string, ids?: readonly string[]) {
  return repo.selectPostSummaries(db, administrationId, ids);
}

export function listStructureSubtreeIds(db: Queryable, administrationId: string, rootId: string): Promise<string[]> {
  return repo.selectStructureSubtreeIds(db, administrationId, rootId);
}

export async function listPostsHeldToday(db: Queryable, personId: string): Promise<HeldPost[]> {
  const rows = await repo.selectPostsHeld(db, personId, todayIso());
  return rows.map((r) => ({
    postId: r.post_id,
    structureId: r.structure_id,
    function: r.function,
    isHeadOfStructure: r.is_head_of_structure,
  }));
}
