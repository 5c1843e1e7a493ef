// What a person may see and do with dossiers, from the posts they hold or act for today (pure).
// The rules are documented in docs/decisions/0003-dossier-confidentiality.md.
import type { Permission } from '../../platform/http/access.js';
import type { Position } from '../organisation/positions.service.js';
import type { WaitingScope } from './dossiers.repository.js';
import type { Confidentiality, OpinionType } from './dossiers.tables.js';

// The post in whose name someone acts, and whether they only act for it (par intérim).
export type ActingPost = { postId: string; postTitle: string; isInterim: boolean };

export type ViewerProfile = Omit<WaitingScope, 'administrationId' | 'personId' | 'canDecide'> & {
  // the post signing each kind of opinion: 'technical', 'cabinet', or 'structure:<structure id>'
  opinionPosts: Record<string, ActingPost>;
  headPost: ActingPost | null;
  assignPost: ActingPost | null;
  // the post and structure someone works from when no role is more specific (registration)
  mainPost: ActingPost | null;
  mainStructureId: string | null;
};

const CABINET_FUNCTIONS = new Set(['head', 'chief_of_staff', 'deputy_chief_of_staff', 'adviser', 'private_office']);
const TECHNICAL_FUNCTIONS = ['secretary_general', 'deputy_secretary_general'];
const CABINET_OPINION_FUNCTIONS = ['chief_of_staff', 'deputy_chief_of_staff', 'adviser'];
const ALL_LEVELS: Confidentiality[] = ['normal', 'sensitive', 'reserved'];

// The cabinet: posts in a structure of kind 'cabinet' or in one of its own units (its secretariats), and
// the cabinet functions wherever their post is filed.
export const isCabinetPosition = (p: Position) =>
  p.structureKind === 'cabinet' || p.parentStructureKind === 'cabinet' || CABINET_FUNCTIONS.has(p.function);

const toActing = (p: Position): ActingPost => ({ postId: p.postId, postTitle: p.postTitle, isInterim: p.isInterim });

// The best post for a role: functions in the order given, a held post before an acted one.
function pickPost(positions: Position[], functions: string[]): ActingPost | null {
  for (const fn of functions) {
    const candidates = positions.filter((p) => p.function === fn).sort((a, b) => Number(a.isInterim) - Number(b.isInterim));
    if (candidates[0]) return toActing(candidates[0]);
  }
  return null;
}

export function describeViewer(positions: Position[], permissions: ReadonlySet<Permission>): ViewerProfile {
  const functions = new Set(positions.map((p) => p.function));
  const has = (fn: string) => functions.has(fn as Position['function']);
  const canRegister = permissions.has('dossiers.register');
  const canOpine = permissions.has('dossiers.opinion');

  let wideLevels: Confidentiality[] = [];
  if (has('head') || has('chief_of_staff')) wideLevels = ALL_LEVELS;
  else if (positions.some(isCabinetPosition) || TECHNICAL_FUNCTIONS.some(has)) wideLevels = ['normal', 'sensitive'];
  else if (canRegister) wideLevels = ['normal'];

  const opinionTypes: OpinionType[] = [];
  const opinionPosts: Record<string, ActingPost> = {};
  const technical = canOpine ? pickPost(positions, TECHNICAL_FUNCTIONS) : null;
  if (technical) {
    opinionTypes.push('technical');
    opinionPosts.technical = technical;
  }
  const cabinet = canOpine ? pickPost(positions, CABINET_OPINION_FUNCTIONS) : null;
  if (cabinet) {
    opinionTypes.push('cabinet');
    opinionPosts.cabinet = cabinet;
  }
  const headed = canOpine ? positions.filter((p) => p.isHeadOfStructure) : [];
  for (const p of headed) opinionPosts[`structure:${p.structureId}`] ??= toActing(p);

  const structureIds = [...new Set(positions.map((p) => p.structureId))];
  const main = [...positions].sort((a, b) => Number(a.isInterim) - Number(b.isInterim))[0];
  return {
    wideLevels,
    structureIds,
    canAssign: permissions.has('dossiers.assign') && ['head', 'chief_of_staff', 'deputy_chief_of_staff'].some(has),
    opinionTypes,
    headedStructureIds: [...new Set(headed.map((p) => p.structureId))],
    registryStructureIds: canRegister ? structureIds : [],
    opinionPosts,
    headPost: pickPost(positions, ['head']),
    assignPost: pickPost(positions, ['head', 'chief_of_staff', 'deputy_chief_of_staff']),
    mainPost: main ? toActing(main) : null,
    mainStructureId: main?.structureId ?? null,
  };
}
