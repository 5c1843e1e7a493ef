// Who is looking at the agenda: the person behind the account and the posts they hold today decide which
// events they see (see event-visibility.ts).
import type { Queryable } from '../../platform/db/client.js';
import { can, type Access } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { listHeldPosts, type HeldPost } from '../organisation/names.service.js';

// private: sees every event; cabinet: public and cabinet events; member: public events
// (plus, for everyone, the events they created or are named in).
export type ViewerTier = 'private' | 'cabinet' | 'member';

export type Viewer = {
  administrationId: string;
  userId: string;
  personId: string | null;
  heldPostIds: string[];
  heldStructureIds: string[];
  tier: ViewerTier;
  canManage: boolean;
  today: string;
};

const PRIVATE_FUNCTIONS = new Set(['head', 'chief_of_staff', 'private_office']);
const CABINET_FUNCTIONS = new Set(['deputy_chief_of_staff', 'secretary_general']);

// The head, the DC and the private office see private events; members of the cabinet's own structure
// (kind 'cabinet') and the SG see cabinet events.
export function tierOf(held: readonly Pick<HeldPost, 'function' | 'structureKind'>[]): ViewerTier {
  if (held.some((p) => PRIVATE_FUNCTIONS.has(p.function))) return 'private';
  if (held.some((p) => CABINET_FUNCTIONS.has(p.function) || p.structureKind === 'cabinet')) return 'cabinet';
  return 'member';
}

export async function resolveViewer(db: Queryable, access: Access): Promise<Viewer> {
  const today = todayIso();
  const held = access.personId ? await listHeldPosts(db, access.administrationId, access.personId, today) : [];
  return {
    administrationId: access.administrationId,
    userId: access.actor.userId,
    personId: access.personId,
    heldPostIds: [...new Set(held.map((p) => p.postId))],
    heldStructureIds: [...new Set(held.map((p) => p.structureId))],
    tier: tierOf(held),
    canManage: can(access, 'agenda.manage'),
    today,
  };
}
