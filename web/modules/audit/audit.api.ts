import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api/client';
import type { ApiResponse } from '../../app/api/types';

export type AuditEvent = ApiResponse<'/api/administrations/{administrationId}/audit', 'get'>['items'][number];

export const auditKeys = {
  all: (a: string) => ['audit', a] as const,
  entity: (a: string, type: string, id: string) => ['audit', a, type, id] as const,
};

export function useAudit(a: string, entityType: 'post' | 'structure', entityId: string) {
  return useQuery({
    queryKey: auditKeys.entity(a, entityType, entityId),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/audit', {
          params: { path: { administrationId: a }, query: { entityType, entityId } },
        }),
      ),
  });
}
