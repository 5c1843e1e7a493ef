// Shortcuts to the generated types of the results API (planning, indicators, measurements, dashboards).
import type { ApiBody, ApiResponse } from '../../app/api/types';

export type HeadDashboard = ApiResponse<'/api/administrations/{administrationId}/dashboards/head', 'get'>;
export type ProgrammeDashboard = ApiResponse<'/api/administrations/{administrationId}/dashboards/programmes/{programmeId}', 'get'>;
export type FollowUpFigures = ApiResponse<'/api/administrations/{administrationId}/dashboards/head/follow-up', 'get'>;
export type StructureDashboard = ApiResponse<'/api/administrations/{administrationId}/dashboards/structures/{structureId}', 'get'>;
export type OversightDashboard = ApiResponse<'/api/administrations/{administrationId}/dashboards/oversight', 'get'>;
export type IndicatorResult = HeadDashboard['attention'][number];
export type IndicatorStatus = IndicatorResult['current']['status'];
export type Execution = HeadDashboard['plan']['execution'];
export type IndicatorDetail = ApiResponse<'/api/administrations/{administrationId}/indicators/{indicatorId}', 'get'>;
export type IndicatorListItem = ApiResponse<'/api/administrations/{administrationId}/indicators', 'get'>['items'][number];
export type Measurement = ApiResponse<'/api/administrations/{administrationId}/measurements', 'get'>['items'][number];
export type MeasurementStatus = Measurement['status'];
export type MeasurementBody = ApiBody<'/api/administrations/{administrationId}/measurements', 'post'>;
export type ChartId = 'indicator-status' | 'programme-achievement' | 'programme-execution' | 'reporting';
export type Period = { year: number; quarter: number };
export type FrameworkImportResult = ApiResponse<'/api/administrations/{administrationId}/planning/framework/import', 'post'>;
export type MeasurementsImportResult = ApiResponse<'/api/administrations/{administrationId}/measurements/import', 'post'>;
