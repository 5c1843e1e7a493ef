// Operational plans (PTA), their activities and the activities' quarterly progress. No rules here.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { activities, activityProgress, operationalPlans, programmeActions, programmes } from './planning.tables.js';

export type OperationalPlanRow = typeof operationalPlans.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type ProgressRow = typeof activityProgress.$inferSelect;

// --- operational plans ---
export function selectOperationalPlans(db: Queryable, administrationId: string) {
  return db
    .select({
      plan: operationalPlans,
      activityCount: sql<number>`count(${activities.id})::int`,
      budgetAllotted: sql<number>`coalesce(sum(${activities.budgetAllotted}), 0)::float8`,
    })
    .from(operationalPlans)
    .leftJoin(activities, eq(activities.operationalPlanId, operationalPlans.id))
    .where(eq(operationalPlans.administrationId, administrationId))
    .groupBy(operationalPlans.id)
    .orderBy(desc(operationalPlans.year));
}

export async function selectOperationalPlan(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(operationalPlans)
    .where(and(eq(operationalPlans.id, id), eq(operationalPlans.administrationId, administrationId)));
  return row;
}

export async function selectOperationalPlanOfYear(db: Queryable, administrationId: string, year: number) {
  const [row] = await db
    .select()
    .from(operationalPlans)
    .where(and(eq(operationalPlans.administrationId, administrationId), eq(operationalPlans.year, year)));
  return row;
}

export async function insertOperationalPlan(tx: Queryable, values: typeof operationalPlans.$inferInsert) {
  const [row] = await tx.insert(operationalPlans).values(values).returning();
  return row!;
}

export async function updateOperationalPlan(tx: Queryable, id: string, values: Partial<typeof operationalPlans.$inferInsert>) {
  const [row] = await tx
    .update(operationalPlans)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(operationalPlans.id, id))
    .returning();
  return row!;
}

export async function deleteOperationalPlan(tx: Queryable, id: string) {
  await tx.delete(operationalPlans).where(eq(operationalPlans.id, id));
}

export async function countActivitiesOfPlan(db: Queryable, operationalPlanId: string) {
  const [row] = await db.select({ n: count() }).from(activities).where(eq(activities.operationalPlanId, operationalPlanId));
  return row?.n ?? 0;
}

// --- activities ---
const activityColumns = {
  activity: activities,
  year: operationalPlans.year,
  actionCode: programmeActions.code,
  programmeId: programmeActions.programmeId,
  programmeCode: programmes.code,
};

function activityQuery(db: Queryable) {
  return db
    .select(activityColumns)
    .from(activities)
    .innerJoin(operationalPlans, eq(operationalPlans.id, activities.operationalPlanId))
    .innerJoin(programmeActions, eq(programmeActions.id, activities.actionId))
    .innerJoin(programmes, eq(programmes.id, programmeActions.programmeId));
}

export async function selectActivity(db: Queryable, administrationId: string, id: string) {
  const [row] = await activityQuery(db).where(and(eq(activities.id, id), eq(activities.administrationId, administrationId)));
  return row;
}

export type ActivityFilter = {
  year?: number;
  operationalPlanId?: string;
  programmeId?: string;
  actionId?: string;
  structureIds?: readonly string[];
  q?: string;
};

function activityConditions(administrationId: string, f: ActivityFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(activities.administrationId, administrationId)];
  if (f.year !== undefined) conditions.push(eq(operationalPlans.year, f.year));
  if (f.operationalPlanId) conditions.push(eq(activities.operationalPlanId, f.operationalPlanId));
  if (f.programmeId) conditions.push(eq(programmeActions.programmeId, f.programmeId));
  if (f.actionId) conditions.push(eq(activities.actionId, f.actionId));
  if (f.structureIds) conditions.push(inArray(activities.responsibleStructureId, [...f.structureIds]));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`immutable_unaccent(lower(${activities.code} || ' ' || ${activities.title})) LIKE immutable_unaccent(lower(${pattern}))`,
    );
  }
  return and(...conditions);
}

export async function selectActivitiesPage(
  db: Queryable,
  administrationId: string,
  filter: ActivityFilter & {
    asOfQuarter: number;
    sort: 'code' | 'title' | 'budget' | 'progress';
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
) {
  const where = activityConditions(administrationId, filter);
  const latestProgress = sql`(SELECT p.physical_progress FROM activity_progress p WHERE p.activity_id = ${activities.id} AND p.quarter <= ${filter.asOfQuarter} ORDER BY p.quarter DESC LIMIT 1)`;
  const key = {
    code: sql`lower(${activities.code})`,
    title: sql`immutable_unaccent(lower(${activities.title}))`,
    budget: sql`${activities.budgetAllotted}`,
    progress: sql`coalesce(${latestProgress}, 0)`,
  }[filter.sort];
  const direction = filter.order === 'desc' ? sql`DESC` : sql`ASC`;
  const [total] = await db
    .select({ n: count() })
    .from(activities)
    .innerJoin(operationalPlans, eq(operationalPlans.id, activities.operationalPlanId))
    .innerJoin(programmeActions, eq(programmeActions.id, activities.actionId))
    .where(where);
  const items = await activityQuery(db)
    .where(where)
    .orderBy(sql`${key} ${direction}`, desc(operationalPlans.year), asc(activities.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return { items, total: total?.n ?? 0 };
}

export function selectAllActivities(db: Queryable, administrationId: string, filter: ActivityFilter = {}) {
  return activityQuery(db)
    .where(activityConditions(administrationId, filter))
    .orderBy(desc(operationalPlans.year), asc(programmes.code), asc(programmeActions.code), asc(activities.code));
}

export async function insertActivity(tx: Queryable, values: typeof activities.$inferInsert) {
  const [row] = await tx.insert(activities).values(values).returning();
  return row!;
}

export async function updateActivity(tx: Queryable, id: string, values: Partial<typeof activities.$inferInsert>) {
  const [row] = await tx
    .update(activities)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(activities.id, id))
    .returning();
  return row!;
}

export async function deleteActivity(tx: Queryable, id: string) {
  await tx.delete(activities).where(eq(activities.id, id));
}

// --- progress ---
export function selectProgress(db: Queryable, activityIds: readonly string[]) {
  if (activityIds.length === 0) return Promise.resolve([] as ProgressRow[]);
  return db
    .select()
    .from(activityProgress)
    .where(inArray(activityProgress.activityId, [...activityIds]))
    .orderBy(asc(activityProgress.activityId), asc(activityProgress.quarter));
}

export async function upsertProgress(tx: Queryable, values: typeof activityProgress.$inferInsert) {
  const [row] = await tx
    .insert(activityProgress)
    .values(values)
    .onConflictDoUpdate({
      target: [activityProgress.activityId, activityProgress.quarter],
      set: {
        physicalProgress: values.physicalProgress,
        budgetCommitted: values.budgetCommitted,
        budgetSpent: values.budgetSpent,
        comment: values.comment,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

export type ExecutionTotalsRow = {
  year: number;
  group_id: string;
  activity_count: number;
  weight: number;
  weighted_physical: number;
  weighted_expected: number;
  allotted: number;
  committed: number;
  spent: number;
};

// Execution sums per action (or per responsible structure) and year, as at the end of a quarter of each year.
// The same sums as totalsOfActivity() in execution.ts, set-based for the dashboards (checked equal by a test).
export async function selectExecutionTotals(
  db: Queryable,
  administrationId: string,
  input: { years: readonly number[]; quarter: number; groupBy: 'action' | 'structure'; structureIds?: readonly string[] },
): Promise<ExecutionTotalsRow[]> {
  const groupColumn = input.groupBy === 'action' ? sql`a.action_id` : sql`a.responsible_structure_id`;
  const structureFilter = input.structureIds
    ? sql`AND a.responsible_structure_id = ANY(${sql.param([...input.structureIds])}::uuid[])`
    : sql``;
  const result = await db.execute<ExecutionTotalsRow>(sql`
    SELECT op.year, ${groupColumn} AS group_id,
           count(*)::int AS activity_count,
           sum(a.weight)::float8 AS weight,
           sum(a.weight * coalesce(p.physical_progress, 0))::float8 AS weighted_physical,
           sum(a.weight * 100.0 * (SELECT count(*) FROM unnest(a.quarters) s WHERE s <= ${input.quarter}) / cardinality(a.quarters))::float8 AS weighted_expected,
           sum(a.budget_allotted)::float8 AS allotted,
           sum(coalesce(p.budget_committed, 0))::float8 AS committed,
           sum(coalesce(p.budget_spent, 0))::float8 AS spent
      FROM activities a
      JOIN operational_plans op ON op.id = a.operational_plan_id
      LEFT JOIN LATERAL (
        SELECT physical_progress, budget_committed, budget_spent FROM activity_progress ap
         WHERE ap.activity_id = a.id AND ap.quarter <= ${input.quarter}
         ORDER BY ap.quarter DESC LIMIT 1) p ON true
     WHERE a.administration_id = ${administrationId} AND op.year = ANY(${sql.param([...input.years])}::int[]) ${structureFilter}
     GROUP BY op.year, ${groupColumn}`);
  return result.rows;
}
