// An event at a glance, over the calendar: when, where, who, clashes, and its briefing notes.
import { Anchor, Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { formatEventTime } from './agenda-dates';
import { useEvent } from './agenda.api';
import { kindColors, kindLabel, visibilityColors, visibilityLabel } from './agenda.labels';
import { BriefingList } from './briefing-list';
import { ClashList, Participants } from './event-parts';

export function EventDrawer({ a, eventId, onClose }: { a: string; eventId: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const event = useEvent(a, eventId ?? undefined);
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  const e = event.data;
  return (
    <Drawer opened={Boolean(eventId)} onClose={onClose} position="right" size="md" title={e?.title ?? t('agenda.event.title')}>
      {event.isPending && <PageSkeleton rows={5} />}
      {event.isError && <ErrorState error={event.error} onRetry={() => void event.refetch()} />}
      {e && (
        <Stack gap="md">
          <Group gap="xs">
            <Badge color={kindColors[e.kind]}>{kindLabel(t, e.kind)}</Badge>
            <Badge color={visibilityColors[e.visibility]} variant="light">
              {visibilityLabel(t, e.visibility)}
            </Badge>
          </Group>
          <Text fw={500}>{formatEventTime(e, locale)}</Text>
          {e.place && <Text size="sm">{e.place}</Text>}
          {e.representative && (
            <Text size="sm">
              {t('agenda.event.representedBy', {
                name: [e.representative.person?.name, e.representative.post?.name].filter(Boolean).join(', '),
              })}
            </Text>
          )}
          <ClashList clashes={e.clashes} />
          <Participants participants={e.participants} />
          {e.briefings && e.briefings.length > 0 && <BriefingList a={a} briefings={e.briefings} compact />}
          <Group>
            <Button component={Link} to={paths.agendaEvent(a, e.id)}>
              {t('agenda.event.open')}
            </Button>
            {e.can.edit && (
              <Anchor component={Link} to={paths.agendaEventEdit(a, e.id)} size="sm">
                {t('common.edit')}
              </Anchor>
            )}
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
