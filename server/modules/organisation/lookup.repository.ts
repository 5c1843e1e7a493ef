// Read-only lookups other modules need from the organisation (results chain, dashboards). No rules here.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { posts, structures } from './organisation.tables.js';

const structureColumns = {
  id: structures.id,
  name: structures.name,
  acronym: structures.acronym,
  parentId: structures.parentId,
  kind: structures.kind,
};

export function selectStructureSummaries(db: Queryable, administrationId: string, ids?: readonly string[]) {
  const conditions = [eq(structures.administrationId, administrationId)];
  if (ids) conditions.push(inArray(structures.id, [...ids]));
  return db
    .select(structureColumns)
    .from(structures)
    .where(and(...conditions))
    .orderBy(asc(structures.sortOrder), asc(structures.name));
}

export function selectPostSummaries(db: Queryable, administrationId: string, ids?: readonly string[]) {
  if (ids && ids.length === 0) return Promise.resolve([]);
  const conditions = [eq(posts.administrationId, administrationId)];
  if (ids) conditions.push(inArray(posts.id, [...ids]));
  return db
    .select({ id: posts.id, title: posts.title, structureId: posts.structureId })
    .from(posts)
    .where(and(...conditions));
}

// A structure and every structure under it by authority.
export async function selectStructureSubtreeIds(db: Queryable, administrationId: string, rootId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM structures WHERE id = ${rootId} AND administration_id = ${administrationId}
      UNION ALL
      SELECT s.id FROM structures s JOIN tree ON s.parent_id = tree.id
    )
    SELECT id FROM tree`);
  return result.rows.map((r) => r.id);
}

export type HeldPostRow = { post_id: string; structure_id: string; function: string; is_head_of_structure: boolean };

// The posts a person holds (assignment) or acts for (interim) on a date, with their structure.
export async function selectPostsHeld(db: Queryable, personId: string, onDate: string): Promise<HeldPostRow[]> {
  const result = await db.execute<HeldPostRow>(sql`
    SELECT po.id AS post_id, po.structure_id, po.function, po.is_head_of_structure FROM posts po
     WHERE po.id IN (
       SELECT post_id FROM assignments WHERE person_id = ${personId} AND start_date <= ${onDate}::date AND (end_date IS NULL OR end_date >= ${onDate}::date)
       UNION
       SELECT post_id FROM interims WHERE person_id = ${personId} AND ${onDate}::date BETWEEN start_date AND end_date)`);
  return result.rows;
}
