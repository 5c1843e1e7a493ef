// Relances: the escalation ladder of the administration (GET/PUT /escalation-ladder). Every member sees
// when and to whom reminders go; the issuer side (followup.issue) changes it. The order of the steps is
// checked by the server, whose message lands on the step's field.
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdministration, useCan } from '../../app/administration';
import { formatDate, intlLocale } from '../../ui/format';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert, IconInfo, IconPlus, IconTrash } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { useLadder, useSaveLadder } from './followup-edit.api';
import { ladderRecipients, type Ladder, type LadderBody, type LadderRecipient } from './followup.types';

const MAX_STEPS = 8;

// A cleared number field is sent as null: the server names the field ("Nombre attendu").
type Draft = { daysBeforeDue: number | null; remindOnDueDate: boolean; steps: { recipient: LadderRecipient; afterDays: number | null }[] };

export function EscalationLadderPage() {
  const { t, i18n } = useTranslation();
  const { administrationId: a } = useAdministration();
  const canEdit = useCan('followup.issue');
  const ladder = useLadder(a);
  const locale = intlLocale(i18n.language);

  if (ladder.isPending) return <PageSkeleton rows={6} />;
  if (ladder.isError) return <ErrorState error={ladder.error} onRetry={() => void ladder.refetch()} />;
  const l = ladder.data;

  return (
    <Stack gap="md" maw={1000}>
      <PageHeader title={t('followup.ladder.title')} description={t('followup.ladder.help')} />
      <Group gap="xs">
        {l.isDefault ? (
          <Badge variant="light" color="gray">
            {t('followup.ladder.isDefault')}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('followup.ladder.updated', { name: l.updatedByName ?? '—', date: formatDate(l.updatedAt, 'datetime', locale) })}
          </Text>
        )}
      </Group>
      {canEdit ? (
        // keyed on the saved version: a save resets the draft to what the server kept
        <LadderForm key={l.updatedAt ?? 'default'} a={a} ladder={l} />
      ) : (
        <>
          <Alert variant="light" color="blue" icon={<IconInfo />}>
            {t('followup.ladder.readOnly')}
          </Alert>
          <LadderSummary ladder={l} />
        </>
      )}
    </Stack>
  );
}

function LadderForm({ a, ladder }: { a: string; ladder: Ladder }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({
    daysBeforeDue: ladder.daysBeforeDue,
    remindOnDueDate: ladder.remindOnDueDate,
    steps: ladder.steps.map((s) => ({ ...s })),
  });
  const stepFields = draft.steps.flatMap((_, i) => [`steps.${i}.recipient`, `steps.${i}.afterDays`]);
  const errors = useServerErrors(['daysBeforeDue', 'remindOnDueDate', 'steps', ...stepFields]);
  const save = useSaveLadder(a);
  const setStep = (i: number, patch: Partial<Draft['steps'][number]>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const stepsError = errors.fieldErrors.steps;

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate(draft as LadderBody, {
      onSuccess: () => notifications.show({ color: 'green', message: t('followup.ladder.saved') }),
      onError: errors.apply,
    });
  }

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder padding="lg">
          <form ref={errors.formRef} onSubmit={submit} noValidate aria-label={t('followup.ladder.title')}>
            <Stack gap="sm">
              {errors.generalError && (
                <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
                  {errors.generalError}
                </Alert>
              )}
              <Title order={3} size="h5">
                {t('followup.ladder.before')}
              </Title>
              <NumberInput
                label={t('followup.ladder.daysBeforeDue')}
                description={t('followup.ladder.daysBeforeDueHelp')}
                value={draft.daysBeforeDue ?? ''}
                onChange={(v) => setDraft((d) => ({ ...d, daysBeforeDue: typeof v === 'number' ? v : null }))}
                min={0}
                max={60}
                allowDecimal={false}
                maw={260}
                error={errors.fieldErrors.daysBeforeDue}
              />
              <Checkbox
                label={t('followup.ladder.remindOnDueDate')}
                checked={draft.remindOnDueDate}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setDraft((d) => ({ ...d, remindOnDueDate: checked }));
                }}
              />
              <Title order={3} size="h5" mt="sm">
                {t('followup.ladder.after')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('followup.ladder.afterHelp')}
              </Text>
              {draft.steps.map((step, i) => (
                <fieldset key={i} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                  <VisuallyHidden component="legend">{t('followup.ladder.step', { number: i + 1 })}</VisuallyHidden>
                  <Group gap="xs" align="flex-start" wrap="nowrap">
                    <Text fw={600} size="sm" mt={30} w={16} ta="right" aria-hidden>
                      {i + 1}.
                    </Text>
                    <Select
                      label={t('followup.ladder.recipient')}
                      data={ladderRecipients.map((r) => ({ value: r, label: t(`followup.ladder.recipients.${r}`) }))}
                      value={step.recipient}
                      onChange={(v) => v && setStep(i, { recipient: v as LadderRecipient })}
                      allowDeselect={false}
                      error={errors.fieldErrors[`steps.${i}.recipient`]}
                      style={{ flex: 1, minWidth: 0 }}
                    />
                    <NumberInput
                      label={t('followup.ladder.afterDays')}
                      value={step.afterDays ?? ''}
                      onChange={(v) => setStep(i, { afterDays: typeof v === 'number' ? v : null })}
                      min={1}
                      max={365}
                      allowDecimal={false}
                      error={errors.fieldErrors[`steps.${i}.afterDays`]}
                      w={{ base: 80, sm: 130 }}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={28}
                      disabled={draft.steps.length <= 1}
                      aria-label={t('followup.ladder.removeStep', { number: i + 1 })}
                      onClick={() => setDraft((d) => ({ ...d, steps: d.steps.filter((_, j) => j !== i) }))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </fieldset>
              ))}
              {stepsError && (
                <Text size="sm" c="red" role="alert">
                  {stepsError}
                </Text>
              )}
              <Group justify="space-between" mt="xs">
                <Button
                  variant="subtle"
                  leftSection={<IconPlus size={16} />}
                  disabled={draft.steps.length >= MAX_STEPS}
                  onClick={() =>
                    setDraft((d) => {
                      const last = d.steps.at(-1)?.afterDays ?? 0;
                      return { ...d, steps: [...d.steps, { recipient: 'chief_of_staff', afterDays: last + 7 }] };
                    })
                  }
                >
                  {t('followup.ladder.addStep')}
                </Button>
                <Button type="submit" loading={save.isPending}>
                  {t('followup.ladder.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <LadderSummary ladder={draft} />
      </Grid.Col>
    </Grid>
  );
}

// The sequence as an assignee lives it, from the first reminder to the last rung.
function LadderSummary({ ladder }: { ladder: Draft }) {
  const { t } = useTranslation();
  const rows: { when: string; who: LadderRecipient }[] = [
    ...(ladder.daysBeforeDue ? [{ when: t('followup.ladder.daysBefore', { count: ladder.daysBeforeDue }), who: 'assignee' as const }] : []),
    ...(ladder.remindOnDueDate ? [{ when: t('followup.ladder.onDue'), who: 'assignee' as const }] : []),
    ...ladder.steps
      .filter((s) => s.afterDays !== null)
      .map((s) => ({ when: t('followup.ladder.daysAfter', { count: s.afterDays! }), who: s.recipient })),
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="ladder-summary">
      <Title order={3} size="h5" id="ladder-summary" mb="sm">
        {t('followup.ladder.summary')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={rows.length - 1}>
        {rows.map((r, i) => (
          <Timeline.Item
            key={i}
            title={
              <Text size="sm" fw={600}>
                {r.when}
              </Text>
            }
          >
            <Text size="sm" c="dimmed">
              {t(`followup.ladder.recipients.${r.who}`)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
