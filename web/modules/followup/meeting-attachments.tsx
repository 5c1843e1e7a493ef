// Pièces jointes of a meeting (agenda papers, signed minutes): everyone who sees the meeting downloads them;
// the issuer side adds and removes them. The server reads each file's type from its content and refuses
// what it does not accept, naming the file.
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/api-error';
import { ConfirmButton } from '../../ui/confirm-button';
import { FilePicker } from '../../ui/file-picker';
import { formatDate, intlLocale } from '../../ui/format';
import { showErrorNotification } from '../../ui/form-errors';
import { IconPaperclip, IconTrash } from '../../ui/icons';
import { useDeleteMeetingAttachment, useUploadMeetingAttachments } from './followup-edit.api';
import { followupFiles } from './followup.api';
import type { MeetingDetail } from './followup.types';

export function MeetingAttachments({ a, meeting: m, canEdit }: { a: string; meeting: MeetingDetail; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  if (!canEdit && m.attachments.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="meeting-attachments-title">
      <Title order={3} size="h4" mb="sm" id="meeting-attachments-title">
        {t('followup.meeting.attachments')}
      </Title>
      <Stack gap="xs">
        {m.attachments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('followup.attachments.none')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" className="plain-list">
            {m.attachments.map((f) => (
              <Group key={f.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
                <Stack gap={0} miw={0}>
                  <Anchor href={followupFiles.meetingAttachment(a, m.id, f.id)} download={f.filename} size="sm">
                    <Group gap={4} component="span" wrap="nowrap">
                      <IconPaperclip size={14} />
                      <span style={{ overflowWrap: 'anywhere' }}>{f.filename}</span>
                    </Group>
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('followup.attachments.meta', {
                      size: Math.max(1, Math.round(f.sizeBytes / 1024)),
                      name: f.uploadedByName ?? '—',
                      date: formatDate(f.uploadedAt, 'short', locale),
                    })}
                  </Text>
                </Stack>
                {canEdit && <RemoveAttachment a={a} meetingId={m.id} attachment={f} />}
              </Group>
            ))}
          </Stack>
        )}
        {canEdit && <UploadForm a={a} meetingId={m.id} />}
      </Stack>
    </Card>
  );
}

function UploadForm({ a, meetingId }: { a: string; meetingId: string }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | undefined>();
  const upload = useUploadMeetingAttachments(a, meetingId);
  return (
    <Stack gap="xs" mt="xs">
      <FilePicker
        files={files}
        onChange={(next) => {
          setFiles(next);
          setError(undefined);
        }}
        label={t('followup.attachments.add')}
        help={t('followup.attachments.help')}
        error={error}
      />
      {files.length > 0 && (
        <Group>
          <Button
            loading={upload.isPending}
            onClick={() => {
              setError(undefined);
              upload.mutate(files, {
                onSuccess: (done) => {
                  notifications.show({ color: 'green', message: t('followup.attachments.uploaded', { count: done.length }) });
                  setFiles([]);
                },
                // files sent before the refused one stay attached; the list shows them after the refresh
                onError: (err) => setError(isApiError(err) ? err.message : t('errors.unexpected')),
              });
            }}
          >
            {t('followup.attachments.upload', { count: files.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function RemoveAttachment({ a, meetingId, attachment }: { a: string; meetingId: string; attachment: { id: string; filename: string } }) {
  const { t } = useTranslation();
  const remove = useDeleteMeetingAttachment(a, meetingId);
  const label = t('followup.attachments.remove', { name: attachment.filename });
  return (
    <ConfirmButton
      variant="subtle"
      color="red"
      size="compact-sm"
      aria-label={label}
      title={label}
      message={t('followup.attachments.removeConfirm', { name: attachment.filename })}
      confirmLabel={t('common.delete')}
      loading={remove.isPending}
      onConfirm={() =>
        remove.mutate(attachment.id, {
          onSuccess: () => notifications.show({ color: 'green', message: t('followup.attachments.removed') }),
          onError: showErrorNotification,
        })
      }
    >
      <IconTrash size={16} />
    </ConfirmButton>
  );
}
