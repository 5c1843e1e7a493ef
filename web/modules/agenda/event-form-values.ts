// The values of the event form: the fields the server may name, the starting values, the API body.
import { todayIso } from '../../ui/format';
import { localDay, localTime, toInstant } from './agenda-dates';
import type { EventBody, EventDetail, EventKind, EventVisibility } from './agenda.types';

export const FIELDS = [
  'kind',
  'title',
  'place',
  'description',
  'startsAt',
  'endsAt',
  'startDate',
  'endDate',
  'visibility',
  'representativePersonId',
  'representativePostId',
  'participantPersonIds',
  'participantPostIds',
  'externalParticipants',
];

export type Values = {
  kind: EventKind;
  title: string;
  place: string;
  description: string;
  isAllDay: boolean;
  day: string | null;
  startTime: string;
  endTime: string;
  startDate: string | null;
  endDate: string | null;
  visibility: EventVisibility;
  representativePersonId: string | null;
  representativePostId: string | null;
  participantPersonIds: string[];
  participantPostIds: string[];
  externalParticipants: string[];
};

export function initialValues(event: EventDetail | undefined, day: string | null, time: string | null): Values {
  if (!event) {
    const start = time ?? '10:00';
    const [h, m] = start.split(':').map(Number) as [number, number];
    const end = `${String(Math.min(h + 1, 23)).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    return {
      kind: 'audience',
      title: '',
      place: '',
      description: '',
      isAllDay: false,
      day: day ?? todayIso(),
      startTime: start,
      endTime: end,
      startDate: day ?? todayIso(),
      endDate: day ?? todayIso(),
      visibility: 'cabinet',
      representativePersonId: null,
      representativePostId: null,
      participantPersonIds: [],
      participantPostIds: [],
      externalParticipants: [],
    };
  }
  return {
    kind: event.kind,
    title: event.title,
    place: event.place ?? '',
    description: event.description ?? '',
    isAllDay: event.isAllDay,
    day: localDay(event.startsAt),
    startTime: localTime(event.startsAt),
    endTime: localTime(event.endsAt),
    startDate: event.startDate,
    endDate: event.endDate,
    visibility: event.visibility,
    representativePersonId: event.representative?.person?.id ?? null,
    representativePostId: event.representative?.post?.id ?? null,
    participantPersonIds: event.participants.persons.map((p) => p.id),
    participantPostIds: event.participants.posts.map((p) => p.id),
    externalParticipants: event.participants.external,
  };
}

// The API body of the form's values: times as instants, or days for an all-day event.
export function toEventBody(values: Values): EventBody {
  const times = values.isAllDay
    ? { startDate: values.startDate ?? undefined, endDate: values.endDate ?? undefined }
    : {
        startsAt: values.day && values.startTime ? toInstant(values.day, values.startTime) : undefined,
        endsAt: values.day && values.endTime ? toInstant(values.day, values.endTime) : undefined,
      };
  return {
    kind: values.kind,
    title: values.title,
    place: values.place.trim() || null,
    description: values.description.trim() || null,
    isAllDay: values.isAllDay,
    ...times,
    visibility: values.visibility,
    representativePersonId: values.representativePersonId,
    representativePostId: values.representativePostId,
    participantPersonIds: values.participantPersonIds,
    participantPostIds: values.participantPostIds,
    externalParticipants: values.externalParticipants,
  };
}
