// What other modules may ask of the organisation: structures and posts by id, sub-trees, the posts a
// person holds today. Always scoped to one administration.
import type { Queryable } from '../../platform/db/client.js';
import { todayIso } from '../../platform/dates.js';
import { listPostsOverview, listStructuresOverview, type PostOverview, type StructureOverview } from './holders.service.js';
import * as repo from './lookup.repository.js';
import { selectOrganisationVersion } from './organisation.repository.js';

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

// The administration's structures and posts by id, as other modules need them on every request (names,
// confidentiality scopes). Kept per instance and served while the organisation version is unchanged, as the
// tree is (docs/decisions/0004): one primary-key read instead of reading both tables. Read-only: shared.
export type OrganisationDirectory = {
  version: number;
  structures: ReadonlyMap<string, StructureOverview>;
  posts: ReadonlyMap<string, PostOverview>;
};
const MAX_CACHED_DIRECTORIES = 20;
const directoryCaches = new WeakMap<Queryable, Map<string, Promise<OrganisationDirectory>>>();

export async function getOrganisationDirectory(db: Queryable, administrationId: string): Promise<OrganisationDirectory> {
  const cache = directoryCaches.get(db) ?? new Map<string, Promise<OrganisationDirectory>>();
  directoryCaches.set(db, cache);
  // read before the data: a write committed in between leaves the entry under the older version
  const version = await selectOrganisationVersion(db, administrationId);
  const cached = cache.get(administrationId);
  if (cached) {
    const entry = await cached.catch(() => undefined);
    if (entry?.version === version) return entry;
  }
  // concurrent readers of a new version share one load
  const loading = Promise.all([listStructuresOverview(db, administrationId), listPostsOverview(db, administrationId)]).then(
    ([structures, posts]) => ({
      version,
      structures: new Map(structures.map((s) => [s.id, s])),
      posts: new Map(posts.map((p) => [p.id, p])),
    }),
  );
  cache.delete(administrationId);
  cache.set(administrationId, loading);
  if (cache.size > MAX_CACHED_DIRECTORIES) cache.delete(cache.keys().next().value!);
  loading.catch(() => cache.get(administrationId) === loading && cache.delete(administrationId));
  return loading;
}
