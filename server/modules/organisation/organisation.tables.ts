import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const structureKinds = [
  'cabinet',
  'general_secretariat',
  'directorate',
  'service',
  'division',
  'cell',
  'commission',
  'attached_body',
  'secretariat',
] as const;
export type StructureKind = (typeof structureKinds)[number];

// What a post's holder does in steering the administration; permissions follow from it.
export const postFunctions = [
  'head',
  'chief_of_staff',
  'deputy_chief_of_staff',
  'secretary_general',
  'deputy_secretary_general',
  'adviser',
  'private_office',
  'head_of_structure',
  'focal_point',
  'member',
] as const;
export type PostFunction = (typeof postFunctions)[number];

const adminId = () =>
  uuid('administration_id')
    .notNull()
    .references(() => administrations.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// rang: ordered per administration, level 1 is the highest
export const ranks = pgTable(
  'ranks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    name: text('name').notNull(),
    level: integer('level').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('ranks_admin_name_key').on(t.administrationId, sql`lower(${t.name})`)],
);

// A node of the organisation chart; parent = authority, attachedTo = attachment without authority.
export const structures = pgTable(
  'structures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    parentId: uuid('parent_id').references((): AnyPgColumn => structures.id, { onDelete: 'restrict' }),
    attachedToId: uuid('attached_to_id').references((): AnyPgColumn => structures.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: structureKinds }).notNull(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('structures_admin_idx').on(t.administrationId),
    index('structures_parent_idx').on(t.parentId),
    check('structures_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
);

// poste
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    acronym: text('acronym'),
    rankId: uuid('rank_id').references(() => ranks.id, { onDelete: 'set null' }),
    reportsToId: uuid('reports_to_id').references((): AnyPgColumn => posts.id, { onDelete: 'set null' }),
    function: text('function', { enum: postFunctions }).notNull().default('member'),
    isHeadOfStructure: boolean('is_head_of_structure').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('posts_admin_idx').on(t.administrationId), index('posts_structure_idx').on(t.structureId)],
);

// One duty of a structure or of a post, as the decrees list them.
export const attributions = pgTable(
  'attributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    structureId: uuid('structure_id').references(() => structures.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('fr_unaccent'::regconfig, text)`),
  },
  (t) => [
    index('attributions_admin_idx').on(t.administrationId),
    index('attributions_structure_idx').on(t.structureId),
    index('attributions_post_idx').on(t.postId),
    index('attributions_search_idx').using('gin', t.search),
    // near-duplicate search with pg_trgm, accent- and case-insensitive (see duplicates.repository.ts)
    index('attributions_text_trgm_idx').using('gin', sql`immutable_unaccent(lower(${t.text})) gin_trgm_ops`),
    check('attributions_one_owner', sql`(${t.structureId} IS NULL) <> (${t.postId} IS NULL)`),
  ],
);

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    civility: text('civility', { enum: ['M.', 'Mme'] }).notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('persons_admin_idx').on(t.administrationId)],
);

// A person holds a post between two dates (end open while in office).
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    createdAt: createdAt(),
  },
  (t) => [
    index('assignments_admin_idx').on(t.administrationId),
    index('assignments_post_idx').on(t.postId),
    index('assignments_person_idx').on(t.personId),
    check('assignments_dates', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);

// intérim: a person acts for a post over a period, under a legal reference
export const interims = pgTable(
  'interims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    legalReference: text('legal_reference').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('interims_admin_idx').on(t.administrationId),
    index('interims_post_idx').on(t.postId),
    index('interims_person_idx').on(t.personId),
    check('interims_dates', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

export const absences = pgTable(
  'absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('absences_admin_idx').on(t.administrationId),
    index('absences_person_idx').on(t.personId),
    check('absences_dates', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

// Who stands in for a post when nobody holds or acts for it on a date, in order.
// Seed 000: in the minister's absence the DC, else the DAC, chairs the management committee.
export const successionRules = pgTable(
  'succession_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    context: text('context', { enum: ['management_committee', 'any'] }).notNull(),
    position: integer('position').notNull(),
    substitutePostId: uuid('substitute_post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('succession_rules_key').on(t.postId, t.context, t.position)],
);

// A counter per administration raised by every write to its organisation, in the same transaction (see
// beginOrganisationWrite): the tree is cached under it, so reading it costs one primary-key lookup.
export const organisationVersions = pgTable('organisation_versions', {
  administrationId: uuid('administration_id')
    .primaryKey()
    .references(() => administrations.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  updatedAt: updatedAt(),
});
