import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/client.js';
import { uuidArray } from '../../platform/db/sql.js';
import { directiveCoAssignees, directives, directiveUpdates, followupVersions, type DirectiveStatus } from './followup.tables.js';
import type { ViewerProfile } from './visibility.js';
import { BEHIND_TOLERANCE_POINTS } from './workflow.js';

export type DirectiveRow = typeof directives.$inferSelect;
export type DirectiveInsert = typeof directives.$inferInsert;
export type CoAssigneeRow = typeof directiveCoAssignees.$inferSelect;
export type CoAssignee = Pick<CoAssigneeRow, 'directiveId' | 'structureId' | 'postId'>;
export type DirectiveUpdateRow = typeof directiveUpdates.$inferSelect;

const d = directives;
const OPEN = sql`('not_started', 'in_progress', 'blocked')`;

// The confidentiality rules of visibility.ts, as SQL (undefined: the viewer sees everything).
export function visibleTo(viewer: ViewerProfile): SQL | undefined {
  if (viewer.seesAllReserved && viewer.seesAllSensitive) return undefined;
  const posts = uuidArray(viewer.postIds);
  const headed = uuidArray(viewer.headedStructureIds);
  const named = sql`(${d.issuedByPostId} = ANY(${posts}) OR ${d.createdByPersonId} = ${viewer.personId}::uuid
    OR ${d.leadPostId} = ANY(${posts}) OR (${d.leadPostId} IS NULL AND ${d.leadStructureId} = ANY(${headed}))
    OR EXISTS (SELECT 1 FROM directive_co_assignees c WHERE c.directive_id = ${d.id}
               AND (c.post_id = ANY(${posts}) OR (c.post_id IS NULL AND c.structure_id = ANY(${headed})))))`;
  const scope = uuidArray(viewer.scopeStructureIds);
  const sensitive = viewer.seesAllSensitive
    ? sql`true`
    : sql`(${d.leadStructureId} = ANY(${scope}) OR ${named}
        OR EXISTS (SELECT 1 FROM directive_co_assignees c WHERE c.directive_id = ${d.id} AND c.structure_id = ANY(${scope})))`;
  const reserved = viewer.seesAllReserved ? sql`true` : named;
  return sql`(${d.confidentiality} = 'normal' OR (${d.confidentiality} = 'sensitive' AND ${sensitive})
    OR (${d.confidentiality} = 'reserved' AND ${reserved}))`;
}

export type DirectiveQuery = {
  administrationId: string;
  viewer: ViewerProfile;
  today: string;
  isMine?: boolean;
  kind?: 'directive' | 'recommendation';
  statuses?: DirectiveStatus[];
  state?: 'open' | 'overdue' | 'behind' | 'on_track' | 'awaiting_confirmation' | 'closed';
  structureIds?: string[];
  sourceType?: string;
  sourceId?: string;
  meetingId?: string;
  meetingIds?: string[];
  meetingKind?: string;
  priority?: string;
  confidentiality?: string;
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  ids?: string[];
};

function behindExpression(today: string): SQL {
  return sql`${d.progress} < ((${today}::date - ${d.issuedOn})::numeric / greatest(${d.dueDate} - ${d.issuedOn}, 1)) * 100 - ${BEHIND_TOLERANCE_POINTS}`;
}

function stateCondition(state: NonNullable<DirectiveQuery['state']>, today: string): SQL {
  switch (state) {
    case 'open':
      return sql`${d.status} IN ${OPEN}`;
    case 'overdue':
      return sql`${d.status} IN ${OPEN} AND ${d.dueDate} < ${today}::date`;
    case 'behind':
      return sql`${d.status} IN ${OPEN} AND ${d.dueDate} >= ${today}::date AND ${behindExpression(today)}`;
    case 'on_track':
      return sql`${d.status} IN ${OPEN} AND ${d.dueDate} >= ${today}::date AND NOT (${behindExpression(today)})`;
    case 'awaiting_confirmation':
      return sql`${d.status} = 'done' AND ${d.confirmedAt} IS NULL`;
    case 'closed':
      return sql`${d.status} IN ('done', 'cancelled')`;
  }
}

function whereOf(q: DirectiveQuery): SQL {
  const a = q.administrationId;
  const conditions: (SQL | undefined)[] = [eq(d.administrationId, a), visibleTo(q.viewer)];
  if (q.isMine) {
    const posts = uuidArray(q.viewer.postIds);
    const headed = uuidArray(q.viewer.headedStructureIds);
    // indexed conditions joined by OR (a BitmapOr in the plan); the co-assignments are read once as an array
    conditions.push(sql`(${d.leadPostId} = ANY(${posts}) OR ${d.leadStructureId} = ANY(${headed})
      OR ${d.id} = ANY(ARRAY(SELECT directive_id FROM directive_co_assignees WHERE administration_id = ${a}
        AND (post_id = ANY(${posts}) OR (post_id IS NULL AND structure_id = ANY(${headed}))))))`);
  }
  if (q.kind) conditions.push(eq(d.kind, q.kind));
  if (q.statuses && q.statuses.length > 0) conditions.push(inArray(d.status, q.statuses));
  if (q.state) conditions.push(stateCondition(q.state, q.today));
  if (q.structureIds) {
    const ids = uuidArray(q.structureIds);
    conditions.push(sql`(${d.leadStructureId} = ANY(${ids})
      OR ${d.id} = ANY(ARRAY(SELECT directive_id FROM directive_co_assignees WHERE administration_id = ${a} AND structure_id = ANY(${ids}))))`);
  }
  if (q.sourceType) conditions.push(sql`${d.sourceType} = ${q.sourceType}`);
  if (q.sourceId) conditions.push(eq(d.sourceId, q.sourceId));
  if (q.meetingId) conditions.push(eq(d.meetingId, q.meetingId));
  if (q.meetingIds) conditions.push(sql`${d.meetingId} = ANY(${uuidArray(q.meetingIds)})`);
  if (q.meetingKind)
    conditions.push(sql`${d.meetingId} IN (SELECT id FROM meetings WHERE administration_id = ${a} AND kind = ${q.meetingKind})`);
  if (q.priority) conditions.push(sql`${d.priority} = ${q.priority}`);
  if (q.confidentiality) conditions.push(sql`${d.confidentiality} = ${q.confidentiality}`);
  if (q.dueFrom) conditions.push(gte(d.dueDate, q.dueFrom));
  if (q.dueTo) conditions.push(lte(d.dueDate, q.dueTo));
  if (q.q) {
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${d.text} ILIKE ${pattern} OR ${d.reference} ILIKE ${pattern})`);
  }
  if (q.ids) conditions.push(sql`${d.id} = ANY(${uuidArray(q.ids)})`);
  return and(...conditions)!;
}

const priorityRank = sql`CASE ${d.priority} WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`;
const orderings: Record<string, SQL[]> = {
  dueDate: [asc(d.dueDate), asc(d.reference)],
  '-dueDate': [desc(d.dueDate), asc(d.reference)],
  priority: [asc(priorityRank), asc(d.dueDate), asc(d.reference)],
  '-priority': [desc(priorityRank), asc(d.dueDate), asc(d.reference)],
  issuedOn: [asc(d.issuedOn), asc(d.reference)],
  '-issuedOn': [desc(d.issuedOn), asc(d.reference)],
  updatedAt: [asc(d.updatedAt), asc(d.reference)],
  '-updatedAt': [desc(d.updatedAt), asc(d.reference)],
  progress: [asc(d.progress), asc(d.dueDate), asc(d.reference)],
  '-progress': [desc(d.progress), asc(d.dueDate), asc(d.reference)],
  reference: [asc(d.reference)],
};

// The co-assignees of the row, as JSON (evaluated after the LIMIT: only for the page's rows). The table is
// named in full: in a select list drizzle writes a bare "id", which the sub-query would take for its own.
const coAssigneesJson = sql<{ structureId: string; postId: string | null }[]>`coalesce((
  SELECT json_agg(json_build_object('structureId', c.structure_id, 'postId', c.post_id))
    FROM directive_co_assignees c WHERE c.directive_id = directives.id), '[]'::json)`;

// One query: the page with its co-assignees and, by a window over the same rows, the total.
export async function selectDirectivePage(db: Queryable, q: DirectiveQuery, sort: string, limit: number, offset: number) {
  const where = whereOf(q);
  const rows = await db
    .select({ directive: d, co: coAssigneesJson, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(d)
    .where(where)
    .orderBy(...(orderings[sort] ?? orderings.dueDate!))
    .limit(limit)
    .offset(offset);
  // past the last page the window has no row to ride on
  const total = rows[0]?.total ?? (offset > 0 ? ((await db.select({ n: count() }).from(d).where(where))[0]?.n ?? 0) : 0);
  const co = rows.flatMap((r) => r.co.map((c) => ({ directiveId: r.directive.id, structureId: c.structureId, postId: c.postId })));
  return { rows: rows.map((r) => r.directive), co, total };
}

// Raised in every transaction that writes directives (see followupVersions).
export async function bumpVersion(tx: Tx, administrationId: string) {
  await tx.execute(sql`
    INSERT INTO ${followupVersions} (administration_id, version) VALUES (${administrationId}, 1)
    ON CONFLICT (administration_id) DO UPDATE SET version = ${followupVersions.version} + 1, updated_at = now()`);
}

export async function selectVersion(db: Queryable, administrationId: string): Promise<number> {
  const [row] = await db
    .select({ version: followupVersions.version })
    .from(followupVersions)
    .where(eq(followupVersions.administrationId, administrationId));
  return row?.version ?? 0;
}

export async function selectDirectives(db: Queryable, q: DirectiveQuery, sort = 'dueDate', limit = 5000) {
  return db
    .select()
    .from(d)
    .where(whereOf(q))
    .orderBy(...(orderings[sort] ?? orderings.dueDate!))
    .limit(limit);
}

export type IndicatorRow = {
  key: string | null;
  total: number;
  open: number;
  done: number;
  cancelled: number;
  overdue: number;
  awaiting: number;
  avg_delay: number | null;
  oldest_overdue: number | null;
};

// One scan: the groups and the totals (GROUPING SETS), with the same filters and confidentiality as the lists.
export async function selectIndicators(
  db: Queryable,
  q: DirectiveQuery,
  groupBy: 'structure' | 'period',
  period: 'month' | 'quarter' | 'year',
) {
  const key =
    groupBy === 'structure'
      ? sql`${d.leadStructureId}::text`
      : period === 'month'
        ? sql`to_char(${d.dueDate}, 'YYYY-MM')`
        : period === 'year'
          ? sql`to_char(${d.dueDate}, 'YYYY')`
          : sql`to_char(${d.dueDate}, 'YYYY-"Q"Q')`;
  const today = sql`${q.today}::date`;
  const result = await db.execute<IndicatorRow>(sql`
    SELECT ${key} AS key, GROUPING(${key}) AS is_total,
      count(*)::int AS total,
      (count(*) FILTER (WHERE ${d.status} IN ${OPEN}))::int AS open,
      (count(*) FILTER (WHERE ${d.status} = 'done'))::int AS done,
      (count(*) FILTER (WHERE ${d.status} = 'cancelled'))::int AS cancelled,
      (count(*) FILTER (WHERE ${d.status} IN ${OPEN} AND ${d.dueDate} < ${today}))::int AS overdue,
      (count(*) FILTER (WHERE ${d.status} = 'done' AND ${d.confirmedAt} IS NULL))::int AS awaiting,
      (avg(greatest(${d.completedOn} - ${d.dueDate}, 0)) FILTER (WHERE ${d.status} = 'done' AND ${d.completedOn} IS NOT NULL))::float8 AS avg_delay,
      (max(${today} - ${d.dueDate}) FILTER (WHERE ${d.status} IN ${OPEN} AND ${d.dueDate} < ${today}))::int AS oldest_overdue
    FROM ${d} WHERE ${whereOf(q)}
    GROUP BY GROUPING SETS ((${key}), ())
    ORDER BY is_total DESC, key`);
  return result.rows as (IndicatorRow & { is_total: number })[];
}

export async function selectDirective(db: Queryable, administrationId: string, id: string): Promise<DirectiveRow | undefined> {
  const [row] = await db
    .select()
    .from(d)
    .where(and(eq(d.administrationId, administrationId), eq(d.id, id)));
  return row;
}

export async function selectDirectiveForUpdate(tx: Tx, administrationId: string, id: string): Promise<DirectiveRow | undefined> {
  const [row] = await tx
    .select()
    .from(d)
    .where(and(eq(d.administrationId, administrationId), eq(d.id, id)))
    .for('update');
  return row;
}

export async function selectCoAssignees(db: Queryable, directiveIds: string[]): Promise<CoAssigneeRow[]> {
  if (directiveIds.length === 0) return [];
  return db.select().from(directiveCoAssignees).where(inArray(directiveCoAssignees.directiveId, directiveIds));
}

// D-2026-0012: numbered per administration, kind and year, under a lock so two issuers never share one.
export async function allocateReference(
  tx: Tx,
  administrationId: string,
  kind: 'directive' | 'recommendation',
  year: number,
): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`directive-reference:${administrationId}`}))`);
  const prefix = `${kind === 'directive' ? 'D' : 'R'}-${year}-`;
  const result = await tx.execute<{ n: number }>(sql`
    SELECT coalesce(max(substring(reference FROM ${prefix.length + 1}::int)::int), 0)::int AS n
      FROM ${d} WHERE administration_id = ${administrationId} AND reference LIKE ${`${prefix}%`}`);
  return `${prefix}${String((result.rows[0]?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function insertDirective(tx: Tx, values: DirectiveInsert): Promise<DirectiveRow> {
  const [row] = await tx.insert(d).values(values).returning();
  return row!;
}

export async function updateDirective(tx: Tx, id: string, values: Partial<DirectiveInsert>): Promise<DirectiveRow> {
  const [row] = await tx.update(d).set(values).where(eq(d.id, id)).returning();
  return row!;
}

export async function replaceCoAssignees(
  tx: Tx,
  administrationId: string,
  directiveId: string,
  list: { structureId: string; postId: string | null }[],
) {
  await tx.delete(directiveCoAssignees).where(eq(directiveCoAssignees.directiveId, directiveId));
  if (list.length > 0) await tx.insert(directiveCoAssignees).values(list.map((c) => ({ ...c, administrationId, directiveId })));
}

export async function insertDirectiveUpdate(tx: Tx, values: typeof directiveUpdates.$inferInsert): Promise<DirectiveUpdateRow> {
  const [row] = await tx.insert(directiveUpdates).values(values).returning();
  return row!;
}

export async function selectDirectiveUpdates(db: Queryable, directiveId: string): Promise<DirectiveUpdateRow[]> {
  return db
    .select()
    .from(directiveUpdates)
    .where(eq(directiveUpdates.directiveId, directiveId))
    .orderBy(asc(directiveUpdates.at), asc(directiveUpdates.seq));
}

export async function selectDirectiveUpdate(db: Queryable, directiveId: string, updateId: string): Promise<DirectiveUpdateRow | undefined> {
  const [row] = await db
    .select()
    .from(directiveUpdates)
    .where(and(eq(directiveUpdates.directiveId, directiveId), eq(directiveUpdates.id, updateId)));
  return row;
}

// Directives by id within one administration (links from dossiers and agenda events).
export async function selectDirectivesByIds(db: Queryable, administrationId: string, ids: string[]): Promise<DirectiveRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(d)
    .where(and(eq(d.administrationId, administrationId), inArray(d.id, ids)));
}
