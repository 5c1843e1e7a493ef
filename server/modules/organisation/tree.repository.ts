// Reads for the tree and for "who acts for a post".
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import type { PostFunction, StructureKind } from './organisation.tables.js';
import { posts, ranks, successionRules } from './organisation.tables.js';

// The tree is read often and is large (a benchmark: 1,500 posts): rows come back already shaped like the
// response, without the query builder's row mapping.
export type TreeStructureRow = {
  id: string;
  parentId: string | null;
  attachedToId: string | null;
  kind: StructureKind;
  name: string;
  acronym: string | null;
  sortOrder: number;
};
export type TreePostRow = {
  id: string;
  structureId: string;
  title: string;
  acronym: string | null;
  rankId: string | null;
  rankName: string | null;
  rankLevel: number | null;
  reportsToId: string | null;
  function: PostFunction;
  isHeadOfStructure: boolean;
  sortOrder: number;
};

export async function selectTreeStructures(db: Queryable, administrationId: string): Promise<TreeStructureRow[]> {
  const result = await db.execute<TreeStructureRow>(sql`
    SELECT id, parent_id AS "parentId", attached_to_id AS "attachedToId", kind, name, acronym, sort_order AS "sortOrder"
      FROM structures WHERE administration_id = ${administrationId}
     ORDER BY sort_order, name`);
  return result.rows;
}

export async function selectTreePosts(db: Queryable, administrationId: string): Promise<TreePostRow[]> {
  const result = await db.execute<TreePostRow>(sql`
    SELECT p.id, p.structure_id AS "structureId", p.title, p.acronym, p.rank_id AS "rankId", r.name AS "rankName",
           r.level AS "rankLevel", p.reports_to_id AS "reportsToId", p.function,
           p.is_head_of_structure AS "isHeadOfStructure", p.sort_order AS "sortOrder"
      FROM posts p LEFT JOIN ranks r ON r.id = p.rank_id
     WHERE p.administration_id = ${administrationId}
     ORDER BY p.sort_order, p.title`);
  return result.rows;
}

export function selectTreeRanks(db: Queryable, administrationId: string) {
  return db
    .select({ id: ranks.id, name: ranks.name, level: ranks.level })
    .from(ranks)
    .where(eq(ranks.administrationId, administrationId))
    .orderBy(asc(ranks.level), asc(ranks.name));
}

// Succession rules of a post with every candidate post's title.
export function selectSuccessionRules(db: Queryable, administrationId: string, postId: string) {
  return db
    .select({
      postId: successionRules.postId,
      context: successionRules.context,
      position: successionRules.position,
      substitutePostId: successionRules.substitutePostId,
    })
    .from(successionRules)
    .where(and(eq(successionRules.administrationId, administrationId), eq(successionRules.postId, postId)))
    .orderBy(asc(successionRules.position));
}

export function selectPostTitles(db: Queryable, administrationId: string, ids: string[]) {
  return db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(and(eq(posts.administrationId, administrationId), inArray(posts.id, ids)));
}
