// Permissions follow from the membership role and from the functions of the posts a person holds today.
import type { Permission } from '../../platform/http/access.js';
import { permissions as allPermissions } from '../../platform/http/access.js';

// Where a held post sits, when a permission depends on it rather than on the post's function:
// the secretariat of the general secretariat keeps the mail register (bureau du courrier).
export type Placement = 'mail_registry';

// Every member reads dossiers; which ones is decided per dossier by its confidentiality (dossiers module).
const memberPermissions: Permission[] = ['organisation.read', 'dossiers.read'];
const cabinetPermissions: Permission[] = [...memberPermissions, 'organisation.manage', 'audit.read'];

const byFunction: Record<string, Permission[]> = {
  // imputation, decision; the head and the DC set the dossier circuits
  head: [...cabinetPermissions, 'dossiers.assign', 'dossiers.decide', 'dossiers.configure'],
  // the DC and DAC decide only when they act for the head (interim or succession): checked per dossier
  chief_of_staff: [...cabinetPermissions, 'dossiers.assign', 'dossiers.opinion', 'dossiers.decide', 'dossiers.configure'],
  deputy_chief_of_staff: [...cabinetPermissions, 'dossiers.assign', 'dossiers.opinion', 'dossiers.decide'],
  // avis technique
  secretary_general: [...cabinetPermissions, 'dossiers.opinion', 'dossiers.configure'],
  deputy_secretary_general: [...memberPermissions, 'audit.read', 'dossiers.opinion'],
  // avis du cabinet
  adviser: [...memberPermissions, 'dossiers.opinion'],
  private_office: [...memberPermissions, 'dossiers.register'],
  // opinions of a structure named in a circuit, given by its head
  head_of_structure: [...memberPermissions, 'dossiers.opinion'],
  focal_point: memberPermissions,
  member: memberPermissions,
};

const byPlacement: Record<Placement, Permission[]> = {
  mail_registry: ['dossiers.register'],
};

export function computePermissions(input: {
  isPlatformAdmin: boolean;
  role: 'admin' | 'member' | null;
  functions: readonly string[];
  placements?: readonly Placement[];
}): Set<Permission> {
  if (input.isPlatformAdmin) return new Set(allPermissions);
  const granted = new Set<Permission>();
  if (input.role === null) return granted;
  memberPermissions.forEach((p) => granted.add(p));
  if (input.role === 'admin') {
    [...cabinetPermissions, 'administration.manage' as const, 'dossiers.register' as const, 'dossiers.configure' as const].forEach((p) =>
      granted.add(p),
    );
    granted.add('dossiers.verify');
  }
  for (const fn of input.functions) (byFunction[fn] ?? []).forEach((p) => granted.add(p));
  for (const placement of input.placements ?? []) byPlacement[placement].forEach((p) => granted.add(p));
  return granted;
}
