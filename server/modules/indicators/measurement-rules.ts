// Checks on a measured value, from the indicator's own rules. Pure; each failure names the field.
import type { IndicatorPeriodicity } from './indicators.tables.js';

export type RuleIndicator = {
  isPercentage: boolean;
  minValue: number | null;
  maxValue: number | null;
  maxChangePercent: number | null;
  periodicity: IndicatorPeriodicity;
};
export type RuleFailure = { field: string; messageKey: string; params: Record<string, string | number> };

// On entry: a percentage lies within 0-100, and the value within the indicator's bounds.
export function checkValue(indicator: RuleIndicator, value: number): RuleFailure | null {
  if (!Number.isFinite(value)) return { field: 'value', messageKey: 'measurement.not_a_number', params: {} };
  if (indicator.isPercentage && (value < 0 || value > 100))
    return { field: 'value', messageKey: 'measurement.percentage_range', params: { value } };
  if (indicator.minValue !== null && value < indicator.minValue)
    return { field: 'value', messageKey: 'measurement.below_min', params: { value, min: indicator.minValue } };
  if (indicator.maxValue !== null && value > indicator.maxValue)
    return { field: 'value', messageKey: 'measurement.above_max', params: { value, max: indicator.maxValue } };
  return null;
}

// Change from the previous period, in percent of the previous value (infinite from zero to non-zero).
export function computeChangePercent(previous: number, value: number): number {
  if (previous === value) return 0;
  if (previous === 0) return Infinity;
  return (Math.abs(value - previous) / Math.abs(previous)) * 100;
}

// Before submission: a change from the previous period above the indicator's threshold needs a comment.
export function checkChange(indicator: RuleIndicator, value: number, previous: number | null, comment: string): RuleFailure | null {
  if (indicator.maxChangePercent === null || previous === null || comment.trim().length > 0) return null;
  const change = computeChangePercent(previous, value);
  if (change <= indicator.maxChangePercent) return null;
  return {
    field: 'comment',
    messageKey: 'measurement.change_needs_comment',
    params: { change: Number.isFinite(change) ? Math.round(change) : '∞', max: indicator.maxChangePercent },
  };
}

// The period before (year, quarter): the previous quarter, or the previous year for an annual value.
export function previousPeriod(year: number, quarter: number): { year: number; quarter: number } {
  if (quarter === 0) return { year: year - 1, quarter: 0 };
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}
