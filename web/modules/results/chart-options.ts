// ECharts options for the structure and oversight pages, drawn from numbers the server computed (no
// formula here), with the look of the server's charts (server/modules/dashboards/charts.ts).
import type { TFunction } from 'i18next';
import { indicatorStatuses } from './results.labels';
import type { IndicatorStatus } from './results.types';
import type { Option } from './chart-card';

export const statusHex: Record<IndicatorStatus, string> = {
  reached: '#2e7d32',
  on_track: '#7cb342',
  behind: '#f9a825',
  critical: '#c62828',
  no_data: '#9e9e9e',
};
export const seriesHex = { current: '#1565c0', previous: '#90a4ae', expected: '#b0bec5', spending: '#ef6c00', timeliness: '#7cb342' };

type BarSeries = { name: string; color: string; data: (number | null)[]; stack?: string; labelColor?: string };

// Vertical bars by default; horizontal ones (long category names) grow with their categories.
export function barOption(input: {
  title: string;
  categories: string[];
  categoryName?: string;
  series: BarSeries[];
  isHorizontal?: boolean;
  max?: number;
}): Option {
  const valueAxis = { type: 'value', min: 0, ...(input.max ? { max: input.max } : { minInterval: 1 }) };
  const categoryAxis = {
    type: 'category',
    name: input.categoryName,
    nameTextStyle: { fontSize: 0 },
    data: input.categories,
    // horizontal bars read from the top, in the order given
    inverse: input.isHorizontal ?? false,
    axisLabel: input.isHorizontal ? { width: 140, overflow: 'truncate' } : { interval: 0, hideOverlap: true },
  };
  return {
    animation: false,
    aria: { enabled: true },
    textStyle: { fontFamily: 'Roboto, Arial, sans-serif' },
    title: { text: input.title, left: 'center', top: 8, textStyle: { fontSize: 15, fontWeight: 'bold' } },
    legend: { bottom: 8, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 24, top: 56, bottom: 48, containLabel: true },
    xAxis: input.isHorizontal ? valueAxis : categoryAxis,
    yAxis: input.isHorizontal ? categoryAxis : valueAxis,
    series: input.series.map((s) => ({
      type: 'bar',
      name: s.name,
      color: s.color,
      stack: s.stack,
      label: {
        show: true,
        position: s.stack ? 'inside' : input.isHorizontal ? 'right' : 'top',
        fontSize: 11,
        textBorderWidth: 0,
        ...(s.labelColor ? { color: s.labelColor } : {}),
      },
      data: s.data,
    })),
  };
}

// Indicators by achievement band, one stacked bar per row (a period, an administration...).
export function statusBarsOption(
  t: TFunction,
  title: string,
  rows: { label: string; byStatus: Record<IndicatorStatus, number> }[],
  categoryName: string,
): Option {
  return barOption({
    title,
    categoryName,
    categories: rows.map((r) => r.label),
    isHorizontal: true,
    series: indicatorStatuses.map((status) => ({
      name: t(`results.status.${status}`),
      color: statusHex[status],
      stack: 'status',
      labelColor: '#fff',
      data: rows.map((r) => (r.byStatus[status] === 0 ? null : r.byStatus[status])),
    })),
  });
}
