// Reads an administration's whole organisation and writes many rows at once, for the Excel import and export.
import { asc, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db/client.js';
import { assignments, attributions, interims, persons, posts, ranks, structures } from './organisation.tables.js';

// Large imports stay under PostgreSQL's 65,535 parameters per statement.
const CHUNK = 1000;

async function insertChunked<T extends PgTable>(tx: Queryable, table: T, rows: T['$inferInsert'][]) {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(table).values(rows.slice(i, i + CHUNK));
}

export async function selectOrganisationSnapshot(db: Queryable, administrationId: string) {
  // one query after the other: inside a transaction they share one connection
  const rankRows = await db
    .select({ id: ranks.id, name: ranks.name, level: ranks.level })
    .from(ranks)
    .where(eq(ranks.administrationId, administrationId))
    .orderBy(asc(ranks.level), asc(ranks.name));
  const structureRows = await db
    .select({
      id: structures.id,
      name: structures.name,
      acronym: structures.acronym,
      kind: structures.kind,
      parentId: structures.parentId,
      attachedToId: structures.attachedToId,
      sortOrder: structures.sortOrder,
    })
    .from(structures)
    .where(eq(structures.administrationId, administrationId))
    .orderBy(asc(structures.sortOrder), asc(structures.name));
  const postRows = await db
    .select({
      id: posts.id,
      structureId: posts.structureId,
      title: posts.title,
      acronym: posts.acronym,
      rankId: posts.rankId,
      reportsToId: posts.reportsToId,
      function: posts.function,
      isHeadOfStructure: posts.isHeadOfStructure,
      sortOrder: posts.sortOrder,
    })
    .from(posts)
    .where(eq(posts.administrationId, administrationId))
    .orderBy(asc(posts.sortOrder), asc(posts.title));
  const attributionRows = await db
    .select({ structureId: attributions.structureId, postId: attributions.postId, text: attributions.text })
    .from(attributions)
    .where(eq(attributions.administrationId, administrationId))
    .orderBy(asc(attributions.position));
  const personRows = await db
    .select({
      id: persons.id,
      civility: persons.civility,
      firstName: persons.firstName,
      lastName: persons.lastName,
      email: persons.email,
      phone: persons.phone,
    })
    .from(persons)
    .where(eq(persons.administrationId, administrationId))
    .orderBy(asc(persons.lastName), asc(persons.firstName));
  const assignmentRows = await db
    .select({ personId: assignments.personId, postId: assignments.postId, startDate: assignments.startDate, endDate: assignments.endDate })
    .from(assignments)
    .where(eq(assignments.administrationId, administrationId))
    .orderBy(asc(assignments.startDate));
  const interimRows = await db
    .select({
      postId: interims.postId,
      personId: interims.personId,
      startDate: interims.startDate,
      endDate: interims.endDate,
      legalReference: interims.legalReference,
      reason: interims.reason,
    })
    .from(interims)
    .where(eq(interims.administrationId, administrationId))
    .orderBy(asc(interims.startDate));
  return {
    ranks: rankRows,
    structures: structureRows,
    posts: postRows,
    attributions: attributionRows,
    persons: personRows,
    assignments: assignmentRows,
    interims: interimRows,
  };
}

export type OrganisationSnapshot = Awaited<ReturnType<typeof selectOrganisationSnapshot>>;

export const insertRanks = (tx: Queryable, rows: (typeof ranks.$inferInsert)[]) => insertChunked(tx, ranks, rows);
export const insertStructures = (tx: Queryable, rows: (typeof structures.$inferInsert)[]) => insertChunked(tx, structures, rows);
export const insertPosts = (tx: Queryable, rows: (typeof posts.$inferInsert)[]) => insertChunked(tx, posts, rows);
export const insertAttributionRows = (tx: Queryable, rows: (typeof attributions.$inferInsert)[]) => insertChunked(tx, attributions, rows);
export const insertPersons = (tx: Queryable, rows: (typeof persons.$inferInsert)[]) => insertChunked(tx, persons, rows);
export const insertAssignments = (tx: Queryable, rows: (typeof assignments.$inferInsert)[]) => insertChunked(tx, assignments, rows);
export const insertInterims = (tx: Queryable, rows: (typeof interims.$inferInsert)[]) => insertChunked(tx, interims, rows);

export async function updateRankRow(tx: Queryable, id: string, values: Partial<typeof ranks.$inferInsert>) {
  await tx
    .update(ranks)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(ranks.id, id));
}

export async function updateStructureRow(tx: Queryable, id: string, values: Partial<typeof structures.$inferInsert>) {
  await tx
    .update(structures)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(structures.id, id));
}

export async function updatePostRow(tx: Queryable, id: string, values: Partial<typeof posts.$inferInsert>) {
  await tx
    .update(posts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(posts.id, id));
}

export async function updatePersonRow(tx: Queryable, id: string, values: Partial<typeof persons.$inferInsert>) {
  await tx
    .update(persons)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(persons.id, id));
}
