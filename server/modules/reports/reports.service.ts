// Report templates, drafts, generation requests and finalisation: rules, authorization, transactions.
import { createHash } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit.js';
import { assertCan, assertSameAdministration, type Access } from '../../platform/http/access.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { AppError } from '../../platform/http/errors.js';
import { listProgrammesAndActions } from '../planning/programmes.service.js';
import type { ReportSnapshot } from './report-document.js';
import { kindDefinitions } from './report-kinds.js';
import type { ProgrammeRef } from './report-programme.js';
import { findReportProgramme, takeSnapshot } from './report-snapshot.js';
import type { TReportCreate, TReportUpdate, TTemplateUpdate } from './reports.contract.js';
import * as repo from './reports.repository.js';
import type { ReportKind, ReportSection, reportTemplates } from './reports.tables.js';
import { reportKinds } from './reports.tables.js';

export type Deps = Pick<AppDeps, 'db' | 'clock' | 'files' | 'config'> & { onQueued?: () => void };

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

type TemplateRow = typeof reportTemplates.$inferSelect;
function effectiveTemplate(kind: ReportKind, row: TemplateRow | undefined) {
  const def = kindDefinitions[kind];
  return {
    kind,
    title: row?.title ?? def.title,
    isAnnual: def.isAnnual,
    isProgrammeScoped: def.isProgrammeScoped,
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
  finalisedVersion: r.finalisedVersion,
});

// The programmes of the administration by id, to name those of programme reports.
type Programmes = ReadonlyMap<string, ProgrammeRef>;
async function loadProgrammes(deps: Deps, administrationId: string): Promise<Programmes> {
  const { programmes } = await listProgrammesAndActions(deps.db, administrationId);
  return new Map(programmes.map((p) => [p.id, { id: p.id, code: p.code, title: p.title }]));
}
const programmeOf = (programmes: Programmes, id: string | null) => (id ? (programmes.get(id) ?? null) : null);
type VersionRow = Awaited<ReturnType<typeof repo.selectVersions>>[number];
const presentVersion = (v: VersionRow, programmes: Programmes) => ({
  id: v.id,
  reportId: v.reportId,
  kind: v.kind,
  title: v.title,
  year: v.year,
  quarter: v.quarter,
  programme: programmeOf(programmes, v.programmeId),
  version: v.version,
  snapshotSha256: v.snapshotSha256,
  docxSha256: v.docxSha256,
  pdfSha256: v.pdfSha256,
  finalisedBy: { userId: v.finalisedBy, fullName: v.finalisedByName },
  finalisedAt: v.finalisedAt.toISOString(),
});

async function presentReport(
  deps: Deps,
  access: Access,
  row: Awaited<ReturnType<typeof findReportOf>>,
  known: { programmes?: Programmes } = {},
) {
  const [template, latestRun, versions, programmes] = await Promise.all([
    loadTemplate(deps, access.administrationId, row.kind),
    repo.selectLatestRun(deps.db, row.id),
    repo.selectVersions(deps.db, access.administrationId, row.id),
    known.programmes ?? loadProgrammes(deps, access.administrationId),
  ]);
  return {
    id: row.id,
    kind: row.kind,
    title: template.title,
    year: row.year,
    quarter: row.quarter,
    programme: programmeOf(programmes, row.programmeId),
    highlights: row.highlights,
    difficulties: row.difficulties,
    outlook: row.outlook,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    latestRun: latestRun ? presentRun(latestRun) : null,
    versions: versions.map((v) => presentVersion(v, programmes)),
  };
}

async function queueRun(deps: Deps, access: Access, report: Awaited<ReturnType<typeof findReportOf>>) {
  const template = await loadTemplate(deps, access.administrationId, report.kind);
  const snapshot = await takeSnapshot(deps, access, access.administrationId, { report, template });
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
  const isProgrammeScoped = kindDefinitions[input.kind].isProgrammeScoped;
  if (isProgrammeScoped && input.programmeId === undefined)
    throw new AppError('validation_failed', { messageKey: 'reports.programme_required', field: 'programmeId' });
  if (!isProgrammeScoped && input.programmeId !== undefined)
    throw new AppError('validation_failed', { messageKey: 'reports.programme_not_for_kind', field: 'programmeId' });
  // another administration's programme does not exist here: 404 before anything is written
  if (input.programmeId !== undefined) await findReportProgramme(deps, access, input.programmeId);
  const row = await deps.db.transaction(async (tx) => {
    const created = await repo.insertReport(tx, {
      administrationId: access.administrationId,
      kind: input.kind,
      year: input.year,
      quarter: input.quarter ?? null,
      programmeId: input.programmeId ?? null,
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
  const [rows, programmes] = await Promise.all([
    repo.selectReports(deps.db, access.administrationId),
    loadProgrammes(deps, access.administrationId),
  ]);
  return Promise.all(
    rows.map(async (r) => {
      const {
        highlights: _h,
        difficulties: _d,
        outlook: _o,
        versions: _v,
        ...summary
      } = await presentReport(deps, access, r, { programmes });
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

// rapport-management-dialogue-2026-P017-v1.pdf: two programmes' reports of a year do not share a name
async function fileName(deps: Deps, access: Access, r: FileNaming, suffix = '') {
  const programme = r.programmeId ? await findReportProgramme(deps, access, r.programmeId) : null;
  return `rapport-${r.kind.replace(/_/g, '-')}-${r.year}${r.quarter ? `-T${r.quarter}` : ''}${programme ? `-P${programme.code}` : ''}${suffix}`;
}
type FileNaming = { kind: ReportKind; year: number; quarter: number | null; programmeId: string | null };

// The files of the latest finished generation of a draft.
export async function getReportFile(deps: Deps, access: Access, reportId: string, format: 'docx' | 'pdf') {
  assertCan(access, 'reports.read');
  const report = await findReportOf(deps, access, reportId);
  const run = await repo.selectLatestDoneRun(deps.db, reportId);
  if (!run?.docx || !run.pdf) throw new AppError('conflict', { messageKey: 'reports.not_generated' });
  return { data: format === 'docx' ? run.docx : run.pdf, fileName: `${await fileName(deps, access, report)}.${format}` };
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
    // the same generation twice would be a second version of the same data
    const already = await repo.selectVersionOfRun(tx, run.id);
    if (already) throw new AppError('conflict', { messageKey: 'reports.already_finalised', params: { version: already.version } });
    const snapshot = run.snapshot as ReportSnapshot;
    const created = await repo.insertVersion(tx, {
      administrationId: access.administrationId,
      reportId,
      kind: report.kind,
      year: report.year,
      quarter: report.quarter,
      programmeId: report.programmeId,
      runId: run.id,
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
  return presentVersion(version, await loadProgrammes(deps, access.administrationId));
}

export async function listFinalisedReports(deps: Deps, access: Access) {
  assertCan(access, 'reports.read');
  const [versions, programmes] = await Promise.all([
    repo.selectVersions(deps.db, access.administrationId),
    loadProgrammes(deps, access.administrationId),
  ]);
  return versions.map((v) => presentVersion(v, programmes));
}

export async function getVersionFile(deps: Deps, access: Access, reportId: string, version: number, format: 'docx' | 'pdf') {
  assertCan(access, 'reports.read');
  await findReportOf(deps, access, reportId);
  const row = await repo.selectVersion(deps.db, reportId, version);
  if (!row) throw new AppError('not_found', { params: { entity: 'version' } });
  return {
    data: format === 'docx' ? row.docx : row.pdf,
    sha256: format === 'docx' ? row.docxSha256 : row.pdfSha256,
    fileName: `${await fileName(deps, access, row, `-v${row.version}`)}.${format}`,
  };
}
