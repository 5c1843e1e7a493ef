import { useCallback, useMemo } from 'react';
import { useTree } from './organisation.api';

// Turns the id of a structure, post or rank of the administration into its name (audit history, forms).
export function useNameResolver(a: string) {
  const tree = useTree(a);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (!tree.data) return map;
    for (const s of tree.data.structures) map.set(s.id, s.acronym ? `${s.name} (${s.acronym})` : s.name);
    for (const p of tree.data.posts) map.set(p.id, p.title);
    for (const r of tree.data.ranks) map.set(r.id, r.name);
    return map;
  }, [tree.data]);
  return useCallback((id: string) => names.get(id), [names]);
}
