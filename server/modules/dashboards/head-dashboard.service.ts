// The head's (and the DC's) dashboard, results first; and the oversight body's side-by-side view.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { listOverseenAdministrations } from '../administrations/administrations.service.js';
import { loadReportingItems, loadWorkflowCounts } from '../indicators/results-data.service.js';
import { summariseReporting, toSummary, type ReportingSummary } from '../indicators/reporting.js';
import { listStructureSummaries } from '../organisation/lookup.service.js';
import { listProgrammeSummaries } from '../planning/programmes.service.js';
import type { ExecutionTotals } from '../planning/execution.js';
import type { DashboardCache } from './dashboard-cache.js';
import type { TPeriodQuery } from './dashboards.contract.js';
import { loadCurrency, loadExecution, loadResults, presentIndicatorLine, programmeOf, resolvePeriod } from './dashboard-data.js';
import { computeGroupExecution, groupOutcomes, rankForAttention, summariseOutcomes, type Period } from './results-computation.js';

export const roundSummary = (s: ReportingSummary): ReportingSummary => ({
  ...s,
  completeness: s.completeness === null ? null : Math.round(s.completeness * 10) / 10,
  timeliness: s.timeliness === null ? null : Math.round(s.timeliness * 10) / 10,
});

export function totalReporting(byStructure: Iterable<ReportingSummary>): ReportingSummary {
  const sum = { due: 0, received: 0, onTime: 0 };
  for (const s of byStructure) {
    sum.due += s.due;
    sum.received += s.received;
    sum.onTime += s.onTime;
  }
  return roundSummary(toSummary(sum));
}

// The key figures of one administration (or one of its programmes) for a period: indicators by status,
// plan execution, reporting.
async function computeKeyFigures(db: Database, administrationId: string, period: Period, programmeId?: string) {
  const [ctx, execution, reportingItems] = await Promise.all([
    loadResults(db, administrationId, period, programmeId ? { programmeId } : {}),
    loadExecution(db, administrationId, period, 'action'),
    loadReportingItems(db, administrationId, period),
  ]);
  const indicatorIds = new Set(ctx.indicators.map((i) => i.id));
  const items = programmeId ? reportingItems.filter((r) => indicatorIds.has(r.indicatorId)) : reportingItems;
  const reporting = summariseReporting(items, { ...period, deadlineDays: ctx.settings.deadlineDays });
  return { ctx, execution, reporting };
}

function onlyActions(execution: { current: Map<string, ExecutionTotals>; lastYear: Map<string, ExecutionTotals> }, actionIds: string[]) {
  const keep = (m: Map<string, ExecutionTotals>) => new Map([...m].filter(([id]) => actionIds.includes(id)));
  return { current: keep(execution.current), lastYear: keep(execution.lastYear) };
}

export async function getHeadDashboard(db: Database, access: Access, query: TPeriodQuery, cache: DashboardCache) {
  assertCan(access, 'results.read');
  const period = await resolvePeriod(db, access.administrationId, query);
  return cache.get(db, access.administrationId, `head|${period.year}|${period.quarter}`, () =>
    computeHeadDashboard(db, access.administrationId, period),
  );
}

// The head dashboard restricted to one programme (its indicators, actions, reporting), not cached: for the
// programme reports (RAP, dialogue de gestion), which then read exactly like the administration-wide ones.
export async function getProgrammeHeadDashboard(db: Database, access: Access, programmeId: string, period: Period) {
  assertCan(access, 'results.read');
  return computeHeadDashboard(db, access.administrationId, period, programmeId);
}

// The same numbers for every reader of the administration, so they can be cached (dashboard-cache.ts).
async function computeHeadDashboard(db: Database, administrationId: string, period: Period, programmeId?: string) {
  const [{ ctx, execution: allExecution, reporting }, currency, allProgrammes, workflow, structures] = await Promise.all([
    computeKeyFigures(db, administrationId, period, programmeId),
    loadCurrency(db, administrationId),
    listProgrammeSummaries(db, administrationId),
    loadWorkflowCounts(db, administrationId, period),
    listStructureSummaries(db, administrationId),
  ]);
  const programmes = programmeId ? allProgrammes.filter((p) => p.id === programmeId) : allProgrammes;
  const execution = programmeId ? onlyActions(allExecution, programmes[0]?.actions.map((a) => a.id) ?? []) : allExecution;
  const indicatorById = new Map(ctx.indicators.map((i) => [i.id, i]));
  const byProgramme = groupOutcomes(ctx.outcomes, (id) => programmeOf(ctx, indicatorById.get(id)!));
  const sumActions = (totals: Map<string, ExecutionTotals>, actionIds: string[]) =>
    computeGroupExecution(actionIds.map((id) => totals.get(id)).filter((t): t is ExecutionTotals => t !== undefined));
  const structureById = new Map(structures.map((s) => [s.id, s]));
  return {
    period,
    comparedWith: { year: period.year - 1, quarter: period.quarter },
    currency,
    thresholds: ctx.settings.thresholds,
    indicators: summariseOutcomes(ctx.outcomes),
    programmes: programmes.map((p) => {
      const actionIds = p.actions.map((a) => a.id);
      return {
        id: p.id,
        code: p.code,
        title: p.title,
        kind: p.kind,
        manager: p.manager,
        summary: summariseOutcomes(byProgramme.get(p.id) ?? []),
        execution: sumActions(execution.current, actionIds),
        lastYearExecution: sumActions(execution.lastYear, actionIds),
      };
    }),
    plan: {
      execution: computeGroupExecution([...execution.current.values()]),
      lastYearExecution: computeGroupExecution([...execution.lastYear.values()]),
    },
    reporting: {
      ...totalReporting(reporting.values()),
      byStructure: [...reporting]
        .map(([structureId, s]) => ({
          structureId,
          name: structureById.get(structureId)?.name ?? '',
          acronym: structureById.get(structureId)?.acronym ?? null,
          ...roundSummary(s),
        }))
        .sort((a, b) => (a.completeness ?? 0) - (b.completeness ?? 0) || a.name.localeCompare(b.name, 'fr')),
    },
    workflow,
    attention: rankForAttention(ctx.outcomes, 10).map((o) => presentIndicatorLine(ctx, indicatorById.get(o.indicatorId)!, o)),
  };
}

// An oversight body (e.g. a Ministry of Finance team) sees the administrations it accompanies side by side.
export async function getOversightDashboard(db: Database, access: Access, query: TPeriodQuery, cache: DashboardCache) {
  assertCan(access, 'results.read');
  const overseen = await listOverseenAdministrations(db, access.administrationId);
  const administrations = await Promise.all(
    overseen.map(async (a) => {
      const period = await resolvePeriod(db, a.id, query);
      const head = await cache.get(db, a.id, `head|${period.year}|${period.quarter}`, () => computeHeadDashboard(db, a.id, period));
      const { byStructure: _byStructure, ...reporting } = head.reporting;
      return {
        id: a.id,
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        kind: a.kind,
        currency: a.currency,
        period,
        indicators: head.indicators,
        plan: head.plan.execution,
        programmes: head.programmes.map((p) => ({
          code: p.code,
          title: p.title,
          kind: p.kind,
          indicatorCount: p.summary.indicatorCount,
          achievementRate: p.summary.achievementRate,
          physicalRate: p.execution.physicalRate,
          spendingRate: p.execution.spendingRate,
        })),
        reporting,
      };
    }),
  );
  return { administrations };
}
