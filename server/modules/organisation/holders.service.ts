import type { Queryable } from '../../platform/db/client.js';
import { selectFunctionsHeld, selectHoldersOn, selectPostsHeldBy } from './holders.repository.js';

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
