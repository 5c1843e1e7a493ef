// Small reads other modules need about people, posts and structures (names, posts held), by id.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { persons, posts, structures } from './organisation.tables.js';

export async function selectPersonNames(db: Queryable, administrationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: persons.id, civility: persons.civility, firstName: persons.firstName, lastName: persons.lastName, email: persons.email })
    .from(persons)
    .where(and(eq(persons.administrationId, administrationId), inArray(persons.id, ids)));
}

export async function selectPostNames(db: Queryable, administrationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: posts.id, title: posts.title, acronym: posts.acronym, structureId: posts.structureId })
    .from(posts)
    .where(and(eq(posts.administrationId, administrationId), inArray(posts.id, ids)));
}

export async function selectStructureNames(db: Queryable, administrationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: structures.id, name: structures.name, acronym: structures.acronym, kind: structures.kind })
    .from(structures)
    .where(and(eq(structures.administrationId, administrationId), inArray(structures.id, ids)));
}

export type HeldPostRow = { post_id: string; function: string; structure_id: string; structure_kind: string };

// The posts a person holds (assignment) or acts for (interim) on a date, with their structure's kind.
export async function selectHeldPosts(db: Queryable, administrationId: string, personId: string, onDate: string) {
  const result = await db.execute<HeldPostRow>(sql`
    SELECT DISTINCT po.id AS post_id, po.function, s.id AS structure_id, s.kind AS structure_kind
      FROM posts po JOIN structures s ON s.id = po.structure_id
     WHERE po.administration_id = ${administrationId} AND po.id IN (
       SELECT post_id FROM assignments
        WHERE person_id = ${personId} AND start_date <= ${onDate}::date AND (end_date IS NULL OR end_date >= ${onDate}::date)
       UNION
       SELECT post_id FROM interims WHERE person_id = ${personId} AND ${onDate}::date BETWEEN start_date AND end_date)`);
  return result.rows;
}
