// Persons, assignments (affectations), interims and absences. No rules here.
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { absences, assignments, interims, persons, posts } from './organisation.tables.js';

export type PersonRow = typeof persons.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type InterimRow = typeof interims.$inferSelect;
export type AbsenceRow = typeof absences.$inferSelect;

const fullName = sql<string>`${persons.firstName} || ' ' || ${persons.lastName}`;

// --- persons ---
export async function selectPersonsPage(db: Queryable, administrationId: string, query: { q?: string; limit: number; offset: number }) {
  const conditions: (SQL | undefined)[] = [eq(persons.administrationId, administrationId)];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`immutable_unaccent(lower(${persons.firstName} || ' ' || ${persons.lastName} || ' ' || ${persons.lastName} || ' ' || ${persons.firstName} || ' ' || coalesce(${persons.email}, '')))
          LIKE immutable_unaccent(lower(${pattern}))`,
    );
  }
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(persons).where(where);
  const items = await db
    .select()
    .from(persons)
    .where(where)
    .orderBy(sql`immutable_unaccent(lower(${persons.lastName}))`, sql`immutable_unaccent(lower(${persons.firstName}))`, asc(persons.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items, total: total?.n ?? 0 };
}

export async function selectPerson(db: Queryable, administrationId: string, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), eq(persons.administrationId, administrationId)));
  return row;
}

export function selectAllPersons(db: Queryable, administrationId: string) {
  return db
    .select()
    .from(persons)
    .where(eq(persons.administrationId, administrationId))
    .orderBy(asc(persons.lastName), asc(persons.firstName));
}

export async function insertPerson(tx: Queryable, values: typeof persons.$inferInsert): Promise<PersonRow> {
  const [row] = await tx.insert(persons).values(values).returning();
  return row!;
}

export async function updatePerson(tx: Queryable, id: string, values: Partial<typeof persons.$inferInsert>): Promise<PersonRow> {
  const [row] = await tx
    .update(persons)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(persons.id, id))
    .returning();
  return row!;
}

// --- assignments ---
const assignmentColumns = {
  id: assignments.id,
  personId: assignments.personId,
  personName: fullName,
  postId: assignments.postId,
  postTitle: posts.title,
  startDate: assignments.startDate,
  endDate: assignments.endDate,
};

export function selectAssignments(db: Queryable, administrationId: string, filter: { postId?: string; personId?: string } = {}) {
  return db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(persons, eq(persons.id, assignments.personId))
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .where(
      and(
        eq(assignments.administrationId, administrationId),
        filter.postId ? eq(assignments.postId, filter.postId) : undefined,
        filter.personId ? eq(assignments.personId, filter.personId) : undefined,
      ),
    )
    .orderBy(desc(assignments.startDate), asc(persons.lastName));
}

export async function selectAssignment(db: Queryable, administrationId: string, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), eq(assignments.administrationId, administrationId)));
  return row;
}

export async function selectAssignmentView(db: Queryable, id: string) {
  const [row] = await db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(persons, eq(persons.id, assignments.personId))
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .where(eq(assignments.id, id));
  return row!;
}

// Another assignment of the same person to the same post over part of the period.
export async function selectOverlappingAssignment(
  db: Queryable,
  input: { personId: string; postId: string; startDate: string; endDate: string | null; exceptId?: string },
) {
  const [row] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.personId, input.personId),
        eq(assignments.postId, input.postId),
        input.exceptId ? ne(assignments.id, input.exceptId) : undefined,
        or(isNull(assignments.endDate), gte(assignments.endDate, input.startDate)),
        input.endDate ? lte(assignments.startDate, input.endDate) : undefined,
      ),
    );
  return row;
}

export async function insertAssignment(tx: Queryable, values: typeof assignments.$inferInsert) {
  const [row] = await tx.insert(assignments).values(values).returning();
  return row!;
}

export async function updateAssignmentEnd(tx: Queryable, id: string, endDate: string | null) {
  const [row] = await tx.update(assignments).set({ endDate }).where(eq(assignments.id, id)).returning();
  return row!;
}

export async function countPostHistory(db: Queryable, postId: string) {
  const [a] = await db.select({ n: count() }).from(assignments).where(eq(assignments.postId, postId));
  const [i] = await db.select({ n: count() }).from(interims).where(eq(interims.postId, postId));
  return { assignments: a?.n ?? 0, interims: i?.n ?? 0 };
}

// --- interims ---
const interimColumns = {
  id: interims.id,
  postId: interims.postId,
  postTitle: posts.title,
  personId: interims.personId,
  personName: fullName,
  startDate: interims.startDate,
  endDate: interims.endDate,
  legalReference: interims.legalReference,
  reason: interims.reason,
};

export function selectInterims(
  db: Queryable,
  administrationId: string,
  filter: { postId?: string; personId?: string; activeOn?: string; ids?: string[] } = {},
) {
  return db
    .select(interimColumns)
    .from(interims)
    .innerJoin(persons, eq(persons.id, interims.personId))
    .innerJoin(posts, eq(posts.id, interims.postId))
    .where(
      and(
        eq(interims.administrationId, administrationId),
        filter.postId ? eq(interims.postId, filter.postId) : undefined,
        filter.personId ? eq(interims.personId, filter.personId) : undefined,
        filter.activeOn ? and(lte(interims.startDate, filter.activeOn), gte(interims.endDate, filter.activeOn)) : undefined,
        filter.ids ? inArray(interims.id, filter.ids) : undefined,
      ),
    )
    .orderBy(desc(interims.startDate));
}

export async function selectInterim(db: Queryable, administrationId: string, id: string): Promise<InterimRow | undefined> {
  const [row] = await db
    .select()
    .from(interims)
    .where(and(eq(interims.id, id), eq(interims.administrationId, administrationId)));
  return row;
}

// Another interim of the same post over part of the period.
export async function selectOverlappingInterim(db: Queryable, input: { postId: string; startDate: string; endDate: string }) {
  const [row] = await db
    .select({ id: interims.id })
    .from(interims)
    .where(and(eq(interims.postId, input.postId), gte(interims.endDate, input.startDate), lte(interims.startDate, input.endDate)));
  return row;
}

export async function insertInterim(tx: Queryable, values: typeof interims.$inferInsert) {
  const [row] = await tx.insert(interims).values(values).returning();
  return row!;
}

export async function deleteInterim(tx: Queryable, id: string) {
  await tx.delete(interims).where(eq(interims.id, id));
}

// --- absences ---
const absenceColumns = {
  id: absences.id,
  personId: absences.personId,
  personName: fullName,
  startDate: absences.startDate,
  endDate: absences.endDate,
  reason: absences.reason,
};

export function selectAbsences(
  db: Queryable,
  administrationId: string,
  filter: { personId?: string; from?: string; to?: string; ids?: string[] } = {},
) {
  return db
    .select(absenceColumns)
    .from(absences)
    .innerJoin(persons, eq(persons.id, absences.personId))
    .where(
      and(
        eq(absences.administrationId, administrationId),
        filter.personId ? eq(absences.personId, filter.personId) : undefined,
        filter.from ? gte(absences.endDate, filter.from) : undefined,
        filter.to ? lte(absences.startDate, filter.to) : undefined,
        filter.ids ? inArray(absences.id, filter.ids) : undefined,
      ),
    )
    .orderBy(desc(absences.startDate));
}

export async function selectAbsence(db: Queryable, administrationId: string, id: string): Promise<AbsenceRow | undefined> {
  const [row] = await db
    .select()
    .from(absences)
    .where(and(eq(absences.id, id), eq(absences.administrationId, administrationId)));
  return row;
}

export async function insertAbsence(tx: Queryable, values: typeof absences.$inferInsert) {
  const [row] = await tx.insert(absences).values(values).returning();
  return row!;
}

export async function deleteAbsence(tx: Queryable, id: string) {
  await tx.delete(absences).where(eq(absences.id, id));
}

// All assignments and interims of an administration, for the export.
export function selectAllAssignments(db: Queryable, administrationId: string) {
  return db.select().from(assignments).where(eq(assignments.administrationId, administrationId)).orderBy(asc(assignments.startDate));
}

export function selectAllInterims(db: Queryable, administrationId: string) {
  return db.select().from(interims).where(eq(interims.administrationId, administrationId)).orderBy(asc(interims.startDate));
}
