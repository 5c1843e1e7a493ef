// The head's decision (or that of whoever acts for the head): outcome, remarks, and directives asked for in
// the same act, created in the follow-up with the decision (each needs a lead structure and a due date).
import { ActionIcon, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredChoice, useServerErrors } from '../../ui/form-errors';
import { IconPlus, IconTrash } from '../../ui/icons';
import { FormAlert, useStructureOptions, type Props } from './action-helpers';
import { useDecide } from './dossiers.api';
import { outcomes } from './dossiers.labels';
import type { DecisionBody } from './dossiers.types';

type DirectiveRow = { text: string; leadStructureId: string | null; dueDate: string };

export function DecideAction({ a, dossier }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const options = useStructureOptions(a);
  const decide = useDecide(a, dossier.id);
  const errors = useServerErrors(['outcome', 'comment', 'directives']);
  const [outcome, setOutcome] = useState<DecisionBody['outcome'] | null>(null);
  const [comment, setComment] = useState('');
  const [directives, setDirectives] = useState<DirectiveRow[]>([]);
  const update = (i: number, patch: Partial<DirectiveRow>) => setDirectives((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    decide.mutate(
      {
        outcome: requiredChoice(outcome) as DecisionBody['outcome'],
        comment,
        directives: directives.map((d) => ({
          text: d.text,
          leadStructureId: requiredChoice(d.leadStructureId),
          dueDate: d.dueDate || null,
        })),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dossiers.actions.decided') });
          close();
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <>
      <Button color="grape" onClick={open}>
        {t('dossiers.actions.decide')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('dossiers.actions.decideTitle')} size="xl" centered>
        <form ref={errors.formRef} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormAlert message={errors.generalError} />
            <Select
              label={t('dossiers.actions.outcome')}
              data={outcomes.map((o) => ({ value: o, label: t(`dossiers.outcomes.${o}`) }))}
              value={outcome}
              onChange={(v) => setOutcome(v as DecisionBody['outcome'] | null)}
              required
              error={errors.fieldErrors.outcome}
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('dossiers.actions.comment')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={2}
              error={errors.fieldErrors.comment}
            />
            <Text size="sm" fw={600}>
              {t('dossiers.actions.directives')}
            </Text>
            {directives.map((d, i) => (
              <Stack key={i} gap={6} p="sm" className="directive-row">
                <Group align="flex-end" gap="xs" wrap="nowrap">
                  <TextInput
                    label={t('dossiers.actions.directiveText')}
                    value={d.text}
                    onChange={(e) => update(i, { text: e.currentTarget.value })}
                    required
                    error={errors.fieldErrors[`directives.${i}.text`]}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    aria-label={t('dossiers.actions.remove')}
                    onClick={() => setDirectives((all) => all.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('dossiers.actions.leadStructure')}
                    data={options}
                    value={d.leadStructureId}
                    onChange={(v) => update(i, { leadStructureId: v })}
                    searchable
                    required
                    error={errors.fieldErrors[`directives.${i}.leadStructureId`]}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <TextInput
                    label={t('dossiers.actions.dueDate')}
                    type="date"
                    value={d.dueDate}
                    onChange={(e) => update(i, { dueDate: e.currentTarget.value })}
                    required
                    error={errors.fieldErrors[`directives.${i}.dueDate`]}
                  />
                </SimpleGrid>
              </Stack>
            ))}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setDirectives((all) => [...all, { text: '', leadStructureId: null, dueDate: '' }])}
              >
                {t('dossiers.actions.addDirective')}
              </Button>
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="grape" loading={decide.isPending}>
                {t('dossiers.actions.decideSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
