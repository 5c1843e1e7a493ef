// Response schemas of the dashboards. Every number here comes from results-computation.ts.
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZPeriodResult } from '../indicators/indicators.contract.js';
import { ZActivityState, ZManager } from '../planning/planning.contract.js';

export const ZPeriodQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Default: the latest quarter with validated values'),
  quarter: z.coerce.number().int().min(1).max(4).optional().describe('Figures are year to date, up to the end of this quarter'),
});
export const ZProgrammeDashboardParams = ZAdministrationParams.extend({ programmeId: z.uuid() });
export const ZStructureDashboardParams = ZAdministrationParams.extend({ structureId: z.uuid() });
export const ZStructureDashboardQuery = ZPeriodQuery.extend({
  includeSubstructures: z.enum(['true', 'false']).default('true').describe('Count the structures under it too'),
});

const ZPeriod = z.object({ year: z.number().int(), quarter: z.number().int() });
const ZRate = z.number().nullable();
export const ZStatusCounts = z.object({
  reached: z.number().int(),
  on_track: z.number().int(),
  behind: z.number().int(),
  critical: z.number().int(),
  no_data: z.number().int(),
});
export const ZGroupSummary = z.object({
  indicatorCount: z.number().int(),
  byStatus: ZStatusCounts,
  achievementRate: ZRate.describe('Mean of the indicators’ achievement rates, each capped at 100, %'),
  lastYear: z.object({ byStatus: ZStatusCounts, achievementRate: ZRate }).describe('The same quarter of the previous year'),
});
export const ZExecution = z.object({
  activityCount: z.number().int(),
  physicalRate: ZRate.describe('Weighted mean of the activities’ physical progress, %'),
  expectedPhysicalRate: ZRate.describe('Where the schedule says it should be, %'),
  commitmentRate: ZRate.describe('Committed / allotted, %'),
  spendingRate: ZRate.describe('Spent / allotted (financial execution), %'),
  allotted: z.number(),
  committed: z.number(),
  spent: z.number(),
});
export const ZReportingSummary = z.object({
  due: z.number().int(),
  received: z.number().int(),
  onTime: z.number().int(),
  completeness: ZRate.describe('Received (submitted, reviewed or validated) / due, %'),
  timeliness: ZRate.describe('First submitted by the deadline / due, %'),
});
export const ZIndicatorLine = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  unit: z.string(),
  level: z.enum(['impact', 'outcome', 'output']),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  isPercentage: z.boolean(),
  responsibleStructureId: z.uuid(),
  responsibleStructureName: z.string(),
  programmeId: z.uuid().nullable(),
  actionId: z.uuid().nullable(),
  current: ZPeriodResult,
  lastYear: ZPeriodResult,
});
export const ZActivityLine = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  actionId: z.uuid(),
  responsibleStructureId: z.uuid(),
  responsibleStructureName: z.string(),
  quarters: z.array(z.number().int()),
  weight: z.number(),
  budgetAllotted: z.number(),
  state: ZActivityState,
});
const ZDashboardHeader = {
  period: ZPeriod,
  comparedWith: ZPeriod.describe('The same quarter of the previous year'),
  currency: z.enum(['XOF', 'XAF']),
  thresholds: z.object({ reached: z.number(), onTrack: z.number(), behind: z.number() }),
};
const ZExecutionPair = { execution: ZExecution, lastYearExecution: ZExecution };

export const ZHeadDashboard = z.object({
  ...ZDashboardHeader,
  indicators: ZGroupSummary,
  programmes: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      kind: z.enum(['operational', 'support']),
      manager: ZManager.nullable(),
      summary: ZGroupSummary,
      ...ZExecutionPair,
    }),
  ),
  plan: z.object(ZExecutionPair).describe('Every activity of the year’s operational plan'),
  reporting: ZReportingSummary.extend({
    byStructure: z.array(ZReportingSummary.extend({ structureId: z.uuid(), name: z.string(), acronym: z.string().nullable() })),
  }),
  workflow: z
    .object({
      draft: z.number().int(),
      submitted: z.number().int(),
      reviewed: z.number().int(),
      validated: z.number().int(),
      rejected: z.number().int(),
    })
    .describe('Measurements of the quarter (and of the year for annual indicators) at each step'),
  attention: z.array(ZIndicatorLine).describe('Up to 10 indicators critical or behind, the lowest first'),
});

export const ZProgrammeDashboard = z.object({
  ...ZDashboardHeader,
  programme: z.object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    kind: z.enum(['operational', 'support']),
    objective: z.string(),
    manager: ZManager.nullable(),
  }),
  summary: ZGroupSummary,
  ...ZExecutionPair,
  actions: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      summary: ZGroupSummary,
      ...ZExecutionPair,
      indicators: z.array(ZIndicatorLine),
    }),
  ),
  indicators: z.array(ZIndicatorLine).describe('Indicators of the programme itself, not of one of its actions'),
  activities: z.array(ZActivityLine).describe('The programme’s activities of the year'),
});

export const ZStructureDashboard = z.object({
  ...ZDashboardHeader,
  structure: z.object({ id: z.uuid(), name: z.string(), acronym: z.string().nullable(), kind: z.string() }),
  structures: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .describe('The structures counted: itself, and those under it when asked'),
  summary: ZGroupSummary,
  ...ZExecutionPair,
  indicators: z.array(ZIndicatorLine),
  reporting: z.array(ZReportingSummary.extend({ quarter: z.number().int() })).describe('Each quarter of the year up to the one asked'),
  activities: z.array(ZActivityLine),
});

export const ZOversightDashboard = z.object({
  administrations: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      shortName: z.string(),
      kind: z.string(),
      currency: z.enum(['XOF', 'XAF']),
      period: ZPeriod,
      indicators: ZGroupSummary,
      plan: ZExecution,
      programmes: z
        .array(
          z.object({
            code: z.string(),
            title: z.string(),
            kind: z.enum(['operational', 'support']),
            indicatorCount: z.number().int(),
            achievementRate: ZRate,
            physicalRate: ZRate,
            spendingRate: ZRate,
          }),
        )
        .describe('Each budget programme: its indicators’ achievement and its execution'),
      reporting: ZReportingSummary,
    }),
  ),
});

export type THeadDashboard = z.infer<typeof ZHeadDashboard>;
export type TPeriodQuery = z.infer<typeof ZPeriodQuery>;

const ZDays = z.number().nullable();
export const ZFollowUpFigures = z.object({
  period: ZPeriod,
  range: z.object({ from: z.string(), to: z.string() }).describe('From 1 January to the end of the quarter'),
  directives: z
    .object({
      asOf: z.string(),
      total: z.number().int(),
      open: z.number().int(),
      done: z.number().int(),
      overdue: z.number().int(),
      completionRate: z.number().nullable().describe('done / (total − cancelled), 0..1'),
      averageDelayDays: ZDays.describe('done items: mean days after the due date'),
      oldestOverdueDays: z.number().int().nullable().describe('age past due of the oldest overdue item'),
    })
    .nullable()
    .describe('Directives and recommendations due in the period that the reader may see (null without access to the follow-up)'),
  dossiers: z
    .object({
      open: z.number().int(),
      awaitingDecision: z.number().int().describe('Open dossiers waiting for the decision, today'),
      late: z.number().int().describe('Open dossiers past their deadline, today'),
      receivedInPeriod: z.number().int(),
      steps: z
        .array(
          z.object({
            status: z.enum(['registered', 'in_review', 'awaiting_decision']),
            count: z.number().int(),
            averageDays: ZDays,
          }),
        )
        .describe('Mean days spent at each step by the dossiers received in the period (finished steps)'),
    })
    .nullable()
    .describe('Only the dossiers the reader may see (null without access to dossiers)'),
  briefings: z
    .object({ missing: z.number().int().describe('Briefing notes past due, not written, for events still to come') })
    .nullable()
    .describe('For those who run the agenda'),
});
export type TFollowUpFigures = z.infer<typeof ZFollowUpFigures>;

export const ZMyStructures = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      acronym: z.string().nullable(),
      isHead: z.boolean().describe('Holds the post that heads the structure'),
      isFocalPoint: z.boolean().describe('Holds a focal point post of the structure'),
    }),
  ),
});
