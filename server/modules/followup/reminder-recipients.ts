// Who receives a reminder, from a snapshot of the organisation on the day (pure). Absent holders are
// replaced by whoever acts for their post; nobody receives an item they may not see (visibility.ts).
import { findHeadPosts, findPostsWithFunction, listPostsByPerson, resolveActing, type OrgSnapshot } from '../organisation/acting.js';
import type { LadderRecipient } from './followup.tables.js';
import { buildViewerProfile, canSee, type ViewerProfile, type VisibilityFacts } from './visibility.js';

export type Recipient = { personId: string; fullName: string };

function occupantsOfPost(snapshot: OrgSnapshot, postId: string): Recipient[] {
  return (resolveActing(snapshot, postId, 'any')?.persons ?? []).map((p) => ({ personId: p.personId, fullName: p.fullName }));
}

// The head of a structure, or of the nearest structure above it that has one present.
function headsFrom(snapshot: OrgSnapshot, structureId: string | null, exclude: Set<string>): Recipient[] {
  const visited = new Set<string>();
  let current = structureId;
  while (current && !visited.has(current)) {
    visited.add(current);
    const found = findHeadPosts(snapshot, current)
      .flatMap((p) => occupantsOfPost(snapshot, p.id))
      .filter((r) => !exclude.has(r.personId));
    if (found.length > 0) return found;
    current = snapshot.structures.get(current)?.parentId ?? null;
  }
  return [];
}

function assignees(snapshot: OrgSnapshot, item: VisibilityFacts): Recipient[] {
  return [{ structureId: item.leadStructureId, postId: item.leadPostId }, ...item.coAssignees].flatMap((a) =>
    a.postId ? occupantsOfPost(snapshot, a.postId) : headsFrom(snapshot, a.structureId, new Set()),
  );
}

export function resolveRecipients(snapshot: OrgSnapshot, item: VisibilityFacts, role: LadderRecipient): Recipient[] {
  let found: Recipient[];
  if (role === 'assignee') found = assignees(snapshot, item);
  else if (role === 'head_of_structure') {
    // above the lead: the head of the lead structure when a post under them leads, else the next level up
    const leadPost = item.leadPostId ? snapshot.posts.get(item.leadPostId) : undefined;
    const start =
      leadPost && !leadPost.isHeadOfStructure ? item.leadStructureId : (snapshot.structures.get(item.leadStructureId)?.parentId ?? null);
    found = headsFrom(snapshot, start, new Set(assignees(snapshot, item).map((r) => r.personId)));
  } else {
    // secretary_general, chief_of_staff, head: the post functions of the same names
    found = findPostsWithFunction(snapshot, role).flatMap((p) => occupantsOfPost(snapshot, p.id));
  }
  const unique = new Map(found.map((r) => [r.personId, r]));
  return [...unique.values()];
}

// The confidentiality profile of anyone in the snapshot, as the request path computes it for a caller.
export function createProfileLookup(snapshot: OrgSnapshot): (personId: string) => ViewerProfile {
  const postsByPerson = listPostsByPerson(snapshot);
  const cache = new Map<string, ViewerProfile>();
  return (personId) => {
    let profile = cache.get(personId);
    if (!profile) {
      profile = buildViewerProfile(personId, postsByPerson.get(personId) ?? [], snapshot.structures);
      cache.set(personId, profile);
    }
    return profile;
  };
}

export function filterAllowed(recipients: Recipient[], item: VisibilityFacts, profileOf: (personId: string) => ViewerProfile): Recipient[] {
  return recipients.filter((r) => canSee(profileOf(r.personId), item));
}
