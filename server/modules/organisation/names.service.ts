// Names of people, posts and structures and the posts someone holds, for other modules (agenda, follow-up).
import type { Queryable } from '../../platform/db/client.js';
import { selectHeldPosts, selectPersonNames, selectPostNames, selectStructureNames } from './names.repository.js';

export type PersonName = { id: string; fullName: string; civility: string; email: string | null };
export type PostName = { id: string; title: string; acronym: string | null; structureId: string };
export type StructureName = { id: string; name: string; acronym: string | null; kind: string };
export type HeldPost = { postId: string; function: string; structureId: string; structureKind: string };

const unique = (ids: readonly (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];

export async function findPersonNames(db: Queryable, administrationId: string, ids: readonly (string | null | undefined)[]) {
  const rows = await selectPersonNames(db, administrationId, unique(ids));
  return new Map<string, PersonName>(
    rows.map((p) => [p.id, { id: p.id, fullName: `${p.firstName} ${p.lastName}`, civility: p.civility, email: p.email }]),
  );
}

export async function findPostNames(db: Queryable, administrationId: string, ids: readonly (string | null | undefined)[]) {
  const rows = await selectPostNames(db, administrationId, unique(ids));
  return new Map<string, PostName>(rows.map((p) => [p.id, p]));
}

export async function findStructureNames(db: Queryable, administrationId: string, ids: readonly (string | null | undefined)[]) {
  const rows = await selectStructureNames(db, administrationId, unique(ids));
  return new Map<string, StructureName>(rows.map((s) => [s.id, s]));
}

export async function listHeldPosts(db: Queryable, administrationId: string, personId: string, onDate: string): Promise<HeldPost[]> {
  const rows = await selectHeldPosts(db, administrationId, personId, onDate);
  return rows.map((r) => ({ postId: r.post_id, function: r.function, structureId: r.structure_id, structureKind: r.structure_kind }));
}
