// Options of the structure, post and rank selects, built from the organisation tree.
import { buildOrgTree, flattenTree } from './org-tree';
import type { Tree } from './organisation.types';

export type Option = { value: string; label: string };

// Structures in chart order, indented by depth so the hierarchy shows in the list.
export function structureOptions(tree: Tree | undefined, exclude: Set<string> = new Set()): Option[] {
  if (!tree) return [];
  const { roots } = buildOrgTree(tree.structures, []);
  return flattenTree(roots)
    .filter((n) => !exclude.has(n.structure.id))
    .map((n) => ({
      value: n.structure.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(n.depth)}${n.structure.acronym ? `${n.structure.name} (${n.structure.acronym})` : n.structure.name}`,
    }));
}

export function postOptions(tree: Tree | undefined, excludeId?: string): Option[] {
  if (!tree) return [];
  const structureName = new Map(tree.structures.map((s) => [s.id, s.acronym ?? s.name]));
  return tree.posts
    .filter((p) => p.id !== excludeId)
    .map((p) => ({ value: p.id, label: `${p.title} — ${structureName.get(p.structureId) ?? ''}` }))
    .sort((x, y) => x.label.localeCompare(y.label, 'fr'));
}

export function rankOptions(tree: Tree | undefined): Option[] {
  if (!tree) return [];
  return [...tree.ranks].sort((x, y) => x.level - y.level).map((r) => ({ value: r.id, label: r.name }));
}
