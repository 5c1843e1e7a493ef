// The results chain, measurement side: indicators, their targets and measurements (réalisations),
// and the results settings of each administration (monitoring unit, status thresholds, deadline).
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';
import { users } from '../auth/auth.tables.js';
import { structures } from '../organisation/organisation.tables.js';
import { expectedResults, programmeActions, programmes } from '../planning/planning.tables.js';

export const indicatorLevels = ['impact', 'outcome', 'output'] as const;
export const indicatorDirections = ['higher_is_better', 'lower_is_better'] as const;
export const indicatorPeriodicities = ['quarterly', 'annual'] as const;
export const indicatorAggregations = ['sum', 'last', 'mean'] as const;
// submitted → reviewed by the head of the responsible structure → validated by the M&E unit;
// rejected (with a reason) at either step, then corrected and submitted again
export const measurementStatuses = ['draft', 'submitted', 'reviewed', 'validated', 'rejected'] as const;
export type IndicatorLevel = (typeof indicatorLevels)[number];
export type IndicatorDirection = (typeof indicatorDirections)[number];
export type IndicatorPeriodicity = (typeof indicatorPeriodicities)[number];
export type IndicatorAggregation = (typeof indicatorAggregations)[number];
export type MeasurementStatus = (typeof measurementStatuses)[number];

const adminId = () =>
  uuid('administration_id')
    .notNull()
    .references(() => administrations.id, { onDelete: 'cascade' });
const value = (name: string) => numeric(name, { mode: 'number' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });
const at = (name: string) => timestamp(name, { withTimezone: true });

export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    definition: text('definition').notNull().default(''),
    unit: text('unit').notNull(),
    level: text('level', { enum: indicatorLevels }).notNull(),
    baselineValue: value('baseline_value'),
    baselineYear: integer('baseline_year'),
    direction: text('direction', { enum: indicatorDirections }).notNull(),
    periodicity: text('periodicity', { enum: indicatorPeriodicities }).notNull(),
    // how the quarters of a year make the year's value: a count adds up, a stock takes the last, a rate the mean
    aggregation: text('aggregation', { enum: indicatorAggregations }).notNull(),
    isPercentage: boolean('is_percentage').notNull().default(false),
    minValue: value('min_value'),
    maxValue: value('max_value'),
    // a change from the previous period above this percentage needs a comment
    maxChangePercent: value('max_change_percent'),
    dataSource: text('data_source').notNull().default(''),
    responsibleStructureId: uuid('responsible_structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    // what it measures in the chain
    expectedResultId: uuid('expected_result_id').references(() => expectedResults.id, { onDelete: 'set null' }),
    programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'restrict' }),
    actionId: uuid('action_id').references(() => programmeActions.id, { onDelete: 'restrict' }),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('indicators_code_key').on(t.administrationId, sql`lower(${t.code})`),
    index('indicators_structure_idx').on(t.responsibleStructureId),
    index('indicators_programme_idx').on(t.programmeId),
    index('indicators_action_idx').on(t.actionId),
    check('indicators_bounds', sql`${t.minValue} IS NULL OR ${t.maxValue} IS NULL OR ${t.minValue} <= ${t.maxValue}`),
    check('indicators_max_change', sql`${t.maxChangePercent} IS NULL OR ${t.maxChangePercent} > 0`),
  ],
);

// cible: quarter 1-4, or 0 for the whole year
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    quarter: smallint('quarter').notNull(),
    value: value('value').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('indicator_targets_period_key').on(t.indicatorId, t.year, t.quarter),
    index('indicator_targets_admin_year_idx').on(t.administrationId, t.year),
    check('indicator_targets_quarter', sql`${t.quarter} BETWEEN 0 AND 4`),
  ],
);

// réalisation: the measured value of a period (quarter 1-4, or 0 for the whole year) and its workflow
export const measurements = pgTable(
  'measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    quarter: smallint('quarter').notNull(),
    value: value('value').notNull(),
    comment: text('comment').notNull().default(''),
    evidenceText: text('evidence_text').notNull().default(''),
    evidenceUrl: text('evidence_url'),
    status: text('status', { enum: measurementStatuses }).notNull().default('draft'),
    enteredById: userRef('entered_by_id'),
    enteredAt: at('entered_at').notNull().defaultNow(),
    submittedById: userRef('submitted_by_id'),
    submittedAt: at('submitted_at'),
    // the first submission counts for timeliness; a resubmission after a rejection does not reset it
    firstSubmittedAt: at('first_submitted_at'),
    reviewedById: userRef('reviewed_by_id'),
    reviewedAt: at('reviewed_at'),
    validatedById: userRef('validated_by_id'),
    validatedAt: at('validated_at'),
    rejectedById: userRef('rejected_by_id'),
    rejectedAt: at('rejected_at'),
    rejectionStep: text('rejection_step', { enum: ['review', 'validation'] }),
    rejectionReason: text('rejection_reason'),
    reopenReason: text('reopen_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('measurements_period_key').on(t.indicatorId, t.year, t.quarter),
    index('measurements_admin_period_idx').on(t.administrationId, t.year, t.quarter),
    index('measurements_admin_status_idx').on(t.administrationId, t.status),
    check('measurements_quarter', sql`${t.quarter} BETWEEN 0 AND 4`),
    check('measurements_rejection', sql`${t.status} <> 'rejected' OR ${t.rejectionReason} IS NOT NULL`),
  ],
);

// One row per administration; absent means the defaults (resultsDefaults in indicators/achievement.ts).
export const resultsSettings = pgTable(
  'results_settings',
  {
    administrationId: uuid('administration_id')
      .primaryKey()
      .references(() => administrations.id, { onDelete: 'cascade' }),
    // the monitoring and evaluation unit: its focal points validate measurements
    monitoringStructureId: uuid('monitoring_structure_id').references(() => structures.id, { onDelete: 'set null' }),
    // achievement rate thresholds, in percent: reached ≥ reached, on track ≥ onTrack, behind ≥ behind, else critical
    thresholdReached: numeric('threshold_reached', { mode: 'number' }).notNull().default(100),
    thresholdOnTrack: numeric('threshold_on_track', { mode: 'number' }).notNull().default(80),
    thresholdBehind: numeric('threshold_behind', { mode: 'number' }).notNull().default(50),
    // a quarter's value is on time when first submitted at most this many days after the quarter's end
    deadlineDays: integer('deadline_days').notNull().default(15),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'results_settings_thresholds',
      sql`${t.thresholdReached} >= ${t.thresholdOnTrack} AND ${t.thresholdOnTrack} >= ${t.thresholdBehind} AND ${t.thresholdBehind} >= 0`,
    ),
    check('results_settings_deadline', sql`${t.deadlineDays} BETWEEN 0 AND 120`),
  ],
);
