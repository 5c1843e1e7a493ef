import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';
import { persons, posts, structures } from '../organisation/organisation.tables.js';

export const meetingKinds = ['management_committee', 'cabinet_meeting', 'strategic_dialogue', 'operational_dialogue', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const chairBases = ['holder', 'interim', 'succession_rule', 'designated', 'none'] as const;
export const directiveKinds = ['directive', 'recommendation'] as const;
export const sourceTypes = ['meeting', 'audience', 'dossier_decision', 'direct_instruction', 'evaluation', 'audit'] as const;
export const directiveStatuses = ['not_started', 'in_progress', 'done', 'blocked', 'cancelled'] as const;
export type DirectiveStatus = (typeof directiveStatuses)[number];
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const confidentialities = ['normal', 'sensitive', 'reserved'] as const;
export type Confidentiality = (typeof confidentialities)[number];
export const updateKinds = ['progress', 'confirmed', 'reopened', 'cancelled', 'edited'] as const;
export const reminderKinds = ['before_due', 'on_due', 'overdue'] as const;
export const ladderRecipients = ['assignee', 'head_of_structure', 'secretary_general', 'chief_of_staff', 'head'] as const;
export type LadderRecipient = (typeof ladderRecipients)[number];
export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'no_email'] as const;

const adminId = () =>
  uuid('administration_id')
    .notNull()
    .references(() => administrations.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// réunion: CODIR, cabinet meeting, dialogue de gestion (strategic, or operational for one programme)
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    title: text('title').notNull(),
    date: date('date').notNull(),
    startTime: text('start_time'),
    place: text('place').notNull().default(''),
    // the budget programme of an operational dialogue; no foreign key until the results module lands
    programmeId: uuid('programme_id'),
    // who chaired and on what basis, fixed when the meeting is recorded (the minutes say it)
    chairPostId: uuid('chair_post_id').references(() => posts.id, { onDelete: 'set null' }),
    chairPersonId: uuid('chair_person_id').references(() => persons.id, { onDelete: 'set null' }),
    chairName: text('chair_name').notNull().default(''),
    chairPostTitle: text('chair_post_title').notNull().default(''),
    chairBasis: text('chair_basis', { enum: chairBases }).notNull(),
    chairNote: text('chair_note').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    minutesUpdatedAt: timestamp('minutes_updated_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('meetings_admin_kind_date_idx').on(t.administrationId, t.kind, t.date)],
);

export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    // as written in the minutes: "Mme X, Directrice des ..."
    name: text('name').notNull(),
    isPresent: boolean('is_present').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('meeting_attendees_meeting_idx').on(t.meetingId)],
);

// ordre du jour
export const meetingAgendaItems = pgTable(
  'meeting_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    presenterPostId: uuid('presenter_post_id').references(() => posts.id, { onDelete: 'set null' }),
  },
  (t) => [index('meeting_agenda_items_meeting_idx').on(t.meetingId, t.position)],
);

// A directive of the head or a recommendation (evaluation, audit, dialogue de gestion), tracked alike.
// Overdue and "behind" are derived from the dates and the progress, never stored.
export const directives = pgTable(
  'directives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    kind: text('kind', { enum: directiveKinds }).notNull(),
    // D-2026-0012, R-2026-0003: per administration, kind and year of issue
    reference: text('reference').notNull(),
    text: text('text').notNull(),
    sourceType: text('source_type', { enum: sourceTypes }).notNull(),
    // an audience, a dossier decision... of modules that land later: no foreign key
    sourceId: uuid('source_id'),
    sourceDocument: text('source_document'),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'restrict' }),
    agendaItemId: uuid('agenda_item_id').references(() => meetingAgendaItems.id, { onDelete: 'restrict' }),
    issuedByPostId: uuid('issued_by_post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'restrict' }),
    issuedOn: date('issued_on').notNull(),
    leadStructureId: uuid('lead_structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    leadPostId: uuid('lead_post_id').references(() => posts.id, { onDelete: 'restrict' }),
    dueDate: date('due_date').notNull(),
    priority: text('priority', { enum: priorities }).notNull().default('normal'),
    confidentiality: text('confidentiality', { enum: confidentialities }).notNull().default('normal'),
    status: text('status', { enum: directiveStatuses }).notNull().default('not_started'),
    progress: integer('progress').notNull().default(0),
    // the day the assignee reported it done, and the issuer's confirmation
    completedOn: date('completed_on'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedByName: text('confirmed_by_name'),
    lastReportAt: timestamp('last_report_at', { withTimezone: true }),
    createdByPersonId: uuid('created_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('directives_admin_reference_key').on(t.administrationId, t.reference),
    index('directives_admin_lead_structure_idx').on(t.administrationId, t.leadStructureId, t.dueDate),
    index('directives_admin_lead_post_idx').on(t.administrationId, t.leadPostId, t.dueDate),
    index('directives_admin_due_idx').on(t.administrationId, t.dueDate),
    // the open items, for overdue lists and reminders
    index('directives_admin_open_due_idx')
      .on(t.administrationId, t.dueDate)
      .where(sql`${t.status} IN ('not_started', 'in_progress', 'blocked')`),
    index('directives_admin_source_idx').on(t.administrationId, t.sourceType, t.sourceId),
    index('directives_meeting_idx').on(t.meetingId),
    check('directives_progress_range', sql`${t.progress} BETWEEN 0 AND 100`),
    check('directives_due_after_issue', sql`${t.dueDate} >= ${t.issuedOn}`),
    check('directives_meeting_source', sql`${t.sourceType} <> 'meeting' OR ${t.meetingId} IS NOT NULL`),
  ],
);

// co-assignees besides the lead: a structure, or a post (with its structure)
export const directiveCoAssignees = pgTable(
  'directive_co_assignees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'restrict' }),
  },
  (t) => [
    // a structure appears once without a post (NULLS NOT DISTINCT needs PostgreSQL 15; we support 13)
    uniqueIndex('directive_co_assignees_key').on(
      t.directiveId,
      t.structureId,
      sql`coalesce(${t.postId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('directive_co_assignees_structure_idx').on(t.structureId),
    index('directive_co_assignees_post_idx').on(t.postId),
  ],
);

// suivi point par point: progress reports and the issuer's confirmations, reopenings, cancellations
export const directiveUpdates = pgTable(
  'directive_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: updateKinds }).notNull(),
    statusBefore: text('status_before', { enum: directiveStatuses }).notNull(),
    statusAfter: text('status_after', { enum: directiveStatuses }).notNull(),
    progress: integer('progress'),
    text: text('text').notNull().default(''),
    authorPersonId: uuid('author_person_id'),
    authorUserId: uuid('author_user_id'),
    authorName: text('author_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    // insertion order, for entries written at the same instant
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('directive_updates_directive_idx').on(t.directiveId, t.seq)],
);

// A counter per administration raised by every write to its directives, in the same transaction:
// computed views (the dashboard indicators) are cached under it and so are never stale.
export const followupVersions = pgTable('followup_versions', {
  administrationId: uuid('administration_id')
    .primaryKey()
    .references(() => administrations.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  updatedAt: updatedAt(),
});

// The escalation ladder of an administration; without a row the default applies (see escalation.ts).
export const escalationLadders = pgTable('escalation_ladders', {
  administrationId: uuid('administration_id')
    .primaryKey()
    .references(() => administrations.id, { onDelete: 'cascade' }),
  daysBeforeDue: integer('days_before_due').notNull(),
  remindOnDueDate: boolean('remind_on_due_date').notNull(),
  steps: jsonb('steps').$type<{ recipient: LadderRecipient; afterDays: number }[]>().notNull(),
  updatedAt: updatedAt(),
  updatedByName: text('updated_by_name'),
});

// One reminder (a rung of the ladder reached for one due date); planned once, whichever instance plans it.
export const reminders = pgTable(
  'reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: reminderKinds }).notNull(),
    step: integer('step').notNull(),
    recipientRole: text('recipient_role', { enum: ladderRecipients }).notNull(),
    dueDate: date('due_date').notNull(),
    plannedOn: date('planned_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reminders_slot_key').on(t.directiveId, t.kind, t.step, t.dueDate),
    index('reminders_admin_idx').on(t.administrationId, t.createdAt),
  ],
);

// The outbox: one message per recipient of a reminder, claimed with FOR UPDATE SKIP LOCKED and a lease.
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    reminderId: uuid('reminder_id')
      .notNull()
      .references(() => reminders.id, { onDelete: 'cascade' }),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    recipientName: text('recipient_name').notNull(),
    email: text('email'),
    locale: text('locale', { enum: ['fr', 'en'] })
      .notNull()
      .default('fr'),
    status: text('status', { enum: deliveryStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reminder_deliveries_key').on(t.reminderId, t.personId),
    index('reminder_deliveries_directive_idx').on(t.directiveId),
    index('reminder_deliveries_outbox_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} IN ('pending', 'sending')`),
  ],
);
