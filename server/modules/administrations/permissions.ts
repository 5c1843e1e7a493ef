// Permissions follow from the membership role and from the functions of the posts a person holds today.
import type { Permission } from '../../platform/http/access.js';
import { permissions as allPermissions } from '../../platform/http/access.js';

// agenda.read shows each member only the events their post lets them see (see agenda/event-visibility.ts).
const memberPermissions: Permission[] = ['organisation.read', 'results.read', 'followup.read', 'followup.report', 'agenda.read'];
const cabinetPermissions: Permission[] = [...memberPermissions, 'organisation.manage', 'audit.read', 'results.manage', 'reports.read'];
// the issuer's side of directives: the head, the DC and DAC, the SG (and the administration administrator)
const issuerPermissions: Permission[] = [...cabinetPermissions, 'followup.issue', 'reports.manage'];
// The SG and the DC validate measurements like the M&E unit (and review those of the structure they head); the
// service checks the rest with the data in hand: a focal point enters for their own structure, a head reviews
// for theirs, only the M&E unit's focal points validate, and nobody validates a value they entered.
const validatorPermissions: Permission[] = [...issuerPermissions, 'measurements.review', 'measurements.validate'];
// An oversight body reads the results of the administrations it accompanies, nothing else.
export const oversightPermissions: ReadonlySet<Permission> = new Set(['results.read']);
// Who runs the head's agenda (seed 003: the DC with the DAC and the private secretary; the chief of protocol).
const agendaManagers: Permission[] = ['agenda.manage'];

const byFunction: Record<string, Permission[]> = {
  head: [...issuerPermissions, ...agendaManagers],
  chief_of_staff: [...validatorPermissions, ...agendaManagers],
  deputy_chief_of_staff: [...issuerPermissions, ...agendaManagers],
  secretary_general: validatorPermissions,
  deputy_secretary_general: [...memberPermissions, 'audit.read', 'reports.read'],
  adviser: [...memberPermissions, 'reports.read'],
  private_office: [...memberPermissions, ...agendaManagers],
  head_of_structure: [...memberPermissions, 'measurements.review'],
  focal_point: [...memberPermissions, 'measurements.enter', 'measurements.validate'],
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
