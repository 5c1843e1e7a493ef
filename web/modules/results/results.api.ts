// Queries and mutations of results-based management: dashboards, their charts, indicators and the
// measurement workflow (/api/administrations/:id/{dashboards,indicators,measurements,...}).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, unwrap } from '../../app/api/client';
import type { ChartId, FrameworkImportResult, MeasurementBody, MeasurementsImportResult, Period } from './results.types';

export const resultsKeys = {
  all: (a: string) => ['results', a] as const,
  head: (a: string, period: Partial<Period>) => ['results', a, 'head', period.year ?? null, period.quarter ?? null] as const,
  chart: (a: string, chartId: ChartId, period: Period, language: string) =>
    ['results', a, 'chart', chartId, period.year, period.quarter, language] as const,
  programmes: (a: string) => ['results', a, 'programmes'] as const,
  programme: (a: string, id: string, period: Partial<Period>) =>
    ['results', a, 'programme', id, period.year ?? null, period.quarter ?? null] as const,
  indicators: (a: string, q: string) => ['results', a, 'indicators', q] as const,
  indicator: (a: string, id: string) => ['results', a, 'indicator', id] as const,
  followUp: (a: string, period: Partial<Period>) => ['results', a, 'follow-up', period.year ?? null, period.quarter ?? null] as const,
  structure: (a: string, id: string, period: Partial<Period>, withSubstructures: boolean) =>
    ['results', a, 'structure', id, period.year ?? null, period.quarter ?? null, withSubstructures] as const,
  oversight: (a: string, period: Partial<Period>) => ['results', a, 'oversight', period.year ?? null, period.quarter ?? null] as const,
  measurements: (a: string, query: Record<string, string | number | undefined>) => ['results', a, 'measurements', query] as const,
};

const adminPath = (a: string) => ({ path: { administrationId: a } });

// Without a period the server picks the latest quarter with validated values.
export function useHeadDashboard(a: string, period: Partial<Period>) {
  return useQuery({
    queryKey: resultsKeys.head(a, period),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/dashboards/head', { params: { ...adminPath(a), query: period } })),
    placeholderData: keepPreviousData,
  });
}

// The ECharts option of a dashboard chart, worded in the user's language by the server (the same the reports draw).
export function useHeadChart(a: string, chartId: ChartId, period: Period, language: string) {
  return useQuery({
    queryKey: resultsKeys.chart(a, chartId, period, language),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/dashboards/head/charts/{chartId}.json', {
          params: { path: { administrationId: a, chartId }, query: period },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

// Directives, dossiers and missing briefings as the reader may see them (not cached with the results).
export function useFollowUpFigures(a: string, period: Partial<Period>) {
  return useQuery({
    queryKey: resultsKeys.followUp(a, period),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/dashboards/head/follow-up', { params: { ...adminPath(a), query: period } })),
    placeholderData: keepPreviousData,
  });
}

export function useStructureDashboard(a: string, structureId: string, period: Partial<Period>, withSubstructures: boolean) {
  return useQuery({
    queryKey: resultsKeys.structure(a, structureId, period, withSubstructures),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/dashboards/structures/{structureId}', {
          params: {
            path: { administrationId: a, structureId },
            query: { ...period, includeSubstructures: withSubstructures ? 'true' : 'false' },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: structureId !== '',
  });
}

// The structures of the posts the user holds today: the one they head first, then those they are focal point for.
export function useMyStructures(a: string) {
  return useQuery({
    queryKey: [...resultsKeys.all(a), 'my-structures'],
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dashboards/my-structures', { params: adminPath(a) })),
    staleTime: 5 * 60_000,
  });
}

export function useOversightDashboard(a: string, period: Partial<Period>) {
  return useQuery({
    queryKey: resultsKeys.oversight(a, period),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/dashboards/oversight', { params: { ...adminPath(a), query: period } })),
    placeholderData: keepPreviousData,
  });
}

// The budget programmes of the administration by code (e.g. to choose the programme of a report).
export function useProgrammes(a: string, enabled = true) {
  return useQuery({
    queryKey: resultsKeys.programmes(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/planning/programmes', { params: adminPath(a) })),
    enabled,
  });
}

export function useProgrammeDashboard(a: string, programmeId: string, period: Partial<Period>) {
  return useQuery({
    queryKey: resultsKeys.programme(a, programmeId, period),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/dashboards/programmes/{programmeId}', {
          params: { path: { administrationId: a, programmeId }, query: period },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIndicators(a: string, q = '') {
  return useQuery({
    queryKey: resultsKeys.indicators(a, q),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/indicators', {
          params: { ...adminPath(a), query: { limit: 200, isActive: 'true', sort: 'code', ...(q.trim() ? { q: q.trim() } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIndicator(a: string, id: string) {
  return useQuery({
    queryKey: resultsKeys.indicator(a, id),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/indicators/{indicatorId}', {
          params: { path: { administrationId: a, indicatorId: id } },
        }),
      ),
  });
}

type MeasurementQuery = { year?: number; quarter?: number; structureId?: string; awaiting?: 'review' | 'validation' };

export function useMeasurements(a: string, query: MeasurementQuery, enabled = true) {
  return useQuery({
    queryKey: resultsKeys.measurements(a, query),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/measurements', {
          params: { ...adminPath(a), query: { limit: 200, sort: 'indicator', ...query } },
        }),
      ),
    enabled,
  });
}

// Every step changes dashboards too: refresh everything of the results module.
function useResultsMutation<TVariables, TResult>(a: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultsKeys.all(a) }),
  });
}

export type SaveMeasurement = { id?: string; body: MeasurementBody };

// A new value is created; an existing draft or rejected one is corrected (and goes back to draft).
export function useSaveMeasurement(a: string) {
  return useResultsMutation(a, ({ id, body }: SaveMeasurement) =>
    id
      ? unwrap(
          api.PATCH('/api/administrations/{administrationId}/measurements/{measurementId}', {
            params: { path: { administrationId: a, measurementId: id } },
            body: { value: body.value, comment: body.comment, evidenceText: body.evidenceText, evidenceUrl: body.evidenceUrl },
          }),
        )
      : unwrap(api.POST('/api/administrations/{administrationId}/measurements', { params: adminPath(a), body })),
  );
}

export type MeasurementStep = 'submit' | 'review' | 'validate';

export function useMeasurementStep(a: string) {
  return useResultsMutation(a, ({ id, step }: { id: string; step: MeasurementStep }) => {
    const params = { path: { administrationId: a, measurementId: id } };
    if (step === 'submit')
      return unwrap(api.POST('/api/administrations/{administrationId}/measurements/{measurementId}/submit', { params }));
    if (step === 'review')
      return unwrap(api.POST('/api/administrations/{administrationId}/measurements/{measurementId}/review', { params }));
    return unwrap(api.POST('/api/administrations/{administrationId}/measurements/{measurementId}/validate', { params }));
  });
}

export function useRejectMeasurement(a: string) {
  return useResultsMutation(a, ({ id, reason }: { id: string; reason: string }) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/measurements/{measurementId}/reject', {
        params: { path: { administrationId: a, measurementId: id } },
        body: { reason },
      }),
    ),
  );
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const base = (a: string) => `/api/administrations/${a}`;

// Workbooks of the results framework and of a quarter's measurements (server/modules/results-io).
export const resultsFiles = {
  frameworkTemplate: (a: string) => `${base(a)}/planning/framework/template.xlsx`,
  frameworkExport: (a: string) => `${base(a)}/planning/framework/export.xlsx`,
  measurementsSheet: (a: string, period: Period, structureId?: string | null) =>
    `${base(a)}/measurements/sheet.xlsx?${new URLSearchParams({
      year: String(period.year),
      quarter: String(period.quarter),
      ...(structureId ? { structureId } : {}),
    })}`,
};

// All or nothing: a refused workbook answers 422 import_refused with each refused cell and its reason.
export function useImportFramework(a: string) {
  return useResultsMutation(a, (file: File) =>
    apiRequest<FrameworkImportResult>('POST', `${base(a)}/planning/framework/import`, { body: file, contentType: XLSX_TYPE }),
  );
}

export function useImportMeasurements(a: string) {
  return useResultsMutation(a, (file: File) =>
    apiRequest<MeasurementsImportResult>('POST', `${base(a)}/measurements/import`, { body: file, contentType: XLSX_TYPE }),
  );
}
