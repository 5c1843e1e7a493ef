// Who holds and who acts for posts on a date: derived from assignments and interims, never stored.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { uuidArray } from '../../platform/db/sql.js';

export type HolderRow = {
  post_id: string;
  person_id: string;
  full_name: string;
  civility: string;
  is_interim: boolean;
  is_absent: boolean;
  legal_reference: string | null;
};

// Holders (by assignment) and acting persons (by interim) of every post of an administration on a date.
export async function selectHoldersOn(db: Queryable, administrationId: string, onDate: string, postIds?: string[]) {
  const postFilter = postIds ? sql`AND x.post_id = ANY(${uuidArray(postIds)})` : sql``;
  const result = await db.execute<HolderRow>(sql`
    SELECT x.post_id, x.person_id, p.civility, p.first_name || ' ' || p.last_name AS full_name, x.is_interim, x.legal_reference,
      EXISTS (SELECT 1 FROM absences ab WHERE ab.person_id = x.person_id AND ${onDate}::date BETWEEN ab.start_date AND ab.end_date) AS is_absent
    FROM (
      SELECT a.post_id, a.person_id, false AS is_interim, NULL::text AS legal_reference
        FROM assignments a
       WHERE a.administration_id = ${administrationId} AND a.start_date <= ${onDate}::date
         AND (a.end_date IS NULL OR a.end_date >= ${onDate}::date)
      UNION ALL
      SELECT i.post_id, i.person_id, true, i.legal_reference
        FROM interims i
       WHERE i.administration_id = ${administrationId} AND ${onDate}::date BETWEEN i.start_date AND i.end_date
    ) x
    JOIN persons p ON p.id = x.person_id
    WHERE true ${postFilter}
    ORDER BY x.post_id, x.is_interim, full_name`);
  return result.rows;
}

// The functions of the posts a person holds or acts for on a date.
export async function selectFunctionsHeld(db: Queryable, personId: string, onDate: string): Promise<string[]> {
  const result = await db.execute<{ function: string }>(sql`
    SELECT DISTINCT po.function FROM posts po
     WHERE po.id IN (
       SELECT post_id FROM assignments WHERE person_id = ${personId} AND start_date <= ${onDate}::date AND (end_date IS NULL OR end_date >= ${onDate}::date)
       UNION
       SELECT post_id FROM interims WHERE person_id = ${personId} AND ${onDate}::date BETWEEN start_date AND end_date)`);
  return result.rows.map((r) => r.function);
}

// The posts some persons hold or act for on a date.
export async function selectPostsHeldBy(db: Queryable, administrationId: string, onDate: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const result = await db.execute<{ person_id: string; post_id: string; title: string; is_interim: boolean }>(sql`
    SELECT x.person_id, x.post_id, po.title, x.is_interim
    FROM (
      SELECT a.person_id, a.post_id, false AS is_interim FROM assignments a
       WHERE a.administration_id = ${administrationId} AND a.person_id = ANY(${sql.param(personIds)}::uuid[])
         AND a.start_date <= ${onDate}::date AND (a.end_date IS NULL OR a.end_date >= ${onDate}::date)
      UNION ALL
      SELECT i.person_id, i.post_id, true FROM interims i
       WHERE i.administration_id = ${administrationId} AND i.person_id = ANY(${sql.param(personIds)}::uuid[])
         AND ${onDate}::date BETWEEN i.start_date AND i.end_date
    ) x
    JOIN posts po ON po.id = x.post_id
    ORDER BY x.person_id, x.is_interim, po.sort_order`);
  return result.rows;
}

// --- used by the follow-up module (chairs, assignees, reminders, confidentiality) ---

export type PostOverviewRow = {
  id: string;
  structure_id: string;
  title: string;
  acronym: string | null;
  function: string;
  is_head_of_structure: boolean;
};
export type StructureOverviewRow = { id: string; parent_id: string | null; kind: string; name: string; acronym: string | null };
export type SuccessionRuleRow = { post_id: string; context: string; position: number; substitute_post_id: string };
export type PersonOverviewRow = { id: string; civility: string; full_name: string; email: string | null };

export async function selectPostsOverview(db: Queryable, administrationId: string, postIds?: string[]) {
  const filter = postIds ? sql`AND id = ANY(${uuidArray(postIds)})` : sql``;
  const result = await db.execute<PostOverviewRow>(sql`
    SELECT id, structure_id, title, acronym, function, is_head_of_structure FROM posts
     WHERE administration_id = ${administrationId} ${filter} ORDER BY sort_order, title`);
  return result.rows;
}

export async function selectStructuresOverview(db: Queryable, administrationId: string, structureIds?: string[]) {
  const filter = structureIds ? sql`AND id = ANY(${uuidArray(structureIds)})` : sql``;
  const result = await db.execute<StructureOverviewRow>(sql`
    SELECT id, parent_id, kind, name, acronym FROM structures
     WHERE administration_id = ${administrationId} ${filter} ORDER BY sort_order, name`);
  return result.rows;
}

export async function selectSuccessionRules(db: Queryable, administrationId: string) {
  const result = await db.execute<SuccessionRuleRow>(sql`
    SELECT post_id, context, position, substitute_post_id FROM succession_rules
     WHERE administration_id = ${administrationId} ORDER BY post_id, context, position`);
  return result.rows;
}

export async function selectPersonsOverview(db: Queryable, administrationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const result = await db.execute<PersonOverviewRow>(sql`
    SELECT id, civility, first_name || ' ' || last_name AS full_name, email FROM persons
     WHERE administration_id = ${administrationId} AND id = ANY(${uuidArray(personIds)})`);
  return result.rows;
}
