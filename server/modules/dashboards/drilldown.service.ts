// Drill-down dashboards: a programme (for its manager and the dialogue de gestion) and a structure.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { notFound } from '../../platform/http/errors.js';
import { summariseReporting } from '../indicators/reporting.js';
import { loadReportingItems } from '../indicators/results-data.service.js';
import { listStructureSubtreeIds, listStructureSummaries } from '../organisation/lookup.service.js';
import { listActivityLines } from '../planning/activities.service.js';
import type { ExecutionTotals } from '../planning/execution.js';
import { listProgrammeSummaries } from '../planning/programmes.service.js';
import type { DashboardCache } from './dashboard-cache.js';
import type { TPeriodQuery } from './dashboards.contract.js';
import { loadCurrency, loadExecution, loadResults, presentIndicatorLine, resolvePeriod, type ResultsContext } from './dashboard-data.js';
import { roundSummary, totalReporting } from './head-dashboard.service.js';
import { computeGroupExecution, groupOutcomes, summariseOutcomes, type IndicatorOutcome, type Period } from './results-computation.js';

const pick = (totals: Map<string, ExecutionTotals>, ids: readonly string[]) =>
  computeGroupExecution(ids.map((id) => totals.get(id)).filter((t): t is ExecutionTotals => t !== undefined));

function lines(ctx: ResultsContext, outcomes: readonly IndicatorOutcome[]) {
  const byId = new Map(ctx.indicators.map((i) => [i.id, i]));
  return outcomes.map((o) => presentIndicatorLine(ctx, byId.get(o.indicatorId)!, o));
}

export async function getProgrammeDashboard(db: Database, access: Access, programmeId: string, query: TPeriodQuery, cache: DashboardCache) {
  assertCan(access, 'results.read');
  const period = await resolvePeriod(db, access.administrationId, query);
  const key = `programme|${programmeId}|${period.year}|${period.quarter}`;
  return cache.get(db, access.administrationId, key, () => computeProgrammeDashboard(db, access.administrationId, programmeId, period));
}

async function computeProgrammeDashboard(db: Database, administrationId: string, programmeId: string, period: Period) {
  const programmes = await listProgrammeSummaries(db, administrationId);
  const programme = programmes.find((p) => p.id === programmeId);
  if (!programme) throw notFound('programme');
  const [ctx, execution, currency, activities] = await Promise.all([
    loadResults(db, administrationId, period, { programmeId }),
    loadExecution(db, administrationId, period, 'action'),
    loadCurrency(db, administrationId),
    listActivityLines(db, administrationId, { year: period.year, programmeId }, period.quarter),
  ]);
  const actionOf = new Map(ctx.indicators.map((i) => [i.id, i.actionId]));
  const byAction = groupOutcomes(ctx.outcomes, (id) => actionOf.get(id) ?? null);
  const actionIds = programme.actions.map((a) => a.id);
  return {
    period,
    comparedWith: { year: period.year - 1, quarter: period.quarter },
    currency,
    thresholds: ctx.settings.thresholds,
    programme: {
      id: programme.id,
      code: programme.code,
      title: programme.title,
      kind: programme.kind,
      objective: programme.objective,
      manager: programme.manager,
    },
    summary: summariseOutcomes(ctx.outcomes),
    execution: pick(execution.current, actionIds),
    lastYearExecution: pick(execution.lastYear, actionIds),
    actions: programme.actions.map((a) => {
      const outcomes = byAction.get(a.id) ?? [];
      return {
        id: a.id,
        code: a.code,
        title: a.title,
        summary: summariseOutcomes(outcomes),
        execution: pick(execution.current, [a.id]),
        lastYearExecution: pick(execution.lastYear, [a.id]),
        indicators: lines(ctx, outcomes),
      };
    }),
    indicators: lines(
      ctx,
      ctx.outcomes.filter((o) => !actionOf.get(o.indicatorId)),
    ),
    activities,
  };
}

export async function getStructureDashboard(
  db: Database,
  access: Access,
  structureId: string,
  query: TPeriodQuery & { includeSubstructures: 'true' | 'false' },
  cache: DashboardCache,
) {
  assertCan(access, 'results.read');
  const period = await resolvePeriod(db, access.administrationId, query);
  const isDeep = query.includeSubstructures === 'true';
  const key = `structure|${structureId}|${isDeep}|${period.year}|${period.quarter}`;
  return cache.get(db, access.administrationId, key, () =>
    computeStructureDashboard(db, access.administrationId, structureId, isDeep, period),
  );
}

async function computeStructureDashboard(db: Database, administrationId: string, structureId: string, isDeep: boolean, period: Period) {
  const [structure] = await listStructureSummaries(db, administrationId, [structureId]);
  if (!structure) throw notFound('structure');
  const structureIds = isDeep ? await listStructureSubtreeIds(db, administrationId, structureId) : [structureId];
  const quarters = Array.from({ length: period.quarter }, (_, i) => i + 1);
  const [ctx, execution, currency, activities, structures, reportingByQuarter] = await Promise.all([
    loadResults(db, administrationId, period, { structureIds }),
    loadExecution(db, administrationId, period, 'structure', structureIds),
    loadCurrency(db, administrationId),
    listActivityLines(db, administrationId, { year: period.year, structureIds }, period.quarter),
    listStructureSummaries(db, administrationId, structureIds),
    Promise.all(quarters.map((quarter) => loadReportingItems(db, administrationId, { year: period.year, quarter }, structureIds))),
  ]);
  return {
    period,
    comparedWith: { year: period.year - 1, quarter: period.quarter },
    currency,
    thresholds: ctx.settings.thresholds,
    structure: { id: structure.id, name: structure.name, acronym: structure.acronym, kind: structure.kind },
    structures: structures.map((s) => ({ id: s.id, name: s.name })),
    summary: summariseOutcomes(ctx.outcomes),
    execution: computeGroupExecution([...execution.current.values()]),
    lastYearExecution: computeGroupExecution([...execution.lastYear.values()]),
    indicators: lines(ctx, ctx.outcomes),
    reporting: quarters.map((quarter, i) => ({
      quarter,
      ...roundSummary(
        totalReporting(
          summariseReporting(reportingByQuarter[i]!, { year: period.year, quarter, deadlineDays: ctx.settings.deadlineDays }).values(),
        ),
      ),
    })),
    activities,
  };
}
