import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/client.js';
import { directives, meetingAgendaItems, meetingAttendees, meetings } from './followup.tables.js';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingInsert = typeof meetings.$inferInsert;
export type AttendeeRow = typeof meetingAttendees.$inferSelect;
export type AgendaItemRow = typeof meetingAgendaItems.$inferSelect;

export type MeetingFilters = { kind?: string; from?: string; to?: string; programmeId?: string };

const meetingConditions = (administrationId: string, f: MeetingFilters) =>
  and(
    eq(meetings.administrationId, administrationId),
    f.kind ? sql`${meetings.kind} = ${f.kind}` : undefined,
    f.from ? gte(meetings.date, f.from) : undefined,
    f.to ? lte(meetings.date, f.to) : undefined,
    f.programmeId ? eq(meetings.programmeId, f.programmeId) : undefined,
  );

export async function selectMeetingIds(db: Queryable, administrationId: string, f: MeetingFilters): Promise<string[]> {
  const rows = await db.select({ id: meetings.id }).from(meetings).where(meetingConditions(administrationId, f));
  return rows.map((r) => r.id);
}

export async function selectMeetingPage(db: Queryable, administrationId: string, f: MeetingFilters, limit: number, offset: number) {
  const where = meetingConditions(administrationId, f);
  const [rows, [total]] = await Promise.all([
    db.select().from(meetings).where(where).orderBy(desc(meetings.date), desc(meetings.createdAt)).limit(limit).offset(offset),
    db.select({ n: count() }).from(meetings).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function selectMeeting(db: Queryable, administrationId: string, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.administrationId, administrationId), eq(meetings.id, id)));
  return row;
}

export async function selectMeetingForUpdate(tx: Tx, administrationId: string, id: string): Promise<MeetingRow | undefined> {
  const [row] = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.administrationId, administrationId), eq(meetings.id, id)))
    .for('update');
  return row;
}

// The meeting of the same kind (and programme, for an operational dialogue) just before this one.
export async function selectPreviousMeeting(db: Queryable, m: MeetingRow): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.administrationId, m.administrationId),
        eq(meetings.kind, m.kind),
        m.programmeId ? eq(meetings.programmeId, m.programmeId) : isNull(meetings.programmeId),
        or(lt(meetings.date, m.date), and(eq(meetings.date, m.date), lt(meetings.createdAt, m.createdAt))),
      ),
    )
    .orderBy(desc(meetings.date), desc(meetings.createdAt))
    .limit(1);
  return row;
}

export async function insertMeeting(tx: Tx, values: MeetingInsert): Promise<MeetingRow> {
  const [row] = await tx.insert(meetings).values(values).returning();
  return row!;
}

export async function updateMeeting(tx: Tx, id: string, values: Partial<MeetingInsert>): Promise<MeetingRow> {
  const [row] = await tx.update(meetings).set(values).where(eq(meetings.id, id)).returning();
  return row!;
}

export async function selectAttendees(db: Queryable, meetingId: string): Promise<AttendeeRow[]> {
  return db.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId)).orderBy(asc(meetingAttendees.position));
}

export async function replaceAttendees(tx: Tx, meetingId: string, rows: Omit<typeof meetingAttendees.$inferInsert, 'meetingId'>[]) {
  await tx.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId));
  if (rows.length > 0) await tx.insert(meetingAttendees).values(rows.map((r) => ({ ...r, meetingId })));
}

export async function selectAgendaItems(db: Queryable, meetingId: string): Promise<AgendaItemRow[]> {
  return db.select().from(meetingAgendaItems).where(eq(meetingAgendaItems.meetingId, meetingId)).orderBy(asc(meetingAgendaItems.position));
}

export async function insertAgendaItems(tx: Tx, rows: (typeof meetingAgendaItems.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(meetingAgendaItems).values(rows);
}

export async function updateAgendaItem(tx: Tx, id: string, values: Partial<typeof meetingAgendaItems.$inferInsert>) {
  await tx.update(meetingAgendaItems).set(values).where(eq(meetingAgendaItems.id, id));
}

export async function deleteAgendaItems(tx: Tx, ids: string[]) {
  if (ids.length > 0) await tx.delete(meetingAgendaItems).where(inArray(meetingAgendaItems.id, ids));
}

// Agenda items that decisions (directives) hang on: they cannot be removed.
export async function selectAgendaItemsWithDecisions(db: Queryable, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectDistinct({ id: directives.agendaItemId }).from(directives).where(inArray(directives.agendaItemId, ids));
  return rows.map((r) => r.id!);
}
