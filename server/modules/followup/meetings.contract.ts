import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZDirectiveFields } from './directives.contract.js';
import { ZAttachment, ZDateTime, ZDirectiveSummary, ZIsoDate, ZPage } from './followup.contract.js';
import { chairBases, meetingKinds } from './followup.tables.js';

export const ZMeetingParams = ZAdministrationParams.extend({ meetingId: z.uuid() });
export const ZMeetingAttachmentParams = ZMeetingParams.extend({ attachmentId: z.uuid() });

const ZAttendeeInput = z
  .object({
    postId: z.uuid().optional(),
    personId: z.uuid().optional(),
    name: z.string().trim().min(1).max(200).optional().describe('default: the person, or the holder of the post on the meeting’s date'),
    isPresent: z.boolean().default(true),
  })
  .refine((a) => a.postId || a.personId || a.name, { message: 'followup.attendee_empty', path: ['name'] });

const ZAgendaItemInput = z.object({
  id: z.uuid().optional().describe('an existing item to keep (decisions hang on it); omit to add one'),
  title: z.string().trim().min(1).max(300),
  notes: z.string().max(20_000).default('').describe('what was said (discussion summary)'),
  presenterPostId: z.uuid().optional(),
});

const meetingFields = {
  title: z.string().trim().min(1).max(300).describe('default: the kind and the date, e.g. "Comité de direction du 20/11/2026"'),
  date: ZIsoDate,
  startTime: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'field.invalid_value')
    .nullable()
    .describe('HH:MM'),
  place: z.string().trim().max(300),
  programmeId: z.uuid().nullable().describe('required for an operational dialogue de gestion: the budget programme'),
  chairPostId: z
    .uuid()
    .nullable()
    .describe('default: the head’s post; whoever acts for it on the date chairs (interims, succession rules)'),
  chairPersonId: z.uuid().nullable().describe('a chair designated by name, overriding the rules'),
  attendees: z.array(ZAttendeeInput).max(200),
  agenda: z.array(ZAgendaItemInput).max(100),
  minutes: z.string().max(200_000).describe('the minutes (compte rendu) as text'),
};

export const ZMeetingCreate = z.object({
  kind: z.enum(meetingKinds),
  ...meetingFields,
  title: meetingFields.title.optional(),
  startTime: meetingFields.startTime.optional(),
  place: meetingFields.place.default(''),
  programmeId: meetingFields.programmeId.optional(),
  chairPostId: meetingFields.chairPostId.optional(),
  chairPersonId: meetingFields.chairPersonId.optional(),
  attendees: meetingFields.attendees.default([]),
  agenda: meetingFields.agenda.default([]),
  minutes: meetingFields.minutes.default(''),
});
export type TMeetingCreate = z.infer<typeof ZMeetingCreate>;

export const ZMeetingUpdate = z
  .object(meetingFields)
  .partial()
  .describe('attendees and agenda, when given, replace the lists (agenda items keep their id)');
export type TMeetingUpdate = z.infer<typeof ZMeetingUpdate>;

export const ZMeetingListQuery = z.object({
  kind: z.enum(meetingKinds).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  programmeId: z.uuid().optional(),
  ...ZPage,
});

export const ZChairQuery = z.object({
  kind: z.enum(meetingKinds),
  date: ZIsoDate,
  chairPostId: z.uuid().optional(),
});

export const ZChair = z.object({
  personId: z.uuid().nullable(),
  name: z.string(),
  postId: z.uuid().nullable(),
  postTitle: z.string(),
  basis: z
    .enum(chairBases)
    .describe('holder; interim (acting under a legal reference); succession_rule (e.g. the DC in the head’s absence); designated; none'),
  note: z.string().describe('why this person chairs, as the minutes say it'),
});

export const ZMeetingSummary = z.object({
  id: z.uuid(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  date: ZIsoDate,
  startTime: z.string().nullable(),
  place: z.string(),
  programmeId: z.uuid().nullable(),
  chair: ZChair,
  createdAt: ZDateTime,
});

export const ZMeetingPage = z.object({
  items: z.array(ZMeetingSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZMeetingDetail = ZMeetingSummary.extend({
  attendees: z.array(
    z.object({ id: z.uuid(), postId: z.uuid().nullable(), personId: z.uuid().nullable(), name: z.string(), isPresent: z.boolean() }),
  ),
  agenda: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      title: z.string(),
      notes: z.string(),
      presenterPostId: z.uuid().nullable(),
      decisions: z.array(ZDirectiveSummary).describe('directives and recommendations decided on this item (those the caller may see)'),
    }),
  ),
  decisions: z.array(ZDirectiveSummary).describe('decisions not tied to an agenda item'),
  minutes: z.string(),
  minutesUpdatedAt: ZDateTime.nullable(),
  attachments: z.array(ZAttachment),
  indicatorsBehind: z
    .object({
      period: z.object({ year: z.number().int(), quarter: z.number().int() }),
      items: z.array(
        z.object({
          id: z.uuid(),
          code: z.string(),
          title: z.string(),
          unit: z.string(),
          isPercentage: z.boolean(),
          responsibleStructureName: z.string(),
          value: z.number().nullable(),
          target: z.number().nullable(),
          rate: z.number().nullable(),
          status: z.enum(['behind', 'critical']),
        }),
      ),
    })
    .nullable()
    .describe('operational dialogue de gestion: its programme’s indicators behind or critical at the latest quarter with validated values'),
  previousMeeting: z
    .object({ id: z.uuid(), title: z.string(), date: ZIsoDate, items: z.array(ZDirectiveSummary) })
    .nullable()
    .describe('the previous meeting of the same kind (and programme) with the current status of its decisions'),
});
export type TMeetingDetail = z.infer<typeof ZMeetingDetail>;

export const ZDecisionsBody = z.object({
  decisions: z
    .array(ZDirectiveFields.extend({ agendaItemId: z.uuid().optional() }))
    .min(1)
    .max(50)
    .describe('each becomes a tracked directive or recommendation linked to the meeting (and agenda item), all in one transaction'),
});

export const ZMinutesQuery = z.object({ format: z.enum(['docx', 'pdf']) });
