// Request and response schemas of the organisation module: structures, posts, ranks, attributions, people.
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { postFunctions, structureKinds } from './organisation.tables.js';

export const ZIsoDate = z.iso.date();
const ZText = (max: number) => z.string().trim().min(1).max(max);
// optional free text: an empty string clears it
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v ? v : null));
const ZAttributionTexts = z.array(ZText(2000)).max(100);
const endNotBeforeStart = (b: { startDate: string; endDate?: string | null }) => !b.endDate || b.endDate >= b.startDate;
const endBeforeStart = { message: 'field.end_before_start', path: ['endDate'] };

export const ZOk = z.object({ ok: z.literal(true) });
export const ZStructureKind = z.enum(structureKinds);
export const ZPostFunction = z.enum(postFunctions);
export const ZSuccessionContext = z.enum(['management_committee', 'any']);

export const ZStructureParams = ZAdministrationParams.extend({ structureId: z.uuid() });
export const ZPostParams = ZAdministrationParams.extend({ postId: z.uuid() });
export const ZRankParams = ZAdministrationParams.extend({ rankId: z.uuid() });
export const ZPersonParams = ZAdministrationParams.extend({ personId: z.uuid() });
export const ZAssignmentParams = ZAdministrationParams.extend({ assignmentId: z.uuid() });
export const ZInterimParams = ZAdministrationParams.extend({ interimId: z.uuid() });
export const ZAbsenceParams = ZAdministrationParams.extend({ absenceId: z.uuid() });

// --- ranks (rangs) ---
export const ZRank = z.object({ id: z.uuid(), name: z.string(), level: z.number().int() });
export const ZRankListItem = ZRank.extend({ postCount: z.number().int() });
export const ZRankList = z.object({ items: z.array(ZRankListItem) });
export const ZRankBody = z.object({ name: ZText(120), level: z.int().min(1).max(100) });
export const ZRankPatch = ZRankBody.partial();
export type TRankBody = z.infer<typeof ZRankBody>;
export type TRankPatch = z.infer<typeof ZRankPatch>;

// --- attributions and duplicate warnings ---
export const ZAttribution = z.object({ id: z.uuid(), text: z.string(), position: z.number().int() });
export const ZDuplicate = z.object({
  attribution: z.string(), // the text that was checked
  matchedText: z.string(),
  score: z.number().min(0).max(1),
  owner: z.object({ type: z.enum(['structure', 'post']), id: z.uuid(), name: z.string() }),
});
export const ZWarnings = z.object({ duplicates: z.array(ZDuplicate) });
export const ZWarningsResult = z.object({ warnings: ZWarnings });
export const ZAttributionCheckBody = z.object({
  texts: z.array(z.string().max(2000)).max(100),
  excludeStructureId: z.uuid().optional(),
  excludePostId: z.uuid().optional(),
});
export type TDuplicate = z.infer<typeof ZDuplicate>;
export type TAttributionCheckBody = z.infer<typeof ZAttributionCheckBody>;

// --- holders ---
export const ZHolder = z.object({
  personId: z.uuid(),
  fullName: z.string(),
  civility: z.string(),
  isInterim: z.boolean(),
  isAbsent: z.boolean(),
  legalReference: z.string().nullable(),
});

// --- structures ---
const ZStructureRef = z.object({ id: z.uuid(), name: z.string(), acronym: z.string().nullable(), kind: ZStructureKind });
export const ZStructure = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  attachedToId: z.uuid().nullable(),
  kind: ZStructureKind,
  name: z.string(),
  acronym: z.string().nullable(),
  sortOrder: z.number().int(),
});
export const ZStructureListItem = ZStructure.extend({ postCount: z.number().int(), childCount: z.number().int() });
export const ZStructureList = z.object({ items: z.array(ZStructureListItem) });
export const ZStructureBody = z.object({
  parentId: z.uuid().nullable().optional(),
  attachedToId: z.uuid().nullable().optional(), // rattachée à: attachment without authority
  kind: ZStructureKind,
  name: ZText(300),
  acronym: ZOptionalText(30).optional(),
  sortOrder: z.int().min(0).max(100000).optional(),
  attributions: ZAttributionTexts.optional(),
});
export const ZStructurePatch = ZStructureBody.partial();
export type TStructureBody = z.infer<typeof ZStructureBody>;
export type TStructurePatch = z.infer<typeof ZStructurePatch>;

// --- posts (postes) ---
export const ZPost = z.object({
  id: z.uuid(),
  structureId: z.uuid(),
  title: z.string(),
  acronym: z.string().nullable(),
  rankId: z.uuid().nullable(),
  reportsToId: z.uuid().nullable(),
  function: ZPostFunction,
  isHeadOfStructure: z.boolean(),
  sortOrder: z.number().int(),
});
export const ZPostListItem = ZPost.extend({
  structureName: z.string(),
  rankName: z.string().nullable(),
  rankLevel: z.number().int().nullable(),
  holders: z.array(ZHolder),
  acting: z.array(ZHolder),
});
export const ZPostList = z.object({ date: ZIsoDate, items: z.array(ZPostListItem) });
export const ZPostQuery = z.object({ structureId: z.uuid().optional() });
export const ZPostBody = z.object({
  structureId: z.uuid(),
  title: ZText(300),
  acronym: ZOptionalText(30).optional(),
  rankId: z.uuid().nullable().optional(),
  reportsToId: z.uuid().nullable().optional(),
  function: ZPostFunction.optional(),
  isHeadOfStructure: z.boolean().optional(),
  sortOrder: z.int().min(0).max(100000).optional(),
  attributions: ZAttributionTexts.optional(),
});
export const ZPostPatch = ZPostBody.partial();
export type TPostBody = z.infer<typeof ZPostBody>;
export type TPostPatch = z.infer<typeof ZPostPatch>;

const ZPostRef = z.object({ id: z.uuid(), title: z.string(), acronym: z.string().nullable() });

// --- people, assignments (affectations), interims, absences ---
export const ZCivility = z.enum(['M.', 'Mme']);
export const ZPerson = z.object({
  id: z.uuid(),
  civility: ZCivility,
  firstName: z.string(),
  lastName: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export const ZPersonListItem = ZPerson.extend({
  // posts held or acted for today
  posts: z.array(z.object({ postId: z.uuid(), title: z.string(), isInterim: z.boolean() })),
});
export const ZPersonList = z.object({ items: z.array(ZPersonListItem), total: z.number().int(), limit: z.number(), offset: z.number() });
export const ZPersonQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const ZPersonBody = z.object({
  civility: ZCivility,
  firstName: ZText(100),
  lastName: ZText(100),
  email: z.email().max(254).nullable().optional(),
  phone: ZOptionalText(40).optional(),
});
export const ZPersonPatch = ZPersonBody.partial();
export type TPersonBody = z.infer<typeof ZPersonBody>;
export type TPersonPatch = z.infer<typeof ZPersonPatch>;
export type TPersonQuery = z.infer<typeof ZPersonQuery>;

export const ZAssignment = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  postId: z.uuid(),
  postTitle: z.string(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
});
export const ZAssignmentBody = z
  .object({ personId: z.uuid(), postId: z.uuid(), startDate: ZIsoDate, endDate: ZIsoDate.nullable().optional() })
  .refine(endNotBeforeStart, endBeforeStart);
export const ZAssignmentPatch = z.object({ endDate: ZIsoDate.nullable() });
export type TAssignmentBody = z.infer<typeof ZAssignmentBody>;

export const ZInterim = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  postTitle: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  startDate: ZIsoDate,
  endDate: ZIsoDate,
  legalReference: z.string(),
  reason: z.string(),
});
export const ZInterimList = z.object({ items: z.array(ZInterim) });
export const ZInterimQuery = z.object({ postId: z.uuid().optional(), personId: z.uuid().optional(), activeOn: ZIsoDate.optional() });
export const ZInterimBody = z
  .object({
    postId: z.uuid(),
    personId: z.uuid(),
    startDate: ZIsoDate,
    endDate: ZIsoDate,
    legalReference: ZText(300), // acte: note de service, arrêté...
    reason: z.string().trim().max(500).default(''),
  })
  .refine(endNotBeforeStart, endBeforeStart);
export type TInterimBody = z.infer<typeof ZInterimBody>;
export type TInterimQuery = z.infer<typeof ZInterimQuery>;

export const ZAbsence = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  startDate: ZIsoDate,
  endDate: ZIsoDate,
  reason: z.string(),
});
export const ZAbsenceList = z.object({ items: z.array(ZAbsence) });
export const ZAbsenceQuery = z.object({ personId: z.uuid().optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() });
export const ZAbsenceBody = z
  .object({ personId: z.uuid(), startDate: ZIsoDate, endDate: ZIsoDate, reason: z.string().trim().max(500).default('') })
  .refine(endNotBeforeStart, endBeforeStart);
export type TAbsenceBody = z.infer<typeof ZAbsenceBody>;
export type TAbsenceQuery = z.infer<typeof ZAbsenceQuery>;

export const ZPersonDetail = ZPerson.extend({
  assignments: z.array(ZAssignment),
  interims: z.array(ZInterim),
  absences: z.array(ZAbsence),
});

// --- details ---
export const ZStructureDetail = ZStructure.extend({
  parent: ZStructureRef.nullable(),
  attachedTo: ZStructureRef.nullable(),
  attributions: z.array(ZAttribution),
  children: z.array(ZStructureRef),
  attached: z.array(ZStructureRef), // structures attached to this one
  posts: z.array(ZPostListItem),
});
export const ZStructureWriteResult = ZStructureDetail.extend({ warnings: ZWarnings });

export const ZPostDetail = ZPost.extend({
  date: ZIsoDate,
  structure: ZStructureRef,
  rank: ZRank.nullable(),
  reportsTo: ZPostRef.nullable(),
  subordinates: z.array(ZPostRef),
  attributions: z.array(ZAttribution),
  holders: z.array(ZHolder), // today, by assignment
  acting: z.array(ZHolder), // today, by interim
  assignments: z.array(ZAssignment), // history, newest first
  interims: z.array(ZInterim),
  successionRules: z.array(
    z.object({ context: ZSuccessionContext, position: z.number().int(), substitutePostId: z.uuid(), substitutePostTitle: z.string() }),
  ),
});
export const ZPostWriteResult = ZPostDetail.extend({ warnings: ZWarnings });

// --- who acts for a post on a date ---
export const ZActingQuery = z.object({ date: ZIsoDate.optional(), context: ZSuccessionContext.default('any') });
export const ZActing = z.object({
  date: ZIsoDate,
  postId: z.uuid(),
  context: ZSuccessionContext,
  holder: z.object({ personId: z.uuid(), fullName: z.string() }).nullable(),
  isHolderAbsent: z.boolean(),
  acting: z
    .object({
      personId: z.uuid(),
      fullName: z.string(),
      postId: z.uuid(),
      postTitle: z.string(),
      basis: z.enum(['holder', 'interim', 'succession']),
    })
    .nullable(),
});

// --- tree: flat lists, the client builds the tree ---
export const ZTreeQuery = z.object({ date: ZIsoDate.optional() });
export const ZTree = z.object({
  date: ZIsoDate,
  structures: z.array(ZStructure),
  posts: z.array(
    ZPost.extend({
      rankName: z.string().nullable(),
      rankLevel: z.number().int().nullable(),
      holders: z.array(ZHolder),
      acting: z.array(ZHolder),
    }),
  ),
  ranks: z.array(ZRank),
});
export type TTree = z.infer<typeof ZTree>;

// --- chart, import/export ---
export const ZChartQuery = z.object({ rootStructureId: z.uuid().optional(), date: ZIsoDate.optional() });
const ZCounts = z.object({ created: z.number().int(), updated: z.number().int() });
export const ZImportResult = z.object({
  counts: z.object({
    ranks: ZCounts,
    structures: ZCounts,
    posts: ZCounts,
    attributions: ZCounts,
    persons: ZCounts,
    assignments: ZCounts,
    interims: ZCounts,
  }),
});
export type TImportCounts = z.infer<typeof ZImportResult>['counts'];
export const ZImportRefusal = z.object({ sheet: z.string(), row: z.number().int(), field: z.string(), message: z.string() });
export type TImportRefusal = z.infer<typeof ZImportRefusal>;
