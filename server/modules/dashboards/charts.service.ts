// The head dashboard's charts: the option from charts.ts, as JSON for the web app or rendered to SVG.
import type { Database } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { renderChartSvg } from './chart-render.js';
import { buildHeadChart, chartIds, type ChartId } from './charts.js';
import type { DashboardCache } from './dashboard-cache.js';
import type { TPeriodQuery } from './dashboards.contract.js';
import { getHeadDashboard } from './head-dashboard.service.js';

const isChartId = (id: string): id is ChartId => (chartIds as readonly string[]).includes(id);

export async function getHeadChartOption(db: Database, access: Access, chartId: string, query: TPeriodQuery, cache: DashboardCache) {
  if (!isChartId(chartId)) throw new AppError('not_found', { messageKey: 'chart.unknown', params: { chart: chartId }, field: 'chartId' });
  const data = await getHeadDashboard(db, access, query, cache);
  return { chartId, period: data.period, option: buildHeadChart(chartId, data, access.actor.locale) };
}

export async function renderHeadChart(
  db: Database,
  access: Access,
  chartId: string,
  query: TPeriodQuery & { width: number; height: number },
  cache: DashboardCache,
) {
  const { option, period } = await getHeadChartOption(db, access, chartId, query, cache);
  return { svg: renderChartSvg(option, query), fileName: `${chartId}-${period.year}-T${period.quarter}` };
}
