// French/English labels and colours of the agenda's enumerations.
import type { TFunction } from 'i18next';
import type { AudienceStatus, EventKind, EventVisibility } from './agenda.types';

export const eventKinds = ['audience', 'meeting', 'mission', 'ceremony', 'speech', 'press'] as const satisfies readonly EventKind[];
export const eventVisibilities = ['private', 'cabinet', 'public'] as const satisfies readonly EventVisibility[];
export const audienceStatuses = ['pending', 'accepted', 'redirected', 'declined'] as const satisfies readonly AudienceStatus[];

// Mantine colour names; the calendar uses the same hues.
export const kindColors: Record<EventKind, string> = {
  audience: 'blue',
  meeting: 'teal',
  mission: 'orange',
  ceremony: 'grape',
  speech: 'indigo',
  press: 'pink',
};
export const kindHex: Record<EventKind, string> = {
  audience: '#1c7ed6',
  meeting: '#0c8599',
  mission: '#e8590c',
  ceremony: '#9c36b5',
  speech: '#3b5bdb',
  press: '#c2255c',
};
export const statusColors: Record<AudienceStatus, string> = { pending: 'yellow', accepted: 'green', redirected: 'blue', declined: 'gray' };
export const visibilityColors: Record<EventVisibility, string> = { private: 'red', cabinet: 'orange', public: 'gray' };

export const kindLabel = (t: TFunction, kind: EventKind) => t(`agenda.kinds.${kind}`);
export const visibilityLabel = (t: TFunction, visibility: EventVisibility) => t(`agenda.visibility.${visibility}`);
export const statusLabel = (t: TFunction, status: AudienceStatus) => t(`agenda.audiences.statuses.${status}`);
