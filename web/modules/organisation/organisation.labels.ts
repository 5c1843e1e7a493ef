// French/English labels of the organisation's enumerations (function of a post, kind of structure, role).
import type { TFunction } from 'i18next';

export const postFunctions = [
  'head',
  'chief_of_staff',
  'deputy_chief_of_staff',
  'secretary_general',
  'deputy_secretary_general',
  'adviser',
  'private_office',
  'head_of_structure',
  'focal_point',
  'member',
] as const;
export type PostFunction = (typeof postFunctions)[number];

export const structureKinds = [
  'cabinet',
  'general_secretariat',
  'directorate',
  'service',
  'division',
  'cell',
  'commission',
  'attached_body',
  'secretariat',
] as const;
export type StructureKind = (typeof structureKinds)[number];

const isPostFunction = (value: string): value is PostFunction => (postFunctions as readonly string[]).includes(value);
const isStructureKind = (value: string): value is StructureKind => (structureKinds as readonly string[]).includes(value);

export function functionLabel(t: TFunction, fn: string): string {
  return isPostFunction(fn) ? t(`org.functions.${fn}`) : fn;
}

export function kindLabel(t: TFunction, kind: string): string {
  return isStructureKind(kind) ? t(`org.kinds.${kind}`) : kind;
}

export function roleLabel(t: TFunction, role: 'platform' | 'admin' | 'member' | 'oversight'): string {
  return t(`home.roles.${role}`);
}

// A badge colour per kind of structure, so the chart reads at a glance.
export const kindColors: Record<StructureKind, string> = {
  cabinet: 'pilotage',
  general_secretariat: 'indigo',
  directorate: 'blue',
  service: 'cyan',
  division: 'teal',
  cell: 'grape',
  commission: 'orange',
  attached_body: 'gray',
  secretariat: 'violet',
};

export function kindColor(kind: string): string {
  return isStructureKind(kind) ? kindColors[kind] : 'gray';
}
