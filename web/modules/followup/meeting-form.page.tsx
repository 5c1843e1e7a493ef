// A new meeting, or the changes to one (…/modifier): kind, date, place, attendees, agenda. The chair is
// proposed by the server for the kind and date (the head, or whoever acts for the head that day). An
// edited agenda keeps its items' ids, so the decisions taken on them stay attached.
import { ActionIcon, Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { todayIso } from '../../ui/format';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert, IconPlus, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { DayField, TimeField } from '../agenda/date-fields';
import { ChairLine } from './chair-line';
import { AttendeesField, toAttendeeInput, toAttendeeRows, type AttendeeRow } from './attendees-field';
import { useChair, useCreateMeeting, useMeeting } from './followup.api';
import { useUpdateMeeting } from './followup-edit.api';
import { meetingKinds, type MeetingDetail, type MeetingKind } from './followup.types';

export function MeetingFormPage() {
  const { t } = useTranslation();
  const { administrationId: a } = useAdministration();
  const { meetingId } = useParams();
  const canIssue = useCan('followup.issue');
  const meeting = useMeeting(a, meetingId);
  if (!canIssue) return <EmptyState title={t('followup.directive.notAllowed')} />;
  if (!meetingId) return <MeetingForm a={a} />;
  if (meeting.isPending) return <PageSkeleton rows={8} />;
  if (meeting.isError) return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return <MeetingForm a={a} meeting={meeting.data} />;
}

type AgendaRow = { id?: string; title: string; notes?: string; presenterPostId?: string };

function MeetingForm({ a, meeting: m }: { a: string; meeting?: MeetingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<MeetingKind>(m?.kind ?? 'management_committee');
  const [date, setDate] = useState<string | null>(m?.date ?? todayIso());
  const [startTime, setStartTime] = useState(m?.startTime ?? '');
  const [place, setPlace] = useState(m?.place ?? '');
  const [title, setTitle] = useState(m?.title ?? '');
  const [attendees, setAttendees] = useState<AttendeeRow[]>(m ? toAttendeeRows(m.attendees) : []);
  const [agenda, setAgenda] = useState<AgendaRow[]>(
    m?.agenda.length
      ? m.agenda.map((i) => ({
          id: i.id,
          title: i.title,
          notes: i.notes,
          ...(i.presenterPostId ? { presenterPostId: i.presenterPostId } : {}),
        }))
      : [{ title: '' }],
  );
  const chair = useChair(a, kind, date);
  const agendaFields = agenda.map((_, i) => `agenda.${i}`);
  const attendeeFields = attendees.map((_, i) => `attendees.${i}`);
  const errors = useServerErrors([
    'kind',
    'date',
    'startTime',
    'place',
    'title',
    'programmeId',
    'agenda',
    'attendees',
    ...agendaFields,
    ...attendeeFields,
  ]);
  const create = useCreateMeeting(a);
  const update = useUpdateMeeting(a, m?.id ?? '');
  const heading = m ? t('followup.edit.meeting') : t('followup.meeting.new');
  const errorsUnder = (prefix: string) =>
    Object.entries(errors.fieldErrors)
      .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
      .map(([, message]) => message)
      .join(' ') || undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const fields = {
      date: date ?? '',
      ...(title.trim() ? { title: title.trim() } : {}),
      place,
      attendees: toAttendeeInput(attendees),
      agenda: agenda.filter((item) => item.title.trim() || item.id).map((item) => ({ ...item, title: item.title.trim() })),
    };
    const onSuccess = (saved: MeetingDetail) => {
      notifications.show({ color: 'green', message: m ? t('followup.edit.meetingSaved') : t('followup.meeting.created') });
      void navigate(paths.meeting(a, saved.id));
    };
    if (m) update.mutate({ ...fields, startTime: startTime || null }, { onSuccess, onError: errors.apply });
    else create.mutate({ kind, ...fields, ...(startTime ? { startTime } : {}) }, { onSuccess, onError: errors.apply });
  }

  return (
    <Stack gap="md" maw={820}>
      <PageHeader
        title={heading}
        back={m ? { to: paths.meeting(a, m.id), label: m.title } : { to: paths.meetings(a), label: t('nav.meetings') }}
      />
      <Card withBorder padding="lg">
        <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={heading}>
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
              disabled={Boolean(m)}
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
            <AttendeesField a={a} date={date} rows={attendees} onChange={setAttendees} errorOf={(i) => errorsUnder(`attendees.${i}`)} />
            <Text size="sm" fw={600}>
              {t('followup.meeting.agenda')}
            </Text>
            {agenda.map((item, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('followup.meeting.agendaItem', { number: i + 1 })}
                  placeholder={t('followup.meeting.agendaItem', { number: i + 1 })}
                  value={item.title}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setAgenda((current) => current.map((x, j) => (j === i ? { ...x, title: value } : x)));
                  }}
                  error={errorsUnder(`agenda.${i}`)}
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
              <Button
                variant="subtle"
                leftSection={<IconPlus size={16} />}
                onClick={() => setAgenda((current) => [...current, { title: '' }])}
              >
                {t('followup.meeting.addAgendaItem')}
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending}>
                {m ? t('followup.edit.saveChanges') : t('followup.meeting.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
