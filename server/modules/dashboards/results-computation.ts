// The one computation behind every dashboard: indicators' results for a period and the same period of the
// previous year, their roll-up by programme, action or structure, and execution rates. Pure functions over
// data the services load set-based; the web app and the reports show these numbers, never recompute them.
import {
  computeGroupAchievement,
  computeIndicatorResult,
  countStatuses,
  roundRate,
  type IndicatorResult,
  type IndicatorStatus,
  type PeriodValues,
  type StatusCounts,
  type Thresholds,
} from '../indicators/achievement.js';
import type { IndicatorAggregation, IndicatorDirection, IndicatorPeriodicity } from '../indicators/indicators.tables.js';
import { computeExecutionRates, sumTotals, type ExecutionRates, type ExecutionTotals } from '../planning/execution.js';

export type Period = { year: number; quarter: number };

export type IndicatorFacts = {
  id: string;
  periodicity: IndicatorPeriodicity;
  aggregation: IndicatorAggregation;
  direction: IndicatorDirection;
  baselineValue: number | null;
};

// Per indicator and year: targets and validated values by period (index 0 = the year, 1-4 the quarters).
export type Series = Map<string, Map<number, PeriodValues>>;

const noValues: PeriodValues = [null, null, null, null, null];

export function toSeries(rows: readonly { indicatorId: string; year: number; values: PeriodValues }[]): Series {
  const series: Series = new Map();
  for (const r of rows) {
    const byYear = series.get(r.indicatorId) ?? new Map<number, PeriodValues>();
    byYear.set(r.year, r.values);
    series.set(r.indicatorId, byYear);
  }
  return series;
}

export type PeriodResult = {
  year: number;
  quarter: number;
  value: number | null;
  target: number | null;
  rate: number | null; // % rounded to 0.1
  status: IndicatorStatus;
  missingQuarters: number[];
  // unrounded, for roll-ups
  exactRate: number | null;
};

export type IndicatorOutcome = { indicatorId: string; current: PeriodResult; lastYear: PeriodResult };

function toPeriodResult(period: Period, r: IndicatorResult): PeriodResult {
  return {
    year: period.year,
    quarter: period.quarter,
    value: r.value,
    target: r.target,
    rate: roundRate(r.rate),
    status: r.status,
    missingQuarters: r.missingQuarters,
    exactRate: r.rate,
  };
}

export function computePeriodResult(indicator: IndicatorFacts, targets: Series, values: Series, period: Period, thresholds: Thresholds) {
  const r = computeIndicatorResult({
    periodicity: indicator.periodicity,
    aggregation: indicator.aggregation,
    direction: indicator.direction,
    baseline: indicator.baselineValue,
    quarter: period.quarter,
    values: values.get(indicator.id)?.get(period.year) ?? noValues,
    targets: targets.get(indicator.id)?.get(period.year) ?? noValues,
    thresholds,
  });
  return toPeriodResult(period, r);
}

// Each indicator's result up to the end of the quarter, and for the same quarter of the previous year.
export function computeIndicatorOutcomes(
  indicators: readonly IndicatorFacts[],
  data: { targets: Series; values: Series },
  period: Period,
  thresholds: Thresholds,
): IndicatorOutcome[] {
  const lastYear = { year: period.year - 1, quarter: period.quarter };
  return indicators.map((i) => ({
    indicatorId: i.id,
    current: computePeriodResult(i, data.targets, data.values, period, thresholds),
    lastYear: computePeriodResult(i, data.targets, data.values, lastYear, thresholds),
  }));
}

export type GroupSummary = {
  indicatorCount: number;
  byStatus: StatusCounts;
  achievementRate: number | null; // mean of the indicators' rates capped at 100, %
  lastYear: { byStatus: StatusCounts; achievementRate: number | null };
};

export function summariseOutcomes(outcomes: readonly IndicatorOutcome[]): GroupSummary {
  return {
    indicatorCount: outcomes.length,
    byStatus: countStatuses(outcomes.map((o) => o.current.status)),
    achievementRate: roundRate(computeGroupAchievement(outcomes.map((o) => o.current.exactRate))),
    lastYear: {
      byStatus: countStatuses(outcomes.map((o) => o.lastYear.status)),
      achievementRate: roundRate(computeGroupAchievement(outcomes.map((o) => o.lastYear.exactRate))),
    },
  };
}

// Groups outcomes by a key of their indicator (programme, action, structure); indicators without one are left out.
export function groupOutcomes<K extends string>(
  outcomes: readonly IndicatorOutcome[],
  keyOf: (indicatorId: string) => K | null,
): Map<K, IndicatorOutcome[]> {
  const groups = new Map<K, IndicatorOutcome[]>();
  for (const o of outcomes) {
    const key = keyOf(o.indicatorId);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return groups;
}

export type RoundedExecution = ExecutionRates;

export function roundExecution(rates: ExecutionRates): RoundedExecution {
  return {
    ...rates,
    physicalRate: roundRate(rates.physicalRate),
    expectedPhysicalRate: roundRate(rates.expectedPhysicalRate),
    commitmentRate: roundRate(rates.commitmentRate),
    spendingRate: roundRate(rates.spendingRate),
  };
}

// Execution of a group from its members' sums (actions of a programme, every action of the plan...).
export function computeGroupExecution(totals: readonly ExecutionTotals[]): RoundedExecution {
  return roundExecution(computeExecutionRates(sumTotals(totals)));
}

// The indicators that most need the head's attention: critical first, then behind, lowest rate first.
export function rankForAttention(outcomes: readonly IndicatorOutcome[], limit: number): IndicatorOutcome[] {
  const order: Partial<Record<IndicatorStatus, number>> = { critical: 0, behind: 1 };
  return outcomes
    .filter((o) => order[o.current.status] !== undefined)
    .sort((a, b) => order[a.current.status]! - order[b.current.status]! || (a.current.exactRate ?? 0) - (b.current.exactRate ?? 0))
    .slice(0, limit);
}
