// Where a person stands in the organisation on a date: the posts held or acted for, and their structures.
// Other modules (permissions, dossiers' confidentiality) build on this instead of reading the tables.
import type { Queryable } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import type { PostFunction, StructureKind } from './organisation.tables.js';
import {
  selectPostsWithFunctionAndHolders,
  selectPersonNames,
  selectPositionsHeld,
  selectPostsWithFunction,
  selectStructureHeads,
  selectStructureNames,
} from './positions.repository.js';

export type Position = {
  postId: string;
  postTitle: string;
  function: PostFunction;
  isHeadOfStructure: boolean;
  // acts for the post (intérim) rather than holding it
  isInterim: boolean;
  structureId: string;
  structureKind: StructureKind;
  parentStructureKind: StructureKind | null;
};

// The caller's positions are read once per request: resolving the request's access reads them (for the
// permissions) and remembers them on its Access; the modules' viewers then reuse them.
const rememberedPositions = new WeakMap<Access, { onDate: string; positions: Position[] }>();

export function rememberCallerPositions(access: Access, onDate: string, positions: Position[]) {
  rememberedPositions.set(access, { onDate, positions });
}

export async function listCallerPositions(db: Queryable, access: Access, onDate: string): Promise<Position[]> {
  if (!access.personId) return [];
  const remembered = rememberedPositions.get(access);
  if (remembered?.onDate === onDate) return remembered.positions;
  const positions = await listPositionsHeld(db, access.personId, onDate);
  rememberCallerPositions(access, onDate, positions);
  return positions;
}

export async function listPositionsHeld(db: Queryable, personId: string, onDate: string): Promise<Position[]> {
  const rows = await selectPositionsHeld(db, personId, onDate);
  return rows.map((r) => ({
    postId: r.post_id,
    postTitle: r.post_title,
    function: r.function as PostFunction,
    isHeadOfStructure: r.is_head_of_structure,
    isInterim: r.is_interim,
    structureId: r.structure_id,
    structureKind: r.structure_kind as StructureKind,
    parentStructureKind: r.parent_structure_kind as StructureKind | null,
  }));
}

export async function listPostsWithFunction(db: Queryable, administrationId: string, functions: PostFunction[]) {
  const rows = await selectPostsWithFunction(db, administrationId, functions);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    function: r.function as PostFunction,
    structureId: r.structure_id,
    structureName: r.structure_name,
  }));
}

// structure id → the people heading it on the date (holder or acting holder of its head post)
export async function listStructureHeads(db: Queryable, administrationId: string, structureIds: string[], onDate: string) {
  const rows = await selectStructureHeads(db, administrationId, structureIds, onDate);
  const byStructure = new Map<string, { personId: string; fullName: string; postTitle: string }[]>();
  for (const r of rows) {
    const list = byStructure.get(r.structure_id) ?? [];
    list.push({ personId: r.person_id, fullName: r.full_name, postTitle: r.post_title });
    byStructure.set(r.structure_id, list);
  }
  return byStructure;
}

// person id → full name, for the people of the administration among the ids (others are left out)
export async function listPersonNames(db: Queryable, administrationId: string, personIds: string[]) {
  const rows = await selectPersonNames(db, administrationId, [...new Set(personIds)]);
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

// structure id → name, kind and acronym, for the structures of the administration (all, or those of the ids)
export async function listStructureNames(db: Queryable, administrationId: string, ids?: string[]) {
  if (ids && ids.length === 0) return new Map<string, { name: string; acronym: string | null; kind: StructureKind }>();
  const rows = await selectStructureNames(db, administrationId, ids ? [...new Set(ids)] : undefined);
  return new Map(rows.map((r) => [r.id, { name: r.name, acronym: r.acronym, kind: r.kind as StructureKind }]));
}

export type KeyPost = { id: string; title: string; function: PostFunction; structureId: string; structureName: string; people: string[] };

// Posts with one of the functions (the head's, the DC's, the SG's) and who is actually there on the date:
// the holders present, else the acting persons (interim), else the holders even if away.
export async function listPostsWithFunctionAndPeople(db: Queryable, administrationId: string, functions: PostFunction[], onDate: string) {
  const rows = await selectPostsWithFunctionAndHolders(db, administrationId, functions, onDate);
  const posts = new Map<string, KeyPost & { holders: { name: string; isAbsent: boolean }[]; acting: string[] }>();
  for (const r of rows) {
    const post = posts.get(r.id) ?? {
      id: r.id,
      title: r.title,
      function: r.function as PostFunction,
      structureId: r.structure_id,
      structureName: r.structure_name,
      people: [],
      holders: [],
      acting: [],
    };
    if (r.full_name && r.is_interim) post.acting.push(r.full_name);
    else if (r.full_name) post.holders.push({ name: r.full_name, isAbsent: Boolean(r.is_absent) });
    posts.set(r.id, post);
  }
  return [...posts.values()].map(({ holders, acting, ...post }): KeyPost => {
    const present = holders.filter((h) => !h.isAbsent).map((h) => h.name);
    return { ...post, people: present.length > 0 ? present : acting.length > 0 ? acting : holders.map((h) => h.name) };
  });
}
