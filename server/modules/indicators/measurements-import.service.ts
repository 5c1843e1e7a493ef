// Measurements of a quarter in bulk (the Excel sheet of results-io): the rows to pre-fill, and the import
// of entered values as drafts, checked row by row with the same rules as one entry, written all or nothing.
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit, type AuditEntry } from '../../platform/audit/audit.js';
import { todayIso } from '../../platform/dates.js';
import type { Access } from '../../platform/http/access.js';
import { normaliseKey as n } from '../../platform/import-upsert.js';
import * as repo from './indicators.repository.js';
import { checkValue, previousPeriod } from './measurement-rules.js';
import { isFocalPointOf, loadMeasurementRoles } from './measurement-roles.js';
import * as measurementsRepo from './measurements.repository.js';
import { formatPeriod, snapshotMeasurement } from './measurements.service.js';
import { isDueIn, reportingPeriodOf } from './reporting.js';

// Every active indicator due in the quarter, with its target, the previous value and the current entry.
export async function listMeasurementSheetRows(
  db: Queryable,
  administrationId: string,
  year: number,
  quarter: number,
  structureIds?: string[],
) {
  const indicators = (await repo.selectIndicators(db, administrationId, { isActive: true, structureIds })).filter((i) =>
    isDueIn(i.periodicity, quarter),
  );
  const periods = indicators.map((i) => ({ indicatorId: i.id, year, quarter: reportingPeriodOf(i.periodicity, quarter) }));
  const previous = periods.map((p) => ({ indicatorId: p.indicatorId, ...previousPeriod(p.year, p.quarter) }));
  const [targets, current, before] = await Promise.all([
    repo.selectTargets(
      db,
      indicators.map((i) => i.id),
    ),
    measurementsRepo.selectMeasurementsOfPeriods(db, administrationId, periods),
    measurementsRepo.selectMeasurementsOfPeriods(db, administrationId, previous),
  ]);
  return indicators.map((indicator, i) => {
    const period = periods[i]!;
    const find = <T extends { indicatorId: string; year: number; quarter: number }>(rows: T[], p: { year: number; quarter: number }) =>
      rows.find((r) => r.indicatorId === indicator.id && r.year === p.year && r.quarter === p.quarter);
    const prior = find(before, previous[i]!);
    return {
      indicator,
      quarter: period.quarter,
      target: (find(targets, period) ?? find(targets, { year, quarter: 0 }))?.value ?? null,
      previousValue: prior?.status === 'validated' ? prior.value : null,
      measurement: find(current, period) ?? null,
    };
  });
}

export type MeasurementImportRow = {
  row: number;
  indicatorCode: string;
  year: number;
  quarter: number;
  value: number;
  comment: string;
  evidenceText: string;
  evidenceUrl: string | null;
};
export type RefuseCell = (
  row: number,
  column: 'indicator' | 'quarter' | 'value',
  messageKey: string,
  params?: Record<string, string | number>,
) => void;

// Checks every row (refusing through `refuse`); writes them all as drafts only when none was refused here
// nor before (`hasEarlierRefusals`: cells the caller could not read).
export async function importMeasurementRows(
  db: Database,
  access: Access,
  rows: MeasurementImportRow[],
  refuse: RefuseCell,
  hasEarlierRefusals: boolean,
) {
  const roles = await loadMeasurementRoles(db, access);
  const indicators = new Map((await repo.selectIndicators(db, access.administrationId)).map((i) => [n(i.code), i]));
  const existing = await measurementsRepo.selectMeasurementsOfPeriods(
    db,
    access.administrationId,
    rows.flatMap((r) => {
      const indicator = indicators.get(n(r.indicatorCode));
      return indicator ? [{ indicatorId: indicator.id, year: r.year, quarter: r.quarter }] : [];
    }),
  );
  let isRefused = false;
  const fail: RefuseCell = (...args) => {
    isRefused = true;
    refuse(...args);
  };
  const seen = new Set<string>();
  const checked = rows.flatMap((r) => {
    const indicator = indicators.get(n(r.indicatorCode));
    if (!indicator)
      return (fail(r.row, 'indicator', 'results.import.unknown_reference', { what: 'Indicateur', value: r.indicatorCode }), []);
    if (!isFocalPointOf(roles, indicator.responsibleStructureId)) return (fail(r.row, 'indicator', 'measurement.not_focal_point'), []);
    if (indicator.periodicity === 'quarterly' && r.quarter === 0) fail(r.row, 'quarter', 'measurement.quarterly_period');
    if (indicator.periodicity === 'annual' && r.quarter !== 0) fail(r.row, 'quarter', 'measurement.annual_period');
    if (`${r.year}-${String(r.quarter === 0 ? 1 : r.quarter * 3 - 2).padStart(2, '0')}-01` > todayIso())
      fail(r.row, 'quarter', 'measurement.future_period');
    const failure = checkValue(indicator, r.value);
    if (failure) fail(r.row, 'value', failure.messageKey, failure.params);
    const current = existing.find((m) => m.indicatorId === indicator.id && m.year === r.year && m.quarter === r.quarter);
    if (current?.status === 'validated')
      fail(r.row, 'quarter', 'period_locked', { indicator: indicator.code, period: formatPeriod(r.year, r.quarter) });
    else if (current && (current.status === 'submitted' || current.status === 'reviewed'))
      fail(r.row, 'quarter', 'invalid_state', { status: current.status });
    const key = `${indicator.id}|${r.year}|${r.quarter}`;
    if (seen.has(key)) fail(r.row, 'quarter', 'results.import.duplicate_row', { what: 'indicateur et période' });
    seen.add(key);
    return [{ ...r, indicatorId: indicator.id, current }];
  });
  if (isRefused || hasEarlierRefusals) return null;
  return db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const counts = { created: 0, updated: 0 };
    for (const r of checked) {
      const values = {
        value: r.value,
        comment: r.comment,
        evidenceText: r.evidenceText,
        evidenceUrl: r.evidenceUrl,
        status: 'draft' as const,
        enteredById: access.actor.userId,
        enteredAt: new Date(),
      };
      if (r.current) {
        const after = await measurementsRepo.updateMeasurement(tx, r.current.id, values);
        audit.push({
          action: 'measurement.import',
          entityType: 'measurement',
          entityId: after.id,
          before: snapshotMeasurement(r.current),
          after: snapshotMeasurement(after),
        });
        counts.updated++;
      } else {
        const row = await measurementsRepo.insertMeasurement(tx, {
          administrationId: access.administrationId,
          indicatorId: r.indicatorId,
          year: r.year,
          quarter: r.quarter,
          ...values,
        });
        audit.push({ action: 'measurement.import', entityType: 'measurement', entityId: row.id, after: snapshotMeasurement(row) });
        counts.created++;
      }
    }
    await recordAudit(tx, access, audit);
    return counts;
  });
}
