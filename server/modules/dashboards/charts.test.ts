import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './chart-render.js';
import { buildHeadChart, chartIds } from './charts.js';
import type { THeadDashboard } from './dashboards.contract.js';

const counts = (reached: number, critical: number) => ({ reached, on_track: 0, behind: 0, critical, no_data: 0 });
const execution = {
  activityCount: 2,
  physicalRate: 40,
  expectedPhysicalRate: 50,
  commitmentRate: 60,
  spendingRate: 30,
  allotted: 100,
  committed: 60,
  spent: 30,
};
const data = {
  period: { year: 2024, quarter: 2 },
  comparedWith: { year: 2023, quarter: 2 },
  currency: 'XOF',
  thresholds: { reached: 100, onTrack: 80, behind: 50 },
  indicators: { indicatorCount: 3, byStatus: counts(2, 1), achievementRate: 70, lastYear: { byStatus: counts(1, 2), achievementRate: 40 } },
  programmes: [
    {
      id: 'p',
      code: '017',
      title: 'Sécurité sociale',
      kind: 'operational',
      manager: null,
      summary: {
        indicatorCount: 3,
        byStatus: counts(2, 1),
        achievementRate: 70,
        lastYear: { byStatus: counts(1, 2), achievementRate: 40 },
      },
      execution,
      lastYearExecution: execution,
    },
  ],
  plan: { execution, lastYearExecution: execution },
  reporting: {
    due: 2,
    received: 1,
    onTime: 1,
    completeness: 50,
    timeliness: 50,
    byStructure: [
      { structureId: 's', name: 'Direction', acronym: 'DPP', due: 2, received: 1, onTime: 1, completeness: 50, timeliness: 50 },
    ],
  },
  workflow: { draft: 0, submitted: 1, reviewed: 0, validated: 3, rejected: 0 },
  attention: [],
} as THeadDashboard;

describe('head dashboard charts', () => {
  it('builds the status chart from the dashboard’s counts, this year and last', () => {
    const option = buildHeadChart('indicator-status', data, 'fr') as {
      yAxis: { data: string[] };
      series: { name: string; data: (number | null)[] }[];
    };
    expect(option.yAxis.data).toEqual(['T2 2023', 'T2 2024']);
    expect(option.series.find((s) => s.name === 'Atteint')!.data).toEqual([1, 2]);
    expect(option.series.find((s) => s.name === 'Critique')!.data).toEqual([2, 1]);
    expect((buildHeadChart('indicator-status', data, 'en') as { yAxis: { data: string[] } }).yAxis.data).toEqual(['Q2 2023', 'Q2 2024']);
  });

  it('keeps every option plain JSON, with unbordered labels, and renders each to SVG', () => {
    for (const id of chartIds) {
      const option = buildHeadChart(id, data, 'fr');
      expect(JSON.parse(JSON.stringify(option))).toEqual(option);
      for (const series of (option.series as { label?: { textBorderWidth?: number } }[]) ?? [])
        expect(series.label?.textBorderWidth).toBe(0);
      const svg = renderChartSvg(option, { width: 600, height: 300 });
      expect(svg.startsWith('<svg')).toBe(true);
    }
  });
});
