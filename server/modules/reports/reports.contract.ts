// Request and response schemas of the reports module.
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { reportKinds, reportSections, runStatuses } from './reports.tables.js';

export const ZReportKind = z.enum(reportKinds);
const ZReportSection = z.enum(reportSections);
const ZText = (max: number) => z.string().max(max);

export const ZTemplate = z.object({
  kind: ZReportKind,
  title: z.string(),
  isAnnual: z.boolean().describe('No quarter is asked; the dialogue de gestion of year N covers N-1 and the first quarter of N'),
  isProgrammeScoped: z.boolean().describe('About one budget programme: programmeId is required when generating'),
  sections: z.array(ZReportSection).describe('In the order they appear; the others are left out'),
  introduction: z.string(),
  signature: z.string().describe('Signature block, one line per line (e.g. the title, then the name)'),
  isCustomised: z.boolean().describe('false: the defaults of Pilotage'),
});
export const ZTemplateParams = ZAdministrationParams.extend({ kind: ZReportKind });
export const ZTemplateUpdate = z.object({
  title: z.string().trim().min(1).max(200).nullable().default(null).describe('null: the default title of the kind'),
  sections: z
    .array(ZReportSection)
    .min(1)
    .refine((s) => new Set(s).size === s.length, { message: 'Each section once' }),
  introduction: ZText(5000).default(''),
  signature: ZText(1000).default(''),
});
export type TTemplateUpdate = z.infer<typeof ZTemplateUpdate>;

const texts = {
  highlights: ZText(20000).describe('Faits marquants, written by the cabinet'),
  difficulties: ZText(20000).describe('Difficultés'),
  outlook: ZText(20000).describe('Perspectives'),
};
export const ZReportCreate = z.object({
  kind: ZReportKind,
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4).optional().describe('Required for quarterly kinds, absent for annual ones'),
  programmeId: z
    .uuid()
    .optional()
    .describe(
      'A budget programme of the administration: required for the programme kinds (RAP, dialogue de gestion), refused for the others',
    ),
  highlights: texts.highlights.default(''),
  difficulties: texts.difficulties.default(''),
  outlook: texts.outlook.default(''),
});
export type TReportCreate = z.infer<typeof ZReportCreate>;
export const ZReportUpdate = z.object(texts).partial();
export type TReportUpdate = z.infer<typeof ZReportUpdate>;

export const ZRun = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  status: z.enum(runStatuses),
  progress: z.number().int().describe('0-100'),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  finalisedVersion: z.number().int().nullable().describe('The version this generation was finalised as; regenerate to finalise again'),
});
const ZProgrammeRef = z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable().describe('Programme kinds only');
export const ZVersion = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  kind: ZReportKind,
  title: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  programme: ZProgrammeRef,
  version: z.number().int(),
  snapshotSha256: z.string(),
  docxSha256: z.string(),
  pdfSha256: z.string(),
  finalisedBy: z.object({ userId: z.uuid().nullable(), fullName: z.string() }),
  finalisedAt: z.string(),
});
export const ZReport = z.object({
  id: z.uuid(),
  kind: ZReportKind,
  title: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  programme: ZProgrammeRef,
  highlights: z.string(),
  difficulties: z.string(),
  outlook: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  latestRun: ZRun.nullable(),
  versions: z.array(ZVersion),
});
export const ZReportSummary = ZReport.omit({ highlights: true, difficulties: true, outlook: true, versions: true });

export const ZReportParams = ZAdministrationParams.extend({ reportId: z.uuid() });
export const ZRunParams = ZReportParams.extend({ runId: z.uuid() });
export const ZFileParams = ZReportParams.extend({ format: z.enum(['docx', 'pdf']) });
export const ZVersionFileParams = ZFileParams.extend({ version: z.coerce.number().int().min(1).max(100000) });
