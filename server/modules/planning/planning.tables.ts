// The results chain, planning side: strategic plan → axes → objectives → expected results;
// budget programmes → actions; annual operational plans with their activities and quarterly progress.
import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';
import { posts, structures } from '../organisation/organisation.tables.js';

export const programmeKinds = ['operational', 'support'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

const adminId = () =>
  uuid('administration_id')
    .notNull()
    .references(() => administrations.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
// amounts in the administration's currency (XOF or XAF have no minor unit in practice; two decimals kept)
const amount = (name: string) => numeric(name, { precision: 18, scale: 2, mode: 'number' });

// plan stratégique (three years), linked to the government's PAG or the commune's PDM
export const strategicPlans = pgTable(
  'strategic_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    title: text('title').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    // e.g. "PAG 2021-2026, pilier 2" or "PDM 2023-2027"
    referencePlan: text('reference_plan').notNull().default(''),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('strategic_plans_admin_idx').on(t.administrationId),
    check('strategic_plans_years', sql`${t.endYear} >= ${t.startYear} AND ${t.endYear} - ${t.startYear} < 10`),
  ],
);

// axe stratégique
export const planAxes = pgTable(
  'plan_axes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => strategicPlans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('plan_axes_code_key').on(t.planId, sql`lower(${t.code})`)],
);

// objectif stratégique
export const planObjectives = pgTable(
  'plan_objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    axisId: uuid('axis_id')
      .notNull()
      .references(() => planAxes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('plan_objectives_code_key').on(t.axisId, sql`lower(${t.code})`)],
);

// résultat attendu
export const expectedResults = pgTable(
  'expected_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => planObjectives.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('expected_results_code_key').on(t.objectiveId, sql`lower(${t.code})`)],
);

// programme budgétaire (e.g. 017, 018, support programme 159) with its manager's post
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: programmeKinds }).notNull(),
    managerPostId: uuid('manager_post_id').references(() => posts.id, { onDelete: 'set null' }),
    objective: text('objective').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('programmes_code_key').on(t.administrationId, sql`lower(${t.code})`)],
);

// action of a programme
export const programmeActions = pgTable(
  'programme_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('programme_actions_code_key').on(t.programmeId, sql`lower(${t.code})`),
    index('programme_actions_admin_idx').on(t.administrationId),
  ],
);

// plan de travail annuel (PTA): one per administration and year
export const operationalPlans = pgTable(
  'operational_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    strategicPlanId: uuid('strategic_plan_id').references(() => strategicPlans.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('operational_plans_year_key').on(t.administrationId, t.year)],
);

// An activity of an operational plan, under an action, scheduled by quarter. Weight: its share in the
// physical roll-up of its action, programme and plan (docs/decisions/0002-results-computations.md).
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    operationalPlanId: uuid('operational_plan_id')
      .notNull()
      .references(() => operationalPlans.id, { onDelete: 'restrict' }),
    actionId: uuid('action_id')
      .notNull()
      .references(() => programmeActions.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    responsibleStructureId: uuid('responsible_structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    // quarters in which the activity is carried out, e.g. {2,3}
    quarters: smallint('quarters').array().notNull(),
    weight: numeric('weight', { precision: 9, scale: 3, mode: 'number' }).notNull().default(1),
    budgetAllotted: amount('budget_allotted').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('activities_code_key').on(t.operationalPlanId, sql`lower(${t.code})`),
    index('activities_admin_plan_idx').on(t.administrationId, t.operationalPlanId),
    index('activities_action_idx').on(t.actionId),
    index('activities_structure_idx').on(t.responsibleStructureId),
    check('activities_weight', sql`${t.weight} > 0`),
    check('activities_budget', sql`${t.budgetAllotted} >= 0`),
    check('activities_quarters', sql`cardinality(${t.quarters}) > 0 AND ${t.quarters} <@ ARRAY[1,2,3,4]::smallint[]`),
  ],
);

// Where an activity stood at the end of a quarter (cumulative since the start of the year): physical
// progress and budget committed and spent. The latest quarter up to a date is the activity's state.
export const activityProgress = pgTable(
  'activity_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    quarter: smallint('quarter').notNull(),
    physicalProgress: numeric('physical_progress', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    budgetCommitted: amount('budget_committed').notNull().default(0),
    budgetSpent: amount('budget_spent').notNull().default(0),
    comment: text('comment').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('activity_progress_key').on(t.activityId, t.quarter),
    check('activity_progress_quarter', sql`${t.quarter} BETWEEN 1 AND 4`),
    check('activity_progress_physical', sql`${t.physicalProgress} BETWEEN 0 AND 100`),
    check('activity_progress_budget', sql`${t.budgetCommitted} >= 0 AND ${t.budgetSpent} >= 0`),
  ],
);
