// What the dashboards need from the indicators module, loaded set-based (a few grouped queries, no N+1).
import type { Queryable } from '../../platform/db/client.js';
import type { PeriodValues } from './achievement.js';
import * as repo from './indicators.repository.js';
import * as measurementsRepo from './measurements.repository.js';
import type { ReportingItem } from './reporting.js';

export type IndicatorSeriesRow = { indicatorId: string; year: number; values: PeriodValues };

// Indicators of a filter, with their targets and validated values for some years.
export async function loadIndicatorData(
  db: Queryable,
  administrationId: string,
  input: { years: readonly number[]; filter?: repo.IndicatorFilter },
) {
  const [indicators, targets, values] = await Promise.all([
    repo.selectIndicators(db, administrationId, { isActive: true, ...input.filter }),
    repo.selectTargetArrays(db, administrationId, input.years),
    repo.selectValidatedArrays(db, administrationId, input.years),
  ]);
  const toRows = (rows: repo.PeriodArraysRow[]): IndicatorSeriesRow[] =>
    rows.map((r) => ({ indicatorId: r.indicator_id, year: r.year, values: r.p }));
  return { indicators, targets: toRows(targets), values: toRows(values) };
}

// For every active indicator (of some structures): the reporting state of the value due in a quarter.
export async function loadReportingItems(
  db: Queryable,
  administrationId: string,
  period: { year: number; quarter: number },
  structureIds?: readonly string[],
): Promise<(ReportingItem & { indicatorId: string })[]> {
  const rows = await measurementsRepo.selectReportingRows(db, administrationId, period.year, period.quarter, structureIds);
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    structureId: r.structure_id,
    periodicity: r.periodicity,
    status: r.status,
    firstSubmittedAt: r.first_submitted_at,
  }));
}

export async function loadWorkflowCounts(db: Queryable, administrationId: string, period: { year: number; quarter: number }) {
  const rows = await measurementsRepo.selectStatusCounts(db, administrationId, period.year, period.quarter);
  const counts = { draft: 0, submitted: 0, reviewed: 0, validated: 0, rejected: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function findLatestValidatedQuarter(db: Queryable, administrationId: string) {
  return measurementsRepo.selectLatestValidatedQuarter(db, administrationId);
}
