// One pure function per dashboard chart: dashboard data → ECharts option. The web app draws the same
// option (GET .../charts/:chartId.json) that the server renders to SVG for downloads and reports, so a
// chart looks the same everywhere. Options are plain JSON (no functions); labels are French or English.
import type { EChartsOption } from 'echarts';
import type { Locale } from '../../platform/http/messages.js';
import type { THeadDashboard } from './dashboards.contract.js';

export const chartIds = ['indicator-status', 'programme-achievement', 'programme-execution', 'reporting'] as const;
export type ChartId = (typeof chartIds)[number];

const FONT = 'Roboto, Arial, sans-serif';
export const statusColors = {
  reached: '#2e7d32',
  on_track: '#7cb342',
  behind: '#f9a825',
  critical: '#c62828',
  no_data: '#9e9e9e',
} as const;
const statusOrder = ['reached', 'on_track', 'behind', 'critical', 'no_data'] as const;

const labels = {
  fr: {
    status: { reached: 'Atteint', on_track: 'En bonne voie', behind: 'En retard', critical: 'Critique', no_data: 'Sans donnée' },
    indicatorStatus: 'Indicateurs par niveau d’atteinte',
    programmeAchievement: 'Taux d’atteinte des cibles par programme (%)',
    programmeExecution: 'Exécution physique et financière par programme (%)',
    reporting: 'Complétude et promptitude du rapportage par structure (%)',
    physical: 'Physique',
    expected: 'Physique prévu',
    spending: 'Financière (dépensé / alloué)',
    completeness: 'Complétude',
    timeliness: 'Promptitude',
    quarter: (y: number, q: number) => `T${q} ${y}`,
  },
  en: {
    status: { reached: 'Reached', on_track: 'On track', behind: 'Behind', critical: 'Critical', no_data: 'No data' },
    indicatorStatus: 'Indicators by achievement band',
    programmeAchievement: 'Target achievement by programme (%)',
    programmeExecution: 'Physical and financial execution by programme (%)',
    reporting: 'Reporting completeness and timeliness by structure (%)',
    physical: 'Physical',
    expected: 'Planned physical',
    spending: 'Financial (spent / allotted)',
    completeness: 'Completeness',
    timeliness: 'Timeliness',
    quarter: (y: number, q: number) => `Q${q} ${y}`,
  },
};

// Shared look: readable on a phone, no animation (server rendering), bar labels without a text border
// (svg-to-pdfkit ignores paint-order, so a bordered label would vanish in PDFs).
function base(title: string): EChartsOption {
  return {
    animation: false,
    aria: { enabled: true },
    textStyle: { fontFamily: FONT },
    title: { text: title, left: 'center', top: 8, textStyle: { fontSize: 15, fontWeight: 'bold' } },
    legend: { bottom: 8, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 16, right: 24, top: 56, bottom: 48, containLabel: true },
  };
}
const barLabel = (position: 'inside' | 'top' | 'right' = 'top') => ({ show: true, position, textBorderWidth: 0, fontSize: 11 });

export function buildIndicatorStatusChart(
  data: Pick<THeadDashboard, 'indicators' | 'period' | 'comparedWith'>,
  locale: Locale,
): EChartsOption {
  const l = labels[locale];
  const periods = [l.quarter(data.comparedWith.year, data.comparedWith.quarter), l.quarter(data.period.year, data.period.quarter)];
  return {
    ...base(l.indicatorStatus),
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: periods },
    series: statusOrder.map((status) => ({
      type: 'bar',
      name: l.status[status],
      stack: 'status',
      color: statusColors[status],
      label: { ...barLabel('inside'), color: '#fff' },
      data: [data.indicators.lastYear.byStatus[status], data.indicators.byStatus[status]].map((n) => (n === 0 ? null : n)),
    })),
  };
}

export function buildProgrammeAchievementChart(
  data: Pick<THeadDashboard, 'programmes' | 'period' | 'comparedWith' | 'thresholds'>,
  locale: Locale,
): EChartsOption {
  const l = labels[locale];
  return {
    ...base(l.programmeAchievement),
    xAxis: { type: 'category', data: data.programmes.map((p) => p.code) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: l.quarter(data.comparedWith.year, data.comparedWith.quarter),
        color: '#90a4ae',
        label: barLabel(),
        data: data.programmes.map((p) => p.summary.lastYear.achievementRate),
      },
      {
        type: 'bar',
        name: l.quarter(data.period.year, data.period.quarter),
        color: '#1565c0',
        label: barLabel(),
        data: data.programmes.map((p) => p.summary.achievementRate),
        markLine: {
          symbol: 'none',
          label: { formatter: '{c}', textBorderWidth: 0 },
          lineStyle: { type: 'dashed' },
          data: [
            { yAxis: data.thresholds.onTrack, lineStyle: { color: statusColors.on_track } },
            { yAxis: data.thresholds.behind, lineStyle: { color: statusColors.behind } },
          ],
        },
      },
    ],
  };
}

export function buildProgrammeExecutionChart(data: Pick<THeadDashboard, 'programmes'>, locale: Locale): EChartsOption {
  const l = labels[locale];
  return {
    ...base(l.programmeExecution),
    xAxis: { type: 'category', data: data.programmes.map((p) => p.code) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: l.expected,
        color: '#b0bec5',
        label: barLabel(),
        data: data.programmes.map((p) => p.execution.expectedPhysicalRate),
      },
      { type: 'bar', name: l.physical, color: '#1565c0', label: barLabel(), data: data.programmes.map((p) => p.execution.physicalRate) },
      { type: 'bar', name: l.spending, color: '#ef6c00', label: barLabel(), data: data.programmes.map((p) => p.execution.spendingRate) },
    ],
  };
}

export function buildReportingChart(data: Pick<THeadDashboard, 'reporting'>, locale: Locale): EChartsOption {
  const l = labels[locale];
  const rows = data.reporting.byStructure;
  return {
    ...base(l.reporting),
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: rows.map((s) => s.acronym ?? s.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { type: 'bar', name: l.completeness, color: '#1565c0', label: barLabel('right'), data: rows.map((s) => s.completeness) },
      { type: 'bar', name: l.timeliness, color: '#7cb342', label: barLabel('right'), data: rows.map((s) => s.timeliness) },
    ],
  };
}

export function buildHeadChart(chartId: ChartId, data: THeadDashboard, locale: Locale): EChartsOption {
  switch (chartId) {
    case 'indicator-status':
      return buildIndicatorStatusChart(data, locale);
    case 'programme-achievement':
      return buildProgrammeAchievementChart(data, locale);
    case 'programme-execution':
      return buildProgrammeExecutionChart(data, locale);
    case 'reporting':
      return buildReportingChart(data, locale);
  }
}
