// Request and response schemas of the dossiers module (courrier, imputation, avis, décision).
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { directiveStatuses } from '../followup/followup.tables.js';
import {
  assignmentPurposes,
  circuitModes,
  confidentialities,
  decisionOutcomes,
  dossierChannels,
  dossierEventTypes,
  dossierKinds,
  dossierStatuses,
  opinionTypes,
  senderTypes,
  verdicts,
} from './dossiers.tables.js';

const ZIsoDate = z.iso.date();
const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));
const ZTimestamp = z.iso.datetime({ offset: true });

export const ZDossierKind = z.enum(dossierKinds);
export const ZConfidentiality = z.enum(confidentialities);
export const ZDossierStatus = z.enum(dossierStatuses);
export const ZOpinionType = z.enum(opinionTypes);
export const ZVerdict = z.enum(verdicts);
export const ZDecisionOutcome = z.enum(decisionOutcomes);
export const ZCircuitMode = z.enum(circuitModes);
// at whose desk a dossier is (list filter); 'me' = waiting on the caller
export const ZHolderFilter = z.enum(['me', 'imputation', 'technical', 'cabinet', 'structure', 'decision', 'registry']);

export const ZDossierParams = ZAdministrationParams.extend({ dossierId: z.uuid() });
export const ZAttachmentParams = ZDossierParams.extend({ attachmentId: z.uuid() });
export const ZCircuitParams = ZAdministrationParams.extend({ kind: ZDossierKind });
export const ZOk = z.object({ ok: z.literal(true) });

// --- registration (enregistrement) ---
export const ZDossierBody = z
  .object({
    // given by hand when the dossier already carries a number (paper register); numbered automatically otherwise
    reference: ZText(60).optional(),
    receivedOn: ZIsoDate,
    channel: z.enum(dossierChannels),
    senderType: z.enum(senderTypes),
    senderName: ZText(300),
    senderReference: ZOptionalText(120).optional(),
    subject: ZText(1000),
    kind: ZDossierKind,
    deadline: ZIsoDate.nullable().optional(),
    confidentiality: ZConfidentiality.default('normal'),
    // people who see the dossier whatever its confidentiality (affaire réservée)
    namedPersonIds: z.array(z.uuid()).max(50).default([]),
  })
  .refine((b) => !b.deadline || b.deadline >= b.receivedOn, { message: 'field.deadline_before_received', path: ['deadline'] });
export type TDossierBody = z.infer<typeof ZDossierBody>;

// --- who holds it ---
export const ZDesk = z.object({
  type: z.enum(['imputation', 'opinion', 'decision', 'registry']),
  opinionType: ZOpinionType.nullable(),
  structureId: z.uuid().nullable(),
  // the structure or the post at that desk, and who is there today
  structureName: z.string().nullable(),
  postTitle: z.string().nullable(),
  personNames: z.array(z.string()),
});
export type TDesk = z.infer<typeof ZDesk>;

export const ZDossierListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  subject: z.string(),
  senderName: z.string(),
  kind: ZDossierKind,
  confidentiality: ZConfidentiality,
  status: ZDossierStatus,
  receivedOn: ZIsoDate,
  deadline: ZIsoDate.nullable(),
  isLate: z.boolean(),
  holders: z.array(ZDesk),
  heldSince: ZTimestamp.nullable(),
});
export type TDossierListItem = z.infer<typeof ZDossierListItem>;

export const ZDossierQuery = z.object({
  status: ZDossierStatus.optional(),
  holder: ZHolderFilter.optional(),
  isLate: z.enum(['true', 'false']).optional(),
  confidentiality: ZConfidentiality.optional(),
  kind: ZDossierKind.optional(),
  structureId: z.uuid().optional(), // assigned to this structure
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TDossierQuery = z.infer<typeof ZDossierQuery>;
export const ZDossierList = z.object({
  items: z.array(ZDossierListItem),
  // exact up to 1,000; beyond, isTotalCapped says "at least" (counting an archive costs more than the page)
  total: z.number().int(),
  isTotalCapped: z.boolean(),
  limit: z.number(),
  offset: z.number(),
});

export const ZExportQuery = ZDossierQuery.omit({ limit: true, offset: true });

export const ZSearchQuery = z.object({
  q: ZText(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
// an extract of the matching text, cut into plain and matching parts (no HTML to trust)
export const ZExtract = z.array(z.object({ text: z.string(), isMatch: z.boolean() }));
export const ZSearchResult = z.object({
  items: z.array(ZDossierListItem.extend({ rank: z.number(), extracts: z.array(ZExtract) })),
});

export const ZSuggestQuery = z.object({ q: ZText(100) });
export const ZSuggestions = z.object({ items: z.array(z.object({ id: z.uuid(), reference: z.string(), subject: z.string() })) });

// The work in progress the caller sees: the open dossiers (registered, in review or awaiting decision).
export const ZStats = z.object({
  open: z.number().int(),
  late: z.number().int(),
  waitingOnMe: z.number().int(),
  byStatus: z.object({ registered: z.number().int(), in_review: z.number().int(), awaiting_decision: z.number().int() }),
  byConfidentiality: z.record(ZConfidentiality, z.number().int()),
});

export const ZNotifications = z.object({
  items: z.array(
    z.object({
      dossierId: z.uuid(),
      reference: z.string(),
      subject: z.string(),
      type: z.enum(dossierEventTypes),
      at: ZTimestamp,
      actorName: z.string(),
      isWaitingOnMe: z.boolean(),
    }),
  ),
});

// --- detail ---
const ZAssignmentView = z.object({
  id: z.uuid(),
  structureId: z.uuid(),
  structureName: z.string(),
  purpose: z.enum(assignmentPurposes),
  instructions: z.string(),
  assignedByName: z.string(),
  assignedByPostTitle: z.string().nullable(),
  isInterim: z.boolean(),
  createdAt: ZTimestamp,
});
const ZOpinionView = z.object({
  id: z.uuid(),
  round: z.number().int(),
  type: ZOpinionType,
  verdict: ZVerdict,
  text: z.string(),
  authorName: z.string(),
  authorPostTitle: z.string(),
  isInterim: z.boolean(),
  createdAt: ZTimestamp,
});
const ZOpinionRequestView = z.object({
  id: z.uuid(),
  round: z.number().int(),
  position: z.number().int(),
  type: ZOpinionType,
  structureId: z.uuid().nullable(),
  structureName: z.string().nullable(),
  state: z.enum(['given', 'open', 'waiting']),
  opinion: ZOpinionView.nullable(),
});
const ZDirectiveRequest = z.object({
  id: z.uuid(),
  text: z.string(),
  leadStructureId: z.uuid(),
  leadStructureName: z.string(),
  dueDate: ZIsoDate.nullable(),
  // the follow-up module's directive, once linked
  directiveId: z.uuid().nullable(),
  // that directive's reference and status, when the caller may see it
  directive: z.object({ id: z.uuid(), reference: z.string(), status: z.enum(directiveStatuses) }).nullable(),
});
const ZDecisionView = z.object({
  id: z.uuid(),
  round: z.number().int(),
  outcome: ZDecisionOutcome,
  comment: z.string(),
  decidedByName: z.string(),
  decidedByPostTitle: z.string(),
  isInterim: z.boolean(),
  createdAt: ZTimestamp,
  directives: z.array(ZDirectiveRequest),
});
export const ZAttachment = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  hasText: z.boolean(),
  uploadedByName: z.string(),
  createdAt: ZTimestamp,
});
export const ZAttachmentList = z.object({ items: z.array(ZAttachment) });
export const ZStep = z.object({
  seq: z.number().int(),
  status: ZDossierStatus,
  holders: z.array(ZDesk),
  from: ZTimestamp,
  to: ZTimestamp.nullable(),
  durationMs: z.number(),
});

export const ZDossierDetail = ZDossierListItem.extend({
  channel: z.enum(dossierChannels),
  senderType: z.enum(senderTypes),
  senderReference: z.string().nullable(),
  round: z.number().int(),
  circuitMode: ZCircuitMode.nullable(),
  registeredByName: z.string(),
  registeredByStructureName: z.string().nullable(),
  createdAt: ZTimestamp,
  namedPersons: z.array(z.object({ personId: z.uuid(), fullName: z.string() })),
  assignments: z.array(ZAssignmentView),
  opinionRequests: z.array(ZOpinionRequestView),
  decisions: z.array(ZDecisionView),
  attachments: z.array(ZAttachment),
  steps: z.array(ZStep),
  // what the caller may do on this dossier now
  can: z.object({
    assign: z.boolean(),
    giveOpinion: z.array(ZOpinionType),
    decide: z.boolean(),
    file: z.boolean(),
    attach: z.boolean(),
  }),
});
export type TDossierDetail = z.infer<typeof ZDossierDetail>;

export const ZTimeline = z.object({
  events: z.array(
    z.object({
      seq: z.number().int(),
      type: z.enum(dossierEventTypes),
      at: ZTimestamp,
      actorName: z.string(),
      actorPostTitle: z.string().nullable(),
      isInterim: z.boolean(),
      status: ZDossierStatus,
      summary: z.object({
        outcome: ZDecisionOutcome.optional(),
        verdict: ZVerdict.optional(),
        opinionType: ZOpinionType.optional(),
        structureNames: z.array(z.string()).optional(),
        fileName: z.string().optional(),
        personName: z.string().optional(),
        text: z.string().optional(),
      }),
      hash: z.string(),
    }),
  ),
  steps: z.array(ZStep),
});

// --- workflow ---
export const ZAssignBody = z
  .object({
    assignments: z
      .array(z.object({ structureId: z.uuid(), purpose: z.enum(assignmentPurposes) }))
      .min(1)
      .max(20),
    instructions: z.string().trim().max(4000).default(''),
    namedPersonIds: z.array(z.uuid()).max(50).default([]),
  })
  .refine((b) => new Set(b.assignments.map((a) => a.structureId)).size === b.assignments.length, {
    message: 'field.duplicate_structure',
    path: ['assignments'],
  });
export type TAssignBody = z.infer<typeof ZAssignBody>;

export const ZOpinionBody = z.object({
  verdict: ZVerdict,
  text: ZText(20000),
  // which of the open requests, when the caller may answer several
  type: ZOpinionType.optional(),
});
export type TOpinionBody = z.infer<typeof ZOpinionBody>;

export const ZDecisionBody = z.object({
  outcome: ZDecisionOutcome,
  comment: z.string().trim().max(4000).default(''),
  // directives the head asks for in the same act
  directives: z
    .array(z.object({ text: ZText(2000), leadStructureId: z.uuid(), dueDate: ZIsoDate.nullable().optional() }))
    .max(20)
    .default([]),
});
export type TDecisionBody = z.infer<typeof ZDecisionBody>;

// --- settings and circuits ---
export const ZDossierSettings = z.object({ referenceFormat: z.string(), referenceCode: z.string(), nextReference: z.string() });
export const ZDossierSettingsBody = z.object({
  referenceFormat: ZText(60),
  referenceCode: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[A-Za-z0-9_-]+$/, 'field.invalid_value'),
});
export type TDossierSettingsBody = z.infer<typeof ZDossierSettingsBody>;

const ZCircuitStepBody = z
  .object({ type: ZOpinionType, structureId: z.uuid().nullable().optional() })
  .refine((s) => (s.type === 'structure') === Boolean(s.structureId), { message: 'field.step_structure', path: ['structureId'] });
export const ZCircuitBody = z.object({ mode: ZCircuitMode, steps: z.array(ZCircuitStepBody).max(10) });
export type TCircuitBody = z.infer<typeof ZCircuitBody>;
export const ZCircuit = z.object({
  kind: ZDossierKind,
  mode: ZCircuitMode,
  isDefault: z.boolean(),
  steps: z.array(z.object({ type: ZOpinionType, structureId: z.uuid().nullable(), structureName: z.string().nullable() })),
});
export const ZCircuitList = z.object({ items: z.array(ZCircuit) });

export const ZIntegrityReport = z.object({
  checkedAt: ZTimestamp,
  dossiers: z.number().int(),
  events: z.number().int(),
  isIntact: z.boolean(),
  firstBreak: z
    .object({
      dossierId: z.uuid(),
      reference: z.string(),
      seq: z.number().int(),
      eventId: z.number().int().nullable(),
      reason: z.enum(['sequence_gap', 'previous_hash_mismatch', 'content_hash_mismatch', 'status_mismatch']),
    })
    .nullable(),
});
