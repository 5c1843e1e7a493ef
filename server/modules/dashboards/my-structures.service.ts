// The structures of the reader's posts held today, for the pages that start from "my structure": the
// structure dashboard of its head, the measurement entry of its focal point.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { listPostsHeldToday, listStructureSummaries } from '../organisation/lookup.service.js';

export async function listMyStructures(db: Database, access: Access) {
  assertCan(access, 'results.read');
  const held = access.personId ? await listPostsHeldToday(db, access.personId) : [];
  // posts held in another administration are not this one's structures
  const structures = await listStructureSummaries(
    db,
    access.administrationId,
    held.map((p) => p.structureId),
  );
  const items = structures.map((s) => {
    const posts = held.filter((p) => p.structureId === s.id);
    return {
      id: s.id,
      name: s.name,
      acronym: s.acronym,
      isHead: posts.some((p) => p.isHeadOfStructure),
      isFocalPoint: posts.some((p) => p.function === 'focal_point'),
    };
  });
  // the structure one heads first, then the one one is focal point for
  items.sort(
    (a, b) => Number(b.isHead) - Number(a.isHead) || Number(b.isFocalPoint) - Number(a.isFocalPoint) || a.name.localeCompare(b.name, 'fr'),
  );
  return { items };
}
