// People (with the post they hold) and posts as select options, from the organisation tree of today.
import type { Tree } from '../organisation/organisation.types';

export type Option = { value: string; label: string };

export function personOptions(tree: Tree | undefined): Option[] {
  if (!tree) return [];
  const byPerson = new Map<string, Option>();
  for (const post of tree.posts) {
    for (const holder of [...post.holders, ...post.acting]) {
      if (byPerson.has(holder.personId)) continue;
      byPerson.set(holder.personId, { value: holder.personId, label: `${holder.civility} ${holder.fullName} — ${post.title}` });
    }
  }
  return [...byPerson.values()].sort((x, y) => x.label.localeCompare(y.label, 'fr'));
}

export function postOptions(tree: Tree | undefined): Option[] {
  if (!tree) return [];
  return tree.posts
    .map((p) => ({ value: p.id, label: p.acronym ? `${p.title} (${p.acronym})` : p.title }))
    .sort((x, y) => x.label.localeCompare(y.label, 'fr'));
}

export function structureOptions(tree: Tree | undefined): Option[] {
  if (!tree) return [];
  return tree.structures
    .map((s) => ({ value: s.id, label: s.acronym ? `${s.name} (${s.acronym})` : s.name }))
    .sort((x, y) => x.label.localeCompare(y.label, 'fr'));
}
