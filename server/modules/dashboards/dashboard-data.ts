// Loading shared by the dashboards: the period asked (or the default one), indicators with their outcomes,
// the results chain, execution sums. Each piece is one set-based query, run in parallel.
import type { Database } from '../../platform/db/client.js';
import { todayIso } from '../../platform/dates.js';
import { AppError } from '../../platform/http/errors.js';
import { findAdministration } from '../administrations/administrations.service.js';
import type { IndicatorRow } from '../indicators/indicators.repository.js';
import { findLatestValidatedQuarter, loadIndicatorData } from '../indicators/results-data.service.js';
import { loadResultsSettings, type ResultsSettings } from '../indicators/settings.service.js';
import { listStructureSummaries } from '../organisation/lookup.service.js';
import { loadExecutionTotals } from '../planning/activities.service.js';
import type { ExecutionTotals } from '../planning/execution.js';
import { listProgrammesAndActions } from '../planning/programmes.service.js';
import type { TPeriodQuery } from './dashboards.contract.js';
import { computeIndicatorOutcomes, toSeries, type IndicatorOutcome, type Period, type PeriodResult } from './results-computation.js';

// The period asked; by default the latest quarter with validated values, else the last quarter ended.
export async function resolvePeriod(db: Database, administrationId: string, query: TPeriodQuery): Promise<Period> {
  if (query.year !== undefined && query.quarter !== undefined) return { year: query.year, quarter: query.quarter };
  if (query.year !== undefined) return { year: query.year, quarter: 4 };
  const latest = await findLatestValidatedQuarter(db, administrationId);
  if (latest) return { year: latest.year, quarter: query.quarter ?? latest.quarter };
  const [year, month] = todayIso().split('-').map(Number) as [number, number];
  const ended = Math.floor((month - 1) / 3);
  return ended === 0 ? { year: year - 1, quarter: query.quarter ?? 4 } : { year, quarter: query.quarter ?? ended };
}

export async function loadCurrency(db: Database, administrationId: string) {
  const administration = await findAdministration(db, administrationId);
  if (!administration) throw new AppError('not_found', { params: { entity: 'administration' } });
  return administration.currency;
}

export type ResultsContext = {
  period: Period;
  settings: ResultsSettings;
  indicators: IndicatorRow[];
  outcomes: IndicatorOutcome[];
  programmeOfAction: Map<string, string>;
  structureNames: Map<string, string>;
};

// Indicators (of a filter) with their outcomes for the period and the same quarter of last year.
export async function loadResults(
  db: Database,
  administrationId: string,
  period: Period,
  filter: Parameters<typeof loadIndicatorData>[2]['filter'] = {},
): Promise<ResultsContext> {
  const [settings, data, chain, structures] = await Promise.all([
    loadResultsSettings(db, administrationId),
    loadIndicatorData(db, administrationId, { years: [period.year, period.year - 1], filter }),
    listProgrammesAndActions(db, administrationId),
    listStructureSummaries(db, administrationId),
  ]);
  const outcomes = computeIndicatorOutcomes(
    data.indicators,
    { targets: toSeries(data.targets), values: toSeries(data.values) },
    period,
    settings.thresholds,
  );
  return {
    period,
    settings,
    indicators: data.indicators,
    outcomes,
    programmeOfAction: new Map(chain.actions.map((a) => [a.id, a.programmeId])),
    structureNames: new Map(structures.map((s) => [s.id, s.name])),
  };
}

// The programme an indicator measures: its action's, else its own.
export function programmeOf(ctx: ResultsContext, indicator: IndicatorRow): string | null {
  return (indicator.actionId ? ctx.programmeOfAction.get(indicator.actionId) : null) ?? indicator.programmeId;
}

const presentResult = ({ exactRate: _exact, ...r }: PeriodResult) => r;

export function presentIndicatorLine(ctx: ResultsContext, indicator: IndicatorRow, outcome: IndicatorOutcome) {
  return {
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    unit: indicator.unit,
    level: indicator.level,
    direction: indicator.direction,
    isPercentage: indicator.isPercentage,
    responsibleStructureId: indicator.responsibleStructureId,
    responsibleStructureName: ctx.structureNames.get(indicator.responsibleStructureId) ?? '',
    programmeId: programmeOf(ctx, indicator),
    actionId: indicator.actionId,
    current: presentResult(outcome.current),
    lastYear: presentResult(outcome.lastYear),
  };
}

// Execution sums per action (or structure) for the period's year and the previous one, as at the quarter's end.
export async function loadExecution(
  db: Database,
  administrationId: string,
  period: Period,
  groupBy: 'action' | 'structure',
  structureIds?: string[],
) {
  const rows = await loadExecutionTotals(db, administrationId, {
    years: [period.year, period.year - 1],
    quarter: period.quarter,
    groupBy,
    structureIds,
  });
  const current = new Map<string, ExecutionTotals>();
  const lastYear = new Map<string, ExecutionTotals>();
  for (const r of rows) (r.year === period.year ? current : lastYear).set(r.groupId, r.totals);
  return { current, lastYear };
}

export const thresholdsOf = (settings: ResultsSettings) => settings.thresholds;
