// Writes the indicators and targets of an imported framework workbook (already checked, see results-io),
// inside the caller's transaction, after the planning side whose ids they refer to.
import type { AuditEntry } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/client.js';
import { emptyCounts, normaliseKey as n, upsertRow, type ImportCounts } from '../../platform/import-upsert.js';
import type { PlanningIds } from '../planning/framework-import.service.js';
import type { IndicatorAggregation, IndicatorDirection, IndicatorLevel, IndicatorPeriodicity } from './indicators.tables.js';
import * as repo from './indicators.repository.js';
import { snapshotIndicator } from './indicators.service.js';

export type IndicatorsImport = {
  indicators: {
    code: string;
    title: string;
    definition: string;
    unit: string;
    level: IndicatorLevel;
    direction: IndicatorDirection;
    periodicity: IndicatorPeriodicity;
    aggregation: IndicatorAggregation;
    isPercentage: boolean;
    baselineValue: number | null;
    baselineYear: number | null;
    minValue: number | null;
    maxValue: number | null;
    maxChangePercent: number | null;
    dataSource: string;
    structureId: string;
    planKey: string | null;
    resultCode: string | null;
    programmeCode: string | null;
    actionCode: string | null;
    isActive: boolean;
  }[];
  targets: { indicatorCode: string; year: number; quarter: number; value: number }[];
};

export async function applyIndicatorsImport(
  tx: Tx,
  administrationId: string,
  data: IndicatorsImport,
  ids: PlanningIds,
  audit: AuditEntry[],
): Promise<{ indicators: ImportCounts; targets: number }> {
  const counts = emptyCounts();
  const existing = new Map((await repo.selectIndicators(tx, administrationId)).map((i) => [n(i.code), i]));
  const indicatorIds = new Map([...existing].map(([code, i]) => [code, i.id]));
  for (const { structureId, planKey, resultCode, programmeCode, actionCode, ...fields } of data.indicators) {
    const values = {
      ...fields,
      responsibleStructureId: structureId,
      expectedResultId: planKey && resultCode ? (ids.resultId(planKey, resultCode) ?? null) : null,
      // with an action, the programme is the action's (stored once, as the API does)
      programmeId: programmeCode && !actionCode ? (ids.programmeId(programmeCode) ?? null) : null,
      actionId: programmeCode && actionCode ? (ids.actionId(programmeCode, actionCode) ?? null) : null,
    };
    const id = await upsertRow({
      existing: existing.get(n(fields.code)),
      values,
      insert: () => repo.insertIndicator(tx, { administrationId, ...values }),
      update: (id) => repo.updateIndicator(tx, id, values),
      entityType: 'indicator',
      present: snapshotIndicator,
      audit,
      counts,
    });
    indicatorIds.set(n(fields.code), id);
  }
  const targets = data.targets.map((t) => ({
    administrationId,
    indicatorId: indicatorIds.get(n(t.indicatorCode))!,
    year: t.year,
    quarter: t.quarter,
    value: t.value,
  }));
  const touched = [...new Set(targets.map((t) => t.indicatorId))];
  const before = await repo.selectTargets(tx, touched);
  await repo.upsertTargets(tx, targets);
  const after = await repo.selectTargets(tx, touched);
  const list = (rows: repo.TargetRow[], id: string) =>
    rows.filter((t) => t.indicatorId === id).map((t) => ({ year: t.year, quarter: t.quarter, value: t.value }));
  for (const id of touched) {
    if (JSON.stringify(list(before, id)) !== JSON.stringify(list(after, id)))
      audit.push({ action: 'indicator.targets', entityType: 'indicator', entityId: id, before: list(before, id), after: list(after, id) });
  }
  return { indicators: counts, targets: targets.length };
}
