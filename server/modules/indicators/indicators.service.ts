// Indicators: what they measure in the results chain, their rules, their targets; the series of an indicator.
import type { Database, Queryable } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withUniqueFields } from '../../platform/db/unique.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { listStructureSummaries } from '../organisation/lookup.service.js';
import { findAction, findProgrammeRow, listProgrammesAndActions } from '../planning/programmes.service.js';
import { findExpectedResult, listPlanChains } from '../planning/strategic-plans.service.js';
import { computeIndicatorResult, roundRate } from './achievement.js';
import type { TIndicatorBody, TIndicatorPatch, TIndicatorQuery, TTargetsBody } from './indicators.contract.js';
import * as repo from './indicators.repository.js';
import { listMeasurementsOfIndicator } from './measurements.service.js';
import { loadResultsSettings } from './settings.service.js';

const codeField = { indicators_code_key: 'code' };

export const snapshotIndicator = (i: repo.IndicatorRow) => ({
  id: i.id,
  code: i.code,
  title: i.title,
  definition: i.definition,
  unit: i.unit,
  level: i.level,
  baselineValue: i.baselineValue,
  baselineYear: i.baselineYear,
  direction: i.direction,
  periodicity: i.periodicity,
  aggregation: i.aggregation,
  isPercentage: i.isPercentage,
  minValue: i.minValue,
  maxValue: i.maxValue,
  maxChangePercent: i.maxChangePercent,
  dataSource: i.dataSource,
  responsibleStructureId: i.responsibleStructureId,
  expectedResultId: i.expectedResultId,
  programmeId: i.programmeId,
  actionId: i.actionId,
  isActive: i.isActive,
});

// With the responsible structure's name and the programme it measures (its own or its action's).
async function presentIndicators(db: Queryable, administrationId: string, rows: repo.IndicatorRow[]) {
  const structureIds = [...new Set(rows.map((r) => r.responsibleStructureId))];
  const [structures, chain] = await Promise.all([
    listStructureSummaries(db, administrationId, structureIds),
    rows.some((r) => r.actionId) ? listProgrammesAndActions(db, administrationId) : Promise.resolve({ programmes: [], actions: [] }),
  ]);
  const names = new Map(structures.map((s) => [s.id, s.name]));
  const programmeOfAction = new Map(chain.actions.map((a) => [a.id, a.programmeId]));
  return rows.map((r) => ({
    ...snapshotIndicator(r),
    programmeId: (r.actionId ? programmeOfAction.get(r.actionId) : null) ?? r.programmeId,
    responsibleStructureName: names.get(r.responsibleStructureId) ?? '',
  }));
}

export async function findIndicatorOrNotFound(db: Queryable, access: Access, indicatorId: string) {
  const row = await repo.selectIndicator(db, access.administrationId, indicatorId);
  if (!row) throw notFound('indicator');
  return row;
}

export async function listIndicators(db: Database, access: Access, query: TIndicatorQuery) {
  assertCan(access, 'results.read');
  const { structureId, isActive, ...rest } = query;
  const page = await repo.selectIndicatorsPage(db, access.administrationId, {
    ...rest,
    structureIds: structureId ? [structureId] : undefined,
    isActive: isActive === undefined ? undefined : isActive === 'true',
  });
  return {
    items: await presentIndicators(db, access.administrationId, page.items),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getIndicator(db: Queryable, access: Access, indicatorId: string) {
  assertCan(access, 'results.read');
  const row = await findIndicatorOrNotFound(db, access, indicatorId);
  const [[indicator], targets, measurements, settings, chain, plans] = await Promise.all([
    presentIndicators(db, access.administrationId, [row]),
    repo.selectTargets(db, [indicatorId]),
    listMeasurementsOfIndicator(db, access, row),
    loadResultsSettings(db, access.administrationId),
    listProgrammesAndActions(db, access.administrationId),
    row.expectedResultId ? listPlanChains(db, access.administrationId) : Promise.resolve(null),
  ]);
  const ref = (x: { id: string; code: string; title: string } | undefined) => (x ? { id: x.id, code: x.code, title: x.title } : null);
  // the series, from validated values only
  const years = [...new Set([...targets.map((t) => t.year), ...measurements.map((m) => m.year)])].sort();
  const periodValues = (source: { year: number; quarter: number; value: number }[], year: number) =>
    [0, 1, 2, 3, 4].map((q) => source.find((x) => x.year === year && x.quarter === q)?.value ?? null);
  const validated = measurements.filter((m) => m.status === 'validated');
  const quarters = row.periodicity === 'annual' ? [0] : [1, 2, 3, 4];
  const results = years.flatMap((year) =>
    quarters.map((quarter) => {
      const r = computeIndicatorResult({
        ...row,
        baseline: row.baselineValue,
        quarter: quarter === 0 ? 4 : quarter,
        values: periodValues(validated, year),
        targets: periodValues(targets, year),
        thresholds: settings.thresholds,
      });
      return {
        year,
        quarter,
        value: r.value,
        target: r.target,
        rate: roundRate(r.rate),
        status: r.status,
        missingQuarters: r.missingQuarters,
      };
    }),
  );
  return {
    ...indicator!,
    programme: ref(chain.programmes.find((p) => p.id === indicator!.programmeId)),
    action: ref(chain.actions.find((a) => a.id === row.actionId)),
    expectedResult: ref(plans?.results.find((r) => r.id === row.expectedResultId)),
    targets: targets.map((t) => ({ year: t.year, quarter: t.quarter, value: t.value })),
    measurements,
    results,
  };
}

const invalid = (field: string, messageKey = 'field.unknown_reference') => new AppError('validation_failed', { messageKey, field });

// References of the administration, and an action consistent with the programme.
async function assertIndicatorRefs(tx: Queryable, access: Access, input: Partial<TIndicatorBody>, current?: repo.IndicatorRow) {
  const admin = access.administrationId;
  if (input.responsibleStructureId && (await listStructureSummaries(tx, admin, [input.responsibleStructureId])).length === 0)
    throw invalid('responsibleStructureId');
  if (input.expectedResultId && !(await findExpectedResult(tx, admin, input.expectedResultId))) throw invalid('expectedResultId');
  if (input.programmeId && !(await findProgrammeRow(tx, admin, input.programmeId))) throw invalid('programmeId');
  const actionId = input.actionId === undefined ? current?.actionId : input.actionId;
  const programmeId = input.programmeId === undefined ? current?.programmeId : input.programmeId;
  if (actionId) {
    const action = await findAction(tx, admin, actionId);
    if (!action) throw invalid('actionId');
    if (programmeId && action.programmeId !== programmeId) throw invalid('actionId', 'indicator.action_programme');
  }
  const min = input.minValue === undefined ? current?.minValue : input.minValue;
  const max = input.maxValue === undefined ? current?.maxValue : input.maxValue;
  if (min !== null && min !== undefined && max !== null && max !== undefined && min > max) throw invalid('maxValue', 'field.invalid_value');
}

export async function createIndicator(db: Database, access: Access, body: TIndicatorBody) {
  assertCan(access, 'results.manage');
  const id = await db.transaction(async (tx) => {
    await assertIndicatorRefs(tx, access, body);
    const row = await withUniqueFields(repo.insertIndicator(tx, { administrationId: access.administrationId, ...body }), codeField);
    await recordAudit(tx, access, { action: 'indicator.create', entityType: 'indicator', entityId: row.id, after: snapshotIndicator(row) });
    return row.id;
  });
  return getIndicator(db, access, id);
}

export async function updateIndicator(db: Database, access: Access, indicatorId: string, patch: TIndicatorPatch) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findIndicatorOrNotFound(tx, access, indicatorId);
    await assertIndicatorRefs(tx, access, patch, before);
    const after = await withUniqueFields(repo.updateIndicator(tx, indicatorId, patch), codeField);
    await recordAudit(tx, access, {
      action: 'indicator.update',
      entityType: 'indicator',
      entityId: indicatorId,
      before: snapshotIndicator(before),
      after: snapshotIndicator(after),
    });
  });
  return getIndicator(db, access, indicatorId);
}

// An indicator with measurements is kept (deactivate it instead); its targets go with it.
export async function deleteIndicator(db: Database, access: Access, indicatorId: string) {
  assertCan(access, 'results.manage');
  await db.transaction(async (tx) => {
    const before = await findIndicatorOrNotFound(tx, access, indicatorId);
    if ((await repo.countMeasurementsOf(tx, indicatorId)) > 0)
      throw new AppError('has_dependents', { params: { what: 'des réalisations' } });
    const targets = await repo.selectTargets(tx, [indicatorId]);
    await repo.deleteIndicator(tx, indicatorId);
    await recordAudit(tx, access, {
      action: 'indicator.delete',
      entityType: 'indicator',
      entityId: indicatorId,
      before: { ...snapshotIndicator(before), targets: targets.map((t) => ({ year: t.year, quarter: t.quarter, value: t.value })) },
    });
  });
}

// Targets in bulk: every row is checked first (indicator of this administration, a period that fits its
// periodicity, a percentage within 0-100, no period twice); then one transaction writes them all.
export async function setTargets(db: Database, access: Access, body: TTargetsBody) {
  assertCan(access, 'results.manage');
  const indicatorIds = [...new Set(body.items.map((i) => i.indicatorId))];
  return db.transaction(async (tx) => {
    const byId = new Map((await repo.selectIndicatorsByIds(tx, access.administrationId, indicatorIds)).map((i) => [i.id, i]));
    const seen = new Set<string>();
    body.items.forEach((item, index) => {
      const indicator = byId.get(item.indicatorId);
      if (!indicator) throw invalid(`items.${index}.indicatorId`);
      if (indicator.periodicity === 'annual' && item.quarter !== 0) throw invalid(`items.${index}.quarter`, 'measurement.annual_period');
      const key = `${item.indicatorId}|${item.year}|${item.quarter}`;
      if (seen.has(key)) throw invalid(`items.${index}.quarter`, 'target.period_twice');
      seen.add(key);
      if (item.value !== null && indicator.isPercentage && (item.value < 0 || item.value > 100))
        throw new AppError('validation_failed', {
          messageKey: 'measurement.percentage_range',
          field: `items.${index}.value`,
          params: { value: item.value },
        });
    });
    const before = await repo.selectTargets(tx, indicatorIds);
    const upserts = body.items.filter((i) => i.value !== null);
    const removals = body.items.filter((i) => i.value === null);
    await repo.upsertTargets(
      tx,
      upserts.map((i) => ({
        administrationId: access.administrationId,
        indicatorId: i.indicatorId,
        year: i.year,
        quarter: i.quarter,
        value: i.value!,
      })),
    );
    await repo.deleteTargets(tx, removals);
    const after = await repo.selectTargets(tx, indicatorIds);
    const list = (rows: repo.TargetRow[], id: string) =>
      rows.filter((t) => t.indicatorId === id).map((t) => ({ year: t.year, quarter: t.quarter, value: t.value }));
    await recordAudit(
      tx,
      access,
      indicatorIds.map((id) => ({
        action: 'indicator.targets',
        entityType: 'indicator',
        entityId: id,
        before: list(before, id),
        after: list(after, id),
      })),
    );
    return { upserted: upserts.length, removed: removals.length };
  });
}

// For other modules: indicators by filter, raw.
export function listIndicatorRows(db: Queryable, administrationId: string, filter: repo.IndicatorFilter = {}) {
  return repo.selectIndicators(db, administrationId, filter);
}

// For other modules: the targets of some indicators, by indicator, year and quarter.
export function listTargetRows(db: Queryable, indicatorIds: readonly string[]) {
  return repo.selectTargets(db, indicatorIds);
}
