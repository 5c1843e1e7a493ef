// What the follow-up needs from the organisation, through its service: the caller's profile,
// checks that referenced structures, posts and persons belong to the administration, and their names.
import type { Queryable } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import {
  listPersonsOverview,
  listPostsOverview,
  listStructuresOverview,
  type PostOverview,
  type StructureOverview,
} from '../organisation/holders.service.js';
import { getOrganisationDirectory } from '../organisation/lookup.service.js';
import { listCallerPositions } from '../organisation/positions.service.js';
import { buildViewerProfile, type ViewerProfile } from './visibility.js';

export const issuerFunctions = new Set([
  'head',
  'chief_of_staff',
  'deputy_chief_of_staff',
  'secretary_general',
  'deputy_secretary_general',
]);

export async function loadViewer(db: Queryable, access: Access, today: string): Promise<ViewerProfile> {
  return (await loadViewerWithStructures(db, access, today)).viewer;
}

// The profile, and the organisation's directory it was computed from (callers reuse it for names).
export async function loadViewerWithStructures(db: Queryable, access: Access, today: string) {
  if (!access.personId) return { viewer: buildViewerProfile(null, [], new Map()), structures: undefined, directory: undefined };
  const [positions, directory] = await Promise.all([
    listCallerPositions(db, access, today),
    getOrganisationDirectory(db, access.administrationId),
  ]);
  const posts = positions.map((p) => ({ ...p, id: p.postId }));
  return { viewer: buildViewerProfile(access.personId, posts, directory.structures), structures: directory.structures, directory };
}

export type OrgNames = { structures: ReadonlyMap<string, StructureOverview>; posts: ReadonlyMap<string, PostOverview> };

export async function loadOrgNames(
  db: Queryable,
  administrationId: string,
  ids: { structureIds: string[]; postIds: string[] },
): Promise<OrgNames> {
  const [structures, posts] = await Promise.all([
    listStructuresOverview(db, administrationId, [...new Set(ids.structureIds)]),
    listPostsOverview(db, administrationId, [...new Set(ids.postIds)]),
  ]);
  return { structures: new Map(structures.map((s) => [s.id, s])), posts: new Map(posts.map((p) => [p.id, p])) };
}

const unknownReference = (field: string) => new AppError('validation_failed', { field, messageKey: 'followup.other_administration' });

export type AssignmentInput = { structureId?: string | undefined; postId?: string | undefined };
export type ResolvedAssignment = { structureId: string; postId: string | null };

// Every structure and post must belong to this administration; a post implies its structure.
export async function resolveAssignments(
  db: Queryable,
  administrationId: string,
  items: { input: AssignmentInput; field: string }[],
): Promise<ResolvedAssignment[]> {
  const postIds = items.flatMap((i) => (i.input.postId ? [i.input.postId] : []));
  const structureIds = items.flatMap((i) => (i.input.structureId ? [i.input.structureId] : []));
  const names = await loadOrgNames(db, administrationId, { structureIds, postIds });
  return items.map(({ input, field }) => {
    if (input.postId) {
      const post = names.posts.get(input.postId);
      if (!post) throw unknownReference(`${field}.postId`);
      if (input.structureId && input.structureId !== post.structureId) {
        if (!names.structures.has(input.structureId)) throw unknownReference(`${field}.structureId`);
        throw new AppError('validation_failed', { field: `${field}.postId`, messageKey: 'followup.post_not_in_structure' });
      }
      return { structureId: post.structureId, postId: post.id };
    }
    if (!input.structureId)
      throw new AppError('validation_failed', { field: `${field}.structureId`, messageKey: 'followup.lead_required' });
    if (!names.structures.has(input.structureId)) throw unknownReference(`${field}.structureId`);
    return { structureId: input.structureId, postId: null };
  });
}

// The issuing post: the head's by default, or a delegate's (DC, DAC, SG...).
export async function resolveIssuerPost(
  db: Queryable,
  administrationId: string,
  postId: string | undefined,
  field: string,
): Promise<PostOverview> {
  if (postId) {
    const [post] = await listPostsOverview(db, administrationId, [postId]);
    if (!post) throw unknownReference(field);
    if (!issuerFunctions.has(post.function)) throw new AppError('validation_failed', { field, messageKey: 'followup.not_an_issuer' });
    return post;
  }
  return findHeadPost(db, administrationId);
}

export async function findHeadPost(db: Queryable, administrationId: string): Promise<PostOverview> {
  const head = (await listPostsOverview(db, administrationId)).find((p) => p.function === 'head');
  if (!head) throw new AppError('conflict', { messageKey: 'followup.no_head' });
  return head;
}

export async function findPersons(db: Queryable, administrationId: string, personIds: string[], field: string) {
  const persons = await listPersonsOverview(db, administrationId, personIds);
  const missing = personIds.find((id) => !persons.some((p) => p.id === id));
  if (missing) throw unknownReference(field);
  return new Map(persons.map((p) => [p.id, p]));
}
