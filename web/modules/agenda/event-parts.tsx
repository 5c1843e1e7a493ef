// Pieces of an event shown in the drawer and on its page: clashes and participants.
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { IconAlert } from '../../ui/icons';
import { formatEventTime, localDay } from './agenda-dates';
import type { Clash, EventDetail } from './agenda.types';

export function ClashList({ clashes, administrationId }: { clashes: Clash[]; administrationId?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  if (clashes.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={t('agenda.event.clashes', { count: clashes.length })} role="alert">
      <Stack gap={4}>
        {clashes.map((c) => {
          const when = formatEventTime(
            {
              isAllDay: c.kind === 'mission',
              startsAt: c.startsAt,
              endsAt: c.endsAt,
              startDate: localDay(c.startsAt),
              endDate: localDay(new Date(Date.parse(c.endsAt) - 1)),
            },
            locale,
          );
          const label = `${c.title} — ${when} (${t(`agenda.clashReasons.${c.reason}`)})`;
          return administrationId ? (
            <Anchor key={c.eventId} component={Link} to={paths.agendaEvent(administrationId, c.eventId)} size="sm">
              {label}
            </Anchor>
          ) : (
            <Text key={c.eventId} size="sm">
              {label}
            </Text>
          );
        })}
      </Stack>
    </Alert>
  );
}

export function Participants({ participants }: { participants: EventDetail['participants'] }) {
  const { t } = useTranslation();
  const names = [...participants.persons.map((p) => p.name), ...participants.posts.map((p) => p.name), ...participants.external];
  if (names.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t('agenda.event.participants')}
      </Text>
      <Text size="sm">{names.join(' · ')}</Text>
    </Stack>
  );
}
