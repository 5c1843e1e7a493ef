// Who acts for a post on a date, from a snapshot of the organisation (pure: no database).
// Order: the holder when present; else the person named by an interim; else the succession rules of the
// post for the context (seed 000: in the minister's absence the DC, else the DAC, chairs the CODIR).
import type { PostHolder, PostOverview, StructureOverview } from './holders.service.js';

export type SuccessionRule = { postId: string; context: 'management_committee' | 'any'; position: number; substitutePostId: string };

export type OrgSnapshot = {
  onDate: string;
  posts: Map<string, PostOverview>;
  structures: Map<string, StructureOverview>;
  holders: Map<string, { holders: PostHolder[]; acting: PostHolder[] }>;
  successionRules: SuccessionRule[];
};

export type ActingBasis = 'holder' | 'interim' | 'succession_rule';

export type ActingResolution = {
  // the post whose holder (or interim) acts: the post itself, or a substitute post under a succession rule
  postId: string;
  persons: PostHolder[];
  basis: ActingBasis;
  // the interim's legal reference, or the absent holders under a succession rule
  legalReference: string | null;
  absentHolders: PostHolder[];
};

function presentOccupants(snapshot: OrgSnapshot, postId: string): { persons: PostHolder[]; basis: 'holder' | 'interim' } | null {
  const entry = snapshot.holders.get(postId);
  const holders = (entry?.holders ?? []).filter((h) => !h.isAbsent);
  if (holders.length > 0) return { persons: holders, basis: 'holder' };
  const acting = (entry?.acting ?? []).filter((h) => !h.isAbsent);
  if (acting.length > 0) return { persons: acting, basis: 'interim' };
  return null;
}

export function resolveActing(snapshot: OrgSnapshot, postId: string, context: 'management_committee' | 'any'): ActingResolution | null {
  const absentHolders = (snapshot.holders.get(postId)?.holders ?? []).filter((h) => h.isAbsent);
  const own = presentOccupants(snapshot, postId);
  if (own) {
    return {
      postId,
      persons: own.persons,
      basis: own.basis,
      legalReference: own.basis === 'interim' ? (own.persons[0]?.legalReference ?? null) : null,
      absentHolders,
    };
  }
  const rules = snapshot.successionRules
    .filter((r) => r.postId === postId && (r.context === context || r.context === 'any'))
    // rules of the context first, then the general ones
    .sort((a, b) => (a.context === b.context ? a.position - b.position : a.context === context ? -1 : 1));
  for (const rule of rules) {
    const substitute = presentOccupants(snapshot, rule.substitutePostId);
    if (substitute) {
      return {
        postId: rule.substitutePostId,
        persons: substitute.persons,
        basis: 'succession_rule',
        legalReference: substitute.basis === 'interim' ? (substitute.persons[0]?.legalReference ?? null) : null,
        absentHolders,
      };
    }
  }
  return null;
}

export function findPostsWithFunction(snapshot: OrgSnapshot, fn: string): PostOverview[] {
  return [...snapshot.posts.values()].filter((p) => p.function === fn);
}

export function findHeadPosts(snapshot: OrgSnapshot, structureId: string): PostOverview[] {
  return [...snapshot.posts.values()].filter((p) => p.structureId === structureId && p.isHeadOfStructure);
}

// The structure and those above it, nearest first.
export function listAncestry(structures: ReadonlyMap<string, { id: string; parentId: string | null }>, structureId: string): string[] {
  const chain: string[] = [];
  let current: string | null = structureId;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = structures.get(current)?.parentId ?? null;
  }
  return chain;
}

// The structures below the given ones (themselves included).
export function listDescendants(structures: ReadonlyMap<string, { id: string; parentId: string | null }>, rootIds: string[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const s of structures.values()) {
    if (!s.parentId) continue;
    children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  }
  const result = new Set<string>();
  const queue = [...rootIds];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

// The persons who hold or act for each post, reversed: person → posts.
export function listPostsByPerson(snapshot: OrgSnapshot): Map<string, PostOverview[]> {
  const byPerson = new Map<string, PostOverview[]>();
  for (const [postId, entry] of snapshot.holders) {
    const post = snapshot.posts.get(postId);
    if (!post) continue;
    for (const person of [...entry.holders, ...entry.acting]) {
      const list = byPerson.get(person.personId) ?? [];
      if (!list.some((p) => p.id === postId)) list.push(post);
      byPerson.set(person.personId, list);
    }
  }
  return byPerson;
}
