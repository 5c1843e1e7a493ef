// Builds, once per request, who the caller is for dossiers: what they see, what waits on them, in whose name they act.
import type { Queryable } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { listCallerPositions, listPostsWithFunction } from '../organisation/positions.service.js';
import { getActing } from '../organisation/tree.service.js';
import type { WaitingScope } from './dossiers.repository.js';
import { describeViewer, type ActingPost, type ViewerProfile } from './dossier-viewer.js';

export type DossierViewer = WaitingScope &
  ViewerProfile & {
    access: Access;
    // the post in whose name the caller decides: the head's own, or the head's when acting for them
    decider: ActingPost | null;
  };

export async function loadViewer(db: Queryable, access: Access): Promise<DossierViewer> {
  const today = todayIso();
  const positions = await listCallerPositions(db, access, today);
  const profile = describeViewer(positions, access.permissions);
  const decider = await findDecider(db, access, profile.headPost, today);
  return {
    ...profile,
    access,
    administrationId: access.administrationId,
    personId: access.personId,
    canDecide: decider !== null,
    decider,
  };
}

// The head decides (present or away); someone else only when the organisation makes them act for the head
// today: an interim on the head's post (then they hold it "par intérim"), or a succession rule.
async function findDecider(db: Queryable, access: Access, headPost: ActingPost | null, today: string): Promise<ActingPost | null> {
  if (!access.permissions.has('dossiers.decide') || !access.personId) return null;
  if (headPost) return headPost;
  for (const post of await listPostsWithFunction(db, access.administrationId, ['head'])) {
    const resolution = await getActing(db, access, post.id, 'any', today);
    if (resolution.acting?.personId === access.personId) return { postId: post.id, postTitle: post.title, isInterim: true };
  }
  return null;
}

// The author of an event: the caller, in the name of the post they act from.
export const actorOf = (viewer: DossierViewer, post: { postTitle: string; isInterim: boolean } | null) => ({
  userId: viewer.access.actor.userId,
  personId: viewer.personId,
  name: viewer.access.actor.fullName,
  postTitle: post?.postTitle ?? null,
  isInterim: post?.isInterim ?? false,
});
