// The administration addressed by the URL (/a/:administrationId) and what the user may do in it.
import { useParams } from 'react-router';
import type { Membership } from './api/types';
import { useSignedInMe } from './session';

export type Permission =
  | 'organisation.read'
  | 'organisation.manage'
  | 'audit.read'
  | 'administration.manage'
  | 'platform.manage'
  | 'agenda.read'
  | 'agenda.manage'
  | 'results.read'
  | 'results.manage'
  | 'measurements.enter'
  | 'measurements.review'
  | 'measurements.validate'
  | 'followup.read'
  | 'followup.issue'
  | 'followup.report'
  | 'reports.read'
  | 'reports.manage'
  | 'dossiers.read'
  | 'dossiers.register'
  | 'dossiers.assign'
  | 'dossiers.opinion'
  | 'dossiers.decide'
  | 'dossiers.configure'
  | 'dossiers.verify';

export function useCurrentMembership(): Membership | undefined {
  const { administrationId } = useParams();
  const me = useSignedInMe();
  return me.administrations.find((a) => a.administrationId === administrationId);
}

// Below AppLayout the administration is known (AppLayout shows "not found" otherwise).
export function useAdministration(): Membership {
  const membership = useCurrentMembership();
  if (!membership) throw new Error('useAdministration outside an administration route');
  return membership;
}

export function useCan(permission: Permission): boolean {
  const membership = useCurrentMembership();
  return membership?.permissions.includes(permission) ?? false;
}

const LAST_KEY = 'pilotage.administration';

export function rememberAdministration(id: string): void {
  try {
    window.localStorage.setItem(LAST_KEY, id);
  } catch {
    // not remembered: the first administration will be used
  }
}

export function lastAdministration(): string | null {
  try {
    return window.localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}
