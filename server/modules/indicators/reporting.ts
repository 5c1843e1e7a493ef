// Completeness and timeliness of reporting (complétude, promptitude) per structure and quarter.
// Pure functions. A quarterly indicator is due every quarter, an annual one (period 0) at the fourth.
// - completeness: due values received (submitted, reviewed or validated) / due values
// - timeliness: due values first submitted by the deadline (quarter end + N days) / due values;
//   a resubmission after a rejection keeps the date of the first submission.
import { DEFAULT_TIME_ZONE } from '../../platform/dates.js';
import type { IndicatorPeriodicity, MeasurementStatus } from './indicators.tables.js';

const quarterEnds = ['12-31', '03-31', '06-30', '09-30', '12-31'];

// Last day of a period (quarter 0 = the whole year), YYYY-MM-DD.
export function periodEnd(year: number, quarter: number): string {
  return `${year}-${quarterEnds[quarter]}`;
}

export function reportingDeadline(year: number, quarter: number, deadlineDays: number): string {
  const end = new Date(`${periodEnd(year, quarter)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + deadlineDays);
  return end.toISOString().slice(0, 10);
}

// one formatter for every call: building an Intl.DateTimeFormat costs more than formatting with it
const dayFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

// Calendar day of the submission in the administration's time zone, compared with the deadline.
export function isSubmittedOnTime(firstSubmittedAt: Date | null, deadline: string): boolean {
  return firstSubmittedAt !== null && dayFormatter.format(firstSubmittedAt) <= deadline;
}

export function isDueIn(periodicity: IndicatorPeriodicity, quarter: number): boolean {
  return periodicity === 'quarterly' || quarter === 4;
}

// the period a value is reported for, in a quarter: the quarter itself, or the year for an annual indicator
export function reportingPeriodOf(periodicity: IndicatorPeriodicity, quarter: number): number {
  return periodicity === 'annual' ? 0 : quarter;
}

const receivedStatuses: ReadonlySet<MeasurementStatus> = new Set(['submitted', 'reviewed', 'validated']);

export type ReportingItem = {
  structureId: string;
  periodicity: IndicatorPeriodicity;
  // the measurement of the period, when there is one
  status: MeasurementStatus | null;
  firstSubmittedAt: Date | null;
};

export type ReportingSummary = {
  due: number;
  received: number;
  onTime: number;
  completeness: number | null; // %
  timeliness: number | null; // %
};

export function summariseReporting(
  items: readonly ReportingItem[],
  period: { year: number; quarter: number; deadlineDays: number },
): Map<string, ReportingSummary> {
  const counts = new Map<string, { due: number; received: number; onTime: number }>();
  for (const item of items) {
    if (!isDueIn(item.periodicity, period.quarter)) continue;
    const deadline = reportingDeadline(period.year, reportingPeriodOf(item.periodicity, period.quarter), period.deadlineDays);
    const c = counts.get(item.structureId) ?? { due: 0, received: 0, onTime: 0 };
    c.due++;
    if (item.status && receivedStatuses.has(item.status)) c.received++;
    if (isSubmittedOnTime(item.firstSubmittedAt, deadline)) c.onTime++;
    counts.set(item.structureId, c);
  }
  return new Map([...counts].map(([id, c]) => [id, toSummary(c)]));
}

export function toSummary(c: { due: number; received: number; onTime: number }): ReportingSummary {
  return {
    ...c,
    completeness: c.due > 0 ? (c.received / c.due) * 100 : null,
    timeliness: c.due > 0 ? (c.onTime / c.due) * 100 : null,
  };
}
