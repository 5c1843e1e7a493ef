// Labels and colours of the results module's enumerations; the hues match the server's charts.
import type { TFunction } from 'i18next';
import type { IndicatorStatus, MeasurementStatus, Period } from './results.types';

export const indicatorStatuses = ['reached', 'on_track', 'behind', 'critical', 'no_data'] as const satisfies readonly IndicatorStatus[];

// Mantine colours close to the chart colours (server/modules/dashboards/charts.ts).
export const indicatorStatusColors: Record<IndicatorStatus, string> = {
  reached: 'green.8',
  on_track: 'lime.7',
  behind: 'yellow.7',
  critical: 'red.8',
  no_data: 'gray.6',
};
export const measurementStatusColors: Record<MeasurementStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  reviewed: 'indigo',
  validated: 'green',
  rejected: 'red',
};

export const indicatorStatusLabel = (t: TFunction, status: IndicatorStatus) => t(`results.status.${status}`);
export const measurementStatusLabel = (t: TFunction, status: MeasurementStatus) => t(`results.measurementStatus.${status}`);

// "T2 2024" (quarter 0 is the whole year).
export const periodLabel = (t: TFunction, period: Period) =>
  period.quarter === 0
    ? t('results.period.year', { year: period.year })
    : t('results.period.quarter', { quarter: period.quarter, year: period.year });
