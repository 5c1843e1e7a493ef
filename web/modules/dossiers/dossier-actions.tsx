// What the caller may do on a dossier, by role: assign (imputer), give an opinion, decide (and ask for
// directives), attach files, file (classer). Each opens a small form; the server checks again.
import { ActionIcon, Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/confirm-button';
import { requiredChoice, showErrorNotification, useServerErrors } from '../../ui/form-errors';
import { IconPlus, IconTrash, IconUpload } from '../../ui/icons';
import { FilePicker } from '../../ui/file-picker';
import { FormAlert, useStructureOptions, type Props } from './action-helpers';
import { DecideAction } from './decide-action';
import { useAssignDossier, useFileDossier, useGiveOpinion, useUploadAttachments } from './dossiers.api';
import { verdicts } from './dossiers.labels';
import type { OpinionBody } from './dossiers.types';

export function DossierActions({ a, dossier }: Props) {
  const { can } = dossier;
  return (
    <Group gap="xs">
      {can.assign && <AssignAction a={a} dossier={dossier} />}
      {can.giveOpinion.map((type) => (
        <OpinionAction key={type} a={a} dossier={dossier} type={type} />
      ))}
      {can.decide && <DecideAction a={a} dossier={dossier} />}
      {can.attach && <AttachAction a={a} dossier={dossier} />}
      {can.file && <FileAction a={a} dossier={dossier} />}
    </Group>
  );
}

function AssignAction({ a, dossier }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const options = useStructureOptions(a);
  const assign = useAssignDossier(a, dossier.id);
  const errors = useServerErrors(['assignments', 'instructions', 'namedPersonIds']);
  const [rows, setRows] = useState<{ structureId: string | null; purpose: 'action' | 'information' }[]>([
    { structureId: null, purpose: 'action' },
  ]);
  const [instructions, setInstructions] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    assign.mutate(
      { assignments: rows.map((r) => ({ structureId: requiredChoice(r.structureId), purpose: r.purpose })), instructions },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dossiers.actions.assigned') });
          close();
        },
        onError: errors.apply,
      },
    );
  }
  const fieldError = (i: number) =>
    errors.fieldErrors[`assignments.${i}.structureId`] ?? (i === 0 ? errors.fieldErrors.assignments : undefined);

  return (
    <>
      <Button onClick={open}>{t('dossiers.actions.assign')}</Button>
      <Modal opened={opened} onClose={close} title={t('dossiers.actions.assignTitle')} size="lg" centered>
        <form ref={errors.formRef} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormAlert message={errors.generalError} />
            {rows.map((row, i) => (
              <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
                <Select
                  label={t('dossiers.actions.structure')}
                  data={options}
                  value={row.structureId}
                  onChange={(v) => setRows((all) => all.map((r, j) => (j === i ? { ...r, structureId: v } : r)))}
                  searchable
                  required
                  error={fieldError(i)}
                  style={{ flex: 1 }}
                  comboboxProps={{ withinPortal: true }}
                />
                <Select
                  label={t('dossiers.actions.purpose')}
                  data={(['action', 'information'] as const).map((p) => ({ value: p, label: t(`dossiers.purposes.${p}`) }))}
                  value={row.purpose}
                  onChange={(v) =>
                    v && setRows((all) => all.map((r, j) => (j === i ? { ...r, purpose: v as 'action' | 'information' } : r)))
                  }
                  allowDeselect={false}
                  w={150}
                  comboboxProps={{ withinPortal: true }}
                />
                {rows.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    aria-label={t('dossiers.actions.remove')}
                    onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setRows((all) => [...all, { structureId: null, purpose: 'information' }])}
              >
                {t('dossiers.actions.addStructure')}
              </Button>
            </Group>
            <Textarea
              label={t('dossiers.actions.instructions')}
              value={instructions}
              onChange={(e) => setInstructions(e.currentTarget.value)}
              autosize
              minRows={2}
              error={errors.fieldErrors.instructions}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={assign.isPending}>
                {t('dossiers.actions.assignSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function OpinionAction({ a, dossier, type }: Props & { type: OpinionBody['type'] & string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const give = useGiveOpinion(a, dossier.id);
  const errors = useServerErrors(['verdict', 'text']);
  const [verdict, setVerdict] = useState<OpinionBody['verdict'] | null>(null);
  const [text, setText] = useState('');
  const title = t(`dossiers.opinionTypes.${type}`);

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    give.mutate(
      { verdict: requiredChoice(verdict) as OpinionBody['verdict'], text, type },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dossiers.actions.opinionGiven') });
          close();
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <>
      <Button onClick={open}>{`${t('dossiers.actions.opinion')} — ${title}`}</Button>
      <Modal opened={opened} onClose={close} title={t('dossiers.actions.opinionTitle', { type: title })} size="lg" centered>
        <form ref={errors.formRef} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormAlert message={errors.generalError} />
            <Select
              label={t('dossiers.actions.verdict')}
              data={verdicts.map((v) => ({ value: v, label: t(`dossiers.verdicts.${v}`) }))}
              value={verdict}
              onChange={(v) => setVerdict(v as OpinionBody['verdict'] | null)}
              required
              error={errors.fieldErrors.verdict}
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('dossiers.actions.opinionText')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              required
              autosize
              minRows={4}
              error={errors.fieldErrors.text}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={give.isPending}>
                {t('dossiers.actions.opinionSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function AttachAction({ a, dossier }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const upload = useUploadAttachments(a);
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    upload.mutate(
      { dossierId: dossier.id, files },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dossiers.actions.attached', { count: files.length }) });
          setFiles([]);
          close();
        },
        onError: (err) => setError(err.message),
      },
    );
  }

  return (
    <>
      <Button variant="default" leftSection={<IconUpload size={16} />} onClick={open}>
        {t('dossiers.actions.attach')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('dossiers.actions.attach')} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FilePicker
              files={files}
              onChange={setFiles}
              label={t('dossiers.form.files')}
              help={t('dossiers.form.filesHelp')}
              error={error}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={files.length === 0} loading={upload.isPending}>
                {t('dossiers.actions.attachSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function FileAction({ a, dossier }: Props) {
  const { t } = useTranslation();
  const file = useFileDossier(a, dossier.id);
  return (
    <ConfirmButton
      variant="default"
      title={t('dossiers.actions.fileTitle')}
      message={t('dossiers.actions.fileMessage')}
      confirmLabel={t('dossiers.actions.fileConfirm')}
      loading={file.isPending}
      onConfirm={() =>
        file.mutate(undefined, {
          onSuccess: () => notifications.show({ color: 'green', message: t('dossiers.actions.filed') }),
          onError: showErrorNotification,
        })
      }
    >
      {t('dossiers.actions.file')}
    </ConfirmButton>
  );
}
