// How events leave the server: times as ISO instants plus their days in the administration's time zone,
// the representative and participants by name, clashes computed from the other visible events.
import type { Queryable } from '../../platform/db/client.js';
import { DEFAULT_TIME_ZONE, todayIso } from '../../platform/dates.js';
import { findPersonNames, findPostNames, type PersonName, type PostName } from '../organisation/names.service.js';
import { findClashes, type Clash, type ClashCandidate } from './clashes.js';
import type { EventRow, ParticipantRow } from './events.repository.js';
import * as repo from './events.repository.js';
import type { Viewer } from './viewer.js';

export type Names = { persons: Map<string, PersonName>; posts: Map<string, PostName> };

export async function loadNames(
  db: Queryable,
  administrationId: string,
  rows: EventRow[],
  participants: ParticipantRow[] = [],
): Promise<Names> {
  const [persons, posts] = await Promise.all([
    findPersonNames(db, administrationId, [...rows.map((r) => r.representativePersonId), ...participants.map((p) => p.personId)]),
    findPostNames(db, administrationId, [...rows.map((r) => r.representativePostId), ...participants.map((p) => p.postId)]),
  ]);
  return { persons, posts };
}

const personRef = (names: Names, id: string | null) => {
  const person = id ? names.persons.get(id) : undefined;
  return person ? { id: person.id, name: `${person.civility} ${person.fullName}` } : null;
};
const postRef = (names: Names, id: string | null) => {
  const post = id ? names.posts.get(id) : undefined;
  return post ? { id: post.id, name: post.title } : null;
};

// The first and last days an event covers (the end is exclusive).
export function daysOf(row: Pick<EventRow, 'startsAt' | 'endsAt'>) {
  return {
    startDate: todayIso(DEFAULT_TIME_ZONE, row.startsAt),
    endDate: todayIso(DEFAULT_TIME_ZONE, new Date(row.endsAt.getTime() - 1)),
  };
}

export function presentSummary(row: EventRow, names: Names) {
  const person = personRef(names, row.representativePersonId);
  const post = postRef(names, row.representativePostId);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    place: row.place,
    isAllDay: row.isAllDay,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    ...daysOf(row),
    visibility: row.visibility,
    representative: person || post ? { person, post } : null,
  };
}
export type EventSummary = ReturnType<typeof presentSummary>;

export function presentParticipants(participants: ParticipantRow[], names: Names) {
  return {
    persons: participants.flatMap((p) => (p.personId ? [personRef(names, p.personId)].filter((x) => x !== null) : [])),
    posts: participants.flatMap((p) => (p.postId ? [postRef(names, p.postId)].filter((x) => x !== null) : [])),
    external: participants.flatMap((p) => (p.externalName ? [p.externalName] : [])),
  };
}

export const toCandidate = (row: EventRow): ClashCandidate => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  hasRepresentative: Boolean(row.representativePersonId || row.representativePostId),
});

// Clashes of some events with the other events the viewer sees (one query over the span they cover).
export async function loadClashes(db: Queryable, viewer: Viewer, candidates: ClashCandidate[]): Promise<Map<string, Clash[]>> {
  if (candidates.length === 0) return new Map();
  const from = new Date(Math.min(...candidates.map((c) => c.startsAt.getTime())));
  const to = new Date(Math.max(...candidates.map((c) => c.endsAt.getTime())));
  const others = await repo.selectVisibleEventsBetween(db, viewer, from, to);
  return findClashes(candidates, others.map(toCandidate));
}
