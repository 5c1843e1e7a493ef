// Events and their participants. Every read of events filters through visibleEventsFor(viewer).
import { and, asc, count, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { agendaEventParticipants, agendaEvents, audienceRequests } from './agenda.tables.js';
import { visibleEventsFor } from './event-visibility.js';
import type { Viewer } from './viewer.js';

export type EventRow = typeof agendaEvents.$inferSelect;
export type EventInsert = typeof agendaEvents.$inferInsert;
export type ParticipantRow = typeof agendaEventParticipants.$inferSelect;

const e = agendaEvents;
const overlapping = (from: Date, to: Date) => and(lt(e.startsAt, to), gt(e.endsAt, from));

// Visible events overlapping [from, to), by start.
export async function selectVisibleEventsBetween(db: Queryable, viewer: Viewer, from: Date, to: Date, limit = 5000) {
  return db
    .select()
    .from(e)
    .where(and(visibleEventsFor(viewer), overlapping(from, to)))
    .orderBy(asc(e.startsAt), asc(e.id))
    .limit(limit);
}

export async function selectVisibleEvent(db: Queryable, viewer: Viewer, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db
    .select()
    .from(e)
    .where(and(visibleEventsFor(viewer), eq(e.id, eventId)));
  return row;
}

export async function selectVisibleEventsByIds(db: Queryable, viewer: Viewer, ids: string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(e)
    .where(and(visibleEventsFor(viewer), inArray(e.id, ids)));
}

// Without the visibility filter: only for the tracking page of an audience request, whose holder is the
// person received (they see the slot of their own audience, nothing else of the event).
export async function selectEventForTracking(db: Queryable, administrationId: string, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db
    .select()
    .from(e)
    .where(and(eq(e.administrationId, administrationId), eq(e.id, eventId)));
  return row;
}

// Accent- and case-insensitive search on title, place and description, newest first.
export async function searchVisibleEvents(db: Queryable, viewer: Viewer, q: string, limit: number) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const text = sql`immutable_unaccent(lower(concat_ws(' ', ${e.title}, ${e.place}, ${e.description})))`;
  return db
    .select()
    .from(e)
    .where(and(visibleEventsFor(viewer), sql`${text} LIKE immutable_unaccent(lower(${pattern}))`))
    .orderBy(desc(e.startsAt))
    .limit(limit);
}

export async function countVisibleEventsByKind(db: Queryable, viewer: Viewer, from: Date, to: Date) {
  return db
    .select({ kind: e.kind, n: count() })
    .from(e)
    .where(and(visibleEventsFor(viewer), overlapping(from, to)))
    .groupBy(e.kind);
}

export async function selectParticipants(db: Queryable, eventIds: string[]): Promise<ParticipantRow[]> {
  if (eventIds.length === 0) return [];
  return db.select().from(agendaEventParticipants).where(inArray(agendaEventParticipants.eventId, eventIds));
}

export async function selectAudienceRequestIdOfEvent(db: Queryable, eventId: string): Promise<string | null> {
  const [row] = await db.select({ id: audienceRequests.id }).from(audienceRequests).where(eq(audienceRequests.eventId, eventId));
  return row?.id ?? null;
}

export async function insertEvent(db: Queryable, values: EventInsert): Promise<EventRow> {
  const [row] = await db.insert(e).values(values).returning();
  return row!;
}

export async function updateEvent(db: Queryable, eventId: string, values: Partial<EventInsert>): Promise<EventRow> {
  const [row] = await db
    .update(e)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(e.id, eventId))
    .returning();
  return row!;
}

export async function deleteEvent(db: Queryable, eventId: string): Promise<void> {
  await db.delete(e).where(eq(e.id, eventId));
}

export type ParticipantsInput = { personIds: string[]; postIds: string[]; external: string[] };

export async function replaceParticipants(db: Queryable, administrationId: string, eventId: string, input: ParticipantsInput) {
  await db.delete(agendaEventParticipants).where(eq(agendaEventParticipants.eventId, eventId));
  const rows = [
    ...input.personIds.map((personId) => ({ administrationId, eventId, personId })),
    ...input.postIds.map((postId) => ({ administrationId, eventId, postId })),
    ...input.external.map((externalName) => ({ administrationId, eventId, externalName })),
  ];
  if (rows.length > 0) await db.insert(agendaEventParticipants).values(rows);
}
