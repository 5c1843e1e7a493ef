// The generation job: claims queued runs (FOR UPDATE SKIP LOCKED, so several instances share the queue),
// renders the frozen snapshot as DOCX and PDF, stores the files. A crashed worker's lease runs out and the
// run is claimed again.
import type { Database } from '../../platform/db/client.js';
import { renderChartSvg } from '../dashboards/chart-render.js';
import { buildHeadChart, chartIds } from '../dashboards/charts.js';
import { renderChartPng } from './chart-png.js';
import {
  buildReportDocument,
  hasResultsData,
  type ChartBlock,
  type ChartId,
  type ChartRenderer,
  type ReportSnapshot,
} from './report-document.js';
import { buildReportDocx } from './report-docx.js';
import { buildReportPdf } from './report-pdf.js';
import * as repo from './reports.repository.js';

const LEASE_SECONDS = 300;
const CHART_SIZE = { width: 800, height: 450 };

// Renders one snapshot (also used by the benchmark).
export async function renderReport(snapshot: ReportSnapshot, onProgress: (progress: number) => Promise<void> = async () => undefined) {
  // the charts are drawn first (the PNG is asynchronous), then the document is put together
  const charts = new Map<ChartId, ChartBlock>();
  const needsCharts = snapshot.template.sections.includes('charts') && hasResultsData(snapshot.dashboard);
  for (const chartId of needsCharts ? chartIds : []) {
    const option = buildHeadChart(chartId, snapshot.dashboard, 'fr');
    const title = typeof option.title === 'object' && !Array.isArray(option.title) ? String(option.title.text ?? chartId) : chartId;
    const svg = renderChartSvg(option, CHART_SIZE);
    charts.set(chartId, { kind: 'chart', title, svg, png: await renderChartPng(svg, CHART_SIZE.width, CHART_SIZE.height), ...CHART_SIZE });
  }
  const renderChart: ChartRenderer = (chartId) => charts.get(chartId)!;
  const document = buildReportDocument(snapshot, renderChart);
  await onProgress(40);
  const docx = await buildReportDocx(document);
  await onProgress(70);
  const pdf = await buildReportPdf(document);
  return { docx, pdf };
}

export async function processQueuedRuns(db: Database, instanceId: string, maxRuns = 20) {
  let done = 0;
  let failed = 0;
  for (let i = 0; i < maxRuns; i++) {
    const run = await repo.claimRun(db, instanceId, LEASE_SECONDS);
    if (!run) break;
    try {
      const files = await renderReport(run.snapshot as ReportSnapshot, (progress) =>
        repo.updateRunProgress(db, run.id, instanceId, progress),
      );
      await repo.finishRun(db, run, instanceId, files);
      done++;
    } catch (err) {
      await repo.failRun(db, run.id, instanceId, (err instanceof Error ? err.message : String(err)).slice(0, 2000));
      failed++;
    }
  }
  return { done, failed };
}
