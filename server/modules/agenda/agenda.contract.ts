// Request and response schemas of the agenda: events, clashes, search, counts, briefings, decisions, feeds.
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { directiveStatuses } from '../followup/followup.tables.js';
import { eventKinds, eventVisibilities } from './agenda.tables.js';

export const MAX_RANGE_DAYS = 100;

const ZText = (max: number) => z.string().trim().min(1).max(max);
// optional free text: an empty string clears it
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));
export const ZIsoDate = z.iso.date();
export const ZDateTime = z.iso.datetime({ offset: true });
// a day (midnight in the administration's time zone) or an instant
export const ZDayOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'field.invalid_datetime' });

export const ZEventKind = z.enum(eventKinds);
export const ZEventVisibility = z.enum(eventVisibilities);
export const ZEventParams = ZAdministrationParams.extend({ eventId: z.uuid() });
export const ZBriefingParams = ZAdministrationParams.extend({ briefingId: z.uuid() });
export const ZOk = z.object({ ok: z.literal(true) });

// --- events ---
const issue = (ctx: z.RefinementCtx, path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });

// Timed events give startsAt/endsAt (instants with a time zone); all-day events (missions, travel) give
// startDate/endDate, both days included.
export const ZEventBody = z
  .object({
    kind: ZEventKind,
    title: ZText(200),
    place: ZOptionalText(200).optional(),
    description: ZOptionalText(4000).optional(),
    isAllDay: z.boolean().default(false),
    startsAt: ZDateTime.optional(),
    endsAt: ZDateTime.optional(),
    startDate: ZIsoDate.optional(),
    endDate: ZIsoDate.optional(),
    visibility: ZEventVisibility.default('cabinet'),
    representativePersonId: z.uuid().nullable().optional(),
    representativePostId: z.uuid().nullable().optional(),
    participantPersonIds: z.array(z.uuid()).max(50).default([]),
    participantPostIds: z.array(z.uuid()).max(50).default([]),
    externalParticipants: z.array(ZText(200)).max(50).default([]),
  })
  .superRefine((b, ctx) => {
    if (b.isAllDay) {
      if (!b.startDate) issue(ctx, 'startDate', 'field.required');
      if (!b.endDate) issue(ctx, 'endDate', 'field.required');
      if (b.startDate && b.endDate && b.endDate < b.startDate) issue(ctx, 'endDate', 'field.end_before_start');
    } else {
      if (!b.startsAt) issue(ctx, 'startsAt', 'field.required');
      if (!b.endsAt) issue(ctx, 'endsAt', 'field.required');
      if (b.startsAt && b.endsAt && Date.parse(b.endsAt) <= Date.parse(b.startsAt)) issue(ctx, 'endsAt', 'field.end_not_after_start');
    }
  });
export type TEventBody = z.infer<typeof ZEventBody>;

export const ZRangeQuery = z.object({ from: ZDayOrDateTime, to: ZDayOrDateTime }).superRefine((q, ctx) => {
  const from = Date.parse(q.from.length === 10 ? `${q.from}T00:00:00Z` : q.from);
  const to = Date.parse(q.to.length === 10 ? `${q.to}T00:00:00Z` : q.to);
  if (to <= from) issue(ctx, 'to', 'field.end_not_after_start');
  else if (to - from > MAX_RANGE_DAYS * 86_400_000)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.range_too_long', params: { days: MAX_RANGE_DAYS } });
});
export type TRangeQuery = z.infer<typeof ZRangeQuery>;

export const ZClash = z.object({
  eventId: z.uuid(),
  title: z.string(),
  kind: ZEventKind,
  startsAt: z.string(),
  endsAt: z.string(),
  // overlap: the head is expected at both; mission: the event falls during the head's mission or travel
  reason: z.enum(['overlap', 'mission']),
});

const ZNamed = z.object({ id: z.uuid(), name: z.string() });

export const ZEventSummary = z.object({
  id: z.uuid(),
  kind: ZEventKind,
  title: z.string(),
  place: z.string().nullable(),
  isAllDay: z.boolean(),
  startsAt: z.string(),
  endsAt: z.string(), // exclusive: midnight after the last day for all-day events
  startDate: z.string(), // first and last days, in the administration's time zone
  endDate: z.string(),
  visibility: ZEventVisibility,
  representative: z.object({ person: ZNamed.nullable(), post: ZNamed.nullable() }).nullable(),
});
export const ZEventListItem = ZEventSummary.extend({ clashes: z.array(ZClash) });
export const ZEventList = z.object({ from: z.string(), to: z.string(), items: z.array(ZEventListItem) });

export const ZBriefing = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  requestedFrom: z.object({ type: z.enum(['person', 'structure']), id: z.uuid(), name: z.string() }),
  dueOn: z.string(),
  instructions: z.string(),
  // overdue: the due date has passed and nothing is written yet
  status: z.enum(['requested', 'overdue', 'written']),
  content: z.string().nullable(),
  writtenAt: z.string().nullable(),
  writtenByName: z.string().nullable(),
  canWrite: z.boolean(),
});
export const ZBriefingWithEvent = ZBriefing.extend({ event: ZEventSummary });
export const ZBriefingList = z.object({ items: z.array(ZBriefingWithEvent) });

export const ZDecision = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  text: z.string(),
  leadStructure: ZNamed,
  dueOn: z.string(),
  // set when the follow-up module has turned the decision into a directive
  directiveId: z.uuid().nullable(),
  // that directive's reference and status, when the caller may see it
  directive: z.object({ id: z.uuid(), reference: z.string(), status: z.enum(directiveStatuses) }).nullable(),
  createdAt: z.string(),
});

export const ZEventDetail = ZEventListItem.extend({
  description: z.string().nullable(),
  participants: z.object({ persons: z.array(ZNamed), posts: z.array(ZNamed), external: z.array(z.string()) }),
  audienceRequestId: z.uuid().nullable(),
  // null when the caller may not read the briefing notes of the event
  briefings: z.array(ZBriefing).nullable(),
  decisions: z.array(ZDecision),
  can: z.object({
    edit: z.boolean(),
    requestBriefing: z.boolean(),
    recordDecisions: z.boolean(),
    // turn the decisions not yet converted into directives (the issuer's side of the follow-up)
    convertDecisions: z.boolean(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TEventDetail = z.infer<typeof ZEventDetail>;

export const ZSearchQuery = z.object({
  q: z.string().trim().min(2).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const ZSearchResult = z.object({ items: z.array(ZEventSummary) });

export const ZSummary = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  byKind: z.record(ZEventKind, z.number().int()),
  // events of the period that clash with another one
  clashing: z.number().int(),
  // for those who run the agenda; null for the others
  missingBriefings: z.number().int().nullable(),
  pendingAudienceRequests: z.number().int().nullable(),
});

// --- briefings (notes de préparation) ---
export const ZBriefingRequestBody = z
  .object({
    requestedFromPersonId: z.uuid().optional(),
    requestedFromStructureId: z.uuid().optional(),
    dueOn: ZIsoDate,
    instructions: z.string().trim().max(2000).default(''),
  })
  .refine((b) => Boolean(b.requestedFromPersonId) !== Boolean(b.requestedFromStructureId), {
    message: 'field.required',
    path: ['requestedFromPersonId'],
  });
export type TBriefingRequestBody = z.infer<typeof ZBriefingRequestBody>;
export const ZBriefingContentBody = z.object({ content: ZText(20_000) });
export const ZBriefingListQuery = z.object({ scope: z.enum(['mine', 'missing']).default('mine') });

// --- decisions ---
export const ZDecisionsBody = z.object({
  decisions: z
    .array(z.object({ text: ZText(2000), leadStructureId: z.uuid(), dueOn: ZIsoDate }))
    .min(1)
    .max(20),
});
export type TDecisionsBody = z.infer<typeof ZDecisionsBody>;
export const ZDecisionList = z.object({ items: z.array(ZDecision) });
export const ZConvertDecisionsBody = z.object({
  decisionIds: z.array(z.uuid()).min(1).max(50).optional().describe('default: every decision not yet converted'),
});
export type TConvertDecisionsBody = z.infer<typeof ZConvertDecisionsBody>;
export const ZConvertedDecisions = ZDecisionList.extend({ created: z.number().int().describe('directives created by this call') });

// --- iCalendar feed ---
export const ZFeedStatus = z.object({
  isActive: z.boolean(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
// The address is shown once: only its hash is stored.
export const ZFeedCreated = z.object({ url: z.string(), createdAt: z.string() });
export const ZFeedParams = z.object({ token: z.string().min(1).max(200) });
