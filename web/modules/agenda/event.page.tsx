// One event: when, where, who, clashes, briefing notes (asked, written, read here by the head) and the
// decisions taken at an audience or a meeting.
import { Anchor, Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { ConfirmButton } from '../../ui/confirm-button';
import { DetailList } from '../../ui/detail-list';
import { showErrorNotification } from '../../ui/form-errors';
import { formatDate } from '../../ui/format';
import { IconPencil, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { formatEventTime } from './agenda-dates';
import { useDeleteEvent, useEvent } from './agenda.api';
import { kindColors, kindLabel, visibilityColors, visibilityLabel } from './agenda.labels';
import { BriefingList } from './briefing-list';
import { BriefingRequestButton } from './briefing-request';
import { DirectiveLinkBadge } from '../followup/directive-links';
import { ConvertDecisionsButton, DecisionsForm } from './decisions-form';
import { ClashList } from './event-parts';

export function EventPage() {
  const { t, i18n } = useTranslation();
  const { eventId } = useParams();
  const a = useAdministration().administrationId;
  const navigate = useNavigate();
  const event = useEvent(a, eventId);
  const remove = useDeleteEvent(a);
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  const back = { to: paths.agenda(a), label: t('agenda.backToAgenda') };

  if (event.isPending) return <PageSkeleton rows={8} />;
  if (event.isError)
    return (
      <>
        <PageHeader title={t('agenda.event.title')} back={back} />
        <ErrorState error={event.error} onRetry={() => void event.refetch()} />
      </>
    );
  const e = event.data;
  const representative = [e.representative?.person?.name, e.representative?.post?.name].filter(Boolean).join(', ');
  const participants = [
    ...e.participants.persons.map((p) => p.name),
    ...e.participants.posts.map((p) => p.name),
    ...e.participants.external,
  ];

  return (
    <Box maw={1000}>
      <PageHeader
        title={e.title}
        description={formatEventTime(e, locale)}
        back={{ to: paths.agenda(a, { date: e.startDate, view: 'semaine' }), label: t('agenda.backToAgenda') }}
        actions={
          e.can.edit && (
            <>
              <Button component={Link} to={paths.agendaEventEdit(a, e.id)} leftSection={<IconPencil size={16} />}>
                {t('common.edit')}
              </Button>
              <ConfirmButton
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                title={t('agenda.event.deleteTitle')}
                message={t('agenda.event.deleteConfirm', { title: e.title })}
                confirmLabel={t('common.delete')}
                loading={remove.isPending}
                onConfirm={() =>
                  remove.mutate(e.id, {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t('agenda.event.deleted', { title: e.title }) });
                      void navigate(paths.agenda(a, { date: e.startDate, view: 'semaine' }));
                    },
                    onError: showErrorNotification,
                  })
                }
              >
                {t('common.delete')}
              </ConfirmButton>
            </>
          )
        }
      />

      <Stack gap="md">
        <ClashList clashes={e.clashes} administrationId={a} />
        <Card withBorder padding="lg">
          <DetailList
            items={[
              { label: t('agenda.form.kind'), value: <Badge color={kindColors[e.kind]}>{kindLabel(t, e.kind)}</Badge> },
              {
                label: t('agenda.form.visibility'),
                value: (
                  <Badge color={visibilityColors[e.visibility]} variant="light">
                    {visibilityLabel(t, e.visibility)}
                  </Badge>
                ),
              },
              { label: t('agenda.event.when'), value: formatEventTime(e, locale) },
              { label: t('agenda.form.place'), value: e.place ?? '—' },
              { label: t('agenda.form.representative'), value: representative || t('agenda.event.noRepresentative') },
              { label: t('agenda.event.participants'), value: participants.length > 0 ? participants.join(' · ') : '—' },
            ]}
          />
          {e.description && (
            <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
              {e.description}
            </Text>
          )}
          {e.audienceRequestId && e.can.edit && (
            <Anchor component={Link} to={paths.agendaAudiences(a)} size="sm" mt="sm" display="inline-block">
              {t('agenda.event.fromAudienceRequest')}
            </Anchor>
          )}
        </Card>

        {(e.briefings !== null || e.can.requestBriefing) && (
          <Card withBorder padding="lg">
            <Group justify="space-between" mb="sm">
              <Title order={3} fz="h4">
                {t('agenda.briefings.title')}
              </Title>
              {e.can.requestBriefing && <BriefingRequestButton a={a} event={e} />}
            </Group>
            {e.briefings && e.briefings.length > 0 ? (
              <BriefingList a={a} briefings={e.briefings} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('agenda.briefings.none')}
              </Text>
            )}
          </Card>
        )}

        {(e.decisions.length > 0 || e.can.recordDecisions) && (
          <Card withBorder padding="lg">
            <Title order={3} fz="h4" mb="sm">
              {t('agenda.decisions.title')}
            </Title>
            {e.decisions.length > 0 && (
              <Stack gap="xs" mb="md">
                {e.decisions.map((d) => (
                  <Card key={d.id} withBorder padding="sm">
                    <Text size="sm" fw={500}>
                      {d.text}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('agenda.decisions.line', { structure: d.leadStructure.name, date: formatDate(d.dueOn, 'long', locale) })}
                      {!d.directive && ` · ${d.directiveId ? t('agenda.decisions.linked') : t('agenda.decisions.awaitingDirective')}`}
                    </Text>
                    {d.directive && <DirectiveLinkBadge a={a} directive={d.directive} />}
                  </Card>
                ))}
              </Stack>
            )}
            {e.can.convertDecisions && (
              <Group mb="md">
                <ConvertDecisionsButton a={a} eventId={e.id} />
              </Group>
            )}
            {e.can.recordDecisions && <DecisionsForm a={a} eventId={e.id} />}
          </Card>
        )}
      </Stack>
    </Box>
  );
}
