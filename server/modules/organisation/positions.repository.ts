// The posts a person holds or acts for on a date, with where they sit in the organisation.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';

export type PositionRow = {
  post_id: string;
  post_title: string;
  function: string;
  is_head_of_structure: boolean;
  is_interim: boolean;
  structure_id: string;
  structure_kind: string;
  parent_structure_kind: string | null;
};

export async function selectPositionsHeld(db: Queryable, personId: string, onDate: string): Promise<PositionRow[]> {
  const result = await db.execute<PositionRow>(sql`
    SELECT x.post_id, po.title AS post_title, po.function, po.is_head_of_structure, x.is_interim,
           s.id AS structure_id, s.kind AS structure_kind, ps.kind AS parent_structure_kind
    FROM (
      SELECT post_id, false AS is_interim FROM assignments
       WHERE person_id = ${personId} AND start_date <= ${onDate}::date AND (end_date IS NULL OR end_date >= ${onDate}::date)
      UNION ALL
      SELECT post_id, true FROM interims WHERE person_id = ${personId} AND ${onDate}::date BETWEEN start_date AND end_date
    ) x
    JOIN posts po ON po.id = x.post_id
    JOIN structures s ON s.id = po.structure_id
    LEFT JOIN structures ps ON ps.id = s.parent_id
    ORDER BY x.is_interim, po.sort_order`);
  return result.rows;
}

// Posts of an administration with one of the given functions (e.g. the head's post), with their structure.
export async function selectPostsWithFunction(db: Queryable, administrationId: string, functions: string[]) {
  const result = await db.execute<{ id: string; title: string; function: string; structure_id: string; structure_name: string }>(sql`
    SELECT po.id, po.title, po.function, po.structure_id, s.name AS structure_name
      FROM posts po JOIN structures s ON s.id = po.structure_id
     WHERE po.administration_id = ${administrationId} AND po.function = ANY(${sql.param(functions)}::text[])
     ORDER BY po.sort_order`);
  return result.rows;
}

// Heads of some structures on a date: holders of their head post (isHeadOfStructure), by assignment or interim.
export async function selectStructureHeads(db: Queryable, administrationId: string, structureIds: string[], onDate: string) {
  if (structureIds.length === 0) return [];
  const result = await db.execute<{ structure_id: string; person_id: string; full_name: string; post_title: string }>(sql`
    SELECT po.structure_id, p.id AS person_id, p.first_name || ' ' || p.last_name AS full_name, po.title AS post_title
    FROM posts po
    JOIN (
      SELECT post_id, person_id FROM assignments
       WHERE administration_id = ${administrationId} AND start_date <= ${onDate}::date AND (end_date IS NULL OR end_date >= ${onDate}::date)
      UNION
      SELECT post_id, person_id FROM interims WHERE administration_id = ${administrationId} AND ${onDate}::date BETWEEN start_date AND end_date
    ) h ON h.post_id = po.id
    JOIN persons p ON p.id = h.person_id
    WHERE po.administration_id = ${administrationId} AND po.is_head_of_structure AND po.structure_id = ANY(${sql.param(structureIds)}::uuid[])`);
  return result.rows;
}

export async function selectPersonNames(db: Queryable, administrationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const result = await db.execute<{ id: string; full_name: string; civility: string }>(sql`
    SELECT id, first_name || ' ' || last_name AS full_name, civility FROM persons
     WHERE administration_id = ${administrationId} AND id = ANY(${sql.param(personIds)}::uuid[])`);
  return result.rows;
}

export async function selectStructureNames(db: Queryable, administrationId: string, ids?: string[]) {
  const filter = ids ? sql`AND id = ANY(${sql.param(ids)}::uuid[])` : sql``;
  const result = await db.execute<{ id: string; name: string; acronym: string | null; kind: string }>(sql`
    SELECT id, name, acronym, kind FROM structures WHERE administration_id = ${administrationId} ${filter}`);
  return result.rows;
}

// Posts with one of the functions and the people in them on a date: holders (assignment) and acting
// persons (interim), each marked absent or not. One query.
export async function selectPostsWithFunctionAndHolders(db: Queryable, administrationId: string, functions: string[], onDate: string) {
  const result = await db.execute<{
    id: string;
    title: string;
    function: string;
    structure_id: string;
    structure_name: string;
    full_name: string | null;
    is_interim: boolean | null;
    is_absent: boolean | null;
  }>(sql`
    SELECT po.id, po.title, po.function, po.structure_id, s.name AS structure_name, h.full_name, h.is_interim,
           EXISTS (SELECT 1 FROM absences ab WHERE ab.person_id = h.person_id AND ${onDate}::date BETWEEN ab.start_date AND ab.end_date) AS is_absent
      FROM posts po
      JOIN structures s ON s.id = po.structure_id
      LEFT JOIN LATERAL (
        SELECT x.person_id, x.is_interim, p.first_name || ' ' || p.last_name AS full_name
          FROM (SELECT a.person_id, false AS is_interim FROM assignments a
                 WHERE a.post_id = po.id AND a.start_date <= ${onDate}::date AND (a.end_date IS NULL OR a.end_date >= ${onDate}::date)
                UNION ALL
                SELECT i.person_id, true FROM interims i WHERE i.post_id = po.id AND ${onDate}::date BETWEEN i.start_date AND i.end_date) x
          JOIN persons p ON p.id = x.person_id
      ) h ON true
     WHERE po.administration_id = ${administrationId} AND po.function = ANY(${sql.param(functions)}::text[])
     ORDER BY po.sort_order, h.is_interim, h.full_name`);
  return result.rows;
}
