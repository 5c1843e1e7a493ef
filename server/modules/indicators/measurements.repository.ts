// Measurements (réalisations) and the reporting facts derived from them. No rules here.
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { programmeActions } from '../planning/planning.tables.js';
import { indicators, measurements, type MeasurementStatus } from './indicators.tables.js';

export type MeasurementRow = typeof measurements.$inferSelect;

const withIndicator = {
  measurement: measurements,
  indicatorCode: indicators.code,
  indicatorTitle: indicators.title,
  responsibleStructureId: indicators.responsibleStructureId,
};
export type MeasurementWithIndicator = {
  measurement: MeasurementRow;
  indicatorCode: string;
  indicatorTitle: string;
  responsibleStructureId: string;
};

export async function selectMeasurement(db: Queryable, administrationId: string, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select(withIndicator)
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .where(and(eq(measurements.id, id), eq(measurements.administrationId, administrationId)));
  const [row] = options.forUpdate ? await query.for('update', { of: measurements }) : await query;
  return row;
}

export async function selectMeasurementOfPeriod(
  db: Queryable,
  indicatorId: string,
  year: number,
  quarter: number,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select()
    .from(measurements)
    .where(and(eq(measurements.indicatorId, indicatorId), eq(measurements.year, year), eq(measurements.quarter, quarter)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export function selectMeasurementsOfPeriods(
  db: Queryable,
  administrationId: string,
  keys: readonly { indicatorId: string; year: number; quarter: number }[],
) {
  if (keys.length === 0) return Promise.resolve([] as MeasurementRow[]);
  return db
    .select()
    .from(measurements)
    .where(
      and(
        eq(measurements.administrationId, administrationId),
        or(
          ...keys.map((k) =>
            and(eq(measurements.indicatorId, k.indicatorId), eq(measurements.year, k.year), eq(measurements.quarter, k.quarter)),
          ),
        ),
      ),
    );
}

export function selectMeasurementsOfIndicator(db: Queryable, indicatorId: string) {
  return db
    .select(withIndicator)
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .where(eq(measurements.indicatorId, indicatorId))
    .orderBy(asc(measurements.year), asc(measurements.quarter));
}

export async function insertMeasurement(tx: Queryable, values: typeof measurements.$inferInsert) {
  const [row] = await tx.insert(measurements).values(values).returning();
  return row!;
}

export async function updateMeasurement(tx: Queryable, id: string, values: Partial<typeof measurements.$inferInsert>) {
  const [row] = await tx
    .update(measurements)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(measurements.id, id))
    .returning();
  return row!;
}

export async function deleteMeasurement(tx: Queryable, id: string) {
  await tx.delete(measurements).where(eq(measurements.id, id));
}

export type MeasurementFilter = {
  year?: number;
  quarter?: number;
  statuses?: readonly MeasurementStatus[];
  indicatorId?: string;
  structureIds?: readonly string[];
  programmeId?: string;
};

export async function selectMeasurementsPage(
  db: Queryable,
  administrationId: string,
  f: MeasurementFilter & { sort: 'period' | 'indicator' | 'status' | 'updated'; order: 'asc' | 'desc'; limit: number; offset: number },
) {
  const conditions: (SQL | undefined)[] = [eq(measurements.administrationId, administrationId)];
  if (f.year !== undefined) conditions.push(eq(measurements.year, f.year));
  if (f.quarter !== undefined) conditions.push(eq(measurements.quarter, f.quarter));
  if (f.statuses) conditions.push(inArray(measurements.status, [...f.statuses]));
  if (f.indicatorId) conditions.push(eq(measurements.indicatorId, f.indicatorId));
  if (f.structureIds) conditions.push(inArray(indicators.responsibleStructureId, [...f.structureIds]));
  if (f.programmeId)
    conditions.push(
      or(
        eq(indicators.programmeId, f.programmeId),
        inArray(indicators.actionId, sql`(SELECT id FROM ${programmeActions} WHERE ${programmeActions.programmeId} = ${f.programmeId})`),
      ),
    );
  const where = and(...conditions);
  const dir = f.order === 'desc' ? desc : asc;
  const order = {
    period: [dir(measurements.year), dir(measurements.quarter), asc(indicators.code)],
    indicator: [dir(sql`lower(${indicators.code})`), desc(measurements.year), desc(measurements.quarter)],
    status: [
      dir(sql`array_position(ARRAY['draft','submitted','reviewed','validated','rejected'], ${measurements.status})`),
      asc(indicators.code),
    ],
    updated: [dir(measurements.updatedAt)],
  }[f.sort];
  const [total] = await db
    .select({ n: count() })
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .where(where);
  const items = await db
    .select(withIndicator)
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .where(where)
    .orderBy(...order, asc(measurements.id))
    .limit(f.limit)
    .offset(f.offset);
  return { items, total: total?.n ?? 0 };
}

export type ReportingRow = {
  indicator_id: string;
  structure_id: string;
  periodicity: 'quarterly' | 'annual';
  status: MeasurementStatus | null;
  first_submitted_at: Date | null;
};

// For every active indicator: the measurement of the period due in (year, quarter), if any — the
// quarter itself for a quarterly indicator, the year (period 0) for an annual one.
export async function selectReportingRows(
  db: Queryable,
  administrationId: string,
  year: number,
  quarter: number,
  structureIds?: readonly string[],
) {
  const structureFilter = structureIds ? sql`AND i.responsible_structure_id = ANY(${sql.param([...structureIds])}::uuid[])` : sql``;
  const result = await db.execute<ReportingRow>(sql`
    SELECT i.id AS indicator_id, i.responsible_structure_id AS structure_id, i.periodicity, m.status, m.first_submitted_at
      FROM indicators i
      LEFT JOIN measurements m ON m.indicator_id = i.id AND m.year = ${year}
           AND m.quarter = CASE WHEN i.periodicity = 'annual' THEN 0 ELSE ${quarter} END
     WHERE i.administration_id = ${administrationId} AND i.is_active ${structureFilter}`);
  return result.rows.map((r) => ({ ...r, first_submitted_at: r.first_submitted_at ? new Date(r.first_submitted_at) : null }));
}

// How many measurements of a period are at each step of the workflow.
export async function selectStatusCounts(db: Queryable, administrationId: string, year: number, quarter: number) {
  return db
    .select({ status: measurements.status, n: count() })
    .from(measurements)
    .where(
      and(eq(measurements.administrationId, administrationId), eq(measurements.year, year), inArray(measurements.quarter, [quarter, 0])),
    )
    .groupBy(measurements.status);
}

// The latest quarter with a validated value, if any.
export async function selectLatestValidatedQuarter(db: Queryable, administrationId: string) {
  const [row] = await db
    .select({ year: measurements.year, quarter: measurements.quarter })
    .from(measurements)
    .where(and(eq(measurements.administrationId, administrationId), eq(measurements.status, 'validated'), sql`${measurements.quarter} > 0`))
    .orderBy(desc(measurements.year), desc(measurements.quarter))
    .limit(1);
  return row;
}
