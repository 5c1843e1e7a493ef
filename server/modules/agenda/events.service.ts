// Events of the head's agenda: range views with clashes, search, counts, create, edit, delete.
import type { Database, Queryable } from '../../platform/db/client.js';
import { assertCan, can, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { addDaysIso, startOfDayInZone } from '../../platform/dates.js';
import { findPersonNames, findPostNames } from '../organisation/names.service.js';
import { unknownReference } from '../organisation/references.service.js';
import { eventKinds, type EventKind } from './agenda.tables.js';
import type { TEventBody, TRangeQuery } from './agenda.contract.js';
import { loadClashes, loadNames, presentSummary, toCandidate } from './event-presenter.js';
import * as repo from './events.repository.js';
import { resolveViewer, type Viewer } from './viewer.js';

// A day means its midnight in the administration's time zone; anything else is an instant.
export const parseInstant = (value: string) => (value.length === 10 ? startOfDayInZone(value) : new Date(value));

export function timesOf(body: Pick<TEventBody, 'isAllDay' | 'startsAt' | 'endsAt' | 'startDate' | 'endDate'>) {
  if (body.isAllDay) {
    return { isAllDay: true, startsAt: startOfDayInZone(body.startDate!), endsAt: startOfDayInZone(addDaysIso(body.endDate!, 1)) };
  }
  return { isAllDay: false, startsAt: new Date(body.startsAt!), endsAt: new Date(body.endsAt!) };
}

export async function listEvents(db: Database, access: Access, query: TRangeQuery) {
  assertCan(access, 'agenda.read');
  const viewer = await resolveViewer(db, access);
  const from = parseInstant(query.from);
  const to = parseInstant(query.to);
  const rows = await repo.selectVisibleEventsBetween(db, viewer, from, to);
  const [names, clashes] = await Promise.all([
    loadNames(db, access.administrationId, rows),
    loadClashes(db, viewer, rows.map(toCandidate)),
  ]);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    items: rows.map((row) => ({ ...presentSummary(row, names), clashes: clashes.get(row.id) ?? [] })),
  };
}

export async function searchEvents(db: Database, access: Access, q: string, limit: number) {
  assertCan(access, 'agenda.read');
  const viewer = await resolveViewer(db, access);
  const rows = await repo.searchVisibleEvents(db, viewer, q, limit);
  const names = await loadNames(db, access.administrationId, rows);
  return { items: rows.map((row) => presentSummary(row, names)) };
}

// Counts of a period, through the same visibility as the lists: a hidden event changes no number.
export async function countEvents(db: Database, access: Access, viewer: Viewer, query: TRangeQuery) {
  const from = parseInstant(query.from);
  const to = parseInstant(query.to);
  const [byKindRows, rows] = await Promise.all([
    repo.countVisibleEventsByKind(db, viewer, from, to),
    repo.selectVisibleEventsBetween(db, viewer, from, to),
  ]);
  const clashes = await loadClashes(db, viewer, rows.map(toCandidate));
  const byKind = Object.fromEntries(eventKinds.map((k) => [k, 0])) as Record<EventKind, number>;
  for (const r of byKindRows) byKind[r.kind] = r.n;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    total: byKindRows.reduce((sum, r) => sum + r.n, 0),
    byKind,
    clashing: [...clashes.values()].filter((c) => c.length > 0).length,
  };
}

// A visible event of the administration, or 404 (a hidden event is indistinguishable from none).
export async function findVisibleEvent(db: Queryable, viewer: Viewer, eventId: string) {
  const row = await repo.selectVisibleEvent(db, viewer, eventId);
  if (!row) throw new AppError('not_found', { params: { entity: 'event' } });
  return row;
}

// Every person and post named must belong to the administration.
async function assertReferences(db: Queryable, access: Access, body: TEventBody) {
  const a = access.administrationId;
  const [persons, posts] = await Promise.all([
    findPersonNames(db, a, [body.representativePersonId, ...body.participantPersonIds]),
    findPostNames(db, a, [body.representativePostId, ...body.participantPostIds]),
  ]);
  if (body.representativePersonId && !persons.has(body.representativePersonId)) throw unknownReference('representativePersonId');
  if (body.representativePostId && !posts.has(body.representativePostId)) throw unknownReference('representativePostId');
  body.participantPersonIds.forEach((id, i) => {
    if (!persons.has(id)) throw unknownReference(`participantPersonIds.${i}`);
  });
  body.participantPostIds.forEach((id, i) => {
    if (!posts.has(id)) throw unknownReference(`participantPostIds.${i}`);
  });
}

const valuesOf = (body: TEventBody) => ({
  kind: body.kind,
  title: body.title,
  place: body.place ?? null,
  description: body.description ?? null,
  ...timesOf(body),
  visibility: body.visibility,
  representativePersonId: body.representativePersonId ?? null,
  representativePostId: body.representativePostId ?? null,
});
const participantsOf = (body: TEventBody) => ({
  personIds: [...new Set(body.participantPersonIds)],
  postIds: [...new Set(body.participantPostIds)],
  external: [...new Set(body.externalParticipants)],
});

async function snapshot(db: Queryable, row: repo.EventRow) {
  const participants = await repo.selectParticipants(db, [row.id]);
  return {
    kind: row.kind,
    title: row.title,
    place: row.place,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    isAllDay: row.isAllDay,
    visibility: row.visibility,
    representativePersonId: row.representativePersonId,
    representativePostId: row.representativePostId,
    participants: participants.map((p) => p.personId ?? p.postId ?? p.externalName),
  };
}

// Writes an event and its participants inside the caller's transaction (also used by audience triage).
export async function insertEventWithParticipants(tx: Queryable, access: Access, body: TEventBody) {
  await assertReferences(tx, access, body);
  const row = await repo.insertEvent(tx, {
    administrationId: access.administrationId,
    createdByUserId: access.actor.userId,
    ...valuesOf(body),
  });
  await repo.replaceParticipants(tx, access.administrationId, row.id, participantsOf(body));
  await recordAudit(tx, access, { action: 'event.create', entityType: 'event', entityId: row.id, after: await snapshot(tx, row) });
  return row;
}

export async function createEvent(db: Database, access: Access, body: TEventBody): Promise<string> {
  assertCan(access, 'agenda.manage');
  const row = await db.transaction((tx) => insertEventWithParticipants(tx, access, body));
  return row.id;
}

export async function updateEvent(db: Database, access: Access, eventId: string, body: TEventBody): Promise<void> {
  assertCan(access, 'agenda.manage');
  const viewer = await resolveViewer(db, access);
  await db.transaction(async (tx) => {
    const before = await findVisibleEvent(tx, viewer, eventId);
    const beforeSnapshot = await snapshot(tx, before);
    await assertReferences(tx, access, body);
    const row = await repo.updateEvent(tx, eventId, valuesOf(body));
    await repo.replaceParticipants(tx, access.administrationId, eventId, participantsOf(body));
    await recordAudit(tx, access, {
      action: 'event.update',
      entityType: 'event',
      entityId: eventId,
      before: beforeSnapshot,
      after: await snapshot(tx, row),
    });
  });
}

export async function deleteEvent(db: Database, access: Access, eventId: string): Promise<void> {
  assertCan(access, 'agenda.manage');
  const viewer = await resolveViewer(db, access);
  await db.transaction(async (tx) => {
    const before = await findVisibleEvent(tx, viewer, eventId);
    const beforeSnapshot = await snapshot(tx, before);
    await repo.deleteEvent(tx, eventId);
    await recordAudit(tx, access, { action: 'event.delete', entityType: 'event', entityId: eventId, before: beforeSnapshot });
  });
}

// An event's title, kind and start for another module's page (a directive's source), when the caller sees it.
export async function findEventLabel(db: Queryable, access: Access, eventId: string) {
  if (!can(access, 'agenda.read')) return null;
  const row = await repo.selectVisibleEvent(db, await resolveViewer(db, access), eventId);
  return row ? { id: row.id, title: row.title, kind: row.kind, startsAt: row.startsAt.toISOString() } : null;
}
