// Indicators and their targets. No rules here.
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { programmeActions } from '../planning/planning.tables.js';
import { indicators, indicatorTargets, measurements, resultsSettings } from './indicators.tables.js';

export type IndicatorRow = typeof indicators.$inferSelect;
export type TargetRow = typeof indicatorTargets.$inferSelect;
export type SettingsRow = typeof resultsSettings.$inferSelect;

export type IndicatorFilter = {
  programmeId?: string;
  actionId?: string;
  expectedResultId?: string;
  structureIds?: readonly string[];
  level?: IndicatorRow['level'];
  periodicity?: IndicatorRow['periodicity'];
  isActive?: boolean;
  q?: string;
};

function indicatorConditions(administrationId: string, f: IndicatorFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(indicators.administrationId, administrationId)];
  if (f.programmeId)
    conditions.push(
      or(
        eq(indicators.programmeId, f.programmeId),
        inArray(indicators.actionId, sql`(SELECT id FROM ${programmeActions} WHERE ${programmeActions.programmeId} = ${f.programmeId})`),
      ),
    );
  if (f.actionId) conditions.push(eq(indicators.actionId, f.actionId));
  if (f.expectedResultId) conditions.push(eq(indicators.expectedResultId, f.expectedResultId));
  if (f.structureIds) conditions.push(inArray(indicators.responsibleStructureId, [...f.structureIds]));
  if (f.level) conditions.push(eq(indicators.level, f.level));
  if (f.periodicity) conditions.push(eq(indicators.periodicity, f.periodicity));
  if (f.isActive !== undefined) conditions.push(eq(indicators.isActive, f.isActive));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`immutable_unaccent(lower(${indicators.code} || ' ' || ${indicators.title})) LIKE immutable_unaccent(lower(${pattern}))`,
    );
  }
  return and(...conditions);
}

export async function selectIndicatorsPage(
  db: Queryable,
  administrationId: string,
  filter: IndicatorFilter & { sort: 'code' | 'title' | 'level'; order: 'asc' | 'desc'; limit: number; offset: number },
) {
  const where = indicatorConditions(administrationId, filter);
  const key = {
    code: sql`lower(${indicators.code})`,
    title: sql`immutable_unaccent(lower(${indicators.title}))`,
    level: sql`array_position(ARRAY['impact','outcome','output'], ${indicators.level})`,
  }[filter.sort];
  const [total] = await db.select({ n: count() }).from(indicators).where(where);
  const items = await db
    .select()
    .from(indicators)
    .where(where)
    .orderBy(filter.order === 'desc' ? desc(key) : asc(key), asc(indicators.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return { items, total: total?.n ?? 0 };
}

export function selectIndicators(db: Queryable, administrationId: string, filter: IndicatorFilter = {}) {
  return db.select().from(indicators).where(indicatorConditions(administrationId, filter)).orderBy(asc(indicators.code));
}

export async function selectIndicator(db: Queryable, administrationId: string, id: string) {
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.id, id), eq(indicators.administrationId, administrationId)));
  return row;
}

export function selectIndicatorsByIds(db: Queryable, administrationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as IndicatorRow[]);
  return db
    .select()
    .from(indicators)
    .where(and(eq(indicators.administrationId, administrationId), inArray(indicators.id, [...ids])));
}

export async function insertIndicator(tx: Queryable, values: typeof indicators.$inferInsert) {
  const [row] = await tx.insert(indicators).values(values).returning();
  return row!;
}

export async function updateIndicator(tx: Queryable, id: string, values: Partial<typeof indicators.$inferInsert>) {
  const [row] = await tx
    .update(indicators)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(indicators.id, id))
    .returning();
  return row!;
}

export async function deleteIndicator(tx: Queryable, id: string) {
  await tx.delete(indicators).where(eq(indicators.id, id));
}

export async function countMeasurementsOf(db: Queryable, indicatorId: string) {
  const [row] = await db.select({ n: count() }).from(measurements).where(eq(measurements.indicatorId, indicatorId));
  return row?.n ?? 0;
}

// --- targets ---
export function selectTargets(db: Queryable, indicatorIds: readonly string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([] as TargetRow[]);
  return db
    .select()
    .from(indicatorTargets)
    .where(inArray(indicatorTargets.indicatorId, [...indicatorIds]))
    .orderBy(asc(indicatorTargets.indicatorId), asc(indicatorTargets.year), asc(indicatorTargets.quarter));
}

export async function upsertTargets(tx: Queryable, values: (typeof indicatorTargets.$inferInsert)[]) {
  // in chunks, to stay far below PostgreSQL's limit of parameters per statement
  for (let start = 0; start < values.length; start += 2000) {
    await tx
      .insert(indicatorTargets)
      .values(values.slice(start, start + 2000))
      .onConflictDoUpdate({
        target: [indicatorTargets.indicatorId, indicatorTargets.year, indicatorTargets.quarter],
        set: { value: sql`excluded.value`, updatedAt: new Date() },
      });
  }
}

export async function deleteTargets(tx: Queryable, keys: readonly { indicatorId: string; year: number; quarter: number }[]) {
  if (keys.length === 0) return;
  await tx
    .delete(indicatorTargets)
    .where(
      or(
        ...keys.map((k) =>
          and(eq(indicatorTargets.indicatorId, k.indicatorId), eq(indicatorTargets.year, k.year), eq(indicatorTargets.quarter, k.quarter)),
        ),
      ),
    );
}

// --- results settings ---
export async function selectSettings(db: Queryable, administrationId: string) {
  const [row] = await db.select().from(resultsSettings).where(eq(resultsSettings.administrationId, administrationId));
  return row;
}

export async function upsertSettings(tx: Queryable, values: typeof resultsSettings.$inferInsert) {
  const [row] = await tx
    .insert(resultsSettings)
    .values(values)
    .onConflictDoUpdate({ target: resultsSettings.administrationId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return row!;
}

// Quarterly arrays [year, q1..q4] per indicator and year, as float8 (numbers, not strings).
export type PeriodArraysRow = { indicator_id: string; year: number; p: (number | null)[] };

const periodArray = (column: SQL) => sql`ARRAY[
  max(${column}) FILTER (WHERE quarter = 0), max(${column}) FILTER (WHERE quarter = 1), max(${column}) FILTER (WHERE quarter = 2),
  max(${column}) FILTER (WHERE quarter = 3), max(${column}) FILTER (WHERE quarter = 4)]::float8[]`;

// Targets of some years, one row per indicator and year.
export async function selectTargetArrays(db: Queryable, administrationId: string, years: readonly number[]) {
  const result = await db.execute<PeriodArraysRow>(sql`
    SELECT indicator_id, year, ${periodArray(sql`value`)} AS p
      FROM indicator_targets WHERE administration_id = ${administrationId} AND year = ANY(${sql.param([...years])}::int[])
     GROUP BY indicator_id, year`);
  return result.rows;
}

// Validated values of some years, one row per indicator and year: what the dashboards count.
export async function selectValidatedArrays(db: Queryable, administrationId: string, years: readonly number[]) {
  const result = await db.execute<PeriodArraysRow>(sql`
    SELECT indicator_id, year, ${periodArray(sql`value`)} AS p
      FROM measurements WHERE administration_id = ${administrationId} AND year = ANY(${sql.param([...years])}::int[]) AND status = 'validated'
     GROUP BY indicator_id, year`);
  return result.rows;
}
