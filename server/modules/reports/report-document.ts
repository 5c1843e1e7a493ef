// From a data snapshot to the description of a report: title page, table of contents, numbered sections.
// Pure, so the frozen snapshot of a finalised report always gives the same document.
import type { Block, DocumentHeader } from '../../platform/documents/document.js';
import type { THeadDashboard } from '../dashboards/dashboards.contract.js';
import { periodLabel, sectionTitles } from './report-kinds.js';
import { correctiveActionBlocks, indicatorTable, statusLabels, type ProgrammeScope } from './report-programme.js';
import type { ReportKind, ReportSection } from './reports.tables.js';

export type DirectiveFigures = {
  total: number;
  open: number;
  done: number;
  cancelled: number;
  overdue: number;
  awaitingConfirmation: number;
  completionRate: number | null;
  averageDelayDays: number | null;
  oldestOverdueDays: number | null;
};

// Everything a report is built from, frozen with a finalised version.
export type ReportSnapshot = {
  kind: ReportKind;
  title: string;
  period: { year: number; quarter: number | null };
  // the quarter the figures run to (year to date): the report's quarter, or Q4 for an annual report
  figuresQuarter: number;
  takenAt: string;
  header: DocumentHeader;
  template: { sections: ReportSection[]; introduction: string; signature: string };
  texts: { highlights: string; difficulties: string; outlook: string };
  dashboard: THeadDashboard;
  directives: { asOf: string; totals: DirectiveFigures; groups: (DirectiveFigures & { key: string; label: string })[] } | null;
  // programme kinds only (absent from the snapshots of the administration-wide kinds)
  programmeScope?: ProgrammeScope | null;
};

export type ChartBlock = { kind: 'chart'; title: string; svg: string; png: Buffer; width: number; height: number };
export type ReportBlock = Block | ChartBlock;
export type ReportSectionContent = { number: number; title: string; blocks: ReportBlock[] };
export type ReportDocument = {
  header: DocumentHeader;
  title: string;
  periodLabel: string;
  sections: ReportSectionContent[];
  signature: string;
  footer: string;
};

export type ChartId = 'indicator-status' | 'programme-achievement' | 'programme-execution' | 'reporting';
export type ChartRenderer = (chartId: ChartId) => ChartBlock;

const NBSP = '\u00a0';
export function formatNumber(n: number | null, digits = 1): string {
  if (n === null) return '—';
  return n.toLocaleString('fr-FR', { maximumFractionDigits: digits }).replace(/\s/g, NBSP);
}
export const formatRate = (n: number | null) => (n === null ? '—' : `${formatNumber(n)}${NBSP}%`);
// completion rates of the follow-up are 0..1
export const formatShare = (n: number | null) => formatRate(n === null ? null : Math.round(n * 1000) / 10);

export const NO_DATA_TEXT = 'Aucune donnée n’est disponible pour cette période.';

// A period has results data when at least one indicator has a value or one activity is planned.
export function hasResultsData(d: THeadDashboard): boolean {
  return d.indicators.indicatorCount - d.indicators.byStatus.no_data > 0 || d.plan.execution.activityCount > 0;
}

// The programmes' results against targets (one row for a programme report).
function programmeResultsTable(d: THeadDashboard): Block {
  return {
    kind: 'table',
    columns: [
      { title: 'Programme', width: 3.7 },
      { title: 'Indicateurs', width: 1.3 },
      { title: 'Atteints', width: 1 },
      { title: 'En bonne voie', width: 1 },
      { title: 'En retard', width: 1 },
      { title: 'Critiques', width: 1 },
      { title: 'Taux d’atteinte', width: 1.3 },
      { title: 'Année précédente', width: 1.3 },
    ],
    rows: d.programmes.map((p) => [
      `${p.code} ${p.title}`,
      String(p.summary.indicatorCount),
      String(p.summary.byStatus.reached),
      String(p.summary.byStatus.on_track),
      String(p.summary.byStatus.behind),
      String(p.summary.byStatus.critical),
      formatRate(p.summary.achievementRate),
      formatRate(p.summary.lastYear.achievementRate),
    ]),
    emptyText: 'Aucun programme.',
  };
}

// Plan execution by programme, and the whole plan (a programme report has its one row).
function executionTable(d: THeadDashboard, isProgramme = false): Block {
  return {
    kind: 'table',
    columns: [
      { title: 'Programme', width: 4 },
      { title: 'Activités', width: 1 },
      { title: 'Physique prévu', width: 1.2 },
      { title: 'Physique réalisé', width: 1.2 },
      { title: `Alloué (${d.currency})`, width: 1.8 },
      { title: 'Engagement', width: 1.2 },
      { title: 'Dépense', width: 1.2 },
    ],
    rows: [
      ...d.programmes.map((p) => [
        `${p.code} ${p.title}`,
        String(p.execution.activityCount),
        formatRate(p.execution.expectedPhysicalRate),
        formatRate(p.execution.physicalRate),
        formatNumber(p.execution.allotted, 0),
        formatRate(p.execution.commitmentRate),
        formatRate(p.execution.spendingRate),
      ]),
      ...(isProgramme ? [] : [planRow(d)]),
    ],
  };
}

function planRow(d: THeadDashboard): string[] {
  return [
    'Ensemble du plan',
    String(d.plan.execution.activityCount),
    formatRate(d.plan.execution.expectedPhysicalRate),
    formatRate(d.plan.execution.physicalRate),
    formatNumber(d.plan.execution.allotted, 0),
    formatRate(d.plan.execution.commitmentRate),
    formatRate(d.plan.execution.spendingRate),
  ];
}

const fmt = { number: (n: number | null, digits?: number) => formatNumber(n, digits), rate: formatRate };
const NO_DATA: Block = { kind: 'paragraph', text: NO_DATA_TEXT, isItalic: true };

// A dialogue de gestion shows the past year (N-1) first, then the current year's first quarter.
function byPeriod(s: ReportSnapshot, blocksOf: (d: THeadDashboard, lines: ProgrammeScope['indicators']) => Block[]): Block[] {
  const scope = s.programmeScope;
  const current = hasResultsData(s.dashboard) ? blocksOf(s.dashboard, scope?.indicators ?? []) : [NO_DATA];
  if (!scope?.pastYear) return current;
  const past = scope.pastYear;
  return [
    { kind: 'heading', level: 2, text: `Performance de l’année ${past.period.year}` },
    ...(hasResultsData(past.dashboard) ? blocksOf(past.dashboard, past.indicators) : [NO_DATA]),
    {
      kind: 'heading',
      level: 2,
      text: `Premier trimestre ${s.dashboard.period.year} (T${s.dashboard.period.quarter} ${s.dashboard.period.year})`,
    },
    ...current,
  ];
}

const paragraphs = (text: string, fallback: string): Block[] =>
  text.trim() === '' ? [{ kind: 'paragraph', text: fallback, isItalic: true }] : [{ kind: 'paragraph', text: text.trim() }];

function sectionBlocks(section: ReportSection, s: ReportSnapshot, renderChart: ChartRenderer): ReportBlock[] {
  const d = s.dashboard;
  const hasData = hasResultsData(d);
  const noData = [NO_DATA];
  switch (section) {
    case 'introduction':
      return paragraphs(s.template.introduction, '—');
    case 'key_figures': {
      if (!hasData) return noData;
      return [
        {
          kind: 'table',
          columns: [
            { title: 'Niveau d’atteinte', width: 3 },
            { title: `T${d.period.quarter} ${d.period.year}`, width: 1 },
            { title: `T${d.comparedWith.quarter} ${d.comparedWith.year}`, width: 1 },
          ],
          rows: [
            ...(['reached', 'on_track', 'behind', 'critical', 'no_data'] as const).map((k) => [
              statusLabels[k],
              String(d.indicators.byStatus[k]),
              String(d.indicators.lastYear.byStatus[k]),
            ]),
            ['Nombre d’indicateurs', String(d.indicators.indicatorCount), ''],
            [
              'Taux moyen d’atteinte des cibles',
              formatRate(d.indicators.achievementRate),
              formatRate(d.indicators.lastYear.achievementRate),
            ],
            ['Exécution physique du plan', formatRate(d.plan.execution.physicalRate), formatRate(d.plan.lastYearExecution.physicalRate)],
            [
              'Exécution financière (dépensé / alloué)',
              formatRate(d.plan.execution.spendingRate),
              formatRate(d.plan.lastYearExecution.spendingRate),
            ],
            ['Complétude du rapportage', formatRate(d.reporting.completeness), ''],
          ],
        },
      ];
    }
    case 'programme_results':
      if (s.programmeScope) return byPeriod(s, (dash, lines) => [programmeResultsTable(dash), indicatorTable(lines, fmt)]);
      if (!hasData) return noData;
      return [programmeResultsTable(d)];
    case 'execution':
      if (s.programmeScope) return byPeriod(s, (dash) => [executionTable(dash, true)]);
      if (!hasData) return noData;
      return [executionTable(d)];
    case 'corrective_actions':
      return correctiveActionBlocks(s.programmeScope ?? null);
    case 'reporting':
      if (!hasData) return noData;
      return [
        {
          kind: 'paragraph',
          text: `Valeurs attendues : ${d.reporting.due} ; reçues : ${d.reporting.received} ; dans les délais : ${d.reporting.onTime}. Complétude : ${formatRate(d.reporting.completeness)} ; promptitude : ${formatRate(d.reporting.timeliness)}.`,
        },
        {
          kind: 'table',
          columns: [
            { title: 'Structure', width: 4 },
            { title: 'Attendues', width: 1 },
            { title: 'Reçues', width: 1 },
            { title: 'Complétude', width: 1.2 },
            { title: 'Promptitude', width: 1.2 },
          ],
          rows: d.reporting.byStructure.map((r) => [
            r.acronym ? `${r.acronym} — ${r.name}` : r.name,
            String(r.due),
            String(r.received),
            formatRate(r.completeness),
            formatRate(r.timeliness),
          ]),
          emptyText: NO_DATA_TEXT,
        },
      ];
    case 'directives': {
      const f = s.directives;
      if (!f || f.totals.total === 0)
        return [{ kind: 'paragraph', text: 'Aucune directive n’arrive à échéance sur cette période.', isItalic: true }];
      return [
        {
          kind: 'paragraph',
          text: `Directives et recommandations à échéance sur la période (situation au ${f.asOf.split('-').reverse().join('/')}) : ${f.totals.total}, dont ${f.totals.done} exécutées, ${f.totals.open} en cours et ${f.totals.overdue} en retard. Taux d’exécution : ${formatShare(f.totals.completionRate)}.`,
        },
        {
          kind: 'table',
          columns: [
            { title: 'Structure', width: 4 },
            { title: 'Total', width: 1 },
            { title: 'Exécutées', width: 1 },
            { title: 'En cours', width: 1 },
            { title: 'En retard', width: 1 },
            { title: 'Taux d’exécution', width: 1.3 },
            { title: 'Retard moyen (j)', width: 1.3 },
          ],
          rows: f.groups.map((g) => [
            g.label,
            String(g.total),
            String(g.done),
            String(g.open),
            String(g.overdue),
            formatShare(g.completionRate),
            formatNumber(g.averageDelayDays),
          ]),
        },
      ];
    }
    case 'attention':
      if (!hasData) return noData;
      return [
        {
          kind: 'table',
          columns: [
            { title: 'Indicateur', width: 4 },
            { title: 'Structure', width: 2 },
            { title: 'Valeur', width: 1 },
            { title: 'Cible', width: 1 },
            { title: 'Atteinte', width: 1 },
            { title: 'Niveau', width: 1.2 },
          ],
          rows: d.attention.map((i) => [
            `${i.code} ${i.title}`,
            i.responsibleStructureName,
            formatNumber(i.current.value, 2),
            formatNumber(i.current.target, 2),
            formatRate(i.current.rate),
            statusLabels[i.current.status],
          ]),
          emptyText: 'Aucun indicateur en retard.',
        },
      ];
    case 'charts':
      if (!hasData) return noData;
      return [
        renderChart('indicator-status'),
        renderChart('programme-achievement'),
        renderChart('programme-execution'),
        renderChart('reporting'),
      ];
    case 'highlights':
      return paragraphs(s.texts.highlights, 'Néant.');
    case 'difficulties':
      return paragraphs(s.texts.difficulties, 'Néant.');
    case 'outlook':
      return paragraphs(s.texts.outlook, 'Néant.');
  }
}

export function buildReportDocument(s: ReportSnapshot, renderChart: ChartRenderer): ReportDocument {
  const sections = s.template.sections.map((section, i) => ({
    number: i + 1,
    title: sectionTitles[section],
    blocks: sectionBlocks(section, s, renderChart),
  }));
  const taken = s.takenAt.slice(0, 10).split('-').reverse().join('/');
  return {
    header: s.header,
    title: s.title,
    periodLabel: periodLabel(s.period.year, s.period.quarter, s.kind),
    sections,
    signature: s.template.signature,
    footer: `Généré par Pilotage le ${taken} à partir des données validées`,
  };
}
