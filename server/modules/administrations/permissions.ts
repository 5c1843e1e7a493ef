// Permissions follow from the membership role and from the functions of the posts a person holds today.
import type { Permission } from '../../platform/http/access.js';
import { permissions as allPermissions } from '../../platform/http/access.js';

// agenda.read shows each member only the events their post lets them see (see agenda/event-visibility.ts).
const memberPermissions: Permission[] = ['organisation.read', 'agenda.read'];
const cabinetPermissions: Permission[] = [...memberPermissions, 'organisation.manage', 'audit.read'];
// Who runs the head's agenda (seed 003: the DC with the DAC and the private secretary; the chief of protocol).
const agendaManagers: Permission[] = ['agenda.manage'];

const byFunction: Record<string, Permission[]> = {
  head: [...cabinetPermissions, ...agendaManagers],
  chief_of_staff: [...cabinetPermissions, ...agendaManagers],
  deputy_chief_of_staff: [...cabinetPermissions, ...agendaManagers],
  secretary_general: cabinetPermissions,
  deputy_secretary_general: [...memberPermissions, 'audit.read'],
  adviser: memberPermissions,
  private_office: [...memberPermissions, ...agendaManagers],
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
    [...cabinetPermissions, 'administration.manage' as const].forEach((p) => granted.add(p));
  }
  for (const fn of input.functions) (byFunction[fn] ?? []).forEach((p) => granted.add(p));
  return granted;
}
