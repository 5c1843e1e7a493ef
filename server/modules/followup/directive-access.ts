// Who may act on a directive, with the data in hand (the route has already checked the permission).
import { can, type Access } from '../../platform/http/access.js';
import type { ViewerProfile, VisibilityFacts } from './visibility.js';

// The issuer's side: the head, the DC, or whoever holds the issuing post (a delegate such as the SG).
export function isIssuerSide(access: Access, viewer: ViewerProfile, item: Pick<VisibilityFacts, 'issuedByPostId'>): boolean {
  if (!can(access, 'followup.issue')) return false;
  return access.functions.includes('head') || access.functions.includes('chief_of_staff') || viewer.postIds.includes(item.issuedByPostId);
}

// An assignee: holds the lead or a co-assigned post, or a post in the lead or a co-assigned structure.
export function isAssignee(viewer: ViewerProfile, item: VisibilityFacts): boolean {
  const posts = new Set(viewer.postIds);
  const structures = new Set(viewer.memberStructureIds);
  return [{ structureId: item.leadStructureId, postId: item.leadPostId }, ...item.coAssignees].some(
    (a) => (a.postId !== null && posts.has(a.postId)) || structures.has(a.structureId),
  );
}
