// Request and response schemas of the planning side of the results chain.
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { programmeKinds } from './planning.tables.js';

export const ZText = (max: number) => z.string().trim().min(1).max(max);
export const ZCode = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[\p{L}\p{N}._\-/ ]+$/u, { message: 'field.invalid_value' });
export const ZYear = z.int().min(2000).max(2100);
export const ZSortOrder = z.int().min(0).max(100000);
export const ZOk = z.object({ ok: z.literal(true) });
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const yearsInOrder = (b: { startYear?: number; endYear?: number }) =>
  b.startYear === undefined || b.endYear === undefined || (b.endYear >= b.startYear && b.endYear - b.startYear < 10);
const yearsMessage = { message: 'plan.years', path: ['endYear'] };

export const ZPlanParams = ZAdministrationParams.extend({ planId: z.uuid() });
export const ZAxisParams = ZAdministrationParams.extend({ axisId: z.uuid() });
export const ZObjectiveParams = ZAdministrationParams.extend({ objectiveId: z.uuid() });
export const ZResultParams = ZAdministrationParams.extend({ resultId: z.uuid() });
export const ZProgrammeParams = ZAdministrationParams.extend({ programmeId: z.uuid() });
export const ZActionParams = ZAdministrationParams.extend({ actionId: z.uuid() });
export const ZOperationalPlanParams = ZAdministrationParams.extend({ operationalPlanId: z.uuid() });
export const ZActivityParams = ZAdministrationParams.extend({ activityId: z.uuid() });
export const ZProgressParams = ZActivityParams.extend({ quarter: z.coerce.number().int().min(1).max(4) });

// --- strategic plan → axes → objectives → expected results ---
export const ZStrategicPlan = z.object({
  id: z.uuid(),
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  referencePlan: z.string().describe('The reference plan it implements: PAG for a government, PDM for a commune'),
  description: z.string(),
});
export const ZStrategicPlanList = z.object({ items: z.array(ZStrategicPlan) });
export const ZStrategicPlanBody = z
  .object({
    title: ZText(300),
    startYear: ZYear,
    endYear: ZYear,
    referencePlan: z.string().trim().max(300).default(''),
    description: z.string().trim().max(4000).default(''),
  })
  .refine(yearsInOrder, yearsMessage);
export const ZStrategicPlanPatch = z
  .object({
    title: ZText(300),
    startYear: ZYear,
    endYear: ZYear,
    referencePlan: z.string().trim().max(300),
    description: z.string().trim().max(4000),
  })
  .partial()
  .refine(yearsInOrder, yearsMessage);

export const ZChainItemBody = z.object({ code: ZCode, title: ZText(500), sortOrder: ZSortOrder.optional() });
export const ZChainItemPatch = ZChainItemBody.partial();
const ZChainItem = z.object({ id: z.uuid(), code: z.string(), title: z.string(), sortOrder: z.number().int() });
export const ZAxis = ZChainItem.extend({ planId: z.uuid() });
export const ZObjective = ZChainItem.extend({ axisId: z.uuid() });
export const ZExpectedResult = ZChainItem.extend({ objectiveId: z.uuid() });
export const ZStrategicPlanDetail = ZStrategicPlan.extend({
  axes: z.array(
    ZAxis.extend({
      objectives: z.array(ZObjective.extend({ results: z.array(ZExpectedResult) })),
    }),
  ),
});

// --- programmes → actions ---
export const ZProgrammeKind = z.enum(programmeKinds);
export const ZAction = z.object({ id: z.uuid(), programmeId: z.uuid(), code: z.string(), title: z.string(), sortOrder: z.number().int() });
export const ZManager = z
  .object({ postId: z.uuid(), title: z.string(), holderName: z.string().nullable() })
  .describe('The programme manager’s post and who holds it today');
export const ZProgramme = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  kind: ZProgrammeKind,
  objective: z.string(),
  managerPostId: z.uuid().nullable(),
  manager: ZManager.nullable(),
  actions: z.array(ZAction),
});
export const ZProgrammeList = z.object({ items: z.array(ZProgramme) });
export const ZProgrammeDetail = ZProgramme.extend({
  actions: z.array(ZAction.extend({ activityCount: z.number().int() })),
});
export const ZProgrammeBody = z.object({
  code: ZCode,
  title: ZText(300),
  kind: ZProgrammeKind,
  objective: z.string().trim().max(2000).default(''),
  managerPostId: z.uuid().nullable().default(null),
});
export const ZProgrammePatch = z
  .object({
    code: ZCode,
    title: ZText(300),
    kind: ZProgrammeKind,
    objective: z.string().trim().max(2000),
    managerPostId: z.uuid().nullable(),
  })
  .partial();

// --- operational plans and activities ---
export const ZOperationalPlan = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  strategicPlanId: z.uuid().nullable(),
  activityCount: z.number().int(),
  budgetAllotted: z.number(),
});
export const ZOperationalPlanList = z.object({ items: z.array(ZOperationalPlan) });
export const ZOperationalPlanBody = z.object({ year: ZYear, title: ZText(300), strategicPlanId: z.uuid().nullable().default(null) });
export const ZOperationalPlanPatch = z.object({ title: ZText(300), strategicPlanId: z.uuid().nullable() }).partial();

const ZQuarters = z
  .array(z.int().min(1).max(4))
  .min(1)
  .max(4)
  .refine((qs) => new Set(qs).size === qs.length, { message: 'field.invalid_value' })
  .describe('Quarters in which the activity is carried out, e.g. [2, 3]');
const ZAmount = z.number().min(0).max(1e15);

export const ZProgress = z.object({
  quarter: z.number().int(),
  physicalProgress: z.number(),
  budgetCommitted: z.number(),
  budgetSpent: z.number(),
  comment: z.string(),
});
export const ZActivityState = z.object({
  asOfQuarter: z.number().int(),
  physicalProgress: z.number().describe('Latest reported progress up to the quarter, %'),
  expectedProgress: z.number().describe('Share of the scheduled quarters already past, %'),
  budgetCommitted: z.number(),
  budgetSpent: z.number(),
  spendingRate: z.number().nullable(),
  reportedQuarter: z.number().int().nullable(),
});
export const ZActivity = z.object({
  id: z.uuid(),
  operationalPlanId: z.uuid(),
  year: z.number().int(),
  actionId: z.uuid(),
  actionCode: z.string(),
  programmeId: z.uuid(),
  programmeCode: z.string(),
  code: z.string(),
  title: z.string(),
  responsibleStructureId: z.uuid(),
  responsibleStructureName: z.string(),
  quarters: z.array(z.number().int()),
  weight: z.number(),
  budgetAllotted: z.number(),
  state: ZActivityState,
});
export const ZActivityDetail = ZActivity.extend({ progress: z.array(ZProgress) });
export const ZActivityList = z.object({ items: z.array(ZActivity), total: z.number().int(), limit: z.number(), offset: z.number() });
export const ZActivityQuery = ZPageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  operationalPlanId: z.uuid().optional(),
  programmeId: z.uuid().optional(),
  actionId: z.uuid().optional(),
  structureId: z.uuid().optional(),
  q: z.string().trim().max(100).optional().describe('Searched in the code and the title, ignoring case and accents'),
  asOfQuarter: z.coerce.number().int().min(1).max(4).default(4).describe('Quarter at whose end the state is computed'),
  sort: z.enum(['code', 'title', 'budget', 'progress']).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export const ZActivityBody = z.object({
  operationalPlanId: z.uuid(),
  actionId: z.uuid(),
  code: ZCode,
  title: ZText(500),
  responsibleStructureId: z.uuid(),
  quarters: ZQuarters,
  weight: z.number().positive().max(1000).default(1),
  budgetAllotted: ZAmount.default(0),
});
export const ZActivityPatch = z
  .object({
    actionId: z.uuid(),
    code: ZCode,
    title: ZText(500),
    responsibleStructureId: z.uuid(),
    quarters: ZQuarters,
    weight: z.number().positive().max(1000),
    budgetAllotted: ZAmount,
  })
  .partial();
export const ZProgressBody = z.object({
  physicalProgress: z.number().min(0).max(100).describe('Cumulative physical progress at the end of the quarter, %'),
  budgetCommitted: ZAmount.default(0).describe('Cumulative since the start of the year'),
  budgetSpent: ZAmount.default(0).describe('Cumulative since the start of the year'),
  comment: z.string().trim().max(2000).default(''),
});

export type TStrategicPlanBody = z.infer<typeof ZStrategicPlanBody>;
export type TStrategicPlanPatch = z.infer<typeof ZStrategicPlanPatch>;
export type TChainItemBody = z.infer<typeof ZChainItemBody>;
export type TChainItemPatch = z.infer<typeof ZChainItemPatch>;
export type TProgrammeBody = z.infer<typeof ZProgrammeBody>;
export type TProgrammePatch = z.infer<typeof ZProgrammePatch>;
export type TOperationalPlanBody = z.infer<typeof ZOperationalPlanBody>;
export type TOperationalPlanPatch = z.infer<typeof ZOperationalPlanPatch>;
export type TActivityBody = z.infer<typeof ZActivityBody>;
export type TActivityPatch = z.infer<typeof ZActivityPatch>;
export type TActivityQuery = z.infer<typeof ZActivityQuery>;
export type TProgressBody = z.infer<typeof ZProgressBody>;
