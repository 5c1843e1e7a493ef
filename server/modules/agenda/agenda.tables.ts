// The head's agenda: events, their participants, briefing notes, decisions, audience requests, feed tokens.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { administrations } from '../administrations/administrations.tables.js';
import { users } from '../auth/auth.tables.js';
import { persons, posts, structures } from '../organisation/organisation.tables.js';
import { directives } from '../followup/followup.tables.js';

export const eventKinds = ['audience', 'meeting', 'mission', 'ceremony', 'speech', 'press'] as const;
export type EventKind = (typeof eventKinds)[number];
// private: the head, the DC, the private office and the people named; cabinet: the cabinet and the SG; public: every member
export const eventVisibilities = ['private', 'cabinet', 'public'] as const;
export type EventVisibility = (typeof eventVisibilities)[number];
export const audienceStatuses = ['pending', 'accepted', 'redirected', 'declined'] as const;
export type AudienceStatus = (typeof audienceStatuses)[number];

const adminId = () =>
  uuid('administration_id')
    .notNull()
    .references(() => administrations.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const userRef = (name: string) => uuid(name).references(() => users.id, { onDelete: 'set null' });

// An event of the head. All-day events (missions) run from midnight of their first day to midnight after
// their last day, in the administration's time zone. Clashes are computed when read, never stored.
export const agendaEvents = pgTable(
  'agenda_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    title: text('title').notNull(),
    place: text('place'),
    description: text('description'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    isAllDay: boolean('is_all_day').notNull().default(false),
    visibility: text('visibility', { enum: eventVisibilities }).notNull().default('cabinet'),
    // who represents the head when the head delegates (a post, a person, or both)
    representativePostId: uuid('representative_post_id').references(() => posts.id, { onDelete: 'set null' }),
    representativePersonId: uuid('representative_person_id').references(() => persons.id, { onDelete: 'set null' }),
    createdByUserId: userRef('created_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('agenda_events_admin_starts_idx').on(t.administrationId, t.startsAt),
    index('agenda_events_admin_ends_idx').on(t.administrationId, t.endsAt),
    check('agenda_events_ends_after_starts', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

// Someone attending: a person, a post (whoever holds it) or someone from outside named in free text.
export const agendaEventParticipants = pgTable(
  'agenda_event_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => agendaEvents.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    externalName: text('external_name'),
  },
  (t) => [
    index('agenda_event_participants_event_idx').on(t.eventId),
    index('agenda_event_participants_person_idx').on(t.personId),
    index('agenda_event_participants_post_idx').on(t.postId),
    check('agenda_event_participants_one_kind', sql`num_nonnulls(${t.personId}, ${t.postId}, ${t.externalName}) = 1`),
  ],
);

// note de préparation: asked of a person or of a structure, due before the event, written in Pilotage
export const eventBriefings = pgTable(
  'event_briefings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => agendaEvents.id, { onDelete: 'cascade' }),
    requestedFromPersonId: uuid('requested_from_person_id').references(() => persons.id, { onDelete: 'cascade' }),
    requestedFromStructureId: uuid('requested_from_structure_id').references(() => structures.id, { onDelete: 'cascade' }),
    dueOn: date('due_on').notNull(),
    instructions: text('instructions').notNull().default(''),
    content: text('content'),
    writtenAt: timestamp('written_at', { withTimezone: true }),
    writtenByUserId: userRef('written_by_user_id'),
    writtenByName: text('written_by_name'),
    requestedByUserId: userRef('requested_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('event_briefings_event_idx').on(t.eventId),
    index('event_briefings_admin_due_idx').on(t.administrationId, t.dueOn),
    index('event_briefings_person_idx').on(t.requestedFromPersonId),
    index('event_briefings_structure_idx').on(t.requestedFromStructureId),
    check('event_briefings_one_author', sql`(${t.requestedFromPersonId} IS NULL) <> (${t.requestedFromStructureId} IS NULL)`),
  ],
);

// Decisions taken at an audience or a meeting, to become directives of the follow-up module in one action
// (directive_id: the directive created from it; kept as a decision if that directive is ever deleted).
export const eventDecisions = pgTable(
  'event_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => agendaEvents.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    leadStructureId: uuid('lead_structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    dueOn: date('due_on').notNull(),
    // order of entry among the decisions recorded together (they share created_at)
    position: integer('position').notNull().default(0),
    directiveId: uuid('directive_id').references(() => directives.id, { onDelete: 'set null' }),
    createdByUserId: userRef('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('event_decisions_event_idx').on(t.eventId), index('event_decisions_admin_idx').on(t.administrationId)],
);

// demande d'audience: from the public form (no account) or from a member of staff
export const audienceRequests = pgTable(
  'audience_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    // DA-2026-0001, per administration and year: what the requester quotes on the phone
    reference: text('reference').notNull(),
    source: text('source', { enum: ['public', 'internal'] }).notNull(),
    // only the SHA-256 of the tracking link's token is kept
    trackingTokenHash: text('tracking_token_hash').notNull(),
    requesterName: text('requester_name').notNull(),
    organisation: text('organisation'),
    email: text('email').notNull(),
    phone: text('phone'),
    subject: text('subject').notNull(),
    preferredDates: date('preferred_dates')
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    locale: text('locale', { enum: ['fr', 'en'] })
      .notNull()
      .default('fr'),
    requestedByUserId: userRef('requested_by_user_id'),
    requesterPersonId: uuid('requester_person_id').references(() => persons.id, { onDelete: 'set null' }),
    status: text('status', { enum: audienceStatuses }).notNull().default('pending'),
    eventId: uuid('event_id').references(() => agendaEvents.id, { onDelete: 'set null' }),
    redirectedToStructureId: uuid('redirected_to_structure_id').references(() => structures.id, { onDelete: 'set null' }),
    // the decline reason, or the note sent with a redirection or an acceptance
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByUserId: userRef('decided_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('audience_requests_token_key').on(t.trackingTokenHash),
    uniqueIndex('audience_requests_reference_key').on(t.administrationId, t.reference),
    index('audience_requests_admin_status_idx').on(t.administrationId, t.status, t.createdAt),
  ],
);

// A personal iCalendar feed: the URL carries a random token, only its SHA-256 is stored.
export const agendaFeedTokens = pgTable(
  'agenda_feed_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: adminId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('agenda_feed_tokens_hash_key').on(t.tokenHash),
    // one live feed per person and administration
    uniqueIndex('agenda_feed_tokens_live_key')
      .on(t.userId, t.administrationId)
      .where(sql`${t.revokedAt} IS NULL`),
  ],
);
