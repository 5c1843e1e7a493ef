// A new meeting: kind, date, place, agenda. The chair is proposed by the server for the kind and date
// (the head, or whoever acts for the head that day).
import { ActionIcon, Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { todayIso } from '../../ui/format';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert, IconPlus, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState } from '../../ui/states';
import { DayField, TimeField } from '../agenda/date-fields';
import { ChairLine } from './chair-line';
import { useChair, useCreateMeeting } from './followup.api';
import { meetingKinds, type MeetingKind } from './followup.types';

export function MeetingFormPage() {
  const { t } = useTranslation();
  const { administrationId: a } = useAdministration();
  const canIssue = useCan('followup.issue');
  const navigate = useNavigate();
  const [kind, setKind] = useState<MeetingKind>('management_committee');
  const [date, setDate] = useState<string | null>(todayIso());
  const [startTime, setStartTime] = useState('');
  const [place, setPlace] = useState('');
  const [title, setTitle] = useState('');
  const [agenda, setAgenda] = useState<string[]>(['']);
  const chair = useChair(a, kind, date);
  const agendaFields = agenda.map((_, i) => `agenda.${i}.title`);
  const errors = useServerErrors(['kind', 'date', 'startTime', 'place', 'title', 'programmeId', 'agenda', ...agendaFields]);
  const create = useCreateMeeting(a);

  if (!canIssue) return <EmptyState title={t('followup.directive.notAllowed')} />;

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    create.mutate(
      {
        kind,
        date: date ?? '',
        ...(startTime ? { startTime } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        place,
        agenda: agenda.filter((item) => item.trim()).map((item) => ({ title: item.trim() })),
      },
      {
        onSuccess: (meeting) => {
          notifications.show({ color: 'green', message: t('followup.meeting.created') });
          void navigate(paths.meeting(a, meeting.id));
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <Stack gap="md" maw={820}>
      <PageHeader title={t('followup.meeting.new')} back={{ to: paths.meetings(a), label: t('nav.meetings') }} />
      <Card withBorder padding="lg">
        <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={t('followup.meeting.new')}>
          <Stack gap="sm">
            {errors.generalError && (
              <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
                {errors.generalError}
              </Alert>
            )}
            <Select
              label={t('followup.meeting.kind')}
              data={meetingKinds.map((k) => ({ value: k, label: t(`followup.meetingKind.${k}`) }))}
              value={kind}
              onChange={(value) => value && setKind(value as MeetingKind)}
              allowDeselect={false}
              error={errors.fieldErrors.kind ?? errors.fieldErrors.programmeId}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
              <DayField label={t('followup.meeting.date')} value={date} onChange={setDate} required error={errors.fieldErrors.date} />
              <TimeField
                label={t('followup.meeting.startTime')}
                value={startTime}
                onChange={setStartTime}
                error={errors.fieldErrors.startTime}
              />
            </SimpleGrid>
            {chair.data && <ChairLine chair={chair.data} />}
            <TextInput
              label={t('followup.meeting.place')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              error={errors.fieldErrors.place}
            />
            <TextInput
              label={t('followup.meeting.titleField')}
              description={t('followup.meeting.titleHelp')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.fieldErrors.title}
            />
            <Text size="sm" fw={600}>
              {t('followup.meeting.agenda')}
            </Text>
            {agenda.map((item, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('followup.meeting.agendaItem', { number: i + 1 })}
                  placeholder={t('followup.meeting.agendaItem', { number: i + 1 })}
                  value={item}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setAgenda((current) => current.map((x, j) => (j === i ? value : x)));
                  }}
                  error={errors.fieldErrors[`agenda.${i}.title`]}
                  style={{ flex: 1 }}
                />
                {agenda.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={4}
                    aria-label={t('followup.meeting.removeAgendaItem', { number: i + 1 })}
                    onClick={() => setAgenda((current) => current.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Group justify="space-between">
              <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => setAgenda((current) => [...current, ''])}>
                {t('followup.meeting.addAgendaItem')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('followup.meeting.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
