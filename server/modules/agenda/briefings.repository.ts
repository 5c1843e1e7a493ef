// Briefing notes (notes de préparation) and decisions of events.
import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { agendaEvents, eventBriefings, eventDecisions } from './agenda.tables.js';
import { visibleEventsFor } from './event-visibility.js';
import type { Viewer } from './viewer.js';

export type BriefingRow = typeof eventBriefings.$inferSelect;
export type DecisionRow = typeof eventDecisions.$inferSelect;
const b = eventBriefings;

export async function insertBriefing(db: Queryable, values: typeof eventBriefings.$inferInsert): Promise<BriefingRow> {
  const [row] = await db.insert(b).values(values).returning();
  return row!;
}

export async function selectBriefing(db: Queryable, administrationId: string, briefingId: string): Promise<BriefingRow | undefined> {
  const [row] = await db
    .select()
    .from(b)
    .where(and(eq(b.administrationId, administrationId), eq(b.id, briefingId)));
  return row;
}

export async function selectBriefingsOfEvent(db: Queryable, eventId: string): Promise<BriefingRow[]> {
  return db.select().from(b).where(eq(b.eventId, eventId)).orderBy(asc(b.dueOn), asc(b.createdAt));
}

export async function updateBriefingContent(
  db: Queryable,
  briefingId: string,
  values: { content: string; writtenByUserId: string; writtenByName: string },
): Promise<BriefingRow> {
  const [row] = await db
    .update(b)
    .set({ ...values, writtenAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(b.id, briefingId))
    .returning();
  return row!;
}

// Briefings asked of the viewer, in person or through a structure they work in, on events they see.
export async function selectBriefingsOfAuthor(db: Queryable, viewer: Viewer) {
  if (!viewer.personId) return [];
  const ofViewer = or(
    eq(b.requestedFromPersonId, viewer.personId),
    viewer.heldStructureIds.length > 0 ? inArray(b.requestedFromStructureId, viewer.heldStructureIds) : sql`false`,
  );
  return db
    .select({ briefing: b, event: agendaEvents })
    .from(b)
    .innerJoin(agendaEvents, eq(agendaEvents.id, b.eventId))
    .where(and(visibleEventsFor(viewer), ofViewer))
    .orderBy(asc(b.dueOn), asc(agendaEvents.startsAt))
    .limit(500);
}

// Missing: due date passed, nothing written, the event still to come; on events the viewer sees.
function missing(viewer: Viewer) {
  return and(visibleEventsFor(viewer), lt(b.dueOn, viewer.today), isNull(b.content), gt(agendaEvents.startsAt, sql`now()`));
}

export async function selectMissingBriefings(db: Queryable, viewer: Viewer) {
  return db
    .select({ briefing: b, event: agendaEvents })
    .from(b)
    .innerJoin(agendaEvents, eq(agendaEvents.id, b.eventId))
    .where(missing(viewer))
    .orderBy(asc(agendaEvents.startsAt))
    .limit(500);
}

export async function countMissingBriefings(db: Queryable, viewer: Viewer): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(b)
    .innerJoin(agendaEvents, eq(agendaEvents.id, b.eventId))
    .where(missing(viewer));
  return row?.n ?? 0;
}

export async function insertDecisions(db: Queryable, values: (typeof eventDecisions.$inferInsert)[]): Promise<DecisionRow[]> {
  return db.insert(eventDecisions).values(values).returning();
}

export async function selectDecisionsOfEvent(db: Queryable, eventId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(eventDecisions)
    .where(eq(eventDecisions.eventId, eventId))
    .orderBy(asc(eventDecisions.createdAt), asc(eventDecisions.position), asc(eventDecisions.id));
}

// Locked, so two clicks on "turn into directives" never convert one decision twice.
export async function selectDecisionsOfEventForUpdate(tx: Queryable, eventId: string): Promise<DecisionRow[]> {
  return tx
    .select()
    .from(eventDecisions)
    .where(eq(eventDecisions.eventId, eventId))
    .orderBy(asc(eventDecisions.createdAt), asc(eventDecisions.position), asc(eventDecisions.id))
    .for('update');
}

export async function linkDecisionDirective(tx: Queryable, decisionId: string, directiveId: string) {
  await tx.update(eventDecisions).set({ directiveId }).where(eq(eventDecisions.id, decisionId));
}
