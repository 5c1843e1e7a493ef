// Queries and mutations of the agenda (/api/administrations/:id/agenda/..., /audiences/...) and of the
// public audience pages (/api/public/...).
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api/client';
import { useRefreshingMutation } from '../../app/api/mutations';
import type {
  AcceptBody,
  AudienceStatus,
  BriefingRequestBody,
  DecisionsBody,
  EventBody,
  InternalRequestBody,
  PublicRequestBody,
  RedirectBody,
} from './agenda.types';

export const agendaKeys = {
  all: (a: string) => ['agenda', a] as const,
  events: (a: string, from: string, to: string) => ['agenda', a, 'events', from, to] as const,
  event: (a: string, id: string) => ['agenda', a, 'event', id] as const,
  summary: (a: string, from: string, to: string) => ['agenda', a, 'summary', from, to] as const,
  search: (a: string, q: string) => ['agenda', a, 'search', q] as const,
  briefings: (a: string, scope: 'mine' | 'missing') => ['agenda', a, 'briefings', scope] as const,
  briefing: (a: string, id: string) => ['agenda', a, 'briefing', id] as const,
  feed: (a: string) => ['agenda', a, 'feed'] as const,
  audiences: (a: string, status: AudienceStatus | 'all') => ['agenda', a, 'audiences', status] as const,
};

const adminPath = (a: string) => ({ path: { administrationId: a } });

export function useEvents(a: string, range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: agendaKeys.events(a, range?.from ?? '', range?.to ?? ''),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/agenda/events', { params: { ...adminPath(a), query: range! } })),
    enabled: Boolean(range),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(a: string, id: string | undefined) {
  return useQuery({
    queryKey: agendaKeys.event(a, id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/agenda/events/{eventId}', {
          params: { path: { administrationId: a, eventId: id! } },
        }),
      ),
    enabled: Boolean(id),
  });
}

export function useSummary(a: string, range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: agendaKeys.summary(a, range?.from ?? '', range?.to ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/agenda/summary', { params: { ...adminPath(a), query: range! } })),
    enabled: Boolean(range),
    placeholderData: keepPreviousData,
  });
}

export function useSearchEvents(a: string, q: string) {
  return useQuery({
    queryKey: agendaKeys.search(a, q),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/agenda/search', { params: { ...adminPath(a), query: { q, limit: 20 } } })),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useBriefings(a: string, scope: 'mine' | 'missing', enabled = true) {
  return useQuery({
    queryKey: agendaKeys.briefings(a, scope),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/agenda/briefings', { params: { ...adminPath(a), query: { scope } } })),
    enabled,
  });
}

export function useBriefing(a: string, id: string | undefined) {
  return useQuery({
    queryKey: agendaKeys.briefing(a, id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/agenda/briefings/{briefingId}', {
          params: { path: { administrationId: a, briefingId: id! } },
        }),
      ),
    enabled: Boolean(id),
  });
}

export function useFeedStatus(a: string) {
  return useQuery({
    queryKey: agendaKeys.feed(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/agenda/feed', { params: adminPath(a) })),
  });
}

export function useAudienceRequests(a: string, status: AudienceStatus | 'all') {
  return useQuery({
    queryKey: agendaKeys.audiences(a, status),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/audiences', {
          params: { ...adminPath(a), query: status === 'all' ? {} : { status } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

// Every write refreshes the agenda and the history.
function useAgendaMutation<TVariables, TResult>(
  a: string,
  mutationFn: (variables: TVariables) => Promise<TResult>,
  deletedKey?: (variables: TVariables) => readonly unknown[],
) {
  return useRefreshingMutation(a, agendaKeys.all(a), mutationFn, deletedKey);
}

export function useSaveEvent(a: string, id: string | undefined) {
  return useAgendaMutation(a, (body: EventBody) =>
    id
      ? unwrap(
          api.PUT('/api/administrations/{administrationId}/agenda/events/{eventId}', {
            params: { path: { administrationId: a, eventId: id } },
            body,
          }),
        )
      : unwrap(api.POST('/api/administrations/{administrationId}/agenda/events', { params: adminPath(a), body })),
  );
}

export function useDeleteEvent(a: string) {
  return useAgendaMutation(
    a,
    (id: string) =>
      unwrap(
        api.DELETE('/api/administrations/{administrationId}/agenda/events/{eventId}', {
          params: { path: { administrationId: a, eventId: id } },
        }),
      ),
    (id) => agendaKeys.event(a, id),
  );
}

export function useRequestBriefing(a: string, eventId: string) {
  return useAgendaMutation(a, (body: BriefingRequestBody) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/agenda/events/{eventId}/briefings', {
        params: { path: { administrationId: a, eventId } },
        body,
      }),
    ),
  );
}

export function useWriteBriefing(a: string, briefingId: string) {
  return useAgendaMutation(a, (content: string) =>
    unwrap(
      api.PUT('/api/administrations/{administrationId}/agenda/briefings/{briefingId}/content', {
        params: { path: { administrationId: a, briefingId } },
        body: { content },
      }),
    ),
  );
}

export function useRecordDecisions(a: string, eventId: string) {
  return useAgendaMutation(a, (body: DecisionsBody) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/agenda/events/{eventId}/decisions', {
        params: { path: { administrationId: a, eventId } },
        body,
      }),
    ),
  );
}

// The one action turning the event's decisions not yet converted into directives of the follow-up.
export function useConvertDecisions(a: string, eventId: string) {
  return useAgendaMutation(a, () =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/agenda/events/{eventId}/decisions/directives', {
        params: { path: { administrationId: a, eventId } },
        body: {},
      }),
    ),
  );
}

export function useRotateFeed(a: string) {
  return useAgendaMutation(a, () => unwrap(api.POST('/api/administrations/{administrationId}/agenda/feed', { params: adminPath(a) })));
}

export function useRevokeFeed(a: string) {
  return useAgendaMutation(a, () => unwrap(api.DELETE('/api/administrations/{administrationId}/agenda/feed', { params: adminPath(a) })));
}

export function useInternalRequest(a: string) {
  return useAgendaMutation(a, (body: InternalRequestBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/audiences', { params: adminPath(a), body })),
  );
}

const requestPath = (a: string, requestId: string) => ({ path: { administrationId: a, requestId } });

export function useAcceptRequest(a: string) {
  return useAgendaMutation(a, ({ requestId, body }: { requestId: string; body: AcceptBody }) =>
    unwrap(api.POST('/api/administrations/{administrationId}/audiences/{requestId}/accept', { params: requestPath(a, requestId), body })),
  );
}

export function useRedirectRequest(a: string) {
  return useAgendaMutation(a, ({ requestId, body }: { requestId: string; body: RedirectBody }) =>
    unwrap(api.POST('/api/administrations/{administrationId}/audiences/{requestId}/redirect', { params: requestPath(a, requestId), body })),
  );
}

export function useDeclineRequest(a: string) {
  return useAgendaMutation(a, ({ requestId, reason }: { requestId: string; reason: string }) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/audiences/{requestId}/decline', {
        params: requestPath(a, requestId),
        body: { reason },
      }),
    ),
  );
}

// --- public pages (no account) ---

export function usePublicAdministration(code: string) {
  return useQuery({
    queryKey: ['public', 'administration', code],
    queryFn: () => unwrap(api.GET('/api/public/administrations/{administrationCode}', { params: { path: { administrationCode: code } } })),
    retry: false,
  });
}

export function usePublicRequest(code: string) {
  return useMutation({
    mutationFn: (body: PublicRequestBody) =>
      unwrap(
        api.POST('/api/public/administrations/{administrationCode}/audience-requests', {
          params: { path: { administrationCode: code } },
          body,
        }),
      ),
  });
}

export function useTracking(token: string) {
  return useQuery({
    queryKey: ['public', 'tracking', token],
    queryFn: () => unwrap(api.GET('/api/public/audience-requests/{token}', { params: { path: { token } } })),
    retry: false,
  });
}
