// Shared zod pieces of the follow-up API (meetings and directives).
import { z } from 'zod';
import { confidentialities, directiveKinds, directiveStatuses, priorities, sourceTypes } from './followup.tables.js';

export const ZIsoDate = z.iso.date().describe('YYYY-MM-DD');
export const ZDateTime = z.iso.datetime({ offset: true });

// "a,b,c" in a query string, each checked against the allowed values
export const csvOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .max(200)
    .transform((v, ctx) => {
      const parts = v
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const bad = parts.filter((p) => !(values as readonly string[]).includes(p));
      if (bad.length > 0) {
        ctx.addIssue({ code: 'custom', message: 'field.invalid_value' });
        return z.NEVER;
      }
      return parts as T[];
    })
    .describe(`comma-separated, among: ${values.join(', ')}`);

export const ZPage = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const ZAttachment = z.object({
  id: z.uuid(),
  filename: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedByName: z.string().nullable(),
  uploadedAt: ZDateTime,
  url: z.string().describe('GET it to download the file'),
});

export const ZAssignmentInput = z
  .object({
    structureId: z.uuid().optional(),
    postId: z.uuid().optional().describe('a post; its structure is implied'),
  })
  .refine((a) => a.structureId !== undefined || a.postId !== undefined, { message: 'followup.lead_required', path: ['structureId'] });

export const ZAssignment = z.object({
  structureId: z.uuid(),
  structureName: z.string(),
  postId: z.uuid().nullable(),
  postTitle: z.string().nullable(),
});

export const ZDirectiveStatus = z.enum(directiveStatuses);

// A directive or a recommendation as lists show it; the derived flags are computed for today.
export const ZDirectiveSummary = z.object({
  id: z.uuid(),
  kind: z.enum(directiveKinds),
  reference: z.string().describe('D-2026-0012 (directive) or R-2026-0003 (recommendation)'),
  text: z.string(),
  sourceType: z.enum(sourceTypes),
  sourceId: z.uuid().nullable(),
  sourceDocument: z.string().nullable(),
  meetingId: z.uuid().nullable(),
  agendaItemId: z.uuid().nullable(),
  issuedBy: z.object({ postId: z.uuid(), title: z.string() }),
  issuedOn: ZIsoDate,
  lead: ZAssignment,
  coAssignees: z.array(ZAssignment),
  dueDate: ZIsoDate,
  priority: z.enum(priorities),
  confidentiality: z.enum(confidentialities),
  status: ZDirectiveStatus,
  progress: z.number().int().min(0).max(100),
  completedOn: ZIsoDate.nullable(),
  confirmedAt: ZDateTime.nullable(),
  confirmedByName: z.string().nullable(),
  lastReportAt: ZDateTime.nullable(),
  isOverdue: z.boolean().describe('open and past its due date (derived)'),
  daysOverdue: z.number().int(),
  isBehind: z.boolean().describe('open, not overdue, progress more than 15 points behind the share of time spent (derived)'),
  expectedProgress: z.number().int(),
  isAwaitingConfirmation: z.boolean().describe('reported done, not yet confirmed by the issuer side'),
  delayDays: z.number().int().nullable().describe('done items: days after the due date it was reported done'),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export type TDirectiveSummary = z.infer<typeof ZDirectiveSummary>;
