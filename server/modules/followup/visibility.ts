// Who may see a directive or recommendation, by its confidentiality (the same rules as dossiers):
// - normal: every member of the administration;
// - sensitive: the cabinet (its structure and the head, DC, DAC, advisers, private office), the SG,
//   the assigned structures (their members and those of the structures below them, and the heads of
//   the structures above them), and the people named on it;
// - reserved (affaire réservée): the head, the DC, and the people named on it.
// "Named": the holder of the lead or a co-assigned post, the head of an assigned structure, the issuing
// post's holder, the person who recorded it. Lists, counts, exports, reminders and indicators all apply it.
import { listAncestry, listDescendants } from '../organisation/acting.js';
import type { Confidentiality } from './followup.tables.js';

export type ViewerProfile = {
  personId: string | null;
  postIds: string[];
  // structures where the viewer holds or acts for a post
  memberStructureIds: string[];
  // structures whose head post the viewer holds or acts for
  headedStructureIds: string[];
  // sensitive items assigned to these structures are visible: the viewer's own structures and those
  // above them, and every structure below one the viewer heads
  scopeStructureIds: string[];
  seesAllReserved: boolean;
  seesAllSensitive: boolean;
};

export type VisibilityFacts = {
  confidentiality: Confidentiality;
  leadStructureId: string;
  leadPostId: string | null;
  issuedByPostId: string;
  createdByPersonId: string | null;
  coAssignees: { structureId: string; postId: string | null }[];
};

type ViewerPost = { id: string; structureId: string; function: string; isHeadOfStructure: boolean };
type StructureNode = { id: string; parentId: string | null; kind: string };

const reservedFunctions = new Set(['head', 'chief_of_staff']);
const cabinetFunctions = new Set(['head', 'chief_of_staff', 'deputy_chief_of_staff', 'adviser', 'private_office']);

export function buildViewerProfile(
  personId: string | null,
  posts: ViewerPost[],
  structures: ReadonlyMap<string, StructureNode>,
): ViewerProfile {
  const functions = new Set(posts.map((p) => p.function));
  const headed = [...new Set(posts.filter((p) => p.isHeadOfStructure).map((p) => p.structureId))];
  const scope = new Set<string>(listDescendants(structures, headed));
  for (const post of posts) for (const id of listAncestry(structures, post.structureId)) scope.add(id);
  const cabinetIds = listDescendants(
    structures,
    [...structures.values()].filter((s) => s.kind === 'cabinet').map((s) => s.id),
  );
  const isCabinet = [...functions].some((f) => cabinetFunctions.has(f)) || posts.some((p) => cabinetIds.has(p.structureId));
  const seesAllReserved = [...functions].some((f) => reservedFunctions.has(f));
  return {
    personId,
    postIds: [...new Set(posts.map((p) => p.id))],
    memberStructureIds: [...new Set(posts.map((p) => p.structureId))],
    headedStructureIds: headed,
    scopeStructureIds: [...scope],
    seesAllReserved,
    seesAllSensitive: seesAllReserved || isCabinet || functions.has('secretary_general'),
  };
}

export function isNamedOn(viewer: ViewerProfile, item: VisibilityFacts): boolean {
  const posts = new Set(viewer.postIds);
  const headed = new Set(viewer.headedStructureIds);
  const assignments = [{ structureId: item.leadStructureId, postId: item.leadPostId }, ...item.coAssignees];
  return (
    posts.has(item.issuedByPostId) ||
    (viewer.personId !== null && viewer.personId === item.createdByPersonId) ||
    assignments.some((a) => (a.postId ? posts.has(a.postId) : headed.has(a.structureId)))
  );
}

export function canSee(viewer: ViewerProfile, item: VisibilityFacts): boolean {
  if (item.confidentiality === 'normal') return true;
  if (item.confidentiality === 'reserved') return viewer.seesAllReserved || isNamedOn(viewer, item);
  if (viewer.seesAllSensitive || isNamedOn(viewer, item)) return true;
  const scope = new Set(viewer.scopeStructureIds);
  return scope.has(item.leadStructureId) || item.coAssignees.some((a) => scope.has(a.structureId));
}
