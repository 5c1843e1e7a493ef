// The only file of the reports module that touches its tables.
import { and, desc, eq, getTableColumns, isNotNull, max, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { reportRuns, reports, reportTemplates, reportVersions, type ReportKind, type ReportSection } from './reports.tables.js';

// --- templates ---
export function selectTemplates(db: Queryable, administrationId: string) {
  return db.select().from(reportTemplates).where(eq(reportTemplates.administrationId, administrationId));
}

export async function upsertTemplate(
  db: Queryable,
  values: {
    administrationId: string;
    kind: ReportKind;
    title: string | null;
    sections: ReportSection[];
    introduction: string;
    signature: string;
    updatedBy: string;
  },
) {
  const [row] = await db
    .insert(reportTemplates)
    .values(values)
    .onConflictDoUpdate({
      target: [reportTemplates.administrationId, reportTemplates.kind],
      set: {
        title: values.title,
        sections: values.sections,
        introduction: values.introduction,
        signature: values.signature,
        updatedBy: values.updatedBy,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return row!;
}

// --- drafts ---
export async function insertReport(db: Queryable, values: typeof reports.$inferInsert) {
  const [row] = await db.insert(reports).values(values).returning();
  return row!;
}

export async function selectReport(db: Queryable, id: string, options: { isForUpdate?: boolean } = {}) {
  const query = db.select().from(reports).where(eq(reports.id, id));
  const [row] = options.isForUpdate ? await query.for('update') : await query;
  return row;
}

export function selectReports(db: Queryable, administrationId: string) {
  return db
    .select()
    .from(reports)
    .where(eq(reports.administrationId, administrationId))
    .orderBy(desc(reports.year), desc(reports.quarter), desc(reports.createdAt));
}

export async function updateReportTexts(
  db: Queryable,
  id: string,
  texts: { highlights?: string; difficulties?: string; outlook?: string },
) {
  const [row] = await db
    .update(reports)
    .set({ ...texts, updatedAt: sql`now()` })
    .where(eq(reports.id, id))
    .returning();
  return row!;
}

// --- runs ---
const { docx: _docx, pdf: _pdf, snapshot: _snapshot, ...runColumns } = getTableColumns(reportRuns);
// the version a generation was finalised as (a generation is finalised once)
const runSummaryColumns = {
  ...runColumns,
  finalisedVersion: sql<number | null>`(SELECT v.version FROM report_versions v WHERE v.run_id = report_runs.id)`,
};

export async function insertRun(db: Queryable, values: typeof reportRuns.$inferInsert) {
  const [row] = await db.insert(reportRuns).values(values).returning(runColumns);
  return { ...row!, finalisedVersion: null };
}

export async function selectRun(db: Queryable, id: string) {
  const [row] = await db.select(runSummaryColumns).from(reportRuns).where(eq(reportRuns.id, id));
  return row;
}

export async function selectLatestRun(db: Queryable, reportId: string) {
  const [row] = await db
    .select(runSummaryColumns)
    .from(reportRuns)
    .where(eq(reportRuns.reportId, reportId))
    .orderBy(desc(reportRuns.createdAt))
    .limit(1);
  return row;
}

export async function selectLatestDoneRun(db: Queryable, reportId: string) {
  const [row] = await db
    .select()
    .from(reportRuns)
    .where(and(eq(reportRuns.reportId, reportId), eq(reportRuns.status, 'done'), isNotNull(reportRuns.docx)))
    // the latest request wins, whatever order the instances finished in
    .orderBy(desc(reportRuns.createdAt))
    .limit(1);
  return row;
}

// One queued run (or one whose worker's lease ran out), for this instance; other instances skip it.
export async function claimRun(db: Queryable, instanceId: string, leaseSeconds: number) {
  const result = await db.execute<{ id: string }>(sql`
    UPDATE ${reportRuns} SET status = 'running', progress = 5, locked_by = ${instanceId},
      locked_until = now() + make_interval(secs => ${leaseSeconds}), started_at = now()
    WHERE id = (
      SELECT id FROM ${reportRuns}
      WHERE status = 'queued' OR (status = 'running' AND locked_until < now())
      ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id`);
  const id = result.rows[0]?.id;
  if (!id) return undefined;
  const [row] = await db.select().from(reportRuns).where(eq(reportRuns.id, id));
  return row;
}

export async function updateRunProgress(db: Queryable, id: string, instanceId: string, progress: number) {
  await db
    .update(reportRuns)
    .set({ progress })
    .where(and(eq(reportRuns.id, id), eq(reportRuns.lockedBy, instanceId)));
}

export async function finishRun(
  db: Queryable,
  run: { id: string; reportId: string },
  instanceId: string,
  files: { docx: Buffer; pdf: Buffer },
) {
  await db
    .update(reportRuns)
    .set({ status: 'done', progress: 100, ...files, lockedBy: null, lockedUntil: null, finishedAt: sql`now()` })
    .where(and(eq(reportRuns.id, run.id), eq(reportRuns.lockedBy, instanceId)));
  // a draft keeps only the files of its latest request (finalised versions hold their own copy), whatever
  // order the instances finished in: each cleanup runs after its own run is marked done
  await db.execute(sql`
    UPDATE ${reportRuns} SET docx = NULL, pdf = NULL
    WHERE report_id = ${run.reportId} AND status = 'done' AND docx IS NOT NULL
      AND id <> (SELECT id FROM ${reportRuns} WHERE report_id = ${run.reportId} AND status = 'done' ORDER BY created_at DESC LIMIT 1)`);
}

export async function failRun(db: Queryable, id: string, instanceId: string, error: string) {
  await db
    .update(reportRuns)
    .set({ status: 'failed', error, lockedBy: null, lockedUntil: null, finishedAt: sql`now()` })
    .where(and(eq(reportRuns.id, id), eq(reportRuns.lockedBy, instanceId)));
}

// --- finalised versions ---
const { docx: _vdocx, pdf: _vpdf, snapshot: _vsnapshot, ...versionSummaryColumns } = getTableColumns(reportVersions);

export async function selectNextVersion(db: Queryable, reportId: string) {
  const [row] = await db
    .select({ last: max(reportVersions.version) })
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId));
  return (row?.last ?? 0) + 1;
}

export async function selectVersionOfRun(db: Queryable, runId: string) {
  const [row] = await db.select({ version: reportVersions.version }).from(reportVersions).where(eq(reportVersions.runId, runId));
  return row;
}

export async function insertVersion(db: Queryable, values: typeof reportVersions.$inferInsert) {
  const [row] = await db.insert(reportVersions).values(values).returning(versionSummaryColumns);
  return row!;
}

export function selectVersions(db: Queryable, administrationId: string, reportId?: string) {
  return db
    .select(versionSummaryColumns)
    .from(reportVersions)
    .where(and(eq(reportVersions.administrationId, administrationId), reportId ? eq(reportVersions.reportId, reportId) : undefined))
    .orderBy(desc(reportVersions.finalisedAt), desc(reportVersions.version));
}

export async function selectVersion(db: Queryable, reportId: string, version: number) {
  const [row] = await db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.version, version)));
  return row;
}
