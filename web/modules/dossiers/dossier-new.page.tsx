// Enregistrement: the private office or a secretariat registers a dossier and its attachments.
import { Alert, Button, Card, Group, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { isApiError } from '../../app/api/api-error';
import { paths } from '../../app/paths';
import { useServerErrors } from '../../ui/form-errors';
import { todayIso } from '../../ui/format';
import { IconAlert } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { EmptyState } from '../../ui/states';
import { PersonSelect } from '../organisation/person-select';
import { FilePicker } from '../../ui/file-picker';
import { useDossierSettings, useRegisterDossier, useUploadAttachments } from './dossiers.api';
import { channels, confidentialities, dossierKinds } from './dossiers.labels';
import type { DossierBody } from './dossiers.types';

const FIELDS = [
  'reference',
  'receivedOn',
  'channel',
  'senderType',
  'senderName',
  'senderReference',
  'subject',
  'kind',
  'deadline',
  'confidentiality',
  'namedPersonIds',
];

export function DossierNewPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canRegister = useCan('dossiers.register');
  const back = { to: paths.dossiers(a), label: t('dossiers.detail.back') };
  if (!canRegister)
    return (
      <>
        <PageHeader title={t('dossiers.form.title')} back={back} />
        <EmptyState title={t('errors.forbiddenTitle')} description={t('dossiers.forbidden')} />
      </>
    );
  return (
    <>
      <PageHeader title={t('dossiers.form.title')} description={t('dossiers.form.help')} back={back} />
      <DossierForm a={a} />
    </>
  );
}

function DossierForm({ a }: { a: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useDossierSettings(a);
  const register = useRegisterDossier(a);
  const upload = useUploadAttachments(a);
  const errors = useServerErrors(FIELDS);
  const [values, setValues] = useState({
    reference: '',
    receivedOn: todayIso(),
    channel: 'post' as DossierBody['channel'],
    senderType: 'body' as DossierBody['senderType'],
    senderName: '',
    senderReference: '',
    subject: '',
    kind: 'incoming_mail' as DossierBody['kind'],
    deadline: '',
    confidentiality: 'normal' as NonNullable<DossierBody['confidentiality']>,
    namedPersonId: null as string | null,
  });
  const [files, setFiles] = useState<File[]>([]);
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.clear(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const body: DossierBody = {
      reference: values.reference.trim() || undefined,
      receivedOn: values.receivedOn,
      channel: values.channel,
      senderType: values.senderType,
      senderName: values.senderName,
      senderReference: values.senderReference.trim() || null,
      subject: values.subject,
      kind: values.kind,
      deadline: values.deadline || null,
      confidentiality: values.confidentiality,
      namedPersonIds: values.namedPersonId ? [values.namedPersonId] : [],
    };
    register.mutate(body, {
      onSuccess: async (dossier) => {
        if (files.length > 0) {
          try {
            await upload.mutateAsync({ dossierId: dossier.id, files });
          } catch (error) {
            notifications.show({
              color: 'orange',
              autoClose: false,
              message: t('dossiers.form.uploadFailed', {
                reference: dossier.reference,
                message: isApiError(error) ? error.message : t('errors.unexpected'),
              }),
            });
            void navigate(paths.dossier(a, dossier.id));
            return;
          }
        }
        notifications.show({ color: 'green', message: t('dossiers.form.registered', { reference: dossier.reference }) });
        void navigate(paths.dossier(a, dossier.id));
      },
      onError: errors.apply,
    });
  }

  const isBusy = register.isPending || upload.isPending;
  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={t('dossiers.form.title')}>
      <Stack gap="md" maw={900}>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('errors.saveFailed')}>
            {errors.generalError}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Textarea
              label={t('dossiers.form.subject')}
              value={values.subject}
              onChange={(e) => set('subject', e.currentTarget.value)}
              required
              autosize
              minRows={2}
              error={errors.fieldErrors.subject}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('dossiers.form.kind')}
                data={dossierKinds.map((k) => ({ value: k, label: t(`dossiers.kinds.${k}`) }))}
                value={values.kind}
                onChange={(v) => v && set('kind', v as DossierBody['kind'])}
                allowDeselect={false}
                error={errors.fieldErrors.kind}
              />
              <TextInput
                label={t('dossiers.form.reference')}
                description={settings.data ? t('dossiers.form.referenceHelp', { next: settings.data.nextReference }) : undefined}
                value={values.reference}
                onChange={(e) => set('reference', e.currentTarget.value)}
                error={errors.fieldErrors.reference}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('dossiers.form.receivedOn')}
                type="date"
                value={values.receivedOn}
                max={todayIso()}
                onChange={(e) => set('receivedOn', e.currentTarget.value)}
                required
                error={errors.fieldErrors.receivedOn}
              />
              <Select
                label={t('dossiers.form.channel')}
                data={channels.map((c) => ({ value: c, label: t(`dossiers.channels.${c}`) }))}
                value={values.channel}
                onChange={(v) => v && set('channel', v as DossierBody['channel'])}
                allowDeselect={false}
                error={errors.fieldErrors.channel}
              />
              <TextInput
                label={t('dossiers.form.deadline')}
                type="date"
                value={values.deadline}
                onChange={(e) => set('deadline', e.currentTarget.value)}
                error={errors.fieldErrors.deadline}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('dossiers.form.senderType')}
              </Text>
              <SegmentedControl
                data={[
                  { value: 'body', label: t('dossiers.senderTypes.body') },
                  { value: 'person', label: t('dossiers.senderTypes.person') },
                ]}
                value={values.senderType}
                onChange={(v) => set('senderType', v as DossierBody['senderType'])}
                maw={360}
              />
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('dossiers.form.senderName')}
                value={values.senderName}
                onChange={(e) => set('senderName', e.currentTarget.value)}
                required
                error={errors.fieldErrors.senderName}
              />
              <TextInput
                label={t('dossiers.form.senderReference')}
                value={values.senderReference}
                onChange={(e) => set('senderReference', e.currentTarget.value)}
                error={errors.fieldErrors.senderReference}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Radio.Group
              label={t('dossiers.form.confidentiality')}
              value={values.confidentiality}
              onChange={(v) => set('confidentiality', v as typeof values.confidentiality)}
              error={errors.fieldErrors.confidentiality}
            >
              <Stack gap="xs" mt={6}>
                {confidentialities.map((c) => (
                  <Radio
                    key={c}
                    value={c}
                    label={t(`dossiers.confidentialities.${c}`)}
                    description={t(`dossiers.confidentialityHelp.${c}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Stack gap={2} maw={440}>
              <PersonSelect
                administrationId={a}
                label={t('dossiers.form.namedPerson')}
                value={values.namedPersonId}
                onChange={(id) => set('namedPersonId', id)}
                error={errors.fieldErrors.namedPersonIds}
              />
              <Text size="xs" c="dimmed">
                {t('dossiers.form.namedPersonHelp')}
              </Text>
            </Stack>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <FilePicker files={files} onChange={setFiles} label={t('dossiers.form.files')} help={t('dossiers.form.filesHelp')} />
        </Card>

        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(paths.dossiers(a))}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t('dossiers.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
