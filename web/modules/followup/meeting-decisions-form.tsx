// The decisions of a meeting, each to a lead structure with a due date, turned into directives in one
// action (all or none): POST /meetings/:id/decisions.
import { ActionIcon, Alert, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert, IconPlus, IconTrash } from '../../ui/icons';
import { DayField } from '../agenda/date-fields';
import { structureOptions } from '../agenda/org-options';
import { useTree } from '../organisation/organisation.api';
import { useRecordMeetingDecisions } from './followup.api';
import { priorities, type MeetingDetail, type Priority } from './followup.types';

type Row = {
  text: string;
  leadStructureId: string | null;
  coAssignees: string[];
  dueDate: string | null;
  priority: Priority;
  agendaItemId: string | null;
};
const emptyRow = (): Row => ({ text: '', leadStructureId: null, coAssignees: [], dueDate: null, priority: 'normal', agendaItemId: null });

export function MeetingDecisionsForm({ a, meeting }: { a: string; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const tree = useTree(a, meeting.date);
  const [rows, setRows] = useState<Row[]>([emptyRow()]);
  const fields = rows.flatMap((_, i) =>
    ['text', 'lead', 'coAssignees', 'dueDate', 'priority', 'agendaItemId'].map((f) => `decisions.${i}.${f}`),
  );
  const errors = useServerErrors(['decisions', ...fields]);
  const record = useRecordMeetingDecisions(a, meeting.id);
  const structures = structureOptions(tree.data);
  const agendaOptions = meeting.agenda.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }));
  const set = (i: number, patch: Partial<Row>) => setRows((current) => current.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const fieldError = (i: number, name: string) =>
    Object.entries(errors.fieldErrors)
      .filter(([key]) => key === `decisions.${i}.${name}` || key.startsWith(`decisions.${i}.${name}.`))
      .map(([, message]) => message)
      .join(' ') || undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    record.mutate(
      {
        decisions: rows.map((r) => ({
          text: r.text,
          lead: r.leadStructureId ? { structureId: r.leadStructureId } : {},
          coAssignees: r.coAssignees.map((structureId) => ({ structureId })),
          dueDate: r.dueDate ?? '',
          priority: r.priority,
          ...(r.agendaItemId ? { agendaItemId: r.agendaItemId } : {}),
        })),
      },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'green', message: t('followup.decisions.recorded', { count: result.items.length }) });
          setRows([emptyRow()]);
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={t('followup.decisions.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('followup.decisions.help')}
        </Text>
        {errors.generalError && (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errors.generalError}
          </Alert>
        )}
        {rows.map((row, i) => (
          <Card key={i} withBorder padding="sm" role="group" aria-label={t('followup.decisions.number', { number: i + 1 })}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {t('followup.decisions.number', { number: i + 1 })}
                </Text>
                {rows.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('followup.decisions.remove', { number: i + 1 })}
                    onClick={() => setRows((current) => current.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
              <Textarea
                label={t('followup.decisions.text', { number: i + 1 })}
                value={row.text}
                onChange={(e) => set(i, { text: e.currentTarget.value })}
                required
                autosize
                minRows={2}
                error={fieldError(i, 'text')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
                <Select
                  label={t('followup.decisions.lead', { number: i + 1 })}
                  data={structures}
                  value={row.leadStructureId}
                  onChange={(value) => set(i, { leadStructureId: value })}
                  searchable
                  required
                  error={fieldError(i, 'lead')}
                />
                <DayField
                  label={t('followup.decisions.due', { number: i + 1 })}
                  value={row.dueDate}
                  onChange={(value) => set(i, { dueDate: value })}
                  required
                  error={fieldError(i, 'dueDate')}
                />
              </SimpleGrid>
              <MultiSelect
                label={t('followup.directive.coAssignees')}
                data={structures.filter((s) => s.value !== row.leadStructureId)}
                value={row.coAssignees}
                onChange={(value) => set(i, { coAssignees: value })}
                searchable
                clearable
                error={fieldError(i, 'coAssignees')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
                <Select
                  label={t('followup.list.priority')}
                  data={priorities.map((p) => ({ value: p, label: t(`followup.priority.${p}`) }))}
                  value={row.priority}
                  onChange={(value) => value && set(i, { priority: value as Priority })}
                  allowDeselect={false}
                />
                {agendaOptions.length > 0 && (
                  <Select
                    label={t('followup.decisions.agendaItem')}
                    data={agendaOptions}
                    value={row.agendaItemId}
                    onChange={(value) => set(i, { agendaItemId: value })}
                    clearable
                    error={fieldError(i, 'agendaItemId')}
                  />
                )}
              </SimpleGrid>
            </Stack>
          </Card>
        ))}
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => setRows((current) => [...current, emptyRow()])}>
            {t('followup.decisions.add')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('followup.decisions.submit', { count: rows.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
