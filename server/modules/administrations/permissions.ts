// Permissions follow from the membership role and from the functions of the posts a person holds today.
import type { Permission } from '../../platform/http/access.js';
import { permissions as allPermissions } from '../../platform/http/access.js';

// Where a held post sits, when a permission depends on it rather than on the post's function:
// the secretariat of the general secretariat keeps the mail register (bureau du courrier).
export type Placement = 'mail_registry';

// agenda.read shows each member only the events their post lets them see (see agenda/event-visibility.ts);
// every member reads dossiers, which ones is decided per dossier by its confidentiality (dossiers module).
const memberPermissions: Permission[] = [
  'organisation.read',
  'results.read',
  'followup.read',
  'followup.report',
  'agenda.read',
  'dossiers.read',
];
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
  // imputation, decision; the head and the DC set the dossier circuits
  head: [...issuerPermissions, ...agendaManagers, 'dossiers.assign', 'dossiers.decide', 'dossiers.configure'],
  // the DC and DAC decide dossiers only when they act for the head (interim or succession): checked per dossier
  chief_of_staff: [
    ...validatorPermissions,
    ...agendaManagers,
    'dossiers.assign',
    'dossiers.opinion',
    'dossiers.decide',
    'dossiers.configure',
  ],
  deputy_chief_of_staff: [...issuerPermissions, ...agendaManagers, 'dossiers.assign', 'dossiers.opinion', 'dossiers.decide'],
  // avis technique
  secretary_general: [...validatorPermissions, 'dossiers.opinion', 'dossiers.configure'],
  deputy_secretary_general: [...memberPermissions, 'audit.read', 'reports.read', 'dossiers.opinion'],
  // avis du cabinet
  adviser: [...memberPermissions, 'reports.read', 'dossiers.opinion'],
  private_office: [...memberPermissions, ...agendaManagers, 'dossiers.register'],
  // opinions of a structure named in a circuit are given by its head
  head_of_structure: [...memberPermissions, 'measurements.review', 'dossiers.opinion'],
  focal_point: [...memberPermissions, 'measurements.enter', 'measurements.validate'],
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
    const adminPermissions: Permission[] = [
      ...issuerPermissions,
      'administration.manage',
      'dossiers.register',
      'dossiers.configure',
      'dossiers.verify',
    ];
    adminPermissions.forEach((p) => granted.add(p));
  }
  for (const fn of input.functions) (byFunction[fn] ?? []).forEach((p) => granted.add(p));
  for (const placement of input.placements ?? []) byPlacement[placement].forEach((p) => granted.add(p));
  return granted;
}
