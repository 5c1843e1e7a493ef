// Who attended a meeting (as recorded: the holder of each post on the meeting's date, people, guests).
import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from './followup.types';

export function MeetingAttendees({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const present = m.attendees.filter((x) => x.isPresent).length;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="attendees-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4" id="attendees-title">
          {t('followup.attendees.title')}
        </Title>
        {m.attendees.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('followup.attendees.count', { count: present })}
          </Text>
        )}
      </Group>
      {m.attendees.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('followup.attendees.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing={4} component="ul" className="plain-list">
          {m.attendees.map((x) => (
            <Group key={x.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {x.name}
              </Text>
              <Badge size="sm" variant="light" color={x.isPresent ? 'green' : 'gray'} style={{ flexShrink: 0 }}>
                {x.isPresent ? t('followup.attendees.present') : t('followup.attendees.absent')}
              </Badge>
            </Group>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
