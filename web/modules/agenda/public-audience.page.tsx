// /audience/:administrationCode: anyone asks for an audience with the head, without an account, and
// receives a tracking link. The "website" field is a honeypot: hidden from people, filled by robots.
import { Alert, Button, Grid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { ErrorState, FullPageLoader } from '../../ui/states';
import { usePublicAdministration, usePublicRequest } from './agenda.api';
import type { AudienceCreated } from './agenda.types';
import { chosenDates, PreferredDatesField } from './preferred-dates';
import { PublicShell } from './public-shell';
import { TrackingLink } from './tracking-link';

const FIELDS = ['requesterName', 'organisation', 'email', 'phone', 'subject', 'preferredDates'];

export function PublicAudiencePage() {
  const { t } = useTranslation();
  const { administrationCode = '' } = useParams();
  const administration = usePublicAdministration(administrationCode);
  useDocumentTitle(`${t('audience.public.title')} — ${administration.data?.shortName ?? 'Pilotage'}`);
  if (administration.isPending) return <FullPageLoader />;
  if (administration.isError)
    return (
      <PublicShell>
        <ErrorState error={administration.error} />
      </PublicShell>
    );
  const a = administration.data;
  return (
    <PublicShell administrationName={a.name} country={a.country}>
      <Stack gap="md">
        <Title order={2}>{t('audience.public.heading', { head: a.headTitle })}</Title>
        <Text c="dimmed" size="sm">
          {t('audience.public.intro', { head: a.headTitle })}
        </Text>
        <RequestForm code={a.code} />
      </Stack>
    </PublicShell>
  );
}

function RequestForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ requesterName: '', organisation: '', email: '', phone: '', subject: '', website: '' });
  const [dates, setDates] = useState<(string | null)[]>([]);
  const [created, setCreated] = useState<AudienceCreated | null>(null);
  const errors = useServerErrors(FIELDS);
  const send = usePublicRequest(code);
  const set = (field: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.clear(field);
  };

  if (created)
    return (
      <Stack>
        <TrackingLink reference={created.reference} url={created.trackingUrl} />
        <Button component={Link} to={paths.audienceTracking(created.trackingToken)} variant="light">
          {t('audience.sent.follow')}
        </Button>
      </Stack>
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    send.mutate(
      {
        requesterName: values.requesterName,
        organisation: values.organisation.trim() || null,
        email: values.email.trim(),
        phone: values.phone.trim() || null,
        subject: values.subject,
        preferredDates: chosenDates(dates),
        ...(values.website ? { website: values.website } : {}),
      },
      { onSuccess: setCreated, onError: errors.apply },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={t('audience.public.formLabel')}>
      <Stack gap="md">
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('audience.form.failed')}>
            {errors.generalError}
          </Alert>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('audience.form.name')}
              value={values.requesterName}
              onChange={(e) => set('requesterName', e.currentTarget.value)}
              autoComplete="name"
              required
              error={errors.fieldErrors.requesterName}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('audience.form.organisation')}
              value={values.organisation}
              onChange={(e) => set('organisation', e.currentTarget.value)}
              autoComplete="organization"
              error={errors.fieldErrors.organisation}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('audience.form.email')}
              description={t('audience.form.emailHelp')}
              type="email"
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              autoComplete="email"
              required
              error={errors.fieldErrors.email}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('audience.form.phone')}
              type="tel"
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              autoComplete="tel"
              error={errors.fieldErrors.phone}
            />
          </Grid.Col>
        </Grid>
        <Textarea
          label={t('audience.form.subject')}
          description={t('audience.form.subjectHelp')}
          value={values.subject}
          onChange={(e) => set('subject', e.currentTarget.value)}
          autosize
          minRows={4}
          required
          error={errors.fieldErrors.subject}
        />
        <PreferredDatesField values={dates} onChange={setDates} errors={errors.fieldErrors} />
        {/* honeypot: off-screen and out of the tab order; people never fill it */}
        <div className="hp-field" aria-hidden="true">
          <label>
            {t('audience.form.website')}
            <input
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={values.website}
              onChange={(e) => set('website', e.currentTarget.value)}
            />
          </label>
        </div>
        <Text size="xs" c="dimmed">
          {t('audience.form.privacy')}
        </Text>
        <Button type="submit" loading={send.isPending} size="md">
          {t('audience.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
