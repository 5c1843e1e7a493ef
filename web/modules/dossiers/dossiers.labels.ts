// French/English labels and colours of the dossiers' enumerations.
import type { TFunction } from 'i18next';
import type { Desk, DossierListItem } from './dossiers.types';

export const dossierKinds = ['incoming_mail', 'draft_decree', 'draft_order', 'note', 'contract', 'request', 'report', 'other'] as const;
export const dossierStatuses = ['registered', 'in_review', 'awaiting_decision', 'decided', 'filed'] as const;
export const confidentialities = ['normal', 'sensitive', 'reserved'] as const;
export const channels = ['post', 'hand_delivery', 'email', 'internal', 'other'] as const;
export const verdicts = ['favourable', 'favourable_with_reservations', 'unfavourable'] as const;
export const outcomes = ['approved', 'rejected', 'returned', 'deferred'] as const;
export const holderFilters = ['me', 'imputation', 'technical', 'cabinet', 'structure', 'decision', 'registry'] as const;

export const statusColors: Record<DossierListItem['status'], string> = {
  registered: 'gray',
  in_review: 'blue',
  awaiting_decision: 'grape',
  decided: 'teal',
  filed: 'dark',
};
export const confidentialityColors: Record<DossierListItem['confidentiality'], string> = {
  normal: 'gray',
  sensitive: 'orange',
  reserved: 'red',
};
export const verdictColors: Record<(typeof verdicts)[number], string> = {
  favourable: 'teal',
  favourable_with_reservations: 'yellow',
  unfavourable: 'red',
};

// "Avis technique — Secrétaire général du Ministère (B. Adéyèmi)"
export function deskLabel(t: TFunction, desk: Desk): string {
  const what =
    desk.type === 'opinion' && desk.opinionType ? t(`dossiers.opinionTypes.${desk.opinionType}`) : t(`dossiers.desks.${desk.type}`);
  const where = desk.postTitle ?? desk.structureName;
  const who = desk.personNames.length > 0 ? ` (${desk.personNames.join(', ')})` : '';
  return where ? `${what} — ${where}${who}` : `${what}${who}`;
}

// "3 j 4 h", "5 h", "12 min"
export function formatDuration(t: TFunction, ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? t('dossiers.duration.daysHours', { days, hours }) : t('dossiers.duration.days', { days });
  if (hours > 0) return t('dossiers.duration.hours', { hours });
  return t('dossiers.duration.minutes', { minutes });
}
