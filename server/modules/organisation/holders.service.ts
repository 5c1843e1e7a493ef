import { readAll, type Queryable } from '../../platform/db/client.js';
import type { OrgSnapshot } from './acting.js';
import {
  selectFunctionsHeld,
  selectHoldersOn,
  selectPersonsOverview,
  selectPostsHeldBy,
  selectPostsOverview,
  selectStructuresOverview,
  selectSuccessionRules,
  type PostOverviewRow,
  type StructureOverviewRow,
} from './holders.repository.js';

export function listFunctionsHeld(db: Queryable, personId: string, onDate: string): Promise<string[]> {
  return selectFunctionsHeld(db, personId, onDate);
}

export type PostHolder = {
  personId: string;
  fullName: string;
  civility: string;
  isInterim: boolean;
  isAbsent: boolean;
  legalReference: string | null;
};

// For each post: who holds it (assignment) and who acts for it (interim) on a date.
export async function listHoldersOn(db: Queryable, administrationId: string, onDate: string, postIds?: string[]) {
  const rows = await selectHoldersOn(db, administrationId, onDate, postIds);
  const byPost = new Map<string, { holders: PostHolder[]; acting: PostHolder[] }>();
  for (const r of rows) {
    const entry = byPost.get(r.post_id) ?? { holders: [], acting: [] };
    const holder: PostHolder = {
      personId: r.person_id,
      fullName: r.full_name,
      civility: r.civility,
      isInterim: r.is_interim,
      isAbsent: r.is_absent,
      legalReference: r.legal_reference,
    };
    (r.is_interim ? entry.acting : entry.holders).push(holder);
    byPost.set(r.post_id, entry);
  }
  return byPost;
}

// For each person: the posts held (assignment) or acted for (interim) on a date.
export async function listPostsHeldOn(db: Queryable, administrationId: string, onDate: string, personIds: string[]) {
  const rows = await selectPostsHeldBy(db, administrationId, onDate, personIds);
  const byPerson = new Map<string, { postId: string; title: string; isInterim: boolean }[]>();
  for (const r of rows) {
    const list = byPerson.get(r.person_id) ?? [];
    list.push({ postId: r.post_id, title: r.title, isInterim: r.is_interim });
    byPerson.set(r.person_id, list);
  }
  return byPerson;
}

// --- used by the follow-up module (chairs, assignees, reminders, confidentiality) ---

export type PostOverview = {
  id: string;
  structureId: string;
  title: string;
  acronym: string | null;
  function: string;
  isHeadOfStructure: boolean;
};
export type StructureOverview = { id: string; parentId: string | null; kind: string; name: string; acronym: string | null };
export type PersonOverview = { id: string; civility: string; fullName: string; email: string | null };

const toPost = (r: PostOverviewRow): PostOverview => ({
  id: r.id,
  structureId: r.structure_id,
  title: r.title,
  acronym: r.acronym,
  function: r.function,
  isHeadOfStructure: r.is_head_of_structure,
});
const toStructure = (r: StructureOverviewRow): StructureOverview => ({
  id: r.id,
  parentId: r.parent_id,
  kind: r.kind,
  name: r.name,
  acronym: r.acronym,
});

export async function listPostsOverview(db: Queryable, administrationId: string, postIds?: string[]): Promise<PostOverview[]> {
  if (postIds && postIds.length === 0) return [];
  return (await selectPostsOverview(db, administrationId, postIds)).map(toPost);
}

export async function listStructuresOverview(
  db: Queryable,
  administrationId: string,
  structureIds?: string[],
): Promise<StructureOverview[]> {
  if (structureIds && structureIds.length === 0) return [];
  return (await selectStructuresOverview(db, administrationId, structureIds)).map(toStructure);
}

export async function listPersonsOverview(db: Queryable, administrationId: string, personIds: string[]): Promise<PersonOverview[]> {
  const rows = await selectPersonsOverview(db, administrationId, [...new Set(personIds)]);
  return rows.map((r) => ({ id: r.id, civility: r.civility, fullName: r.full_name, email: r.email }));
}

// Everything needed to answer "who acts for this post on this date" for a whole administration at once.
export async function loadOrgSnapshot(db: Queryable, administrationId: string, onDate: string): Promise<OrgSnapshot> {
  const [posts, structures, rules, holders] = await readAll(db, [
    () => selectPostsOverview(db, administrationId),
    () => selectStructuresOverview(db, administrationId),
    () => selectSuccessionRules(db, administrationId),
    () => listHoldersOn(db, administrationId, onDate),
  ] as const);
  return {
    onDate,
    posts: new Map(posts.map((p) => [p.id, toPost(p)])),
    structures: new Map(structures.map((s) => [s.id, toStructure(s)])),
    holders,
    successionRules: rules.map((r) => ({
      postId: r.post_id,
      context: r.context as 'management_committee' | 'any',
      position: r.position,
      substitutePostId: r.substitute_post_id,
    })),
  };
}
