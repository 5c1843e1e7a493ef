// Reports built from live data (rapport trimestriel du cabinet, RAP, dialogue de gestion...): the templates an
// administration adjusts, the drafts with their texts, the generation runs and the frozen (finalised) versions.
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';
import { users } from '../auth/auth.tables.js';
import { programmes } from '../planning/planning.tables.js';

export const reportKinds = [
  'cabinet_quarterly', // rapport trimestriel du cabinet
  'cabinet_annual', // rapport annuel du cabinet
  'chief_of_staff_quarterly', // rapport trimestriel d'activités du Directeur de cabinet
  'programme_annual_performance', // rapport annuel de performance (RAP)
  'management_dialogue', // rapport de dialogue de gestion
] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportSections = [
  'introduction',
  'key_figures',
  'programme_results',
  'execution',
  'reporting',
  'directives',
  'corrective_actions',
  'attention',
  'charts',
  'highlights',
  'difficulties',
  'outlook',
] as const;
export type ReportSection = (typeof reportSections)[number];

export const runStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof runStatuses)[number];

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const adminId = () =>
  uuid('administration_id')
    .notNull()
    .references(() => administrations.id, { onDelete: 'cascade' });
const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });
// the budget programme of a programme report (RAP, dialogue de gestion); null for the administration-wide kinds
const programmeRef = () => uuid('programme_id').references(() => programmes.id, { onDelete: 'restrict' });

// The administration's adjustments of a kind; without a row the defaults of report-kinds.ts apply.
export const reportTemplates = pgTable(
  'report_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    kind: text('kind', { enum: reportKinds }).notNull(),
    title: text('title'),
    sections: text('sections').array().notNull(),
    introduction: text('introduction').notNull().default(''),
    signature: text('signature').notNull().default(''),
    updatedBy: userRef('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_templates_kind_uq').on(t.administrationId, t.kind)],
);

// A draft: a kind, a period (and a programme for the programme kinds) and the texts the cabinet writes; regenerated at will, finalised into versions.
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    kind: text('kind', { enum: reportKinds }).notNull(),
    year: integer('year').notNull(),
    // null for annual reports
    quarter: integer('quarter'),
    programmeId: programmeRef(),
    highlights: text('highlights').notNull().default(''),
    difficulties: text('difficulties').notNull().default(''),
    outlook: text('outlook').notNull().default(''),
    createdBy: userRef('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reports_admin_idx').on(t.administrationId, t.year),
    check('reports_quarter_ck', sql`${t.quarter} IS NULL OR ${t.quarter} BETWEEN 1 AND 4`),
  ],
);

// One generation of a draft. The data snapshot is taken when asked (with the asker's rights); the job renders it.
export const reportRuns = pgTable(
  'report_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    status: text('status', { enum: runStatuses }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    snapshot: jsonb('snapshot').notNull(),
    docx: bytea('docx'),
    pdf: bytea('pdf'),
    error: text('error'),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    requestedBy: userRef('requested_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('report_runs_report_idx').on(t.reportId, t.createdAt),
    index('report_runs_queue_idx')
      .on(t.createdAt)
      .where(sql`${t.status} IN ('queued', 'running')`),
    check('report_runs_progress_ck', sql`${t.progress} BETWEEN 0 AND 100`),
  ],
);

// A finalised version: the files, the snapshot they were built from and their SHA-256, never changed again.
export const reportVersions = pgTable(
  'report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: reportKinds }).notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    programmeId: programmeRef(),
    // the generation it froze: a generation is finalised once (regenerate to make the next version)
    runId: uuid('run_id').references(() => reportRuns.id, { onDelete: 'set null' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    snapshotSha256: text('snapshot_sha256').notNull(),
    docx: bytea('docx').notNull(),
    docxSha256: text('docx_sha256').notNull(),
    pdf: bytea('pdf').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    finalisedBy: userRef('finalised_by'),
    finalisedByName: text('finalised_by_name').notNull(),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_versions_uq').on(t.reportId, t.version),
    uniqueIndex('report_versions_run_uq').on(t.runId),
    index('report_versions_admin_idx').on(t.administrationId, t.finalisedAt),
  ],
);
