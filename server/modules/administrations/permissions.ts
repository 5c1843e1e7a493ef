// Permissions follow from the membership role and from the functions of the posts a person holds today.
import type { Permission } from '../../platform/http/access.js';
import { permissions as allPermissions } from '../../platform/http/access.js';

const memberPermissions: Permission[] = ['organisation.read', 'followup.read', 'followup.report'];
const cabinetPermissions: Permission[] = [...memberPermissions, 'organisation.manage', 'audit.read'];
// the issuer's side of directives: the head, the DC and DAC, the SG (and the administration administrator)
const issuerPermissions: Permission[] = [...cabinetPermissions, 'followup.issue'];

const byFunction: Record<string, Permission[]> = {
  head: issuerPermissions,
  chief_of_staff: issuerPermissions,
  deputy_chief_of_staff: issuerPermissions,
  secretary_general: issuerPermissions,
  deputy_secretary_general: [...memberPermissions, 'audit.read'],
  adviser: memberPermissions,
  private_office: memberPermissions,
  head_of_structure: memberPermissions,
  focal_point: memberPermissions,
  member: memberPermissions,
};

export function computePermissions(input: {
  isPlatformAdmin: boolean;
  role: 'admin' | 'member' | null;
  functions: readonly string[];
}): Set<Permission> {
  if (input.isPlatformAdmin) return new Set(allPermissions);
  const granted = new Set<Permission>();
  if (input.role === null) return granted;
  memberPermissions.forEach((p) => granted.add(p));
  if (input.role === 'admin') {
    [...issuerPermissions, 'administration.manage' as const].forEach((p) => granted.add(p));
  }
  for (const fn of input.functions) (byFunction[fn] ?? []).forEach((p) => granted.add(p));
  return granted;
}
