// Queries and mutations of the dossiers module (/api/administrations/:id/dossiers/...).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, unwrap } from '../../app/api/client';
import type {
  AssignBody,
  Attachment,
  Circuit,
  CircuitBody,
  DecisionBody,
  DossierBody,
  DossierFilters,
  OpinionBody,
  SettingsBody,
} from './dossiers.types';

const base = (a: string) => `/api/administrations/${a}/dossiers`;

export const dossierKeys = {
  all: (a: string) => ['dossiers', a] as const,
  list: (a: string, filters: DossierFilters, offset: number, limit: number) => ['dossiers', a, 'list', filters, offset, limit] as const,
  waiting: (a: string, offset: number) => ['dossiers', a, 'waiting', offset] as const,
  search: (a: string, q: string) => ['dossiers', a, 'search', q] as const,
  stats: (a: string) => ['dossiers', a, 'stats'] as const,
  one: (a: string, id: string) => ['dossiers', a, 'one', id] as const,
  timeline: (a: string, id: string) => ['dossiers', a, 'timeline', id] as const,
  integrity: (a: string) => ['dossiers', a, 'integrity'] as const,
  notifications: (a: string) => ['dossiers', a, 'notifications'] as const,
};

// Downloads are plain links: the browser sends the session cookie and saves the file.
export const dossierFiles = {
  slip: (a: string, id: string) => `${base(a)}/${id}/slip.pdf`,
  attachment: (a: string, id: string, attachmentId: string) => `${base(a)}/${id}/attachments/${attachmentId}`,
  exportXlsx: (a: string, filters: DossierFilters) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => Boolean(value)) as [string, string][]);
    return `${base(a)}/export.xlsx${query.size > 0 ? `?${query}` : ''}`;
  },
};

const adminPath = (a: string) => ({ path: { administrationId: a } });
const dossierPath = (a: string, dossierId: string) => ({ path: { administrationId: a, dossierId } });

export function useDossiers(a: string, filters: DossierFilters, offset: number, limit: number) {
  return useQuery({
    queryKey: dossierKeys.list(a, filters, offset, limit),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/dossiers', { params: { ...adminPath(a), query: { ...filters, offset, limit } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useWaitingDossiers(a: string, offset: number, limit: number) {
  return useQuery({
    queryKey: dossierKeys.waiting(a, offset),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/dossiers/waiting', { params: { ...adminPath(a), query: { offset, limit } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDossierSearch(a: string, q: string) {
  return useQuery({
    queryKey: dossierKeys.search(a, q),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/dossiers/search', { params: { ...adminPath(a), query: { q, limit: 30 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useDossierStats(a: string) {
  return useQuery({
    queryKey: dossierKeys.stats(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dossiers/stats', { params: adminPath(a) })),
  });
}

export function useDossier(a: string, id: string) {
  return useQuery({
    queryKey: dossierKeys.one(a, id),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dossiers/{dossierId}', { params: dossierPath(a, id) })),
  });
}

export function useTimeline(a: string, id: string) {
  return useQuery({
    queryKey: dossierKeys.timeline(a, id),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dossiers/{dossierId}/timeline', { params: dossierPath(a, id) })),
  });
}

export function useNotifications(a: string, enabled: boolean) {
  return useQuery({
    queryKey: dossierKeys.notifications(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dossiers/notifications', { params: adminPath(a) })),
    enabled,
    staleTime: 60_000,
  });
}

export function useIntegrityCheck(a: string) {
  return useQuery({
    queryKey: dossierKeys.integrity(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dossiers/integrity', { params: adminPath(a) })),
    enabled: false, // on demand
    retry: false,
  });
}

// Every write refreshes the dossiers of the administration.
function useDossierMutation<TVariables, TResult>(a: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.all(a) }),
  });
}

export function useRegisterDossier(a: string) {
  return useDossierMutation(a, (body: DossierBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/dossiers', { params: adminPath(a), body })),
  );
}

export function useAssignDossier(a: string, id: string) {
  return useDossierMutation(a, (body: AssignBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/dossiers/{dossierId}/assignments', { params: dossierPath(a, id), body })),
  );
}

export function useGiveOpinion(a: string, id: string) {
  return useDossierMutation(a, (body: OpinionBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/dossiers/{dossierId}/opinions', { params: dossierPath(a, id), body })),
  );
}

export function useDecide(a: string, id: string) {
  return useDossierMutation(a, (body: DecisionBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/dossiers/{dossierId}/decision', { params: dossierPath(a, id), body })),
  );
}

export function useFileDossier(a: string, id: string) {
  return useDossierMutation(a, () =>
    unwrap(api.POST('/api/administrations/{administrationId}/dossiers/{dossierId}/file', { params: dossierPath(a, id) })),
  );
}

// multipart/form-data, one "files" part per file (the generated types do not describe uploads)
export function useUploadAttachments(a: string) {
  return useDossierMutation(a, ({ dossierId, files }: { dossierId: string; files: File[] }) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    return apiRequest<{ items: Attachment[] }>('POST', `${base(a)}/${dossierId}/attachments`, { body: form });
  });
}

export function useDossierSettings(a: string) {
  return useQuery({
    queryKey: [...dossierKeys.all(a), 'settings'] as const,
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dossiers/settings', { params: adminPath(a) })),
  });
}

export function useCircuits(a: string) {
  return useQuery({
    queryKey: [...dossierKeys.all(a), 'circuits'] as const,
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/dossiers/circuits', { params: adminPath(a) })),
  });
}

export function useSaveSettings(a: string) {
  return useDossierMutation(a, (body: SettingsBody) =>
    unwrap(api.PUT('/api/administrations/{administrationId}/dossiers/settings', { params: adminPath(a), body })),
  );
}

export function useSaveCircuit(a: string) {
  return useDossierMutation(a, ({ kind, body }: { kind: Circuit['kind']; body: CircuitBody }) =>
    unwrap(
      api.PUT('/api/administrations/{administrationId}/dossiers/circuits/{kind}', {
        params: { path: { administrationId: a, kind } },
        body,
      }),
    ),
  );
}
