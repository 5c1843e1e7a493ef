// The decisions of an audience or a meeting, each with its lead structure and due date, recorded in one
// action; then one more action turns them into directives of the follow-up.
import { ActionIcon, Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert, IconPlus, IconTrash } from '../../ui/icons';
import { useTree } from '../organisation/organisation.api';
import { useConvertDecisions, useRecordDecisions } from './agenda.api';
import { DayField } from './date-fields';
import { structureOptions } from './org-options';

type Row = { text: string; leadStructureId: string | null; dueOn: string | null };
const emptyRow = (): Row => ({ text: '', leadStructureId: null, dueOn: null });

export function DecisionsForm({ a, eventId }: { a: string; eventId: string }) {
  const { t } = useTranslation();
  const tree = useTree(a);
  const [rows, setRows] = useState<Row[]>([emptyRow()]);
  const fields = rows.flatMap((_, i) => [`decisions.${i}.text`, `decisions.${i}.leadStructureId`, `decisions.${i}.dueOn`]);
  const errors = useServerErrors(['decisions', ...fields]);
  const record = useRecordDecisions(a, eventId);
  const options = structureOptions(tree.data);
  const set = (i: number, patch: Partial<Row>) => setRows((current) => current.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    record.mutate(
      { decisions: rows.map((r) => ({ text: r.text, leadStructureId: r.leadStructureId ?? '', dueOn: r.dueOn ?? '' })) },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'green', message: t('agenda.decisions.recorded', { count: result.items.length }) });
          setRows([emptyRow()]);
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={t('agenda.decisions.formTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('agenda.decisions.help')}
        </Text>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        {rows.map((row, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              label={t('agenda.decisions.text', { number: i + 1 })}
              value={row.text}
              onChange={(e) => set(i, { text: e.currentTarget.value })}
              required
              error={errors.fieldErrors[`decisions.${i}.text`]}
              style={{ flex: '2 1 260px' }}
            />
            <Select
              label={t('agenda.decisions.lead')}
              data={options}
              value={row.leadStructureId}
              onChange={(value) => set(i, { leadStructureId: value })}
              searchable
              required
              error={errors.fieldErrors[`decisions.${i}.leadStructureId`]}
              style={{ flex: '1 1 200px' }}
              comboboxProps={{ withinPortal: true }}
            />
            <div style={{ flex: '0 1 160px' }}>
              <DayField
                label={t('agenda.decisions.due')}
                value={row.dueOn}
                onChange={(value) => set(i, { dueOn: value })}
                required
                error={errors.fieldErrors[`decisions.${i}.dueOn`]}
              />
            </div>
            {rows.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('agenda.decisions.remove', { number: i + 1 })}
                onClick={() => setRows((current) => current.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => setRows((current) => [...current, emptyRow()])}>
            {t('agenda.decisions.add')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('agenda.decisions.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ConvertDecisionsButton({ a, eventId }: { a: string; eventId: string }) {
  const { t } = useTranslation();
  const convert = useConvertDecisions(a, eventId);
  return (
    <Button
      variant="light"
      loading={convert.isPending}
      onClick={() =>
        convert.mutate(undefined, {
          onSuccess: (result) =>
            notifications.show({ color: 'green', message: t('agenda.decisions.converted', { count: result.created }) }),
          onError: (error) => notifications.show({ color: 'red', message: error.message }),
        })
      }
    >
      {t('agenda.decisions.convert')}
    </Button>
  );
}
