import { describe, expect, it } from 'vitest';
import {
  buildOrgTree,
  comparePosts,
  descendantIds,
  describeOccupancy,
  filterTree,
  flattenTree,
  normalizeSearch,
  type PostLike,
  type StructureLike,
} from './org-tree';

const structure = (id: string, parentId: string | null, name: string, extra: Partial<StructureLike> = {}): StructureLike => ({
  id,
  parentId,
  attachedToId: null,
  name,
  acronym: null,
  sortOrder: 0,
  ...extra,
});

const post = (id: string, structureId: string, title: string, extra: Partial<PostLike> = {}): PostLike => ({
  id,
  structureId,
  title,
  acronym: null,
  sortOrder: 0,
  isHeadOfStructure: false,
  rankLevel: null,
  holders: [],
  acting: [],
  ...extra,
});

const structures = [
  structure('sg', null, 'Secrétariat général', { sortOrder: 2, acronym: 'SG' }),
  structure('cab', null, 'Cabinet du Maire', { sortOrder: 1 }),
  structure('dpm', 'sg', 'Direction de la Police Municipale', { acronym: 'DPM' }),
  structure('daf', 'sg', 'Direction des Affaires Financières', { acronym: 'DAF' }),
  structure('sbud', 'daf', 'Service du Budget'),
  structure('cell', null, 'Cellule de communication', { attachedToId: 'cab', sortOrder: 3 }),
];

const posts = [
  post('p-ct', 'cab', 'Conseiller technique juridique', { rankLevel: 4 }),
  post('p-dc', 'cab', 'Directeur de cabinet', { isHeadOfStructure: true, holders: [{ fullName: 'Mme Aïcha Dossou' }] }),
  post('p-cm', 'cab', 'Chargé de mission', { rankLevel: 3, acting: [{ fullName: 'M. Koffi Agbo' }] }),
  post('p-sg', 'sg', 'Secrétaire général', { isHeadOfStructure: true, acronym: 'SG' }),
  post('p-dpm', 'dpm', 'Directeur de la Police Municipale', { isHeadOfStructure: true, holders: [{ fullName: 'M. Sèdjro Hounkpè' }] }),
  post('p-lost', 'unknown', 'Poste sans structure'),
];

describe('buildOrgTree', () => {
  const tree = buildOrgTree(structures, posts);

  it('nests structures by authority and orders them by sort order then name', () => {
    expect(tree.roots.map((n) => n.structure.id)).toEqual(['cab', 'sg', 'cell']);
    const sg = tree.roots[1]!;
    expect(sg.children.map((n) => n.structure.id)).toEqual(['dpm', 'daf']); // same sort order: alphabetical
    expect(sg.children[1]!.children.map((n) => n.structure.id)).toEqual(['sbud']);
  });

  it('records the depth of each structure', () => {
    expect(flattenTree(tree.roots).map((n) => [n.structure.id, n.depth])).toEqual([
      ['cab', 0],
      ['sg', 0],
      ['dpm', 1],
      ['daf', 1],
      ['sbud', 2],
      ['cell', 0],
    ]);
  });

  it('orders posts by head of structure then rank when no order is declared', () => {
    expect(tree.roots[0]!.posts.map((p) => p.id)).toEqual(['p-dc', 'p-cm', 'p-ct']);
  });

  it('follows the declared order first', () => {
    const ordered = buildOrgTree(structures, [
      post('head', 'cab', 'Directeur de cabinet', { isHeadOfStructure: true, sortOrder: 1 }),
      post('mayor', 'cab', 'Maire', { sortOrder: 0 }),
    ]);
    expect(ordered.roots[0]!.posts.map((p) => p.id)).toEqual(['mayor', 'head']);
  });

  it('resolves "attached to" links without changing authority', () => {
    const cell = tree.roots[2]!;
    expect(cell.attachedTo?.id).toBe('cab');
    expect(cell.depth).toBe(0);
  });

  it('keeps posts whose structure is unknown apart', () => {
    expect(tree.unplacedPosts.map((p) => p.id)).toEqual(['p-lost']);
  });

  it('turns structures with an unknown parent into roots', () => {
    const orphan = buildOrgTree([structure('x', 'gone', 'Orpheline')], []);
    expect(orphan.roots.map((n) => n.structure.id)).toEqual(['x']);
  });

  it('survives a parent cycle without looping', () => {
    const cyclic = buildOrgTree([structure('a', 'b', 'A'), structure('b', 'a', 'B'), structure('c', 'c', 'C')], []);
    const ids = flattenTree(cyclic.roots).map((n) => n.structure.id);
    expect(ids.sort()).toEqual(['a', 'b', 'c']);
  });

  it('returns an empty chart for empty lists', () => {
    expect(buildOrgTree([], [])).toEqual({ roots: [], unplacedPosts: [] });
  });
});

describe('descendantIds', () => {
  it('lists a structure and everything under it', () => {
    const tree = buildOrgTree(structures, []);
    expect([...descendantIds(tree.roots[1]!)].sort()).toEqual(['daf', 'dpm', 'sbud', 'sg']);
  });
});

describe('filterTree', () => {
  const tree = buildOrgTree(structures, posts);

  it('returns null for an empty search', () => {
    expect(filterTree(tree.roots, '   ')).toBeNull();
  });

  it('finds a post by title, ignoring case and accents, and shows its ancestors', () => {
    const filter = filterTree(tree.roots, 'police municipale')!;
    expect([...filter.matchedPostIds]).toEqual(['p-dpm']);
    expect([...filter.visibleStructureIds].sort()).toEqual(['dpm', 'sg']);
    expect(filter.matchedStructureIds.has('dpm')).toBe(true);
  });

  it('finds a post by the name of its holder or of the person acting for it', () => {
    expect([...filterTree(tree.roots, 'aicha')!.matchedPostIds]).toEqual(['p-dc']);
    expect([...filterTree(tree.roots, 'Koffi')!.matchedPostIds]).toEqual(['p-cm']);
  });

  it('finds a structure by its exact acronym', () => {
    const filter = filterTree(tree.roots, 'daf')!;
    expect([...filter.matchedStructureIds]).toEqual(['daf']);
    expect(filter.visibleStructureIds.has('sbud')).toBe(false);
  });

  it('shows nothing when nothing matches', () => {
    const filter = filterTree(tree.roots, 'inexistant')!;
    expect(filter.visibleStructureIds.size).toBe(0);
  });
});

describe('helpers', () => {
  it('normalizes accents, case and apostrophes', () => {
    expect(normalizeSearch('  Sécurité d’État ')).toBe("securite d'etat");
  });

  it('orders posts with unknown rank last', () => {
    const a = post('a', 's', 'A', { rankLevel: null });
    const b = post('b', 's', 'B', { rankLevel: 5 });
    expect([a, b].sort(comparePosts).map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('describes who occupies a post', () => {
    expect(describeOccupancy({ holders: [], acting: [] }).state).toBe('vacant');
    expect(describeOccupancy({ holders: [{ fullName: 'X' }], acting: [] }).state).toBe('held');
    expect(describeOccupancy({ holders: [{ fullName: 'X', isAbsent: true }], acting: [{ fullName: 'Y' }] }).state).toBe('interim');
  });
});
