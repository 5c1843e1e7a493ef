import { describe, expect, it } from 'vitest';
import type { THeadDashboard } from '../dashboards/dashboards.contract.js';
import { buildReportDocument, formatRate, formatShare, hasResultsData, NO_DATA_TEXT, type ReportSnapshot } from './report-document.js';
import { kindDefinitions } from './report-kinds.js';

const counts = { reached: 0, on_track: 0, behind: 0, critical: 0, no_data: 3 };
const execution = {
  activityCount: 0,
  physicalRate: null,
  expectedPhysicalRate: null,
  commitmentRate: null,
  spendingRate: null,
  allotted: 0,
  committed: 0,
  spent: 0,
};
const emptyDashboard = {
  period: { year: 2031, quarter: 2 },
  comparedWith: { year: 2030, quarter: 2 },
  currency: 'XOF',
  thresholds: { reached: 100, onTrack: 80, behind: 50 },
  indicators: { indicatorCount: 3, byStatus: counts, achievementRate: null, lastYear: { byStatus: counts, achievementRate: null } },
  programmes: [],
  plan: { execution, lastYearExecution: execution },
  reporting: { due: 0, received: 0, onTime: 0, completeness: null, timeliness: null, byStructure: [] },
  workflow: { draft: 0, submitted: 0, reviewed: 0, validated: 0, rejected: 0 },
  attention: [],
} as unknown as THeadDashboard;

const snapshot: ReportSnapshot = {
  kind: 'cabinet_quarterly',
  title: 'Rapport trimestriel du Cabinet',
  period: { year: 2031, quarter: 2 },
  figuresQuarter: 2,
  takenAt: '2031-07-02T08:00:00.000Z',
  header: { administrationName: 'Ministère', country: 'République du Bénin', motto: 'Fraternité - Justice - Travail' },
  template: { sections: kindDefinitions.cabinet_quarterly.sections, introduction: 'Intro', signature: 'Le DC' },
  texts: { highlights: '', difficulties: 'Retards de saisie.', outlook: '' },
  dashboard: emptyDashboard,
  directives: null,
};

describe('report document', () => {
  it('numbers the sections of the template and says when a period has no data', () => {
    const charts: string[] = [];
    const doc = buildReportDocument(snapshot, (id) => {
      charts.push(id);
      return { kind: 'chart', title: id, svg: '<svg/>', png: Buffer.alloc(0), width: 1, height: 1 };
    });
    expect(hasResultsData(emptyDashboard)).toBe(false);
    expect(doc.sections.map((s) => `${s.number}. ${s.title}`)).toContain('2. Chiffres clés');
    expect(doc.sections[1]!.blocks).toEqual([{ kind: 'paragraph', text: NO_DATA_TEXT, isItalic: true }]);
    expect(charts).toEqual([]);
    expect(doc.periodLabel).toBe('deuxième trimestre 2031 (T2 2031)');
    expect(doc.footer).toContain('02/07/2031');
    const difficulties = doc.sections.find((s) => s.title === 'Difficultés rencontrées')!;
    expect(difficulties.blocks).toEqual([{ kind: 'paragraph', text: 'Retards de saisie.' }]);
  });

  it('formats rates the French way', () => {
    expect(formatRate(93.75)).toBe('93,8\u00a0%');
    expect(formatRate(null)).toBe('—');
    expect(formatShare(0.5)).toBe('50\u00a0%');
  });
});
