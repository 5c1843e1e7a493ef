// Achievement of an indicator against its target, honouring direction and aggregation, and its status band.
// Pure functions: the dashboards, the indicator page and the reports all call these, never a second formula.
// The formulas and why we chose them: docs/decisions/0002-results-computations.md.
import type { IndicatorAggregation, IndicatorDirection, IndicatorPeriodicity } from './indicators.tables.js';

export const statusBands = ['reached', 'on_track', 'behind', 'critical'] as const;
export const indicatorStatuses = [...statusBands, 'no_data'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

// achievement rate thresholds in percent (seuils): reached ≥ reached, on track ≥ onTrack, behind ≥ behind
export type Thresholds = { reached: number; onTrack: number; behind: number };
export const defaultThresholds: Thresholds = { reached: 100, onTrack: 80, behind: 50 };
export const defaultDeadlineDays = 15;

// Values of one year by period: index 0 is the whole year, 1-4 the quarters; null when absent.
export type PeriodValues = readonly (number | null)[];

export function aggregate(values: readonly number[], aggregation: IndicatorAggregation): number | null {
  if (values.length === 0) return null;
  if (aggregation === 'sum') return values.reduce((a, b) => a + b, 0);
  if (aggregation === 'last') return values[values.length - 1]!;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export type YearToDate = {
  value: number | null;
  target: number | null;
  // the baseline brought to the same span as the value (a quarter's share of a yearly count)
  baseline: number | null;
  measuredQuarters: number[];
  // quarters up to the one asked for that have no validated value (quarterly indicators only)
  missingQuarters: number[];
};

// The value and the target of a year up to the end of `quarter`, compared like with like: the target is
// taken over the same quarters as the values that exist. Missing quarters are reported, not guessed.
export function computeYearToDate(input: {
  periodicity: IndicatorPeriodicity;
  aggregation: IndicatorAggregation;
  quarter: number; // 1-4
  values: PeriodValues;
  targets: PeriodValues;
  baseline: number | null;
}): YearToDate {
  const { periodicity, aggregation, quarter, values, targets, baseline } = input;
  if (periodicity === 'annual') {
    // an annual indicator has one value per year (period 0); a yearly target, else its quarters' aggregate
    const quarterTargets = [1, 2, 3, 4].map((q) => targets[q] ?? null);
    const target = targets[0] ?? (quarterTargets.every((t) => t !== null) ? aggregate(quarterTargets as number[], aggregation) : null);
    return { value: values[0] ?? null, target, baseline, measuredQuarters: [], missingQuarters: [] };
  }
  const measuredQuarters: number[] = [];
  const missingQuarters: number[] = [];
  for (let q = 1; q <= quarter; q++) (values[q] === null || values[q] === undefined ? missingQuarters : measuredQuarters).push(q);
  if (measuredQuarters.length === 0) return { value: null, target: null, baseline, measuredQuarters, missingQuarters };
  const value = aggregate(
    measuredQuarters.map((q) => values[q]!),
    aggregation,
  );
  // A yearly count (sum) spreads evenly over the quarters; a stock (last) or a rate (mean) keeps its level.
  const share = aggregation === 'sum' ? measuredQuarters.length / 4 : 1;
  const quarterTargets = measuredQuarters.map((q) => targets[q] ?? null);
  let target: number | null = null;
  if (quarterTargets.every((t) => t !== null)) target = aggregate(quarterTargets as number[], aggregation);
  else if (targets[0] !== null && targets[0] !== undefined) target = targets[0] * share;
  return { value, target, baseline: baseline === null ? null : baseline * share, measuredQuarters, missingQuarters };
}

// Achievement rate in percent (taux de réalisation), never negative, not capped (150 = target exceeded by half).
// - higher is better: value / target. With a target of zero or below, 100 when met, else 0.
// - lower is better: the share of the gap between baseline and target that has been closed,
//   (baseline − value) / (baseline − target), when the baseline is above the target; without a usable
//   baseline, target / value (100 when the value is zero and the target met).
export function computeAchievementRate(input: {
  value: number | null;
  target: number | null;
  baseline: number | null;
  direction: IndicatorDirection;
}): number | null {
  const { value, target, baseline, direction } = input;
  if (value === null || target === null) return null;
  if (direction === 'higher_is_better') {
    if (target <= 0) return value >= target ? 100 : 0;
    return Math.max(0, (value / target) * 100);
  }
  if (baseline !== null && baseline > target) return Math.max(0, ((baseline - value) / (baseline - target)) * 100);
  if (value <= 0) return value <= target ? 100 : 0;
  return Math.max(0, (target / value) * 100);
}

export function classifyAchievement(rate: number | null, thresholds: Thresholds = defaultThresholds): IndicatorStatus {
  if (rate === null || !Number.isFinite(rate)) return 'no_data';
  if (rate >= thresholds.reached) return 'reached';
  if (rate >= thresholds.onTrack) return 'on_track';
  if (rate >= thresholds.behind) return 'behind';
  return 'critical';
}

export type IndicatorResult = YearToDate & { rate: number | null; status: IndicatorStatus };

// One indicator, one year, up to one quarter: value, target, rate and status.
export function computeIndicatorResult(input: {
  periodicity: IndicatorPeriodicity;
  aggregation: IndicatorAggregation;
  direction: IndicatorDirection;
  baseline: number | null;
  quarter: number;
  values: PeriodValues;
  targets: PeriodValues;
  thresholds: Thresholds;
}): IndicatorResult {
  const ytd = computeYearToDate(input);
  const rate = computeAchievementRate({ value: ytd.value, target: ytd.target, baseline: ytd.baseline, direction: input.direction });
  return { ...ytd, rate, status: classifyAchievement(rate, input.thresholds) };
}

export type StatusCounts = Record<IndicatorStatus, number>;

export function countStatuses(statuses: readonly IndicatorStatus[]): StatusCounts {
  const counts = Object.fromEntries(indicatorStatuses.map((s) => [s, 0])) as StatusCounts;
  for (const s of statuses) counts[s]++;
  return counts;
}

// A programme's (or any group's) achievement: the mean of its indicators' rates, each capped at 100 so
// that one target exceeded many times over does not hide another far behind. Null without any rate.
export function computeGroupAchievement(rates: readonly (number | null)[]): number | null {
  const known = rates.filter((r): r is number => r !== null && Number.isFinite(r));
  if (known.length === 0) return null;
  return known.reduce((sum, r) => sum + Math.min(r, 100), 0) / known.length;
}

export function roundRate(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 10) / 10;
}
