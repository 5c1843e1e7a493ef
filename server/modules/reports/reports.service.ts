// Report templates, drafts, generation requests and finalisation: rules, authorization, transactions.
import { createHash } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit.js';
import { assertCan, assertSameAdministration, can, type Access } from '../../platform/http/access.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { AppError } from '../../platform/http/errors.js';
import { findAdministration } from '../administrations/administrations.service.js';
import type { DashboardCache } from '../dashboards/dashboard-cache.js';
import { getHeadDashboard } from '../dashboards/head-dashboard.service.js';
import { ZIndicatorsQuery } from '../followup/directives.contract.js';
import { computeIndicators } from '../followup/indicators.service.js';
import type { ReportSnapshot } from './report-document.js';
import { kindDefinitions } from './report-kinds.js';
import type { TReportCreate, TReportUpdate, TTemplateUpdate } from './reports.contract.js';
import * as repo from './reports.repository.js';
import type { ReportKind, ReportSection, reportTemplates } from './reports.tables.js';
import { reportKinds } from './reports.tables.js';

export type Deps = Pick<AppDeps, 'db' | 'clock' | 'files' | 'config'> & { onQueued?: () => void };

// Reports read live data: no cache, so a figure corrected a minute ago is in the next draft.
const noCache: DashboardCache = { get: (_db, _id, _key, compute) => compute(), clear: () => undefined };

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

type TemplateRow = typeof reportTemplates.$inferSelect;
function effectiveTemplate(kind: ReportKind, row: TemplateRow | undefined) {
  const def = kindDefinitions[kind];
  return {
    kind,
    title: row?.title ?? def.title,
    isAnnual: def.isAnnual,
    sections: (row?.sections as ReportSection[] | undefined) ?? def.sections,
    introduction: row ? row.introduction : def.introduction,
    signature: row?.signature ?? '',
    isCustomised: row !== undefined,
  };
}

async function loadTemplate(deps: Deps, administrationId: string, kind: ReportKind) {
  const rows = await repo.selectTemplates(deps.db, administrationId);
  return effectiveTemplate(
    kind,
    rows.find((r) => r.kind === kind),
  );
}

export async function listTemplates(deps: Deps, access: Access) {
  assertCan(access, 'reports.read');
  const rows = await repo.selectTemplates(deps.db, access.administrationId);
  return reportKinds.map((kind) =>
    effectiveTemplate(
      kind,
      rows.find((r) => r.kind === kind),
    ),
  );
}

export async function updateTemplate(deps: Deps, access: Access, kind: ReportKind, input: TTemplateUpdate) {
  assertCan(access, 'reports.manage');
  const before = await loadTemplate(deps, access.administrationId, kind);
  const row = await deps.db.transaction(async (tx) => {
    const saved = await repo.upsertTemplate(tx, {
      administrationId: access.administrationId,
      kind,
      ...input,
      updatedBy: access.actor.userId,
    });
    await recordAudit(tx, access, {
      action: 'report_template.update',
      entityType: 'report_template',
      entityId: saved.id,
      before,
      after: input,
    });
    return saved;
  });
  return effectiveTemplate(kind, row);
}

// --- drafts ---
async function findReportOf(deps: Deps, access: Access, reportId: string) {
  const row = await repo.selectReport(deps.db, reportId);
  assertSameAdministration(access, row, 'report');
  return row!;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type RunRow = NonNullable<Awaited<ReturnType<typeof repo.selectRun>>>;
export const presentRun = (r: RunRow) => ({
  id: r.id,
  reportId: r.reportId,
  status: r.status,
  progress: r.progress,
  error: r.error,
  createdAt: r.createdAt.toISOString(),
  startedAt: iso(r.startedAt),
  finishedAt: iso(r.finishedAt),
});
type VersionRow = Awaited<ReturnType<typeof repo.selectVersions>>[number];
const presentVersion = (v: VersionRow) => ({
  id: v.id,
  reportId: v.reportId,
  kind: v.kind,
  title: v.title,
  year: v.year,
  quarter: v.quarter,
  version: v.version,
  snapshotSha256: v.snapshotSha256,
  docxSha256: v.docxSha256,
  pdfSha256: v.pdfSha256,
  finalisedBy: { userId: v.finalisedBy, fullName: v.finalisedByName },
  finalisedAt: v.finalisedAt.toISOString(),
});

async function presentReport(deps: Deps, access: Access, row: Awaited<ReturnType<typeof findReportOf>>) {
  const [template, latestRun, versions] = await Promise.all([
    loadTemplate(deps, access.administrationId, row.kind),
    repo.selectLatestRun(deps.db, row.id),
    repo.selectVersions(deps.db, access.administrationId, row.id),
  ]);
  return {
    id: row.id,
    kind: row.kind,
    title: template.title,
    year: row.year,
    quarter: row.quarter,
    highlights: row.highlights,
    difficulties: row.difficulties,
    outlook: row.outlook,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    latestRun: latestRun ? presentRun(latestRun) : null,
    versions: versions.map(presentVersion),
  };
}

// The data of the period as the caller sees it (directives within their confidentiality), frozen in the run.
async function takeSnapshot(deps: Deps, access: Access, report: Awaited<ReturnType<typeof findReportOf>>): Promise<ReportSnapshot> {
  const template = await loadTemplate(deps, access.administrationId, report.kind);
  const figuresQuarter = report.quarter ?? 4;
  const [administration, dashboard] = await Promise.all([
    findAdministration(deps.db, access.administrationId),
    getHeadDashboard(deps.db, access, { year: report.year, quarter: figuresQuarter }, noCache),
  ]);
  if (!administration) throw new AppError('not_found', { params: { entity: 'administration' } });
  const firstMonth = report.quarter === null ? 1 : (report.quarter - 1) * 3 + 1;
  const lastMonth = report.quarter === null ? 12 : report.quarter * 3;
  const lastDay = new Date(Date.UTC(report.year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const directives = can(access, 'followup.read')
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
    title: template.title,
    period: { year: report.year, quarter: report.quarter },
    figuresQuarter,
    takenAt: deps.clock.now().toISOString(),
    header: { administrationName: administration.name, country: administration.country, motto: administration.countryMotto },
    template: { sections: template.sections, introduction: template.introduction, signature: template.signature },
    texts: { highlights: report.highlights, difficulties: report.difficulties, outlook: report.outlook },
    dashboard,
    directives: directives ? { asOf: directives.asOf, totals: directives.totals, groups: directives.groups } : null,
  };
  // plain JSON, exactly what is stored and hashed
  return JSON.parse(JSON.stringify(snapshot)) as ReportSnapshot;
}

async function queueRun(deps: Deps, access: Access, report: Awaited<ReturnType<typeof findReportOf>>) {
  const snapshot = await takeSnapshot(deps, access, report);
  const run = await deps.db.transaction(async (tx) => {
    const created = await repo.insertRun(tx, {
      administrationId: access.administrationId,
      reportId: report.id,
      snapshot,
      requestedBy: access.actor.userId,
    });
    await recordAudit(tx, access, { action: 'report.generate', entityType: 'report', entityId: report.id, after: { runId: created.id } });
    return created;
  });
  deps.onQueued?.();
  return run;
}

export async function createReport(deps: Deps, access: Access, input: TReportCreate) {
  assertCan(access, 'reports.manage');
  const isAnnual = kindDefinitions[input.kind].isAnnual;
  if (isAnnual && input.quarter !== undefined)
    throw new AppError('validation_failed', { messageKey: 'reports.annual_no_quarter', field: 'quarter' });
  if (!isAnnual && input.quarter === undefined)
    throw new AppError('validation_failed', { messageKey: 'reports.quarter_required', field: 'quarter' });
  const row = await deps.db.transaction(async (tx) => {
    const created = await repo.insertReport(tx, {
      administrationId: access.administrationId,
      kind: input.kind,
      year: input.year,
      quarter: input.quarter ?? null,
      highlights: input.highlights,
      difficulties: input.difficulties,
      outlook: input.outlook,
      createdBy: access.actor.userId,
    });
    await recordAudit(tx, access, { action: 'report.create', entityType: 'report', entityId: created.id, after: created });
    return created;
  });
  await queueRun(deps, access, row);
  return presentReport(deps, access, row);
}

export async function listReports(deps: Deps, access: Access) {
  assertCan(access, 'reports.read');
  const rows = await repo.selectReports(deps.db, access.administrationId);
  return Promise.all(
    rows.map(async (r) => {
      const { highlights: _h, difficulties: _d, outlook: _o, versions: _v, ...summary } = await presentReport(deps, access, r);
      return summary;
    }),
  );
}

export async function getReport(deps: Deps, access: Access, reportId: string) {
  assertCan(access, 'reports.read');
  return presentReport(deps, access, await findReportOf(deps, access, reportId));
}

export async function updateReport(deps: Deps, access: Access, reportId: string, input: TReportUpdate) {
  assertCan(access, 'reports.manage');
  const before = await findReportOf(deps, access, reportId);
  const row = await deps.db.transaction(async (tx) => {
    const updated = await repo.updateReportTexts(tx, reportId, input);
    await recordAudit(tx, access, { action: 'report.update', entityType: 'report', entityId: reportId, before, after: updated });
    return updated;
  });
  return presentReport(deps, access, row);
}

export async function generateReport(deps: Deps, access: Access, reportId: string) {
  assertCan(access, 'reports.manage');
  return presentRun(await queueRun(deps, access, await findReportOf(deps, access, reportId)));
}

export async function getRun(deps: Deps, access: Access, reportId: string, runId: string) {
  assertCan(access, 'reports.read');
  await findReportOf(deps, access, reportId);
  const run = await repo.selectRun(deps.db, runId);
  if (!run || run.reportId !== reportId) throw new AppError('not_found', { params: { entity: 'run' } });
  return presentRun(run);
}

const fileName = (kind: ReportKind, year: number, quarter: number | null, suffix = '') =>
  `rapport-${kind.replace(/_/g, '-')}-${year}${quarter ? `-T${quarter}` : ''}${suffix}`;

// The files of the latest finished generation of a draft.
export async function getReportFile(deps: Deps, access: Access, reportId: string, format: 'docx' | 'pdf') {
  assertCan(access, 'reports.read');
  const report = await findReportOf(deps, access, reportId);
  const run = await repo.selectLatestDoneRun(deps.db, reportId);
  if (!run?.docx || !run.pdf) throw new AppError('conflict', { messageKey: 'reports.not_generated' });
  return { data: format === 'docx' ? run.docx : run.pdf, fileName: `${fileName(report.kind, report.year, report.quarter)}.${format}` };
}

// Freezes the latest finished generation: files, snapshot and their SHA-256, as the next version.
export async function finaliseReport(deps: Deps, access: Access, reportId: string) {
  assertCan(access, 'reports.manage');
  await findReportOf(deps, access, reportId);
  const version = await deps.db.transaction(async (tx) => {
    // one finalisation of a draft at a time, so version numbers follow each other
    const report = (await repo.selectReport(tx, reportId, { isForUpdate: true }))!;
    const run = await repo.selectLatestDoneRun(tx, reportId);
    if (!run?.docx || !run.pdf) throw new AppError('conflict', { messageKey: 'reports.not_generated' });
    const snapshot = run.snapshot as ReportSnapshot;
    const created = await repo.insertVersion(tx, {
      administrationId: access.administrationId,
      reportId,
      kind: report.kind,
      year: report.year,
      quarter: report.quarter,
      version: await repo.selectNextVersion(tx, reportId),
      title: snapshot.title,
      snapshot,
      snapshotSha256: sha256(JSON.stringify(snapshot)),
      docx: run.docx,
      docxSha256: sha256(run.docx),
      pdf: run.pdf,
      pdfSha256: sha256(run.pdf),
      finalisedBy: access.actor.userId,
      finalisedByName: access.actor.fullName,
    });
    await recordAudit(tx, access, {
      action: 'report.finalise',
      entityType: 'report',
      entityId: reportId,
      after: { version: created.version, runId: run.id, docxSha256: created.docxSha256, pdfSha256: created.pdfSha256 },
    });
    return created;
  });
  return presentVersion(version);
}

export async function listFinalisedReports(deps: Deps, access: Access) {
  assertCan(access, 'reports.read');
  return (await repo.selectVersions(deps.db, access.administrationId)).map(presentVersion);
}

export async function getVersionFile(deps: Deps, access: Access, reportId: string, version: number, format: 'docx' | 'pdf') {
  assertCan(access, 'reports.read');
  await findReportOf(deps, access, reportId);
  const row = await repo.selectVersion(deps.db, reportId, version);
  if (!row) throw new AppError('not_found', { params: { entity: 'version' } });
  return {
    data: format === 'docx' ? row.docx : row.pdf,
    sha256: format === 'docx' ? row.docxSha256 : row.pdfSha256,
    fileName: `${fileName(row.kind, row.year, row.quarter, `-v${row.version}`)}.${format}`,
  };
}
