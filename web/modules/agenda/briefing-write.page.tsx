// Writing a briefing note (note de préparation) for the head, by the adviser or structure asked.
import { Alert, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { useServerErrors } from '../../ui/form-errors';
import { formatDate } from '../../ui/format';
import { IconAlert } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { formatEventTime } from './agenda-dates';
import { useBriefing, useWriteBriefing } from './agenda.api';
import type { BriefingWithEvent } from './agenda.types';
import { BriefingStatus } from './briefing-list';

export function BriefingWritePage() {
  const { t } = useTranslation();
  const { briefingId } = useParams();
  const a = useAdministration().administrationId;
  const briefing = useBriefing(a, briefingId);
  const back = { to: paths.agendaBriefings(a), label: t('agenda.briefings.backToList') };
  if (briefing.isPending) return <PageSkeleton rows={8} />;
  if (briefing.isError)
    return (
      <>
        <PageHeader title={t('agenda.briefings.writeTitle')} back={back} />
        <ErrorState error={briefing.error} onRetry={() => void briefing.refetch()} />
      </>
    );
  return <BriefingEditor key={briefing.data.id} a={a} briefing={briefing.data} back={back} />;
}

function BriefingEditor({ a, briefing: b, back }: { a: string; briefing: BriefingWithEvent; back: { to: string; label: string } }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  const navigate = useNavigate();
  const [content, setContent] = useState(b.content ?? '');
  const errors = useServerErrors(['content']);
  const write = useWriteBriefing(a, b.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    write.mutate(content, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('agenda.briefings.saved') });
        void navigate(paths.agendaEvent(a, b.event.id));
      },
      onError: errors.apply,
    });
  }

  return (
    <Stack gap="md" maw={900}>
      <PageHeader title={t('agenda.briefings.writeTitle')} description={b.event.title} back={back} />
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>{b.event.title}</Text>
            <Text size="sm" c="dimmed">
              {formatEventTime(b.event, locale)}
              {b.event.place ? ` — ${b.event.place}` : ''}
            </Text>
            <Text size="sm">
              {t('agenda.briefings.askedOf', { name: b.requestedFrom.name })} ·{' '}
              {t('agenda.briefings.dueOn', { date: formatDate(b.dueOn, 'long', locale) })}
            </Text>
          </Stack>
          <BriefingStatus status={b.status} />
        </Group>
        {b.instructions && (
          <Text size="sm" mt="sm" fs="italic">
            {t('agenda.briefings.instructions')} : {b.instructions}
          </Text>
        )}
      </Card>
      {!b.canWrite ? (
        <Card withBorder padding="md">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {b.content ?? t('agenda.briefings.notWritten')}
          </Text>
        </Card>
      ) : (
        <form ref={errors.formRef} onSubmit={submit} noValidate>
          <Stack>
            {errors.generalError && (
              <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
                {errors.generalError}
              </Alert>
            )}
            <Textarea
              label={t('agenda.briefings.content')}
              description={t('agenda.briefings.contentHelp')}
              value={content}
              onChange={(e) => setContent(e.currentTarget.value)}
              autosize
              minRows={12}
              required
              error={errors.fieldErrors.content}
            />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={back.to}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={write.isPending}>
                {t('agenda.briefings.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
