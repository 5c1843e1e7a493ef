// Mon agenda dans mon calendrier: a private iCalendar address (Outlook, Thunderbird, a phone) of the
// events one may see. The address is shown once; a new one replaces it; it can be revoked.
import { Alert, Button, Card, CopyButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdministration } from '../../app/administration';
import { ConfirmButton } from '../../ui/confirm-button';
import { showErrorNotification } from '../../ui/form-errors';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { paths } from '../../app/paths';
import { useFeedStatus, useRevokeFeed, useRotateFeed } from './agenda.api';

export function FeedPage() {
  const { t, i18n } = useTranslation();
  const a = useAdministration().administrationId;
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  const status = useFeedStatus(a);
  const rotate = useRotateFeed(a);
  const revoke = useRevokeFeed(a);
  const [url, setUrl] = useState<string | null>(null);

  const create = () => rotate.mutate(undefined, { onSuccess: (created) => setUrl(created.url), onError: showErrorNotification });

  return (
    <Stack gap="md" maw={800}>
      <PageHeader
        title={t('agenda.feed.title')}
        description={t('agenda.feed.description')}
        back={{ to: paths.agenda(a), label: t('agenda.backToAgenda') }}
      />
      {status.isPending ? (
        <PageSkeleton rows={4} />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <Card withBorder padding="lg">
          <Stack gap="md">
            {url ? (
              <Alert color="green" variant="light" title={t('agenda.feed.createdTitle')}>
                <Stack gap="xs">
                  <Text size="sm">{t('agenda.feed.createdHelp')}</Text>
                  <Group gap="xs" wrap="nowrap" align="flex-end">
                    <TextInput
                      label={t('agenda.feed.address')}
                      value={url}
                      readOnly
                      style={{ flex: 1 }}
                      onFocus={(e) => e.currentTarget.select()}
                      data-testid="feed-url"
                    />
                    <CopyButton value={url}>
                      {({ copied, copy }) => (
                        <Button variant="light" onClick={copy}>
                          {copied ? t('common.copied') : t('common.copy')}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                </Stack>
              </Alert>
            ) : status.data.isActive ? (
              <Text size="sm">
                {t('agenda.feed.active', { date: formatDate(status.data.createdAt!, 'datetime', locale) })}{' '}
                {status.data.lastUsedAt
                  ? t('agenda.feed.lastUsed', { date: formatDate(status.data.lastUsedAt, 'datetime', locale) })
                  : t('agenda.feed.neverUsed')}
              </Text>
            ) : (
              <Text size="sm">{t('agenda.feed.none')}</Text>
            )}
            <Group gap="xs">
              {status.data.isActive ? (
                <ConfirmButton
                  variant="default"
                  title={t('agenda.feed.rotateTitle')}
                  message={t('agenda.feed.rotateConfirm')}
                  confirmLabel={t('agenda.feed.rotate')}
                  loading={rotate.isPending}
                  onConfirm={create}
                >
                  {t('agenda.feed.rotate')}
                </ConfirmButton>
              ) : (
                <Button onClick={create} loading={rotate.isPending}>
                  {t('agenda.feed.create')}
                </Button>
              )}
              {status.data.isActive && (
                <ConfirmButton
                  variant="default"
                  color="red"
                  title={t('agenda.feed.revokeTitle')}
                  message={t('agenda.feed.revokeConfirm')}
                  confirmLabel={t('agenda.feed.revoke')}
                  loading={revoke.isPending}
                  onConfirm={() =>
                    revoke.mutate(undefined, {
                      onSuccess: () => {
                        setUrl(null);
                        notifications.show({ color: 'green', message: t('agenda.feed.revoked') });
                      },
                      onError: showErrorNotification,
                    })
                  }
                >
                  {t('agenda.feed.revoke')}
                </ConfirmButton>
              )}
            </Group>
          </Stack>
        </Card>
      )}
      <Card withBorder padding="lg">
        <Text fw={600} mb="xs">
          {t('agenda.feed.howTitle')}
        </Text>
        <List size="sm" spacing="xs">
          <List.Item>{t('agenda.feed.howOutlook')}</List.Item>
          <List.Item>{t('agenda.feed.howThunderbird')}</List.Item>
          <List.Item>{t('agenda.feed.howPhone')}</List.Item>
        </List>
        <Text size="xs" c="dimmed" mt="sm">
          {t('agenda.feed.privacy')}
        </Text>
      </Card>
    </Stack>
  );
}
