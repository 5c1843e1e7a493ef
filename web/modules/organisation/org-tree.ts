// Builds the organisation chart from the flat lists of GET /organisation/tree: structures nested by authority
// (parentId), posts under their structure. Pure functions, unit-tested.

export type StructureLike = {
  id: string;
  parentId: string | null;
  attachedToId: string | null;
  name: string;
  acronym: string | null;
  sortOrder: number;
};

export type PostLike = {
  id: string;
  structureId: string;
  title: string;
  acronym: string | null;
  sortOrder: number;
  isHeadOfStructure: boolean;
  rankLevel: number | null;
  holders: { fullName: string }[];
  acting: { fullName: string }[];
};

export type OrgNode<S extends StructureLike, P extends PostLike> = {
  structure: S;
  depth: number;
  posts: P[];
  children: OrgNode<S, P>[];
  // rattachée à: linked without authority
  attachedTo: S | null;
};

export type OrgTree<S extends StructureLike, P extends PostLike> = {
  roots: OrgNode<S, P>[];
  // posts whose structure is not in the list (should not happen; shown rather than lost)
  unplacedPosts: P[];
};

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function compareStructures(a: StructureLike, b: StructureLike): number {
  return a.sortOrder - b.sortOrder || collator.compare(a.name, b.name);
}

// The declared order first (it follows the decree), then the head of the structure, then the highest rank
// (level 1 is the highest), then the title.
export function comparePosts(a: PostLike, b: PostLike): number {
  if (a.sortOrder !== b.sortOrder) return a.sortOrder - b.sortOrder;
  if (a.isHeadOfStructure !== b.isHeadOfStructure) return a.isHeadOfStructure ? -1 : 1;
  const rankA = a.rankLevel ?? Number.MAX_SAFE_INTEGER;
  const rankB = b.rankLevel ?? Number.MAX_SAFE_INTEGER;
  return rankA - rankB || collator.compare(a.title, b.title);
}

export function buildOrgTree<S extends StructureLike, P extends PostLike>(structures: readonly S[], posts: readonly P[]): OrgTree<S, P> {
  const byId = new Map(structures.map((s) => [s.id, s]));
  const childrenOf = new Map<string | null, S[]>();
  for (const s of structures) {
    // a parent that is not in the list (or itself) makes the structure a root
    const parentKey = s.parentId && s.parentId !== s.id && byId.has(s.parentId) ? s.parentId : null;
    const list = childrenOf.get(parentKey) ?? [];
    list.push(s);
    childrenOf.set(parentKey, list);
  }
  for (const list of childrenOf.values()) list.sort(compareStructures);

  const postsOf = new Map<string, P[]>();
  const unplacedPosts: P[] = [];
  for (const p of posts) {
    if (!byId.has(p.structureId)) {
      unplacedPosts.push(p);
      continue;
    }
    const list = postsOf.get(p.structureId) ?? [];
    list.push(p);
    postsOf.set(p.structureId, list);
  }
  for (const list of postsOf.values()) list.sort(comparePosts);

  const visited = new Set<string>();
  const makeNode = (s: S, depth: number): OrgNode<S, P> => {
    visited.add(s.id);
    const children = (childrenOf.get(s.id) ?? []).filter((c) => !visited.has(c.id)).map((c) => makeNode(c, depth + 1));
    const attachedTo = s.attachedToId && s.attachedToId !== s.id ? (byId.get(s.attachedToId) ?? null) : null;
    return { structure: s, depth, posts: postsOf.get(s.id) ?? [], children, attachedTo };
  };

  const roots = (childrenOf.get(null) ?? []).map((s) => makeNode(s, 0));
  // Structures caught in a parent cycle are never reached from a root: show them as roots too.
  for (const s of [...structures].sort(compareStructures)) if (!visited.has(s.id)) roots.push(makeNode(s, 0));
  return { roots, unplacedPosts };
}

// Depth-first order, as a chart or an indented table reads.
export function flattenTree<S extends StructureLike, P extends PostLike>(roots: readonly OrgNode<S, P>[]): OrgNode<S, P>[] {
  const out: OrgNode<S, P>[] = [];
  const walk = (nodes: readonly OrgNode<S, P>[]) => {
    for (const n of nodes) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

// Structure ids of a node and all its descendants (a structure cannot be moved under one of them).
export function descendantIds<S extends StructureLike, P extends PostLike>(node: OrgNode<S, P>): Set<string> {
  const ids = new Set<string>();
  for (const n of flattenTree([node])) ids.add(n.structure.id);
  return ids;
}

// Lower case, no accents, one kind of apostrophe: "Sécurité" and "securite" match.
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}

export type TreeFilter = {
  // structures to show (matching, or holding a match below them)
  visibleStructureIds: Set<string>;
  matchedStructureIds: Set<string>;
  matchedPostIds: Set<string>;
};

function matchesPost(p: PostLike, query: string): boolean {
  const texts = [p.title, p.acronym ?? '', ...p.holders.map((h) => h.fullName), ...p.acting.map((h) => h.fullName)];
  return texts.some((t) => normalizeSearch(t).includes(query));
}

function matchesStructure(s: StructureLike, query: string): boolean {
  return normalizeSearch(s.name).includes(query) || normalizeSearch(s.acronym ?? '') === query;
}

// Finds posts (by title, acronym or holder's name) and structures (by name or acronym) matching a search.
// Returns null when the search is empty: nothing is filtered.
export function filterTree<S extends StructureLike, P extends PostLike>(
  roots: readonly OrgNode<S, P>[],
  search: string,
): TreeFilter | null {
  const query = normalizeSearch(search);
  if (!query) return null;
  const filter: TreeFilter = { visibleStructureIds: new Set(), matchedStructureIds: new Set(), matchedPostIds: new Set() };
  const visit = (node: OrgNode<S, P>): boolean => {
    let hasMatch = false;
    if (matchesStructure(node.structure, query)) {
      filter.matchedStructureIds.add(node.structure.id);
      hasMatch = true;
    }
    for (const p of node.posts)
      if (matchesPost(p, query)) {
        filter.matchedPostIds.add(p.id);
        hasMatch = true;
      }
    for (const child of node.children) if (visit(child)) hasMatch = true;
    if (hasMatch) filter.visibleStructureIds.add(node.structure.id);
    return hasMatch;
  };
  roots.forEach(visit);
  return filter;
}

export type HolderLike = { fullName: string; civility?: string; isAbsent?: boolean };

// What the chart says about who occupies a post: the holder, someone acting for it (intérim), or nobody.
export function describeOccupancy(post: { holders: HolderLike[]; acting: HolderLike[] }): {
  state: 'held' | 'interim' | 'vacant';
  holders: HolderLike[];
  acting: HolderLike[];
} {
  if (post.acting.length > 0) return { state: 'interim', holders: post.holders, acting: post.acting };
  if (post.holders.length > 0) return { state: 'held', holders: post.holders, acting: [] };
  return { state: 'vacant', holders: [], acting: [] };
}
