// Who is calling and what they may do in the administration a route addresses.
import type { Locale } from './messages.js';
import { AppError } from './errors.js';

export const permissions = [
  'platform.manage',
  'administration.manage',
  'organisation.read',
  'organisation.manage',
  'audit.read',
  // results-based management: read the chain and dashboards, edit the framework, and the three steps of a
  // measurement (a focal point enters, the head of the responsible structure reviews, the M&E unit validates)
  'results.read',
  'results.manage',
  'measurements.enter',
  'measurements.review',
  'measurements.validate',
  // follow-up: read meetings and directives (what each may see is narrowed by confidentiality in the service)
  'followup.read',
  // create meetings and directives, confirm completion, reopen, cancel, set the escalation ladder
  'followup.issue',
  // report progress; the service checks that the caller is an assignee of the item
  'followup.report',
  'agenda.read',
  'agenda.manage',
  // reports: read drafts and finalised reports (cabinet, SG); write the texts, generate and finalise
  'reports.read',
  'reports.manage',
  'dossiers.read',
  'dossiers.register',
  'dossiers.assign',
  'dossiers.opinion',
  'dossiers.decide',
  'dossiers.configure',
  'dossiers.verify',
] as const;
export type Permission = (typeof permissions)[number];

export type Actor = {
  userId: string;
  email: string;
  fullName: string;
  locale: Locale;
  isPlatformAdmin: boolean;
  csrfToken: string;
};

export type Access = {
  actor: Actor;
  administrationId: string;
  // oversight: a member of an administration that oversees this one (read-only results)
  role: 'platform' | 'admin' | 'member' | 'oversight';
  personId: string | null;
  functions: string[];
  permissions: ReadonlySet<Permission>;
  requestId: string;
};

// What a route requires, declared next to its schema: `config: { access: ... }`.
export type RouteAccess = 'public' | 'authenticated' | Permission;

export function can(access: Access, permission: Permission): boolean {
  return access.permissions.has(permission);
}

export function assertCan(access: Access, permission: Permission): void {
  if (!can(access, permission)) throw new AppError('forbidden', { details: { permission } });
}

// The administration of a row must be the one the caller addresses; anything else is "not found".
export function assertSameAdministration(access: Access, row: { administrationId: string } | undefined, entity: string) {
  if (!row || row.administrationId !== access.administrationId) throw new AppError('not_found', { params: { entity } });
}
