// Réglages: how the administration numbers its dossiers, and the opinion circuit of each kind of dossier.
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdministration, useCan } from '../../app/administration';
import { requiredChoice, useServerErrors } from '../../ui/form-errors';
import { IconPencil, IconPlus, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { FormAlert, useStructureOptions } from './action-helpers';
import { useCircuits, useDossierSettings, useSaveCircuit, useSaveSettings } from './dossiers.api';
import type { Circuit } from './dossiers.types';

export function DossierSettingsPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canConfigure = useCan('dossiers.configure');
  return (
    <>
      <PageHeader title={t('dossiers.settings.title')} description={t('dossiers.settings.help')} />
      <Stack gap="md" maw={980}>
        <NumberingCard a={a} canConfigure={canConfigure} />
        <CircuitsCard a={a} canConfigure={canConfigure} />
      </Stack>
    </>
  );
}

function NumberingCard({ a, canConfigure }: { a: string; canConfigure: boolean }) {
  const { t } = useTranslation();
  const settings = useDossierSettings(a);
  const save = useSaveSettings(a);
  const errors = useServerErrors(['referenceFormat', 'referenceCode']);
  const [format, setFormat] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  if (settings.isPending) return <PageSkeleton rows={3} />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const currentFormat = format ?? settings.data.referenceFormat;
  const currentCode = code ?? settings.data.referenceCode;

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    save.mutate(
      { referenceFormat: currentFormat, referenceCode: currentCode },
      {
        onSuccess: (result) =>
          notifications.show({ color: 'green', message: t('dossiers.settings.saved', { next: result.nextReference }) }),
        onError: errors.apply,
      },
    );
  }

  return (
    <Card withBorder padding="lg" component="section" aria-label={t('dossiers.settings.numbering')}>
      <form ref={errors.formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('dossiers.settings.numbering')}
          </Title>
          <FormAlert message={errors.generalError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('dossiers.settings.format')}
              description={t('dossiers.settings.formatHelp')}
              value={currentFormat}
              onChange={(e) => setFormat(e.currentTarget.value)}
              readOnly={!canConfigure}
              error={errors.fieldErrors.referenceFormat}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <TextInput
              label={t('dossiers.settings.code')}
              description={t('dossiers.settings.codeHelp')}
              value={currentCode}
              onChange={(e) => setCode(e.currentTarget.value)}
              readOnly={!canConfigure}
              error={errors.fieldErrors.referenceCode}
            />
          </SimpleGrid>
          <Text size="sm">
            {t('dossiers.settings.next')}{' '}
            <Text span ff="monospace" fw={700}>
              {settings.data.nextReference}
            </Text>
          </Text>
          {canConfigure && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

// Typed loosely: the full key union of the catalogue is too deep for the compiler here.
function stepLabel(t: (key: string) => string, step: Circuit['steps'][number]) {
  return step.type === 'structure'
    ? `${t('dossiers.opinionTypes.structure')} — ${step.structureName ?? ''}`
    : t(`dossiers.opinionTypes.${step.type}`);
}

function CircuitsCard({ a, canConfigure }: { a: string; canConfigure: boolean }) {
  const { t } = useTranslation();
  const circuits = useCircuits(a);
  const [editing, setEditing] = useState<Circuit | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-label={t('dossiers.settings.circuits')}>
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t('dossiers.settings.circuits')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dossiers.settings.circuitsHelp')}
        </Text>
        {circuits.isPending ? (
          <PageSkeleton rows={4} />
        ) : circuits.isError ? (
          <ErrorState error={circuits.error} onRetry={() => void circuits.refetch()} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" aria-label={t('dossiers.settings.circuits')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dossiers.form.kind')}</Table.Th>
                  <Table.Th>{t('dossiers.settings.mode')}</Table.Th>
                  <Table.Th>{t('dossiers.settings.steps')}</Table.Th>
                  {canConfigure && <Table.Th aria-label={t('common.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {circuits.data.items.map((c) => (
                  <Table.Tr key={c.kind}>
                    <Table.Td fz="sm" fw={500}>
                      {t(`dossiers.kinds.${c.kind}`)}
                      {c.isDefault && (
                        <Badge ml={6} size="xs" variant="light" color="gray">
                          {t('dossiers.settings.default')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td fz="sm">{t(`dossiers.settings.modes.${c.mode}`)}</Table.Td>
                    <Table.Td fz="sm">
                      {c.steps.length > 0
                        ? c.steps
                            .map((s) => stepLabel(t as unknown as (key: string) => string, s))
                            .join(c.mode === 'sequential' ? ' → ' : ' + ')
                        : t('dossiers.settings.noStep')}
                    </Table.Td>
                    {canConfigure && (
                      <Table.Td ta="right">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('dossiers.settings.edit', { kind: t(`dossiers.kinds.${c.kind}`) })}
                          onClick={() => setEditing(c)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t(`dossiers.kinds.${editing.kind}`) : ''}
        size="lg"
        centered
      >
        {editing && <CircuitForm a={a} circuit={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Card>
  );
}

type StepRow = { type: Circuit['steps'][number]['type']; structureId: string | null };

function CircuitForm({ a, circuit, onDone }: { a: string; circuit: Circuit; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCircuit(a);
  const options = useStructureOptions(a);
  const errors = useServerErrors(['mode', 'steps']);
  const [mode, setMode] = useState(circuit.mode);
  const [steps, setSteps] = useState<StepRow[]>(circuit.steps.map((s) => ({ type: s.type, structureId: s.structureId })));
  const update = (i: number, patch: Partial<StepRow>) => setSteps((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    save.mutate(
      {
        kind: circuit.kind,
        body: {
          mode,
          steps: steps.map((s) => ({ type: s.type, structureId: s.type === 'structure' ? requiredChoice(s.structureId) : null })),
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dossiers.settings.circuitSaved') });
          onDone();
        },
        onError: errors.apply,
      },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={errors.generalError} />
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as Circuit['mode'])}
          data={(['sequential', 'parallel'] as const).map((m) => ({ value: m, label: t(`dossiers.settings.modes.${m}`) }))}
        />
        {steps.map((step, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
            <Select
              label={t('dossiers.settings.stepN', { n: i + 1 })}
              data={(['technical', 'cabinet', 'structure'] as const).map((type) => ({
                value: type,
                label: t(`dossiers.opinionTypes.${type}`),
              }))}
              value={step.type}
              onChange={(v) => v && update(i, { type: v as StepRow['type'] })}
              allowDeselect={false}
              w={200}
              comboboxProps={{ withinPortal: true }}
            />
            {step.type === 'structure' && (
              <Select
                label={t('dossiers.actions.structure')}
                data={options}
                value={step.structureId}
                onChange={(v) => update(i, { structureId: v })}
                searchable
                required
                error={errors.fieldErrors[`steps.${i}.structureId`]}
                style={{ flex: 1 }}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('dossiers.actions.remove')}
              onClick={() => setSteps((all) => all.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setSteps((all) => [...all, { type: 'technical', structureId: null }])}
          >
            {t('dossiers.settings.addStep')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('dossiers.settings.cabinetAdded')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
