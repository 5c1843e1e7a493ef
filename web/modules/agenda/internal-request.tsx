// A member of staff asks for an audience with the head in their own name.
import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { useInternalRequest } from './agenda.api';
import type { AudienceCreated } from './agenda.types';
import { chosenDates, PreferredDatesField } from './preferred-dates';
import { TrackingLink } from './tracking-link';

const FIELDS = ['subject', 'preferredDates', 'organisation', 'phone'];

export function InternalRequestButton({ a }: { a: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('agenda.internalRequest.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('agenda.internalRequest.title')} size="lg">
        {opened && <InternalRequestForm a={a} onClose={close} />}
      </Modal>
    </>
  );
}

function InternalRequestForm({ a, onClose }: { a: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [dates, setDates] = useState<(string | null)[]>([]);
  const [phone, setPhone] = useState('');
  const [created, setCreated] = useState<AudienceCreated | null>(null);
  const errors = useServerErrors(FIELDS);
  const submit = useInternalRequest(a);

  if (created)
    return (
      <Stack>
        <TrackingLink reference={created.reference} url={created.trackingUrl} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );

  function send(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    submit.mutate(
      { subject, preferredDates: chosenDates(dates), phone: phone.trim() || null },
      { onSuccess: setCreated, onError: errors.apply },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={send} noValidate>
      <Stack>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        <Textarea
          label={t('audience.form.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          autosize
          minRows={3}
          required
          error={errors.fieldErrors.subject}
        />
        <PreferredDatesField values={dates} onChange={setDates} errors={errors.fieldErrors} />
        <TextInput
          label={t('audience.form.phone')}
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          error={errors.fieldErrors.phone}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submit.isPending}>
            {t('audience.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
