// Ask an adviser (a person) or a structure for a briefing note before the event.
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../ui/form-errors';
import { todayIso } from '../../ui/format';
import { IconAlert, IconPlus } from '../../ui/icons';
import { useTree } from '../organisation/organisation.api';
import { addDays } from './agenda-dates';
import { useRequestBriefing } from './agenda.api';
import type { EventDetail } from './agenda.types';
import { DayField } from './date-fields';
import { personOptions, structureOptions } from './org-options';

const FIELDS = ['requestedFromPersonId', 'requestedFromStructureId', 'dueOn', 'instructions'];

export function BriefingRequestButton({ a, event }: { a: string; event: EventDetail }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="sm" variant="light" leftSection={<IconPlus size={16} />} onClick={open}>
        {t('agenda.briefings.request')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('agenda.briefings.requestTitle')} size="lg">
        {opened && <BriefingRequestForm a={a} event={event} onDone={close} />}
      </Modal>
    </>
  );
}

function BriefingRequestForm({ a, event, onDone }: { a: string; event: EventDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const tree = useTree(a);
  const [target, setTarget] = useState<'person' | 'structure'>('person');
  const [personId, setPersonId] = useState<string | null>(null);
  const [structureId, setStructureId] = useState<string | null>(null);
  const defaultDue = addDays(event.startDate, -1) >= todayIso() ? addDays(event.startDate, -1) : event.startDate;
  const [dueOn, setDueOn] = useState<string | null>(defaultDue);
  const [instructions, setInstructions] = useState('');
  const errors = useServerErrors(FIELDS);
  const request = useRequestBriefing(a, event.id);

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    request.mutate(
      {
        ...(target === 'person'
          ? { requestedFromPersonId: personId ?? undefined }
          : { requestedFromStructureId: structureId ?? undefined }),
        dueOn: dueOn ?? '',
        instructions,
      },
      {
        onSuccess: (briefing) => {
          notifications.show({ color: 'green', message: t('agenda.briefings.requested', { name: briefing.requestedFrom.name }) });
          onDone();
        },
        onError: errors.apply,
      },
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
        <SegmentedControl
          value={target}
          onChange={(value) => setTarget(value as 'person' | 'structure')}
          data={[
            { value: 'person', label: t('agenda.briefings.toPerson') },
            { value: 'structure', label: t('agenda.briefings.toStructure') },
          ]}
        />
        {target === 'person' ? (
          <Select
            label={t('agenda.briefings.person')}
            data={personOptions(tree.data)}
            value={personId}
            onChange={setPersonId}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
            error={errors.fieldErrors.requestedFromPersonId}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          <Select
            label={t('agenda.briefings.structure')}
            data={structureOptions(tree.data)}
            value={structureId}
            onChange={setStructureId}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
            error={errors.fieldErrors.requestedFromStructureId ?? errors.fieldErrors.requestedFromPersonId}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <DayField label={t('agenda.briefings.due')} value={dueOn} onChange={setDueOn} required error={errors.fieldErrors.dueOn} />
        <Textarea
          label={t('agenda.briefings.instructions')}
          value={instructions}
          onChange={(e) => setInstructions(e.currentTarget.value)}
          autosize
          minRows={3}
          error={errors.fieldErrors.instructions}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={request.isPending}>
            {t('agenda.briefings.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
