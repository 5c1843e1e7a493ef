// The latest steps others took on the dossiers that concern the caller (last 30 days).
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDate, intlLocale } from '../../ui/format';
import { useNotifications } from './dossiers.api';

export function NotificationsCard({ a }: { a: string }) {
  const { t, i18n } = useTranslation();
  const notifications = useNotifications(a, true);
  const items = notifications.data?.items ?? [];
  return (
    <Card withBorder padding="md" component="section" aria-label={t('dossiers.notifications.title')}>
      <Title order={3} fz="h5" mb="sm">
        {t('dossiers.notifications.title')}
      </Title>
      {notifications.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('dossiers.notifications.empty')}
        </Text>
      )}
      <Stack gap="xs" component="ul" className="plain-list">
        {items.slice(0, 12).map((n, i) => (
          <Stack key={`${n.dossierId}-${n.at}-${i}`} gap={0} component="li">
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600}>
                {t(`dossiers.eventTypes.${n.type}`)}
              </Text>
              {n.isWaitingOnMe && (
                <Badge size="xs" color="orange" variant="light">
                  {t('dossiers.notifications.waiting')}
                </Badge>
              )}
            </Group>
            <Anchor component={Link} to={paths.dossier(a, n.dossierId)} size="sm" lineClamp={2}>
              {n.reference} — {n.subject}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatDate(n.at, 'datetime', intlLocale(i18n.language))} · {t('dossiers.detail.by', { name: n.actorName })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
