// Briefing notes of an event: who was asked, by when, and the note once written.
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDate } from '../../ui/format';
import type { Briefing } from './agenda.types';

const statusColor = { requested: 'blue', overdue: 'red', written: 'green' } as const;

export function BriefingStatus({ status }: { status: Briefing['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant={status === 'written' ? 'filled' : 'light'}>
      {t(`agenda.briefings.statuses.${status}`)}
    </Badge>
  );
}

// compact: in the drawer, with its own heading and without the instructions
export function BriefingList({ a, briefings, compact = false }: { a: string; briefings: Briefing[]; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return (
    <Stack gap="sm">
      {compact && (
        <Title order={3} fz="h5">
          {t('agenda.briefings.onEvent')}
        </Title>
      )}
      {briefings.map((b) => (
        <Card key={b.id} withBorder padding="sm" data-briefing-id={b.id}>
          <Group justify="space-between" gap="xs" mb={4}>
            <Text fw={500} size="sm">
              {b.requestedFrom.name}
            </Text>
            <BriefingStatus status={b.status} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('agenda.briefings.dueOn', { date: formatDate(b.dueOn, 'long', locale) })}
          </Text>
          {b.instructions && !compact && (
            <Text size="sm" mt={4} c="dimmed" fs="italic">
              {b.instructions}
            </Text>
          )}
          {b.content && (
            <Stack gap={0} mt="xs">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {b.content}
              </Text>
              {b.writtenByName && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('agenda.briefings.writtenBy', {
                    name: b.writtenByName,
                    date: b.writtenAt ? formatDate(b.writtenAt, 'datetime', locale) : '',
                  })}
                </Text>
              )}
            </Stack>
          )}
          {b.canWrite && (
            <Group mt="xs">
              <Button size="xs" component={Link} to={paths.agendaBriefing(a, b.id)}>
                {b.content ? t('agenda.briefings.rewrite') : t('agenda.briefings.write')}
              </Button>
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
