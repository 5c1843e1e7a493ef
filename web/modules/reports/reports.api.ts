// Queries and mutations of the reports module (/api/administrations/:id/reports): templates, drafts,
// generation runs (polled until their files are ready) and finalised versions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api/client';
import type { Report, ReportCreateBody, ReportKind, ReportRun, TemplateBody } from './reports.types';

export const reportKeys = {
  all: (a: string) => ['reports', a] as const,
  templates: (a: string) => ['reports', a, 'templates'] as const,
  drafts: (a: string) => ['reports', a, 'drafts'] as const,
  finalised: (a: string) => ['reports', a, 'finalised'] as const,
  run: (a: string, runId: string) => ['reports', a, 'run', runId] as const,
};

const adminPath = (a: string) => ({ path: { administrationId: a } });
const base = (a: string) => `/api/administrations/${a}/reports`;

// Files are plain links: the session cookie authorises them.
export const reportFiles = {
  draft: (a: string, reportId: string, format: 'docx' | 'pdf') => `${base(a)}/${reportId}/file.${format}`,
  version: (a: string, reportId: string, version: number, format: 'docx' | 'pdf') =>
    `${base(a)}/${reportId}/versions/${version}/file.${format}`,
};

export const isRunning = (run: Pick<ReportRun, 'status'> | null | undefined) => run?.status === 'queued' || run?.status === 'running';

export function useReportTemplates(a: string) {
  return useQuery({
    queryKey: reportKeys.templates(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/reports/templates', { params: adminPath(a) })),
  });
}

export function useReportDrafts(a: string) {
  return useQuery({
    queryKey: reportKeys.drafts(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/reports', { params: adminPath(a) })),
  });
}

export function useFinalisedReports(a: string) {
  return useQuery({
    queryKey: reportKeys.finalised(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/reports/finalised', { params: adminPath(a) })),
  });
}

// Polled every second while the job runs; once it ends the drafts list is read again (its files changed).
export function useReportRun(a: string, reportId: string, initial: ReportRun) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: reportKeys.run(a, initial.id),
    queryFn: async () => {
      const run = await unwrap(
        api.GET('/api/administrations/{administrationId}/reports/{reportId}/runs/{runId}', {
          params: { path: { administrationId: a, reportId, runId: initial.id } },
        }),
      );
      if (!isRunning(run)) void queryClient.invalidateQueries({ queryKey: reportKeys.drafts(a) });
      return run;
    },
    initialData: initial,
    enabled: isRunning(initial),
    refetchInterval: (query) => (isRunning(query.state.data) ? 1000 : false),
  });
}

function useReportsMutation<TVars, TResult>(a: string, mutationFn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all(a) }) });
}

export function useCreateReport(a: string) {
  return useReportsMutation(
    a,
    (body: ReportCreateBody) =>
      unwrap(api.POST('/api/administrations/{administrationId}/reports', { params: adminPath(a), body })) as Promise<Report>,
  );
}

export function useRegenerateReport(a: string) {
  return useReportsMutation(
    a,
    (reportId: string) =>
      unwrap(
        api.POST('/api/administrations/{administrationId}/reports/{reportId}/runs', {
          params: { path: { administrationId: a, reportId } },
        }),
      ) as Promise<ReportRun>,
  );
}

export function useFinaliseReport(a: string) {
  return useReportsMutation(a, (reportId: string) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/reports/{reportId}/finalise', {
        params: { path: { administrationId: a, reportId } },
      }),
    ),
  );
}

export function useUpdateTemplate(a: string) {
  return useReportsMutation(a, ({ kind, body }: { kind: ReportKind; body: TemplateBody }) =>
    unwrap(
      api.PUT('/api/administrations/{administrationId}/reports/templates/{kind}', {
        params: { path: { administrationId: a, kind } },
        body,
      }),
    ),
  );
}
