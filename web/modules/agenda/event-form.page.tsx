// Create or edit an event of the head's agenda. Clashes do not block: the saved event shows them.
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { useTree } from '../organisation/organisation.api';
import { useEvent, useSaveEvent } from './agenda.api';
import { eventKinds, eventVisibilities, kindLabel, visibilityLabel } from './agenda.labels';
import type { EventKind, EventVisibility } from './agenda.types';
import { DayField, TimeField } from './date-fields';
import { FIELDS, initialValues, toEventBody, type Values } from './event-form-values';
import { personOptions, postOptions } from './org-options';

export function EventFormPage() {
  const { t } = useTranslation();
  const { eventId } = useParams();
  const [searchParams] = useSearchParams();
  const a = useAdministration().administrationId;
  const canManage = useCan('agenda.manage');
  const event = useEvent(a, eventId);
  const tree = useTree(a);
  const isEdit = Boolean(eventId);
  const title = isEdit ? t('agenda.form.editTitle') : t('agenda.form.newTitle');
  const back = eventId
    ? { to: paths.agendaEvent(a, eventId), label: t('agenda.form.backToEvent') }
    : { to: paths.agenda(a), label: t('agenda.backToAgenda') };

  if (!canManage)
    return (
      <>
        <PageHeader title={title} back={back} />
        <EmptyState title={t('errors.forbiddenTitle')} description={t('agenda.form.forbidden')} />
      </>
    );
  if ((isEdit && event.isPending) || tree.isPending) return <PageSkeleton rows={10} />;
  if (isEdit && event.isError) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;

  return (
    <>
      <PageHeader title={title} description={isEdit ? event.data?.title : undefined} back={back} />
      <EventForm
        key={eventId ?? 'new'}
        a={a}
        eventId={eventId}
        initial={initialValues(event.data, searchParams.get('date'), searchParams.get('heure'))}
        persons={personOptions(tree.data)}
        posts={postOptions(tree.data)}
        cancelTo={back.to}
      />
    </>
  );
}

type Option = { value: string; label: string };

function EventForm(props: { a: string; eventId?: string; initial: Values; persons: Option[]; posts: Option[]; cancelTo: string }) {
  const { a, eventId, initial, persons, posts, cancelTo } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(initial);
  const errors = useServerErrors(FIELDS);
  const save = useSaveEvent(a, eventId);
  // "participantPersonIds.2" is the third person: show it on the list's field
  const fieldError = (name: string) =>
    errors.fieldErrors[name] ?? Object.entries(errors.fieldErrors).find(([k]) => k.startsWith(`${name}.`))?.[1];
  const set = <K extends keyof Values>(field: K, value: Values[K], serverField: string = field) => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.clear(serverField);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const body = toEventBody(values);
    save.mutate(body, {
      onSuccess: (saved) => {
        notifications.show({
          color: saved.clashes.length > 0 ? 'orange' : 'green',
          message: saved.clashes.length > 0 ? t('agenda.form.savedWithClashes', { count: saved.clashes.length }) : t('agenda.form.saved'),
        });
        void navigate(paths.agendaEvent(a, saved.id));
      },
      onError: errors.apply,
    });
  }

  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={eventId ? t('agenda.form.editTitle') : t('agenda.form.newTitle')}>
      <Stack gap="md" maw={900}>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('errors.saveFailed')}>
            {errors.generalError}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('agenda.form.kind')}
                  data={eventKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
                  value={values.kind}
                  onChange={(v) => {
                    if (!v) return;
                    set('kind', v as EventKind);
                    if (v === 'mission') set('isAllDay', true);
                  }}
                  allowDeselect={false}
                  required
                  error={errors.fieldErrors.kind}
                  comboboxProps={{ withinPortal: true }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  label={t('agenda.form.titleLabel')}
                  value={values.title}
                  onChange={(e) => set('title', e.currentTarget.value)}
                  required
                  error={errors.fieldErrors.title}
                />
              </Grid.Col>
            </Grid>
            <TextInput
              label={t('agenda.form.place')}
              value={values.place}
              onChange={(e) => set('place', e.currentTarget.value)}
              error={errors.fieldErrors.place}
            />
            <Checkbox
              label={t('agenda.form.allDay')}
              description={t('agenda.form.allDayHelp')}
              checked={values.isAllDay}
              onChange={(e) => set('isAllDay', e.currentTarget.checked)}
            />
            {values.isAllDay ? (
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <DayField
                    label={t('agenda.form.firstDay')}
                    value={values.startDate}
                    onChange={(v) => set('startDate', v)}
                    required
                    error={errors.fieldErrors.startDate}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <DayField
                    label={t('agenda.form.lastDay')}
                    value={values.endDate}
                    onChange={(v) => set('endDate', v)}
                    required
                    error={errors.fieldErrors.endDate}
                  />
                </Grid.Col>
              </Grid>
            ) : (
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <DayField
                    label={t('agenda.form.day')}
                    value={values.day}
                    onChange={(v) => set('day', v, 'startsAt')}
                    required
                    error={errors.fieldErrors.startsAt}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <TimeField
                    label={t('agenda.form.startTime')}
                    value={values.startTime}
                    onChange={(v) => set('startTime', v, 'startsAt')}
                    required
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 6, sm: 3 }}>
                  <TimeField
                    label={t('agenda.form.endTime')}
                    value={values.endTime}
                    onChange={(v) => set('endTime', v, 'endsAt')}
                    required
                    error={errors.fieldErrors.endsAt}
                  />
                </Grid.Col>
              </Grid>
            )}
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('agenda.form.visibility')}
              </Text>
              <SegmentedControl
                aria-label={t('agenda.form.visibility')}
                value={values.visibility}
                onChange={(v) => set('visibility', v as EventVisibility)}
                data={eventVisibilities.map((v) => ({ value: v, label: visibilityLabel(t, v) }))}
              />
              <Text size="xs" c="dimmed">
                {t(`agenda.visibilityHelp.${values.visibility}`)}
              </Text>
            </Stack>
            <Textarea
              label={t('agenda.form.description')}
              value={values.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              autosize
              minRows={2}
              error={errors.fieldErrors.description}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Stack gap="sm">
            <MultiSelect
              label={t('agenda.form.participantPersons')}
              data={persons}
              value={values.participantPersonIds}
              onChange={(v) => set('participantPersonIds', v)}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              error={fieldError('participantPersonIds')}
              comboboxProps={{ withinPortal: true }}
            />
            <MultiSelect
              label={t('agenda.form.participantPosts')}
              description={t('agenda.form.participantPostsHelp')}
              data={posts}
              value={values.participantPostIds}
              onChange={(v) => set('participantPostIds', v)}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              error={fieldError('participantPostIds')}
              comboboxProps={{ withinPortal: true }}
            />
            <TagsInput
              label={t('agenda.form.external')}
              description={t('agenda.form.externalHelp')}
              value={values.externalParticipants}
              onChange={(v) => set('externalParticipants', v)}
              error={fieldError('externalParticipants')}
            />
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('agenda.form.representative')}
                  description={t('agenda.form.representativeHelp')}
                  data={persons}
                  value={values.representativePersonId}
                  onChange={(v) => set('representativePersonId', v)}
                  searchable
                  clearable
                  error={errors.fieldErrors.representativePersonId}
                  comboboxProps={{ withinPortal: true }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('agenda.form.representativePost')}
                  data={posts}
                  value={values.representativePostId}
                  onChange={(v) => set('representativePostId', v)}
                  searchable
                  clearable
                  error={errors.fieldErrors.representativePostId}
                  comboboxProps={{ withinPortal: true }}
                />
              </Grid.Col>
            </Grid>
          </Stack>
        </Card>

        <Group justify="flex-end">
          <Button variant="default" component={Link} to={cancelTo}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {eventId ? t('common.save') : t('agenda.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
