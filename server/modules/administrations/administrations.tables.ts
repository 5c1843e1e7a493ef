import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.tables.js';

// A tenant: a ministry, a commune or an agency. Every business row carries its id.
export const administrations = pgTable(
  'administrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind', { enum: ['ministry', 'commune', 'agency', 'oversight'] }).notNull(),
    headTitle: text('head_title').notNull(),
    country: text('country').notNull(),
    countryMotto: text('country_motto').notNull().default(''),
    currency: text('currency', { enum: ['XOF', 'XAF'] }).notNull(),
    referencePlan: text('reference_plan').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('administrations_code_key').on(t.code)],
);

// An oversight body (e.g. a Ministry of Finance team) reads the administrations it accompanies.
export const administrationOversight = pgTable(
  'administration_oversight',
  {
    overseerId: uuid('overseer_id')
      .notNull()
      .references(() => administrations.id, { onDelete: 'cascade' }),
    overseenId: uuid('overseen_id')
      .notNull()
      .references(() => administrations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.overseerId, t.overseenId] }), check('oversight_not_self', sql`${t.overseerId} <> ${t.overseenId}`)],
);

// Belonging to an administration; the person link gives the posts (and so the permissions) held.
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'member'] })
      .notNull()
      .default('member'),
    personId: uuid('person_id'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_user_admin_key').on(t.userId, t.administrationId),
    index('memberships_admin_idx').on(t.administrationId),
  ],
);
