// Queries and mutations of the reports module (/api/administrations/:id/reports): templates, drafts,
// generation runs (polled until their files are ready) and finalised versions.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api/client';
import type { Report, ReportCreateBody, ReportKind, ReportRun, ReportSummary, TemplateBody } from './reports.types';

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
// What the drafts list says wins when it already knows the run has ended.
export function useReportRun(a: string, reportId: string, initial: ReportRun) {
  const queryClient = useQueryClient();
  const query = useQuery({
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
    staleTime: (q) => (isRunning(q.state.data) ? 0 : Infinity),
    refetchInterval: (q) => (isRunning(q.state.data) ? 1000 : false),
  });
  return isRunning(initial) ? query.data : initial;
}

// The new draft or run shows at once (with its progress bar), before the list is read again.
function showRun(queryClient: QueryClient, a: string, update: (drafts: ReportSummary[]) => ReportSummary[]) {
  queryClient.setQueryData<ReportSummary[]>(reportKeys.drafts(a), (drafts) => (drafts ? update(drafts) : drafts));
}

function useReportsMutation<TVars, TResult>(a: string, mutationFn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all(a) }) });
}

export function useCreateReport(a: string) {
  const queryClient = useQueryClient();
  return useReportsMutation(a, async (body: ReportCreateBody) => {
    const report = (await unwrap(api.POST('/api/administrations/{administrationId}/reports', { params: adminPath(a), body }))) as Report;
    const { highlights: _h, difficulties: _d, outlook: _o, versions: _v, ...summary } = report;
    showRun(queryClient, a, (drafts) => [summary, ...drafts]);
    return report;
  });
}

export function useRegenerateReport(a: string) {
  const queryClient = useQueryClient();
  return useReportsMutation(a, async (reportId: string) => {
    const run = (await unwrap(
      api.POST('/api/administrations/{administrationId}/reports/{reportId}/runs', { params: { path: { administrationId: a, reportId } } }),
    )) as ReportRun;
    showRun(queryClient, a, (drafts) => drafts.map((d) => (d.id === reportId ? { ...d, latestRun: run } : d)));
    return run;
  });
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
