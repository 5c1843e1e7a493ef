import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import {
  confidentialities,
  deliveryStatuses,
  directiveKinds,
  directiveStatuses,
  ladderRecipients,
  meetingKinds,
  priorities,
  reminderKinds,
  sourceTypes,
  updateKinds,
} from './followup.tables.js';
import {
  ZAssignmentInput,
  ZAttachment,
  ZDateTime,
  ZDirectiveStatus,
  ZDirectiveSummary,
  ZIsoDate,
  ZPage,
  csvOf,
} from './followup.contract.js';
import { reportableStatuses } from './workflow.js';

export const ZDirectiveParams = ZAdministrationParams.extend({ directiveId: z.uuid() });
export const ZDirectiveAttachmentParams = ZDirectiveParams.extend({ attachmentId: z.uuid() });
export const ZUpdateParams = ZDirectiveParams.extend({ updateId: z.uuid() });

const ZText = z.string().trim().min(1).max(4000);

// The fields a decision of a meeting and a directive created directly share.
export const ZDirectiveFields = z.object({
  kind: z.enum(directiveKinds).default('directive'),
  text: ZText,
  lead: ZAssignmentInput.describe('the lead: a structure, or a post (its structure is implied)'),
  coAssignees: z.array(ZAssignmentInput).max(20).default([]),
  dueDate: ZIsoDate,
  priority: z.enum(priorities).default('normal'),
  confidentiality: z.enum(confidentialities).default('normal'),
  issuedByPostId: z.uuid().optional().describe('the head (default) or a delegate: DC, DAC, SG'),
  sourceDocument: z.string().trim().min(1).max(500).optional().describe('required for a recommendation: the evaluation or audit report'),
});

export const ZDirectiveCreate = ZDirectiveFields.extend({
  sourceType: z.enum(sourceTypes),
  sourceId: z.uuid().optional().describe('the audience, dossier or evaluation it comes from (meetings: use meetingId)'),
  meetingId: z.uuid().optional(),
  agendaItemId: z.uuid().optional(),
  issuedOn: ZIsoDate.optional().describe('default: today'),
});
export type TDirectiveCreate = z.infer<typeof ZDirectiveCreate>;

export const ZDirectiveUpdate = z
  .object({
    text: ZText,
    lead: ZAssignmentInput,
    coAssignees: z.array(ZAssignmentInput).max(20),
    dueDate: ZIsoDate,
    priority: z.enum(priorities),
    confidentiality: z.enum(confidentialities),
    sourceDocument: z.string().trim().min(1).max(500).nullable(),
  })
  .partial();
export type TDirectiveUpdate = z.infer<typeof ZDirectiveUpdate>;

export const states = ['open', 'overdue', 'behind', 'on_track', 'awaiting_confirmation', 'closed'] as const;
export const sorts = [
  'dueDate',
  '-dueDate',
  'priority',
  '-priority',
  'issuedOn',
  '-issuedOn',
  'updatedAt',
  '-updatedAt',
  'progress',
  '-progress',
  'reference',
] as const;

// Filters shared by the list, the indicators and the exports.
export const ZDirectiveFilters = z.object({
  scope: z.enum(['all', 'mine']).default('all').describe('mine: assigned to a post I hold or a structure I head'),
  kind: z.enum(directiveKinds).optional(),
  status: csvOf(directiveStatuses).optional(),
  state: z
    .enum(states)
    .optional()
    .describe(
      'derived: overdue (open, past due), behind, on_track (open, neither), awaiting_confirmation, open, closed (done or cancelled)',
    ),
  structureId: z.uuid().optional().describe('lead or co-assigned structure'),
  includeSubStructures: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  sourceType: z.enum(sourceTypes).optional(),
  sourceId: z.uuid().optional(),
  meetingId: z.uuid().optional(),
  meetingKind: z.enum(meetingKinds).optional().describe('directives born in meetings of this kind (e.g. every CODIR)'),
  priority: z.enum(priorities).optional(),
  confidentiality: z.enum(confidentialities).optional(),
  dueFrom: ZIsoDate.optional(),
  dueTo: ZIsoDate.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('words of the text or the reference'),
});
export type TDirectiveFilters = z.infer<typeof ZDirectiveFilters>;

export const ZDirectiveListQuery = ZDirectiveFilters.extend({ sort: z.enum(sorts).default('dueDate'), ...ZPage });
export type TDirectiveListQuery = z.infer<typeof ZDirectiveListQuery>;

export const ZDirectivePage = z.object({
  items: z.array(ZDirectiveSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  asOf: ZIsoDate.describe('the day the derived flags are computed for'),
});

export const ZDirectiveUpdateEntry = z.object({
  id: z.uuid(),
  kind: z.enum(updateKinds),
  statusBefore: ZDirectiveStatus,
  statusAfter: ZDirectiveStatus,
  progress: z.number().int().nullable(),
  text: z.string(),
  authorName: z.string(),
  at: ZDateTime,
  attachments: z.array(ZAttachment).describe('evidence (pièces justificatives)'),
});

export const ZDirectiveDetail = ZDirectiveSummary.extend({
  meeting: z.object({ id: z.uuid(), kind: z.enum(meetingKinds), title: z.string(), date: ZIsoDate }).nullable(),
  agendaItem: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  origin: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('dossier'), id: z.uuid(), reference: z.string(), subject: z.string() }),
      z.object({ type: z.literal('event'), id: z.uuid(), title: z.string(), kind: z.string(), startsAt: ZDateTime }),
    ])
    .nullable()
    .describe('the dossier or agenda event it comes from, when the caller may see it'),
  updates: z.array(ZDirectiveUpdateEntry).describe('progress reports, confirmations, reopenings, cancellations; oldest first'),
  can: z.object({
    report: z.boolean(),
    confirm: z.boolean(),
    reopen: z.boolean(),
    cancel: z.boolean(),
    edit: z.boolean(),
  }),
});

export const ZProgressReport = z.object({
  status: z.enum(reportableStatuses).describe('cancelling is the issuer’s act: POST .../cancel'),
  progress: z.number().int().min(0).max(100),
  text: ZText,
});

export const ZReason = z.object({ reason: z.string().trim().min(3).max(2000) });
export const ZConfirm = z.object({ comment: z.string().trim().max(2000).default('') });

export const ZIndicatorsQuery = ZDirectiveFilters.omit({ scope: true }).extend({
  groupBy: z.enum(['structure', 'period']).default('structure'),
  period: z.enum(['month', 'quarter', 'year']).default('quarter').describe('with groupBy=period: periods of the due date'),
});

const ZIndicatorValues = z.object({
  total: z.number().int(),
  open: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  overdue: z.number().int(),
  awaitingConfirmation: z.number().int(),
  completionRate: z.number().nullable().describe('done / (total − cancelled), 0..1'),
  averageDelayDays: z.number().nullable().describe('done items: mean days after the due date (on time counts 0)'),
  oldestOverdueDays: z.number().int().nullable().describe('age past due of the oldest overdue item'),
});
export const ZIndicators = z.object({
  asOf: ZIsoDate,
  groupBy: z.enum(['structure', 'period']),
  totals: ZIndicatorValues,
  groups: z.array(ZIndicatorValues.extend({ key: z.string(), label: z.string() })),
});

export const ZExportQuery = ZDirectiveFilters.extend({
  format: z.enum(['xlsx', 'docx', 'pdf']),
  sort: z.enum(sorts).default('dueDate'),
});

export const ZReminderList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(reminderKinds),
      step: z.number().int().describe('0 before and on the due date; n for the n-th rung of the escalation ladder'),
      recipientRole: z.enum(ladderRecipients),
      dueDate: ZIsoDate.describe('the due date the reminder was about'),
      plannedOn: ZIsoDate,
      createdAt: ZDateTime,
      deliveries: z.array(
        z.object({
          recipientName: z.string(),
          email: z.string().nullable(),
          status: z.enum(deliveryStatuses).describe('no_email: in-app notification only'),
          attempts: z.number().int(),
          sentAt: ZDateTime.nullable(),
        }),
      ),
    }),
  ),
});

export const ZLadder = z.object({
  daysBeforeDue: z.number().int().min(0).max(60).describe('0: no reminder before the due date'),
  remindOnDueDate: z.boolean(),
  steps: z
    .array(z.object({ recipient: z.enum(ladderRecipients), afterDays: z.number().int().min(1).max(365) }))
    .min(1)
    .max(8)
    .describe('rungs after the due date, in increasing number of days'),
});
export const ZLadderResponse = ZLadder.extend({
  isDefault: z.boolean(),
  updatedAt: ZDateTime.nullable(),
  updatedByName: z.string().nullable(),
});

export const ZDirectiveCreated = z.object({ items: z.array(ZDirectiveSummary) });

export { ZDateTime };
