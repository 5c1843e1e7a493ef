// The data a report is built from, taken when a generation is asked, with the asker's rights (directives and
// corrective actions within their confidentiality); the run freezes it and a finalised version keeps it.
import { can, type Access } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { findAdministration } from '../administrations/administrations.service.js';
import type { DashboardCache } from '../dashboards/dashboard-cache.js';
import { getProgrammeDashboard } from '../dashboards/drilldown.service.js';
import { getHeadDashboard, getProgrammeHeadDashboard } from '../dashboards/head-dashboard.service.js';
import { listProgrammeCorrectiveActions } from '../followup/corrective-actions.service.js';
import { ZIndicatorsQuery } from '../followup/directives.contract.js';
import { computeIndicators } from '../followup/indicators.service.js';
import { findProgrammeRow } from '../planning/programmes.service.js';
import type { ReportSnapshot } from './report-document.js';
import { kindDefinitions } from './report-kinds.js';
import { programmeName, type IndicatorFigure, type ProgrammeRef, type ProgrammeScope } from './report-programme.js';
import type { Deps } from './reports.service.js';
import type { ReportKind, ReportSection } from './reports.tables.js';

// Reports read live data: no cache, so a figure corrected a minute ago is in the next draft.
const noCache: DashboardCache = { get: (_db, _id, _key, compute) => compute(), clear: () => undefined };

export type SnapshotInput = {
  report: {
    kind: ReportKind;
    year: number;
    quarter: number | null;
    programmeId: string | null;
    highlights: string;
    difficulties: string;
    outlook: string;
  };
  template: { title: string; sections: ReportSection[]; introduction: string; signature: string };
};

// A programme of the administration, or "not found" (another administration's programme does not exist here).
export async function findReportProgramme(deps: Deps, access: Access, programmeId: string): Promise<ProgrammeRef> {
  const row = await findProgrammeRow(deps.db, access.administrationId, programmeId);
  if (!row) throw new AppError('not_found', { params: { entity: 'programme' } });
  return { id: row.id, code: row.code, title: row.title };
}

const pad = (n: number) => String(n).padStart(2, '0');

// The programme's indicators as its dashboard (the results API) shows them for the period.
async function loadIndicatorFigures(deps: Deps, access: Access, programmeId: string, period: { year: number; quarter: number }) {
  const dashboard = await getProgrammeDashboard(deps.db, access, programmeId, period, noCache);
  const lines = [...dashboard.indicators, ...dashboard.actions.flatMap((a) => a.indicators)].sort((a, b) =>
    a.code.localeCompare(b.code, 'fr'),
  );
  return lines.map((l): IndicatorFigure => ({
    code: l.code,
    title: l.title,
    unit: l.unit,
    target: l.current.target,
    value: l.current.value,
    rate: l.current.rate,
    status: l.current.status,
  }));
}

// The dialogue de gestion of year N: the figures of Q1 of N, the past year N-1 (annual), and the corrective
// actions of the programme's operational dialogues held in N-1 and N.
async function takeProgrammeScope(
  deps: Deps,
  access: Access,
  input: SnapshotInput,
  programme: ProgrammeRef,
  figures: { year: number; quarter: number },
) {
  const isDialogue = input.report.kind === 'management_dialogue';
  const year = input.report.year;
  const pastPeriod = { year: year - 1, quarter: 4 };
  const [indicators, pastDashboard, pastIndicators, actions] = await Promise.all([
    loadIndicatorFigures(deps, access, programme.id, figures),
    isDialogue ? getProgrammeHeadDashboard(deps.db, access, programme.id, pastPeriod) : null,
    isDialogue ? loadIndicatorFigures(deps, access, programme.id, pastPeriod) : null,
    isDialogue && can(access, 'followup.read')
      ? listProgrammeCorrectiveActions(deps, access, programme.id, { from: `${year - 1}-01-01`, to: `${year}-12-31` })
      : null,
  ]);
  const scope: ProgrammeScope = {
    programme,
    indicators,
    pastYear: pastDashboard && pastIndicators ? { period: pastPeriod, dashboard: pastDashboard, indicators: pastIndicators } : null,
    correctiveActions: actions && {
      asOf: actions.asOf,
      items: actions.items.map((a) => ({
        reference: a.reference,
        kind: a.kind,
        text: a.text,
        lead: a.lead.postTitle ? `${a.lead.postTitle} (${a.lead.structureName})` : a.lead.structureName,
        dueDate: a.dueDate,
        status: a.status,
        progress: a.progress,
        isOverdue: a.isOverdue,
        daysOverdue: a.daysOverdue,
      })),
    },
  };
  return scope;
}

export async function takeSnapshot(deps: Deps, access: Access, administrationId: string, input: SnapshotInput): Promise<ReportSnapshot> {
  const { report, template } = input;
  const isDialogue = report.kind === 'management_dialogue';
  // the quarter the figures run to: the report's, Q4 for an annual report, Q1 of N for the dialogue de gestion
  const figuresQuarter = isDialogue ? 1 : (report.quarter ?? 4);
  const figures = { year: report.year, quarter: figuresQuarter };
  const programme = report.programmeId ? await findReportProgramme(deps, access, report.programmeId) : null;
  const [administration, dashboard, scope] = await Promise.all([
    findAdministration(deps.db, administrationId),
    programme ? getProgrammeHeadDashboard(deps.db, access, programme.id, figures) : getHeadDashboard(deps.db, access, figures, noCache),
    programme ? takeProgrammeScope(deps, access, input, programme, figures) : null,
  ]);
  if (!administration) throw new AppError('not_found', { params: { entity: 'administration' } });
  const firstMonth = report.quarter === null ? 1 : (report.quarter - 1) * 3 + 1;
  const lastMonth = report.quarter === null ? 12 : report.quarter * 3;
  const lastDay = new Date(Date.UTC(report.year, lastMonth, 0)).getUTCDate();
  // the cabinet's follow-up of directives covers the administration; a programme report has its corrective actions
  const directives =
    !programme && can(access, 'followup.read')
      ? await computeIndicators(
          deps,
          access,
          ZIndicatorsQuery.parse({
            dueFrom: `${report.year}-${pad(firstMonth)}-01`,
            dueTo: `${report.year}-${pad(lastMonth)}-${pad(lastDay)}`,
          }),
        )
      : null;
  const snapshot: ReportSnapshot = {
    kind: report.kind,
    title: programme ? `${template.title} — ${programmeName(programme)}` : template.title,
    period: { year: report.year, quarter: report.quarter },
    figuresQuarter,
    takenAt: deps.clock.now().toISOString(),
    header: { administrationName: administration.name, country: administration.country, motto: administration.countryMotto },
    template: { sections: template.sections, introduction: template.introduction, signature: template.signature },
    texts: { highlights: report.highlights, difficulties: report.difficulties, outlook: report.outlook },
    dashboard,
    directives: directives ? { asOf: directives.asOf, totals: directives.totals, groups: directives.groups } : null,
    ...(programme ? { programmeScope: scope } : {}),
  };
  // plain JSON, exactly what is stored and hashed
  return JSON.parse(JSON.stringify(snapshot)) as ReportSnapshot;
}

export const isProgrammeKind = (kind: ReportKind) => kindDefinitions[kind].isProgrammeScoped;
