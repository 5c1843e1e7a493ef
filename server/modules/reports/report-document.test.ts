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

  it('shows a dialogue de gestion’s past year before the first quarter, and its corrective actions with their delay', () => {
    const line = { code: 'IND-017-01', title: 'Couverture', unit: '%', target: 21, value: 20.1, rate: 95.7, status: 'on_track' as const };
    const dialogue: ReportSnapshot = {
      ...snapshot,
      kind: 'management_dialogue',
      period: { year: 2032, quarter: null },
      figuresQuarter: 1,
      dashboard: { ...emptyDashboard, period: { year: 2032, quarter: 1 } },
      template: { ...snapshot.template, sections: ['programme_results', 'corrective_actions'] },
      programmeScope: {
        programme: { id: 'p', code: '017', title: 'Sécurité sociale' },
        indicators: [],
        pastYear: { period: { year: 2031, quarter: 4 }, dashboard: emptyDashboard, indicators: [line] },
        correctiveActions: {
          asOf: '2032-05-02',
          items: [
            {
              reference: 'D-2032-0001',
              kind: 'directive',
              text: 'Relancer la saisie',
              lead: 'DPP',
              dueDate: '2032-03-31',
              status: 'not_started',
              progress: 0,
              isOverdue: true,
              daysOverdue: 32,
            },
          ],
        },
      },
    };
    const doc = buildReportDocument(dialogue, () => {
      throw new Error('no chart');
    });
    expect(doc.periodLabel).toBe('Année 2031 et premier trimestre 2032 (T1 2032)');
    const results = doc.sections[0]!.blocks;
    expect(results[0]).toEqual({ kind: 'heading', level: 2, text: 'Performance de l’année 2031' });
    expect(results.map((b) => (b.kind === 'heading' ? b.text : b.kind))).toEqual([
      'Performance de l’année 2031',
      'paragraph',
      'Premier trimestre 2032 (T1 2032)',
      'paragraph',
    ]);
    const actions = doc.sections[1]!.blocks;
    expect(actions[1]).toMatchObject({
      kind: 'table',
      rows: [['D-2032-0001', 'Relancer la saisie', 'DPP', '31/03/2032', 'Non démarrée, en retard (32 j)', '0\u00a0%']],
    });
    expect(doc.sections[1]!.title).toBe('Actions correctives et leur état');
  });

  it('formats rates the French way', () => {
    expect(formatRate(93.75)).toBe('93,8\u00a0%');
    expect(formatRate(null)).toBe('—');
    expect(formatShare(0.5)).toBe('50\u00a0%');
  });
});
