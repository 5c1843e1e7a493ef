// Edits and settings of the follow-up module: a directive's or a meeting's changes, a meeting's
// attachments, the escalation ladder of reminders, and the dashboard indicators.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiRequest, unwrap } from '../../app/api/client';
import { followupKeys, useFollowupMutation } from './followup.api';
import type { Attachment, DirectiveUpdateBody, IndicatorsQuery, LadderBody, MeetingUpdateBody } from './followup.types';

const adminPath = (a: string) => ({ path: { administrationId: a } });

export function useUpdateDirective(a: string, directiveId: string) {
  return useFollowupMutation(a, (body: DirectiveUpdateBody) =>
    unwrap(
      api.PATCH('/api/administrations/{administrationId}/directives/{directiveId}', {
        params: { path: { administrationId: a, directiveId } },
        body,
      }),
    ),
  );
}

export function useUpdateMeeting(a: string, meetingId: string) {
  return useFollowupMutation(a, (body: MeetingUpdateBody) =>
    unwrap(
      api.PATCH('/api/administrations/{administrationId}/meetings/{meetingId}', {
        params: { path: { administrationId: a, meetingId } },
        body,
      }),
    ),
  );
}

// One multipart request per file (field "file"): a refused file names itself and the others stay attached.
export function useUploadMeetingAttachments(a: string, meetingId: string) {
  return useFollowupMutation(a, async (files: File[]) => {
    const uploaded: Attachment[] = [];
    for (const file of files) {
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        uploaded.push(await apiRequest<Attachment>('POST', `/api/administrations/${a}/meetings/${meetingId}/attachments`, { body: form }));
      } catch (err) {
        // "rapport.exe : type de fichier non accepté…": the message says which file was refused
        if (err instanceof Error) err.message = `${file.name} : ${err.message}`;
        throw err;
      }
    }
    return uploaded;
  });
}

export function useDeleteMeetingAttachment(a: string, meetingId: string) {
  return useFollowupMutation(a, (attachmentId: string) =>
    unwrap(
      api.DELETE('/api/administrations/{administrationId}/meetings/{meetingId}/attachments/{attachmentId}', {
        params: { path: { administrationId: a, meetingId, attachmentId } },
      }),
    ),
  );
}

export function useLadder(a: string) {
  return useQuery({
    queryKey: followupKeys.ladder(a),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/escalation-ladder', { params: adminPath(a) })),
  });
}

export function useSaveLadder(a: string) {
  return useFollowupMutation(a, (body: LadderBody) =>
    unwrap(api.PUT('/api/administrations/{administrationId}/escalation-ladder', { params: adminPath(a), body })),
  );
}

export function useFollowupIndicators(a: string, query: IndicatorsQuery) {
  return useQuery({
    queryKey: followupKeys.indicators(a, query),
    queryFn: () => unwrap(api.GET('/api/administrations/{administrationId}/directives/indicators', { params: { ...adminPath(a), query } })),
    placeholderData: keepPreviousData,
  });
}
