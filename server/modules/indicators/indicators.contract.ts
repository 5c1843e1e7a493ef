// Request and response schemas of indicators, targets, measurements and results settings.
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZCode, ZPageQuery, ZText, ZYear } from '../planning/planning.contract.js';
import { indicatorStatuses } from './achievement.js';
import {
  indicatorAggregations,
  indicatorDirections,
  indicatorLevels,
  indicatorPeriodicities,
  measurementStatuses,
} from './indicators.tables.js';

export const ZIndicatorParams = ZAdministrationParams.extend({ indicatorId: z.uuid() });
export const ZMeasurementParams = ZAdministrationParams.extend({ measurementId: z.uuid() });

export const ZQuarter = z.int().min(0).max(4).describe('1-4 for a quarter, 0 for the whole year (annual indicators)');
export const ZIndicatorStatus = z.enum(indicatorStatuses);
export const ZMeasurementStatus = z.enum(measurementStatuses);
const ZLevel = z.enum(indicatorLevels);
const ZDirection = z.enum(indicatorDirections);
const ZPeriodicity = z.enum(indicatorPeriodicities);
const ZAggregation = z.enum(indicatorAggregations);
const ZNumber = z.number().min(-1e15).max(1e15);
const ZOptionalText = (max: number) => z.string().trim().max(max);

// --- indicators ---
const indicatorFields = {
  code: ZCode,
  title: ZText(500),
  definition: ZOptionalText(4000),
  unit: ZText(60),
  level: ZLevel,
  baselineValue: ZNumber.nullable(),
  baselineYear: ZYear.nullable(),
  direction: ZDirection,
  periodicity: ZPeriodicity,
  aggregation: ZAggregation.describe('How the quarters make the year: sum (a count), last (a stock), mean (a rate)'),
  isPercentage: z.boolean(),
  minValue: ZNumber.nullable(),
  maxValue: ZNumber.nullable(),
  maxChangePercent: z.number().positive().max(100000).nullable().describe('A change from the previous period above this % needs a comment'),
  dataSource: ZOptionalText(1000),
  responsibleStructureId: z.uuid(),
  expectedResultId: z.uuid().nullable(),
  programmeId: z.uuid().nullable(),
  actionId: z.uuid().nullable().describe('When set, the programme is the action’s'),
  isActive: z.boolean(),
};
const boundsInOrder = (b: { minValue?: number | null; maxValue?: number | null }) =>
  b.minValue === null || b.minValue === undefined || b.maxValue === null || b.maxValue === undefined || b.minValue <= b.maxValue;
const boundsMessage = { message: 'field.invalid_value', path: ['maxValue'] };

export const ZIndicatorBody = z
  .object({
    ...indicatorFields,
    definition: indicatorFields.definition.default(''),
    baselineValue: indicatorFields.baselineValue.default(null),
    baselineYear: indicatorFields.baselineYear.default(null),
    isPercentage: indicatorFields.isPercentage.default(false),
    minValue: indicatorFields.minValue.default(null),
    maxValue: indicatorFields.maxValue.default(null),
    maxChangePercent: indicatorFields.maxChangePercent.default(null),
    dataSource: indicatorFields.dataSource.default(''),
    expectedResultId: indicatorFields.expectedResultId.default(null),
    programmeId: indicatorFields.programmeId.default(null),
    actionId: indicatorFields.actionId.default(null),
    isActive: indicatorFields.isActive.default(true),
  })
  .refine(boundsInOrder, boundsMessage);
export const ZIndicatorPatch = z.object(indicatorFields).partial().refine(boundsInOrder, boundsMessage);

export const ZIndicator = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  definition: z.string(),
  unit: z.string(),
  level: ZLevel,
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  direction: ZDirection,
  periodicity: ZPeriodicity,
  aggregation: ZAggregation,
  isPercentage: z.boolean(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  maxChangePercent: z.number().nullable(),
  dataSource: z.string(),
  responsibleStructureId: z.uuid(),
  responsibleStructureName: z.string(),
  expectedResultId: z.uuid().nullable(),
  programmeId: z.uuid().nullable().describe('The programme it measures: its own, or its action’s'),
  actionId: z.uuid().nullable(),
  isActive: z.boolean(),
});
export const ZIndicatorList = z.object({ items: z.array(ZIndicator), total: z.number().int(), limit: z.number(), offset: z.number() });
export const ZIndicatorQuery = ZPageQuery.extend({
  programmeId: z.uuid().optional().describe('Indicators of the programme or of one of its actions'),
  actionId: z.uuid().optional(),
  expectedResultId: z.uuid().optional(),
  structureId: z.uuid().optional().describe('Responsible structure'),
  level: ZLevel.optional(),
  periodicity: ZPeriodicity.optional(),
  isActive: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional().describe('Searched in the code and the title, ignoring case and accents'),
  sort: z.enum(['code', 'title', 'level']).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const ZTarget = z.object({ year: z.number().int(), quarter: z.number().int(), value: z.number() });
export const ZTargetsBody = z.object({
  items: z
    .array(
      z.object({
        indicatorId: z.uuid(),
        year: ZYear,
        quarter: ZQuarter,
        value: ZNumber.nullable().describe('null removes the target'),
      }),
    )
    .min(1)
    .max(5000),
});
export const ZTargetsResult = z.object({ upserted: z.number().int(), removed: z.number().int() });

// The computed result of a period: year to date, up to the end of the quarter.
export const ZPeriodResult = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  rate: z.number().nullable().describe('Achievement rate, %, rounded to 0.1'),
  status: ZIndicatorStatus,
  missingQuarters: z.array(z.number().int()),
});

// --- measurements ---
const ZPerson = z.object({ userId: z.uuid(), fullName: z.string() }).nullable();
export const ZMeasurement = z.object({
  id: z.uuid(),
  indicatorId: z.uuid(),
  indicatorCode: z.string(),
  indicatorTitle: z.string(),
  responsibleStructureId: z.uuid(),
  year: z.number().int(),
  quarter: z.number().int(),
  value: z.number(),
  comment: z.string(),
  evidenceText: z.string(),
  evidenceUrl: z.string().nullable(),
  status: ZMeasurementStatus,
  isLocked: z.boolean().describe('A validated period is locked until reopened'),
  enteredBy: ZPerson,
  enteredAt: z.iso.datetime({ offset: true }),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  firstSubmittedAt: z.iso.datetime({ offset: true }).nullable(),
  deadline: z.iso.date().describe('Reporting deadline of the period'),
  isOnTime: z.boolean().describe('First submitted by the deadline'),
  reviewedBy: ZPerson,
  reviewedAt: z.iso.datetime({ offset: true }).nullable(),
  validatedBy: ZPerson,
  validatedAt: z.iso.datetime({ offset: true }).nullable(),
  rejectedBy: ZPerson,
  rejectedAt: z.iso.datetime({ offset: true }).nullable(),
  rejectionStep: z.enum(['review', 'validation']).nullable(),
  rejectionReason: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export const ZMeasurementList = z.object({ items: z.array(ZMeasurement), total: z.number().int(), limit: z.number(), offset: z.number() });
export const ZMeasurementQuery = ZPageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  quarter: z.coerce.number().int().min(0).max(4).optional(),
  status: z.enum(measurementStatuses).optional(),
  indicatorId: z.uuid().optional(),
  structureId: z.uuid().optional().describe('Responsible structure of the indicator'),
  programmeId: z.uuid().optional(),
  awaiting: z
    .enum(['review', 'validation'])
    .optional()
    .describe('review: submitted values of the structures the caller heads; validation: reviewed values the caller may validate'),
  sort: z.enum(['period', 'indicator', 'status', 'updated']).default('period'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

const ZEvidenceUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .nullable();
export const ZMeasurementBody = z.object({
  indicatorId: z.uuid(),
  year: ZYear,
  quarter: ZQuarter,
  value: z.number().describe('A number (a percentage between 0 and 100 for a percentage indicator)'),
  comment: ZOptionalText(4000).default(''),
  evidenceText: ZOptionalText(4000).default('').describe('Source document, report, register...'),
  evidenceUrl: ZEvidenceUrl.default(null),
});
export const ZMeasurementPatch = z
  .object({ value: z.number(), comment: ZOptionalText(4000), evidenceText: ZOptionalText(4000), evidenceUrl: ZEvidenceUrl })
  .partial();
export const ZReasonBody = z.object({ reason: ZText(2000) });

// --- results settings ---
export const ZResultsSettings = z.object({
  monitoringStructureId: z.uuid().nullable().describe('The monitoring and evaluation unit: its focal points validate measurements'),
  thresholds: z
    .object({ reached: z.number().min(0).max(1000), onTrack: z.number().min(0).max(1000), behind: z.number().min(0).max(1000) })
    .refine((t) => t.reached >= t.onTrack && t.onTrack >= t.behind, { message: 'field.invalid_value', path: ['onTrack'] })
    .describe('Achievement rate thresholds, %: reached ≥ reached, on track ≥ onTrack, behind ≥ behind, else critical'),
  deadlineDays: z
    .int()
    .min(0)
    .max(120)
    .describe('A quarter’s value is on time when first submitted at most this many days after the quarter ends'),
});

export type TIndicatorBody = z.infer<typeof ZIndicatorBody>;
export type TIndicatorPatch = z.infer<typeof ZIndicatorPatch>;
export type TIndicatorQuery = z.infer<typeof ZIndicatorQuery>;
export type TTargetsBody = z.infer<typeof ZTargetsBody>;
export type TMeasurementBody = z.infer<typeof ZMeasurementBody>;
export type TMeasurementPatch = z.infer<typeof ZMeasurementPatch>;
export type TMeasurementQuery = z.infer<typeof ZMeasurementQuery>;
export type TResultsSettings = z.infer<typeof ZResultsSettings>;

const ZChainRef = z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable();
export const ZIndicatorDetail = ZIndicator.extend({
  programme: ZChainRef,
  action: ZChainRef,
  expectedResult: ZChainRef,
  targets: z.array(ZTarget).describe('Every target, by year then quarter (0 = the year)'),
  measurements: z.array(ZMeasurement).describe('Every measurement, whatever its status, with its evidence'),
  results: z
    .array(ZPeriodResult)
    .describe(
      'Computed from validated values: each quarter of each year with a target or a value (quarter 4 only for an annual indicator)',
    ),
});
