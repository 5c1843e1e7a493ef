// Queries and mutations of the follow-up module (/api/administrations/:id/{meetings,directives}) and of
// the notifications (/api/notifications).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, unwrap } from '../../app/api/client';
import type {
  Attachment,
  DirectiveCreateBody,
  DirectiveDetail,
  DirectiveQuery,
  MeetingCreateBody,
  MeetingDecisionsBody,
  MeetingKind,
  ProgressBody,
} from './followup.types';

export const followupKeys = {
  all: (a: string) => ['followup', a] as const,
  directives: (a: string, query: DirectiveQuery) => ['followup', a, 'directives', query] as const,
  directive: (a: string, id: string) => ['followup', a, 'directive', id] as const,
  reminders: (a: string, id: string) => ['followup', a, 'reminders', id] as const,
  meetings: (a: string, page: number) => ['followup', a, 'meetings', page] as const,
  meeting: (a: string, id: string) => ['followup', a, 'meeting', id] as const,
  chair: (a: string, kind: string, date: string) => ['followup', a, 'chair', kind, date] as const,
  ladder: (a: string) => ['followup', a, 'ladder'] as const,
  indicators: (a: string, query: object) => ['followup', a, 'indicators', query] as const,
};
export const notificationKeys = { all: ['notifications'] as const };

const adminPath = (a: string) => ({ path: { administrationId: a } });
const base = (a: string) => `/api/administrations/${a}`;

// Files (minutes, evidence, follow-up table) are plain links: the session cookie authorises them.
export const followupFiles = {
  base,
  minutes: (a: string, meetingId: string, format: 'docx' | 'pdf') => `${base(a)}/meetings/${meetingId}/minutes?format=${format}`,
  directiveAttachment: (a: string, directiveId: string, attachmentId: string) =>
    `${base(a)}/directives/${directiveId}/attachments/${attachmentId}`,
  meetingAttachment: (a: string, meetingId: string, attachmentId: string) => `${base(a)}/meetings/${meetingId}/attachments/${attachmentId}`,
  followUpTable: (a: string, format: 'xlsx' | 'docx' | 'pdf', meetingKind: MeetingKind = 'management_committee') =>
    `${base(a)}/directives/follow-up-table?${new URLSearchParams({ format, meetingKind })}`,
};

export function useDirectives(a: string, query: DirectiveQuery) {
  return useQuery({
    queryKey: followupKeys.directives(a, query),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/directives', { params: { ...adminPath(a), query } })),
    placeholderData: keepPreviousData,
  });
}

export function useDirective(a: string, id: string | undefined) {
  return useQuery({
    queryKey: followupKeys.directive(a, id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/directives/{directiveId}', {
          params: { path: { administrationId: a, directiveId: id! } },
        }),
      ),
    enabled: Boolean(id),
  });
}

export function useReminders(a: string, id: string) {
  return useQuery({
    queryKey: followupKeys.reminders(a, id),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/directives/{directiveId}/reminders', {
          params: { path: { administrationId: a, directiveId: id } },
        }),
      ),
  });
}

export function useMeetings(a: string, page: number) {
  return useQuery({
    queryKey: followupKeys.meetings(a, page),
    queryFn: () =>
      unwrap(api.GET('/api/administrations/{administrationId}/meetings', { params: { ...adminPath(a), query: { page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(a: string, id: string | undefined) {
  return useQuery({
    queryKey: followupKeys.meeting(a, id ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/meetings/{meetingId}', {
          params: { path: { administrationId: a, meetingId: id! } },
        }),
      ),
    enabled: Boolean(id),
  });
}

export function useChair(a: string, kind: MeetingKind | null, date: string | null) {
  return useQuery({
    queryKey: followupKeys.chair(a, kind ?? '', date ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/administrations/{administrationId}/meetings/chair', {
          params: { ...adminPath(a), query: { kind: kind!, date: date! } },
        }),
      ),
    enabled: Boolean(kind && date),
  });
}

// Every write refreshes the whole module (lists, counts, the meeting a directive came from).
export function useFollowupMutation<TVariables, TResult>(a: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followupKeys.all(a) }),
  });
}

export function useCreateDirective(a: string) {
  return useFollowupMutation(a, (body: DirectiveCreateBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/directives', { params: adminPath(a), body })),
  );
}

const directivePath = (a: string, id: string) => ({ path: { administrationId: a, directiveId: id } });

// A progress report, then its evidence (one upload per file, on the report just created).
export function useReportProgress(a: string, id: string) {
  return useFollowupMutation(a, async ({ body, files }: { body: ProgressBody; files: File[] }) => {
    const detail: DirectiveDetail = await unwrap(
      api.POST('/api/administrations/{administrationId}/directives/{directiveId}/progress', { params: directivePath(a, id), body }),
    );
    const update = [...detail.updates].reverse().find((u) => u.kind === 'progress');
    if (update) {
      for (const file of files) {
        const form = new FormData();
        form.append('file', file);
        await apiRequest<Attachment>('POST', `${base(a)}/directives/${id}/progress/${update.id}/attachments`, { body: form });
      }
    }
    return detail;
  });
}

export function useConfirmDirective(a: string, id: string) {
  return useFollowupMutation(a, (comment: string) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/directives/{directiveId}/confirm', {
        params: directivePath(a, id),
        body: { comment },
      }),
    ),
  );
}

export function useReopenDirective(a: string, id: string) {
  return useFollowupMutation(a, (reason: string) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/directives/{directiveId}/reopen', {
        params: directivePath(a, id),
        body: { reason },
      }),
    ),
  );
}

export function useCancelDirective(a: string, id: string) {
  return useFollowupMutation(a, (reason: string) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/directives/{directiveId}/cancel', {
        params: directivePath(a, id),
        body: { reason },
      }),
    ),
  );
}

export function useCreateMeeting(a: string) {
  return useFollowupMutation(a, (body: MeetingCreateBody) =>
    unwrap(api.POST('/api/administrations/{administrationId}/meetings', { params: adminPath(a), body })),
  );
}

export function useRecordMeetingDecisions(a: string, meetingId: string) {
  return useFollowupMutation(a, (body: MeetingDecisionsBody) =>
    unwrap(
      api.POST('/api/administrations/{administrationId}/meetings/{meetingId}/decisions', {
        params: { path: { administrationId: a, meetingId } },
        body,
      }),
    ),
  );
}

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { pageSize: 10 } } })),
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useUpdateMinutes(a: string, meetingId: string) {
  return useFollowupMutation(a, (minutes: string) =>
    unwrap(
      api.PATCH('/api/administrations/{administrationId}/meetings/{meetingId}', {
        params: { path: { administrationId: a, meetingId } },
        body: { minutes },
      }),
    ),
  );
}
