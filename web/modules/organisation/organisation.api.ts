// Queries and mutations of the organisation module (/api/administrations/:id/organisation/...).
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiRequest, unwrap } from '../../app/api/client';
import { useRefreshingMutation } from '../../app/api/mutations';
import type { AssignmentBody, ImportResult, InterimBody, PersonBody, PostBody, StructureBody } from './organisation.types';

const orgBase = (a: string) => `/api/administrations/${a}/organisation`;

export const orgKeys = {
  all: (a: string) => ['org', a] as const,
  tree: (a: string, date: string | null) => ['org', a, 'tree', date] as const,
  structures: (a: string) => ['org', a, 'structures'] as const,
  structure: (a: string, id: string) => ['org', a, 'structure', id] as const,
  posts: (a: string) => ['org', a, 'posts'] as const,
  post: (a: string, id: string) => ['org', a, 'post', id] as const,
  persons: (a: string, q: string, offset: number, limit: number) => ['org', a, 'persons', q, offset, limit] as const,
  interims: (a: string) => ['org', a, 'interims'] as const,
  check: (a: string, texts: string[], exclude: string | undefined) => ['org', a, 'attribution-check', texts, exclude] as const,
};

// Downloads are plain links: the browser sends the session cookie and saves the file.
export const orgFiles = {
  chartPdf: (a: string, date?: string) => `${orgBase(a)}/chart.pdf${date ? `?date=${date}` : ''}`,
  chartSvg: (a: string, date?: string) => `${orgBase(a)}/chart.svg${date ? `?date=${date}` : ''}`,
  exportXlsx: (a: string) => `${orgBase(a)}/export.xlsx`,
  templateXlsx: (a: string) => `${orgBase(a)}/template.xlsx`,
};

const adminPath = (a: string) => ({ path: { administrationId: a } });

export function useTree(a: string, date: string | null = null) {
  return useQuery({
    queryKey: orgKeys.tree(a, date),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/organisation/tree', {
          params: { ...adminPath(a), query: date ? { date } : {} },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useStructures(a: string) {
  return useQuery({
    queryKey: orgKeys.structures(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/organisation/structures', { params: adminPath(a) })),
  });
}

export function useStructure(a: string, id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.structure(a, id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/organisation/structures/{structureId}', {
          params: { path: { administrationId: a, structureId: id! } },
        }),
      ),
    enabled: Boolean(id),
  });
}

export function usePosts(a: string) {
  return useQuery({
    queryKey: orgKeys.posts(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/organisation/posts', { params: adminPath(a) })),
  });
}

export function usePost(a: string, id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.post(a, id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/organisation/posts/{postId}', {
          params: { path: { administrationId: a, postId: id! } },
        }),
      ),
    enabled: Boolean(id),
  });
}

export function usePersons(a: string, q: string, offset = 0, limit = 50) {
  return useQuery({
    queryKey: orgKeys.persons(a, q, offset, limit),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/organisation/persons', {
          params: { ...adminPath(a), query: { q: q || undefined, limit, offset } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useInterims(a: string) {
  return useQuery({
    queryKey: orgKeys.interims(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/organisation/interims', { params: adminPath(a) })),
  });
}

// Possible duplicates of the attributions being typed, checked half a second after the last keystroke.
export function useDuplicateCheck(a: string, texts: string[], exclude: { postId?: string; structureId?: string }) {
  const meaningful = texts.map((text) => text.trim()).filter((text) => text.length >= 8);
  const [debounced] = useDebouncedValue(meaningful, 500);
  return useQuery({
    queryKey: orgKeys.check(a, debounced, exclude.postId ?? exclude.structureId),
    queryFn: () =>
      unwrap(
        api.POST('/api/administrations/{administrationId}/organisation/attributions/check', {
          params: adminPath(a),
          body: { texts: debounced, excludePostId: exclude.postId, excludeStructureId: exclude.structureId },
        }),
      ),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

// Every write refreshes the organisation and the history.
function useOrgMutation<TVariables, TResult>(
  a: string,
  mutationFn: (variables: TVariables) => Promise<TResult>,
  deletedKey?: (variables: TVariables) => readonly unknown[],
) {
  return useRefreshingMutation(a, orgKeys.all(a), mutationFn, deletedKey);
}

export function useSaveStructure(a: string, id: string | undefined) {
  return useOrgMutation(a, (body: StructureBody) =>
    id
      ? unwrap(
          api.PATCH('/api/administrations/{administrationId}/organisation/structures/{structureId}', {
            params: { path: { administrationId: a, structureId: id } },
            body,
          }),
        )
      : unwrap(api.POST('/api/administrations/{administrationId}/organisation/structures', { params: adminPath(a), body })),
  );
}

export function useDeleteStructure(a: string) {
  return useOrgMutation(
    a,
    (id: string) =>
      unwrap(
        api.DELETE('/api/administrations/{administrationId}/organisation/structures/{structureId}', {
          params: { path: { administrationId: a, structureId: id } },
        }),
      ),
    (id) => orgKeys.structure(a, id),
  );
}

export function useSavePost(a: string, id: string | undefined) {
  return useOrgMutation(a, (body: PostBody) =>
    id
      ? unwrap(
          api.PATCH('/api/administrations/{administrationId}/organisation/posts/{postId}', {
            params: { path: { administrationId: a, postId: id } },
            body,
          }),
        )
      : unwrap(api.POST('/api/administrations/{administrationId}/organisation/posts', { params: adminPath(a), body })),
  );
}

export function useDeletePost(a: string) {
  return useOrgMutation(
    a,
    (id: string) =>
      unwrap(
        api.DELETE('/api/administrations/{administrationId}/organisation/posts/{postId}', {
          params: { path: { administrationId: a, postId: id } },
        }),
      ),
    (id) => orgKeys.post(a, id),
  );
}

export function useCreatePerson(a: string) {
  return useOrgMutation(a, (body: PersonBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/organisation/persons', { params: adminPath(a), body })),
  );
}

export function useCreateAssignment(a: string) {
  return useOrgMutation(a, (body: AssignmentBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/organisation/assignments', { params: adminPath(a), body })),
  );
}

export function useCreateInterim(a: string) {
  return useOrgMutation(a, (body: InterimBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/organisation/interims', { params: adminPath(a), body })),
  );
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The workbook itself is the request body (no multipart).
export function useImportWorkbook(a: string) {
  return useOrgMutation(a, (file: File) =>
    apiRequest<ImportResult>('POST', `${orgBase(a)}/import`, { body: file, contentType: XLSX_TYPE }),
  );
}
