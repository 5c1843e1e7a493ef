// Ranks, structures, posts and attributions: the only file touching these tables. No rules here.
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/client.js';
import { attributions, organisationVersions, posts, ranks, structures, successionRules } from './organisation.tables.js';

export type RankRow = typeof ranks.$inferSelect;
export type StructureRow = typeof structures.$inferSelect;
export type PostRow = typeof posts.$inferSelect;
export type AttributionOwner = { structureId: string } | { postId: string };

// First statement of every transaction that writes an administration's organisation (tree edits, people,
// interims, imports): raises its version, whose row lock serialises these writes so cycle checks hold, and
// tells every instance's tree cache that the organisation changed once the transaction commits.
export async function beginOrganisationWrite(tx: Tx, administrationId: string) {
  await tx.execute(sql`
    INSERT INTO ${organisationVersions} (administration_id, version) VALUES (${administrationId}, 1)
    ON CONFLICT (administration_id) DO UPDATE SET version = ${organisationVersions.version} + 1, updated_at = now()`);
}

export async function selectOrganisationVersion(db: Queryable, administrationId: string): Promise<number> {
  const result = await db.execute<{ version: string }>(
    sql`SELECT version FROM ${organisationVersions} WHERE administration_id = ${administrationId}`,
  );
  return Number(result.rows[0]?.version ?? 0);
}

// --- ranks ---
export function selectRanks(db: Queryable, administrationId: string) {
  return db
    .select({
      id: ranks.id,
      name: ranks.name,
      level: ranks.level,
      postCount: count(posts.id),
    })
    .from(ranks)
    .leftJoin(posts, eq(posts.rankId, ranks.id))
    .where(eq(ranks.administrationId, administrationId))
    .groupBy(ranks.id)
    .orderBy(asc(ranks.level), asc(ranks.name));
}

export async function selectRank(db: Queryable, administrationId: string, id: string): Promise<RankRow | undefined> {
  const [row] = await db
    .select()
    .from(ranks)
    .where(and(eq(ranks.id, id), eq(ranks.administrationId, administrationId)));
  return row;
}

export async function selectRankByName(db: Queryable, administrationId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: ranks.id })
    .from(ranks)
    .where(
      and(
        eq(ranks.administrationId, administrationId),
        sql`lower(${ranks.name}) = lower(${name})`,
        exceptId ? ne(ranks.id, exceptId) : undefined,
      ),
    );
  return row;
}

export async function insertRank(tx: Queryable, values: typeof ranks.$inferInsert): Promise<RankRow> {
  const [row] = await tx.insert(ranks).values(values).returning();
  return row!;
}

export async function updateRank(tx: Queryable, id: string, values: Partial<typeof ranks.$inferInsert>): Promise<RankRow> {
  const [row] = await tx
    .update(ranks)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(ranks.id, id))
    .returning();
  return row!;
}

export async function deleteRank(tx: Queryable, id: string) {
  await tx.delete(ranks).where(eq(ranks.id, id));
}

export async function countPostsOfRank(db: Queryable, rankId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(posts).where(eq(posts.rankId, rankId));
  return row?.n ?? 0;
}

// --- structures ---
export function selectStructures(db: Queryable, administrationId: string) {
  return db
    .select({
      id: structures.id,
      parentId: structures.parentId,
      attachedToId: structures.attachedToId,
      kind: structures.kind,
      name: structures.name,
      acronym: structures.acronym,
      sortOrder: structures.sortOrder,
    })
    .from(structures)
    .where(eq(structures.administrationId, administrationId))
    .orderBy(asc(structures.sortOrder), asc(structures.name));
}

export async function selectStructureCounts(db: Queryable, administrationId: string) {
  const result = await db.execute<{ id: string; post_count: number; child_count: number }>(sql`
    SELECT s.id,
      (SELECT count(*)::int FROM posts p WHERE p.structure_id = s.id) AS post_count,
      (SELECT count(*)::int FROM structures c WHERE c.parent_id = s.id) AS child_count
    FROM structures s WHERE s.administration_id = ${administrationId}`);
  return result.rows;
}

export async function selectStructure(db: Queryable, administrationId: string, id: string): Promise<StructureRow | undefined> {
  const [row] = await db
    .select()
    .from(structures)
    .where(and(eq(structures.id, id), eq(structures.administrationId, administrationId)));
  return row;
}

export function selectStructuresByIds(db: Queryable, administrationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: structures.id, name: structures.name, acronym: structures.acronym, kind: structures.kind })
    .from(structures)
    .where(and(eq(structures.administrationId, administrationId), inArray(structures.id, ids)));
}

export function selectChildStructures(db: Queryable, administrationId: string, id: string, link: 'parent' | 'attached') {
  return db
    .select({ id: structures.id, name: structures.name, acronym: structures.acronym, kind: structures.kind })
    .from(structures)
    .where(
      and(
        eq(structures.administrationId, administrationId),
        link === 'parent' ? eq(structures.parentId, id) : eq(structures.attachedToId, id),
      ),
    )
    .orderBy(asc(structures.sortOrder), asc(structures.name));
}

export async function insertStructure(tx: Queryable, values: typeof structures.$inferInsert): Promise<StructureRow> {
  const [row] = await tx.insert(structures).values(values).returning();
  return row!;
}

export async function updateStructure(tx: Queryable, id: string, values: Partial<typeof structures.$inferInsert>) {
  const [row] = await tx
    .update(structures)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(structures.id, id))
    .returning();
  return row!;
}

export async function deleteStructure(tx: Queryable, id: string) {
  await tx.delete(structures).where(eq(structures.id, id));
}

export async function countStructureDependents(db: Queryable, id: string) {
  const [children] = await db.select({ n: count() }).from(structures).where(eq(structures.parentId, id));
  const [postRows] = await db.select({ n: count() }).from(posts).where(eq(posts.structureId, id));
  return { children: children?.n ?? 0, posts: postRows?.n ?? 0 };
}

// --- posts ---
export function selectPosts(db: Queryable, administrationId: string, filter: { structureId?: string } = {}) {
  return db
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
      structureName: structures.name,
      rankName: ranks.name,
      rankLevel: ranks.level,
    })
    .from(posts)
    .innerJoin(structures, eq(structures.id, posts.structureId))
    .leftJoin(ranks, eq(ranks.id, posts.rankId))
    .where(and(eq(posts.administrationId, administrationId), filter.structureId ? eq(posts.structureId, filter.structureId) : undefined))
    .orderBy(asc(posts.sortOrder), asc(posts.title));
}

export async function selectPost(db: Queryable, administrationId: string, id: string): Promise<PostRow | undefined> {
  const [row] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.id, id), eq(posts.administrationId, administrationId)));
  return row;
}

export function selectPostLinks(db: Queryable, administrationId: string) {
  return db.select({ id: posts.id, reportsToId: posts.reportsToId }).from(posts).where(eq(posts.administrationId, administrationId));
}

export function selectSubordinatePosts(db: Queryable, administrationId: string, id: string) {
  return db
    .select({ id: posts.id, title: posts.title, acronym: posts.acronym })
    .from(posts)
    .where(and(eq(posts.administrationId, administrationId), eq(posts.reportsToId, id)))
    .orderBy(asc(posts.sortOrder), asc(posts.title));
}

export async function selectOtherHeadOfStructure(db: Queryable, structureId: string, exceptPostId?: string) {
  const [row] = await db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(
      and(eq(posts.structureId, structureId), eq(posts.isHeadOfStructure, true), exceptPostId ? ne(posts.id, exceptPostId) : undefined),
    );
  return row;
}

export async function insertPost(tx: Queryable, values: typeof posts.$inferInsert): Promise<PostRow> {
  const [row] = await tx.insert(posts).values(values).returning();
  return row!;
}

export async function updatePost(tx: Queryable, id: string, values: Partial<typeof posts.$inferInsert>): Promise<PostRow> {
  const [row] = await tx
    .update(posts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(posts.id, id))
    .returning();
  return row!;
}

export async function deletePost(tx: Queryable, id: string) {
  await tx.delete(posts).where(eq(posts.id, id));
}

export function selectSuccessionRulesOfPost(db: Queryable, administrationId: string, postId: string) {
  return db
    .select({
      context: successionRules.context,
      position: successionRules.position,
      substitutePostId: successionRules.substitutePostId,
      substitutePostTitle: posts.title,
    })
    .from(successionRules)
    .innerJoin(posts, eq(posts.id, successionRules.substitutePostId))
    .where(and(eq(successionRules.administrationId, administrationId), eq(successionRules.postId, postId)))
    .orderBy(asc(successionRules.context), asc(successionRules.position));
}

// --- attributions ---
export function selectAttributions(db: Queryable, administrationId: string, owner: AttributionOwner) {
  return db
    .select({ id: attributions.id, text: attributions.text, position: attributions.position })
    .from(attributions)
    .where(
      and(
        eq(attributions.administrationId, administrationId),
        'structureId' in owner ? eq(attributions.structureId, owner.structureId) : eq(attributions.postId, owner.postId),
      ),
    )
    .orderBy(asc(attributions.position));
}

export async function replaceAttributions(tx: Queryable, administrationId: string, owner: AttributionOwner, texts: string[]) {
  await tx
    .delete(attributions)
    .where('structureId' in owner ? eq(attributions.structureId, owner.structureId) : eq(attributions.postId, owner.postId));
  if (texts.length === 0) return;
  await tx.insert(attributions).values(texts.map((text, position) => ({ administrationId, ...owner, text, position })));
}

export async function insertAttributions(tx: Queryable, rows: (typeof attributions.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(attributions).values(rows);
}

// All attributions of an administration with their owner (for export and import).
export function selectAllAttributions(db: Queryable, administrationId: string) {
  return db
    .select({
      structureId: attributions.structureId,
      postId: attributions.postId,
      text: attributions.text,
      position: attributions.position,
    })
    .from(attributions)
    .where(eq(attributions.administrationId, administrationId))
    .orderBy(asc(attributions.position));
}

// The next sort order, so a new structure or post goes last.
export async function selectNextSortOrder(db: Queryable, administrationId: string, of: 'structure' | 'post'): Promise<number> {
  const table = of === 'structure' ? structures : posts;
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${table.sortOrder}), -1)::int + 1` })
    .from(table)
    .where(eq(table.administrationId, administrationId));
  return row?.next ?? 0;
}
