// Strategic plans, axes, objectives, expected results, programmes and actions. No rules here.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { activities, expectedResults, planAxes, planObjectives, programmeActions, programmes, strategicPlans } from './planning.tables.js';

export type StrategicPlanRow = typeof strategicPlans.$inferSelect;
export type AxisRow = typeof planAxes.$inferSelect;
export type ObjectiveRow = typeof planObjectives.$inferSelect;
export type ExpectedResultRow = typeof expectedResults.$inferSelect;
export type ProgrammeRow = typeof programmes.$inferSelect;
export type ActionRow = typeof programmeActions.$inferSelect;

// --- strategic plans ---
export function selectStrategicPlans(db: Queryable, administrationId: string) {
  return db
    .select()
    .from(strategicPlans)
    .where(eq(strategicPlans.administrationId, administrationId))
    .orderBy(asc(strategicPlans.startYear), asc(strategicPlans.title));
}

export async function selectStrategicPlan(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(strategicPlans)
    .where(and(eq(strategicPlans.id, id), eq(strategicPlans.administrationId, administrationId)));
  return row;
}

export async function insertStrategicPlan(tx: Queryable, values: typeof strategicPlans.$inferInsert) {
  const [row] = await tx.insert(strategicPlans).values(values).returning();
  return row!;
}

export async function updateStrategicPlan(tx: Queryable, id: string, values: Partial<typeof strategicPlans.$inferInsert>) {
  const [row] = await tx
    .update(strategicPlans)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(strategicPlans.id, id))
    .returning();
  return row!;
}

export async function deleteStrategicPlan(tx: Queryable, id: string) {
  await tx.delete(strategicPlans).where(eq(strategicPlans.id, id));
}

// The whole chain of plans (one, or all of an administration): axes, objectives and expected results.
export async function selectPlanChain(db: Queryable, administrationId: string, planId?: string) {
  const axisWhere = planId
    ? and(eq(planAxes.administrationId, administrationId), eq(planAxes.planId, planId))
    : eq(planAxes.administrationId, administrationId);
  const axes = await db.select().from(planAxes).where(axisWhere).orderBy(asc(planAxes.sortOrder), asc(planAxes.code));
  const axisIds = axes.map((a) => a.id);
  const objectives = axisIds.length
    ? await db
        .select()
        .from(planObjectives)
        .where(inArray(planObjectives.axisId, axisIds))
        .orderBy(asc(planObjectives.sortOrder), asc(planObjectives.code))
    : [];
  const objectiveIds = objectives.map((o) => o.id);
  const results = objectiveIds.length
    ? await db
        .select()
        .from(expectedResults)
        .where(inArray(expectedResults.objectiveId, objectiveIds))
        .orderBy(asc(expectedResults.sortOrder), asc(expectedResults.code))
    : [];
  return { axes, objectives, results };
}

// --- axes, objectives, expected results ---
export async function selectAxis(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(planAxes)
    .where(and(eq(planAxes.id, id), eq(planAxes.administrationId, administrationId)));
  return row;
}
export async function insertAxis(tx: Queryable, values: typeof planAxes.$inferInsert) {
  const [row] = await tx.insert(planAxes).values(values).returning();
  return row!;
}
export async function updateAxis(tx: Queryable, id: string, values: Partial<typeof planAxes.$inferInsert>) {
  const [row] = await tx
    .update(planAxes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(planAxes.id, id))
    .returning();
  return row!;
}
export async function deleteAxis(tx: Queryable, id: string) {
  await tx.delete(planAxes).where(eq(planAxes.id, id));
}

export async function selectObjective(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(planObjectives)
    .where(and(eq(planObjectives.id, id), eq(planObjectives.administrationId, administrationId)));
  return row;
}
export async function insertObjective(tx: Queryable, values: typeof planObjectives.$inferInsert) {
  const [row] = await tx.insert(planObjectives).values(values).returning();
  return row!;
}
export async function updateObjective(tx: Queryable, id: string, values: Partial<typeof planObjectives.$inferInsert>) {
  const [row] = await tx
    .update(planObjectives)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(planObjectives.id, id))
    .returning();
  return row!;
}
export async function deleteObjective(tx: Queryable, id: string) {
  await tx.delete(planObjectives).where(eq(planObjectives.id, id));
}

export async function selectExpectedResult(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(expectedResults)
    .where(and(eq(expectedResults.id, id), eq(expectedResults.administrationId, administrationId)));
  return row;
}
export async function insertExpectedResult(tx: Queryable, values: typeof expectedResults.$inferInsert) {
  const [row] = await tx.insert(expectedResults).values(values).returning();
  return row!;
}
export async function updateExpectedResult(tx: Queryable, id: string, values: Partial<typeof expectedResults.$inferInsert>) {
  const [row] = await tx
    .update(expectedResults)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(expectedResults.id, id))
    .returning();
  return row!;
}
export async function deleteExpectedResult(tx: Queryable, id: string) {
  await tx.delete(expectedResults).where(eq(expectedResults.id, id));
}

export async function countChildren(db: Queryable, kind: 'plan' | 'axis' | 'objective', parentId: string): Promise<number> {
  const [row] =
    kind === 'plan'
      ? await db.select({ n: count() }).from(planAxes).where(eq(planAxes.planId, parentId))
      : kind === 'axis'
        ? await db.select({ n: count() }).from(planObjectives).where(eq(planObjectives.axisId, parentId))
        : await db.select({ n: count() }).from(expectedResults).where(eq(expectedResults.objectiveId, parentId));
  return row?.n ?? 0;
}

// --- programmes and actions ---
export function selectProgrammes(db: Queryable, administrationId: string) {
  return db.select().from(programmes).where(eq(programmes.administrationId, administrationId)).orderBy(asc(programmes.code));
}

export async function selectProgramme(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, id), eq(programmes.administrationId, administrationId)));
  return row;
}

export async function insertProgramme(tx: Queryable, values: typeof programmes.$inferInsert) {
  const [row] = await tx.insert(programmes).values(values).returning();
  return row!;
}

export async function updateProgramme(tx: Queryable, id: string, values: Partial<typeof programmes.$inferInsert>) {
  const [row] = await tx
    .update(programmes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(programmes.id, id))
    .returning();
  return row!;
}

export async function deleteProgramme(tx: Queryable, id: string) {
  await tx.delete(programmes).where(eq(programmes.id, id));
}

export function selectActions(db: Queryable, administrationId: string, programmeId?: string) {
  const where = programmeId
    ? and(eq(programmeActions.administrationId, administrationId), eq(programmeActions.programmeId, programmeId))
    : eq(programmeActions.administrationId, administrationId);
  return db.select().from(programmeActions).where(where).orderBy(asc(programmeActions.sortOrder), asc(programmeActions.code));
}

export async function selectAction(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(programmeActions)
    .where(and(eq(programmeActions.id, id), eq(programmeActions.administrationId, administrationId)));
  return row;
}

export async function insertAction(tx: Queryable, values: typeof programmeActions.$inferInsert) {
  const [row] = await tx.insert(programmeActions).values(values).returning();
  return row!;
}

export async function updateAction(tx: Queryable, id: string, values: Partial<typeof programmeActions.$inferInsert>) {
  const [row] = await tx
    .update(programmeActions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(programmeActions.id, id))
    .returning();
  return row!;
}

export async function deleteAction(tx: Queryable, id: string) {
  await tx.delete(programmeActions).where(eq(programmeActions.id, id));
}

export async function countActivitiesByAction(db: Queryable, actionIds: readonly string[]) {
  if (actionIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ actionId: activities.actionId, n: count() })
    .from(activities)
    .where(inArray(activities.actionId, [...actionIds]))
    .groupBy(activities.actionId);
  return new Map(rows.map((r) => [r.actionId, r.n]));
}
