// Shortcuts to the generated types of the reports API.
import type { ApiBody, ApiResponse } from '../../app/api/types';

export type ReportTemplate = ApiResponse<'/api/administrations/{administrationId}/reports/templates', 'get'>[number];
export type ReportKind = ReportTemplate['kind'];
export type ReportSection = ReportTemplate['sections'][number];
export type TemplateBody = ApiBody<'/api/administrations/{administrationId}/reports/templates/{kind}', 'put'>;
export type ReportSummary = ApiResponse<'/api/administrations/{administrationId}/reports', 'get'>[number];
export type Report = ApiResponse<'/api/administrations/{administrationId}/reports/{reportId}', 'get'>;
export type ReportRun = ApiResponse<'/api/administrations/{administrationId}/reports/{reportId}/runs/{runId}', 'get'>;
export type ReportVersion = ApiResponse<'/api/administrations/{administrationId}/reports/finalised', 'get'>[number];
export type ReportCreateBody = ApiBody<'/api/administrations/{administrationId}/reports', 'post'>;
