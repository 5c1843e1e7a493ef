// The three answers to an audience request. Accepting proposes a slot; a slot that clashes with the agenda
// is shown with its clashes and needs a confirmation.
import { Alert, Button, Grid, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/api-error';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { useTree } from '../organisation/organisation.api';
import { toInstant } from './agenda-dates';
import { useAcceptRequest, useDeclineRequest, useRedirectRequest } from './agenda.api';
import { eventVisibilities, visibilityLabel } from './agenda.labels';
import type { AudienceRequest, Clash, EventVisibility, TriageResult } from './agenda.types';
import { DayField, TimeField } from './date-fields';
import { ClashList } from './event-parts';
import { structureOptions } from './org-options';

type Mode = 'accept' | 'redirect' | 'decline';

export function TriageActions({ a, request }: { a: string; request: AudienceRequest }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode | null>(null);
  const close = () => setMode(null);
  const done = (result: TriageResult) => {
    notifications.show({
      color: result.isRequesterNotified ? 'green' : 'orange',
      message: result.isRequesterNotified ? t('agenda.audiences.notified') : t('agenda.audiences.notNotified', { email: request.email }),
      autoClose: result.isRequesterNotified ? 4000 : false,
    });
    close();
  };
  return (
    <>
      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={() => setMode('accept')}>
          {t('agenda.audiences.accept')}
        </Button>
        <Button size="xs" variant="light" onClick={() => setMode('redirect')}>
          {t('agenda.audiences.redirect')}
        </Button>
        <Button size="xs" variant="light" color="gray" onClick={() => setMode('decline')}>
          {t('agenda.audiences.decline')}
        </Button>
      </Group>
      <Modal
        opened={mode !== null}
        onClose={close}
        title={mode ? t(`agenda.audiences.${mode}Title`, { name: request.requesterName }) : ''}
        size="lg"
      >
        {mode === 'accept' && <AcceptForm a={a} request={request} onDone={done} onCancel={close} />}
        {mode === 'redirect' && <RedirectForm a={a} request={request} onDone={done} onCancel={close} />}
        {mode === 'decline' && <DeclineForm a={a} request={request} onDone={done} onCancel={close} />}
      </Modal>
    </>
  );
}

type FormProps = { a: string; request: AudienceRequest; onDone: (result: TriageResult) => void; onCancel: () => void };

function Actions({ onCancel, loading, label }: { onCancel: () => void; loading: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {label}
      </Button>
    </Group>
  );
}

function AcceptForm({ a, request, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [day, setDay] = useState<string | null>(request.preferredDates[0] ?? null);
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('10:30');
  const [place, setPlace] = useState('');
  const [visibility, setVisibility] = useState<EventVisibility>('cabinet');
  const [note, setNote] = useState('');
  const [clashes, setClashes] = useState<Clash[]>([]);
  const errors = useServerErrors(['startsAt', 'endsAt', 'place', 'visibility', 'note']);
  const accept = useAcceptRequest(a);

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const allowClash = clashes.length > 0;
    accept.mutate(
      {
        requestId: request.id,
        body: {
          startsAt: day ? toInstant(day, start) : '',
          endsAt: day ? toInstant(day, end) : '',
          place: place.trim() || null,
          visibility,
          note: note.trim() || null,
          allowClash,
        },
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          const details = isApiError(error) ? (error.details as { clashes?: Clash[] } | undefined) : undefined;
          if (isApiError(error) && error.status === 409 && details?.clashes) setClashes(details.clashes);
          else errors.apply(error);
        },
      },
    );
  }
  const changed = () => setClashes([]);

  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('agenda.audiences.acceptHelp')}
        </Text>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DayField
              label={t('agenda.form.day')}
              value={day}
              onChange={(v) => (setDay(v), changed())}
              required
              error={errors.fieldErrors.startsAt}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TimeField label={t('agenda.form.startTime')} value={start} onChange={(v) => (setStart(v), changed())} required />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TimeField
              label={t('agenda.form.endTime')}
              value={end}
              onChange={(v) => (setEnd(v), changed())}
              required
              error={errors.fieldErrors.endsAt}
            />
          </Grid.Col>
        </Grid>
        <TextInput
          label={t('agenda.form.place')}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          error={errors.fieldErrors.place}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('agenda.form.visibility')}
          </Text>
          <SegmentedControl
            aria-label={t('agenda.form.visibility')}
            value={visibility}
            onChange={(v) => setVisibility(v as EventVisibility)}
            data={eventVisibilities.map((v) => ({ value: v, label: visibilityLabel(t, v) }))}
          />
        </Stack>
        <Textarea
          label={t('agenda.audiences.noteToRequester')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {clashes.length > 0 && (
          <>
            <ClashList clashes={clashes} />
            <Text size="sm" fw={500} c="red">
              {t('agenda.audiences.confirmClash')}
            </Text>
          </>
        )}
        <Actions
          onCancel={onCancel}
          loading={accept.isPending}
          label={clashes.length > 0 ? t('agenda.audiences.acceptAnyway') : t('agenda.audiences.acceptSubmit')}
        />
      </Stack>
    </form>
  );
}

function RedirectForm({ a, request, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const tree = useTree(a);
  const [structureId, setStructureId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const errors = useServerErrors(['structureId', 'note']);
  const redirect = useRedirectRequest(a);
  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    redirect.mutate(
      { requestId: request.id, body: { structureId: structureId ?? '', note: note.trim() || null } },
      { onSuccess: onDone, onError: errors.apply },
    );
  }
  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate>
      <Stack>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        <Select
          label={t('agenda.audiences.structure')}
          data={structureOptions(tree.data)}
          value={structureId}
          onChange={setStructureId}
          searchable
          required
          error={errors.fieldErrors.structureId}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label={t('agenda.audiences.noteToRequester')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Actions onCancel={onCancel} loading={redirect.isPending} label={t('agenda.audiences.redirectSubmit')} />
      </Stack>
    </form>
  );
}

function DeclineForm({ a, request, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useServerErrors(['reason']);
  const decline = useDeclineRequest(a);
  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    decline.mutate({ requestId: request.id, reason }, { onSuccess: onDone, onError: errors.apply });
  }
  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate>
      <Stack>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        <Textarea
          label={t('agenda.audiences.reason')}
          description={t('agenda.audiences.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={3}
          required
          error={errors.fieldErrors.reason}
        />
        <Actions onCancel={onCancel} loading={decline.isPending} label={t('agenda.audiences.declineSubmit')} />
      </Stack>
    </form>
  );
}
