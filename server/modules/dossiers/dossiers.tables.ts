// Dossiers (courrier and the decision circuit: the parapheur). Who holds a dossier now, whether it is late and
// the time spent at each step are computed from these rows, never stored.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';
import { persons, posts, structures } from '../organisation/organisation.tables.js';
// one confidentiality scale for directives and dossiers
import { confidentialities, directives, type Confidentiality } from '../followup/followup.tables.js';

export { confidentialities, type Confidentiality };

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const dossierKinds = [
  'incoming_mail', // courrier arrivée
  'draft_decree', // projet de décret
  'draft_order', // projet d'arrêté
  'note',
  'contract',
  'request', // demande
  'report',
  'other',
] as const;
export const dossierChannels = ['post', 'hand_delivery', 'email', 'internal', 'other'] as const;
export const senderTypes = ['person', 'body'] as const;
// normal | sensitive (dossier sensible) | reserved (affaire réservée)
export const dossierStatuses = ['registered', 'in_review', 'awaiting_decision', 'decided', 'filed'] as const;
export const assignmentPurposes = ['action', 'information'] as const;
// technical: the SG's avis technique; cabinet: the cabinet's avis; structure: the head of a named structure
export const opinionTypes = ['technical', 'cabinet', 'structure'] as const;
export const verdicts = ['favourable', 'unfavourable', 'favourable_with_reservations'] as const;
export const decisionOutcomes = ['approved', 'rejected', 'returned', 'deferred'] as const;
export const circuitModes = ['sequential', 'parallel'] as const;
export const dossierEventTypes = [
  'registered',
  'assigned',
  'opinion_given',
  'decided',
  'filed',
  'attachment_added',
  'person_named',
] as const;

export type DossierKind = (typeof dossierKinds)[number];
export type DossierStatus = (typeof dossierStatuses)[number];
export type OpinionType = (typeof opinionTypes)[number];
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export type CircuitMode = (typeof circuitModes)[number];
export type DossierEventType = (typeof dossierEventTypes)[number];

const adminId = () =>
  uuid('administration_id')
    .notNull()
    .references(() => administrations.id, { onDelete: 'cascade' });
const dossierId = () =>
  uuid('dossier_id')
    .notNull()
    .references(() => dossiers.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

// How an administration numbers its dossiers, e.g. '{year}/{seq:6}/{code}' with code 'SGM' → 2026/000123/SGM.
export const dossierSettings = pgTable('dossier_settings', {
  administrationId: uuid('administration_id')
    .primaryKey()
    .references(() => administrations.id, { onDelete: 'cascade' }),
  referenceFormat: text('reference_format').notNull(),
  referenceCode: text('reference_code').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// The last sequence number given per administration and year; incremented in the registering transaction.
export const dossierReferenceCounters = pgTable(
  'dossier_reference_counters',
  {
    administrationId: adminId(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.year] })],
);

// The opinions a kind of dossier goes through, in order (sequential) or all at once (parallel).
export const dossierCircuits = pgTable(
  'dossier_circuits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    kind: text('kind', { enum: dossierKinds }).notNull(),
    mode: text('mode', { enum: circuitModes }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dossier_circuits_kind_key').on(t.administrationId, t.kind)],
);

export const dossierCircuitSteps = pgTable(
  'dossier_circuit_steps',
  {
    circuitId: uuid('circuit_id')
      .notNull()
      .references(() => dossierCircuits.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: text('type', { enum: opinionTypes }).notNull(),
    structureId: uuid('structure_id').references(() => structures.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.circuitId, t.position] }),
    check('dossier_circuit_steps_structure', sql`(${t.type} = 'structure') = (${t.structureId} IS NOT NULL)`),
  ],
);

export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    reference: text('reference').notNull(),
    year: integer('year').notNull(),
    sequence: integer('sequence'), // null when the reference was given by hand
    receivedOn: date('received_on').notNull(),
    channel: text('channel', { enum: dossierChannels }).notNull(),
    senderType: text('sender_type', { enum: senderTypes }).notNull(),
    senderName: text('sender_name').notNull(),
    senderReference: text('sender_reference'),
    subject: text('subject').notNull(),
    kind: text('kind', { enum: dossierKinds }).notNull(),
    deadline: date('deadline'),
    confidentiality: text('confidentiality', { enum: confidentialities }).notNull(),
    status: text('status', { enum: dossierStatuses }).notNull().default('registered'),
    // a dossier returned for more information goes through its circuit again: round 2, 3...
    round: integer('round').notNull().default(1),
    circuitMode: text('circuit_mode', { enum: circuitModes }),
    registeredByUserId: uuid('registered_by_user_id'),
    registeredByPersonId: uuid('registered_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    registeredByStructureId: uuid('registered_by_structure_id').references(() => structures.id, { onDelete: 'set null' }),
    // reference, subject, sender, opinions and attachments' text, weighted A to D (see dossiers.repository.ts)
    searchVector: tsvector('search_vector'),
    // the same without the attachments (weights A to C): small enough to stay in the row, it is what a search
    // ranks on, while the whole document above (stored apart once attachments make it large) is only matched
    searchHeader: tsvector('search_header').generatedAlwaysAs(sql`ts_filter(search_vector, '{a,b,c}')`),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossiers_reference_key').on(t.administrationId, t.reference),
    index('dossiers_admin_status_idx').on(t.administrationId, t.status, t.receivedOn),
    index('dossiers_admin_received_idx').on(t.administrationId, t.receivedOn, t.id),
    index('dossiers_search_idx').using('gin', t.searchVector),
  ],
);

// People named on a dossier: they see it whatever its confidentiality (affaire réservée).
export const dossierNamedPersons = pgTable(
  'dossier_named_persons',
  {
    dossierId: dossierId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    administrationId: adminId(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.personId] }), index('dossier_named_persons_person_idx').on(t.personId, t.dossierId)],
);

// imputation: to a structure, for action or for information, with the head's or the DC's instructions
export const dossierAssignments = pgTable(
  'dossier_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: dossierId(),
    administrationId: adminId(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    purpose: text('purpose', { enum: assignmentPurposes }).notNull(),
    instructions: text('instructions').notNull().default(''),
    assignedByPersonId: uuid('assigned_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    assignedByName: text('assigned_by_name').notNull(),
    assignedByPostTitle: text('assigned_by_post_title'),
    isInterim: boolean('is_interim').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('dossier_assignments_structure_key').on(t.dossierId, t.structureId),
    index('dossier_assignments_structure_idx').on(t.structureId, t.dossierId),
  ],
);

// The opinions a dossier waits for in a round, fixed from its circuit when it enters review.
export const dossierOpinionRequests = pgTable(
  'dossier_opinion_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: dossierId(),
    administrationId: adminId(),
    round: integer('round').notNull(),
    position: integer('position').notNull(),
    type: text('type', { enum: opinionTypes }).notNull(),
    structureId: uuid('structure_id').references(() => structures.id, { onDelete: 'restrict' }),
    // when the request reached its desk (sollicité le): at once in a parallel circuit, one after the other in
    // a sequential one; null while an earlier opinion is awaited
    openedAt: timestamp('opened_at', { withTimezone: true, precision: 3 }),
    opinionId: uuid('opinion_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('dossier_opinion_requests_key').on(t.dossierId, t.round, t.position),
    // "waiting on me": the requests open now, by type (and structure)
    index('dossier_opinion_requests_open_idx')
      .on(t.administrationId, t.type, t.structureId, t.dossierId)
      .where(sql`${t.opinionId} IS NULL AND ${t.openedAt} IS NOT NULL`),
  ],
);

// avis
export const dossierOpinions = pgTable(
  'dossier_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: dossierId(),
    administrationId: adminId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => dossierOpinionRequests.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    type: text('type', { enum: opinionTypes }).notNull(),
    verdict: text('verdict', { enum: verdicts }).notNull(),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id'),
    authorPersonId: uuid('author_person_id').references(() => persons.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    authorPostId: uuid('author_post_id').references(() => posts.id, { onDelete: 'set null' }),
    authorPostTitle: text('author_post_title').notNull(),
    // given by an acting holder (par intérim)
    isInterim: boolean('is_interim').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('dossier_opinions_request_key').on(t.requestId), index('dossier_opinions_dossier_idx').on(t.dossierId)],
);

export const dossierDecisions = pgTable(
  'dossier_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: dossierId(),
    administrationId: adminId(),
    round: integer('round').notNull(),
    outcome: text('outcome', { enum: decisionOutcomes }).notNull(),
    comment: text('comment').notNull().default(''),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedByPersonId: uuid('decided_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name').notNull(),
    decidedByPostId: uuid('decided_by_post_id').references(() => posts.id, { onDelete: 'set null' }),
    decidedByPostTitle: text('decided_by_post_title').notNull(),
    // a delegate deciding for the head (interim or succession)
    isInterim: boolean('is_interim').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('dossier_decisions_dossier_idx').on(t.dossierId)],
);

// Directives the head asked for in a decision; directive_id is the follow-up module's directive created in
// the same transaction (kept as a request if that directive is ever deleted).
export const dossierDecisionDirectives = pgTable(
  'dossier_decision_directives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => dossierDecisions.id, { onDelete: 'cascade' }),
    dossierId: dossierId(),
    administrationId: adminId(),
    text: text('text').notNull(),
    leadStructureId: uuid('lead_structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    dueDate: date('due_date'),
    directiveId: uuid('directive_id').references(() => directives.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('dossier_decision_directives_dossier_idx').on(t.dossierId)],
);

// pièces jointes: the file itself is on disk under its SHA-256 (platform/files)
export const dossierAttachments = pgTable(
  'dossier_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: dossierId(),
    administrationId: adminId(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    extractedText: text('extracted_text').notNull().default(''),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    uploadedByName: text('uploaded_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('dossier_attachments_dossier_idx').on(t.dossierId), index('dossier_attachments_sha_idx').on(t.sha256)],
);

// Every step of a dossier, in order. Each event carries the SHA-256 of its content and of the previous
// event's hash (a chain per dossier): altering, removing or reordering an event breaks the chain.
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: dossierId(),
    administrationId: adminId(),
    seq: integer('seq').notNull(),
    type: text('type', { enum: dossierEventTypes }).notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorPersonId: uuid('actor_person_id'),
    actorName: text('actor_name').notNull(),
    actorPostTitle: text('actor_post_title'),
    data: jsonb('data').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('dossier_events_seq_key').on(t.dossierId, t.seq), index('dossier_events_admin_idx').on(t.administrationId, t.at)],
);
