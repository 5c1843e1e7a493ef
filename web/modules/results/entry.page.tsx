// Saisie des réalisations: the focal point enters and submits the values of their structure's indicators;
// the head of the structure approves or rejects them; the M&E unit, the SG or the DC validate or reject.
// The server decides who may do what; the tabs follow the permissions.
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatDate, formatNumber, intlLocale } from '../../ui/format';
import { useServerErrors } from '../../ui/form-errors';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import {
  useHeadDashboard,
  useIndicators,
  useMeasurementStep,
  useMeasurements,
  useMyStructures,
  useRejectMeasurement,
  useSaveMeasurement,
} from './results.api';
import { periodLabel } from './results.labels';
import { MeasurementStatusBadge, PeriodSelect, usePeriodParams } from './results-parts';
import type { IndicatorListItem, Measurement, Period } from './results.types';

type Tab = 'entry' | 'review' | 'validation';

export function EntryPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const [params, setParams] = useSearchParams();
  const canEnter = useCan('measurements.enter');
  const canReview = useCan('measurements.review');
  const canValidate = useCan('measurements.validate');
  const tabs = [
    ...(canEnter ? ['entry' as const] : []),
    ...(canReview ? ['review' as const] : []),
    ...(canValidate ? ['validation' as const] : []),
  ];
  const asked = params.get('onglet') as Tab | null;
  const tab = asked && tabs.includes(asked) ? asked : tabs[0];
  return (
    <Stack gap="md">
      <PageHeader title={t('results.entry.title')} description={t('results.entry.help')} />
      {!tab ? (
        <EmptyState title={t('results.entry.noRole')} />
      ) : (
        <Tabs
          value={tab}
          onChange={(value) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set('onglet', value ?? 'entry');
                return next;
              },
              { replace: true },
            )
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {tabs.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {t(`results.entry.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="entry">
            <EntryTab a={a} />
          </Tabs.Panel>
          <Tabs.Panel value="review">
            <AwaitingTab a={a} step="review" />
          </Tabs.Panel>
          <Tabs.Panel value="validation">
            <AwaitingTab a={a} step="validation" />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

function EntryTab({ a }: { a: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [asked, setPeriod] = usePeriodParams();
  // without a period in the URL, the dashboard's (the latest quarter with validated values)
  const fallback = useHeadDashboard(a, asked.year && asked.quarter ? asked : {});
  const period: Period | null = asked.year && asked.quarter ? (asked as Period) : (fallback.data?.period ?? null);
  const indicators = useIndicators(a);
  const structures = useMemo(() => {
    const byId = new Map<string, string>();
    for (const i of indicators.data?.items ?? []) byId.set(i.responsibleStructureId, i.responsibleStructureName);
    return [...byId.entries()].map(([value, label]) => ({ value, label })).sort((x, y) => x.label.localeCompare(y.label));
  }, [indicators.data]);
  // by default the structure the person is focal point for, else one they belong to (head first)
  const mine = useMyStructures(a);
  const preferred = [...(mine.data?.items ?? [])]
    .sort((x, y) => Number(y.isFocalPoint) - Number(x.isFocalPoint))
    .find((s) => structures.some((o) => o.value === s.id))?.id;
  const structureId = params.get('structure') ?? preferred ?? structures[0]?.value ?? null;
  const measurements = useMeasurements(a, { year: period?.year, structureId: structureId ?? undefined }, Boolean(period && structureId));

  if (indicators.isPending || mine.isPending || (!period && fallback.isPending)) return <PageSkeleton rows={6} />;
  if (indicators.isError) return <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />;
  if (!period) return <ErrorState error={fallback.error} onRetry={() => void fallback.refetch()} />;

  // a quarterly indicator takes a value each quarter; an annual one takes its yearly value (quarter 0) in Q4
  const due = (indicators.data.items ?? []).filter(
    (i) => i.responsibleStructureId === structureId && (i.periodicity === 'quarterly' || period.quarter === 4),
  );
  const periodOf = (i: IndicatorListItem) => (i.periodicity === 'annual' ? 0 : period.quarter);
  const measurementOf = (i: IndicatorListItem) =>
    measurements.data?.items.find((m) => m.indicatorId === i.id && m.quarter === periodOf(i)) ?? null;

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end">
        <Select
          label={t('results.entry.structure')}
          data={structures}
          value={structureId}
          onChange={(value) =>
            value &&
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set('structure', value);
                return next;
              },
              { replace: true },
            )
          }
          allowDeselect={false}
          searchable
          w={320}
          maw="100%"
        />
        <PeriodSelect value={period} onChange={setPeriod} />
      </Group>
      {measurements.isError ? (
        <ErrorState error={measurements.error} onRetry={() => void measurements.refetch()} />
      ) : due.length === 0 ? (
        <EmptyState title={t('results.entry.noIndicator')} />
      ) : measurements.isPending ? (
        <PageSkeleton rows={6} />
      ) : (
        <Stack gap="sm" role="list" aria-label={t('results.entry.listLabel', { period: periodLabel(t, period) })}>
          {due.map((indicator) => {
            const m = measurementOf(indicator);
            return (
              <EntryRow
                key={`${indicator.id}-${m?.id ?? 'new'}-${m?.status ?? ''}-${m?.value ?? ''}`}
                a={a}
                indicator={indicator}
                period={{ year: period.year, quarter: periodOf(indicator) }}
                measurement={m}
              />
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

const entryFields = ['value', 'comment', 'evidenceText', 'evidenceUrl'] as const;

function EntryRow({
  a,
  indicator,
  period,
  measurement: m,
}: {
  a: string;
  indicator: IndicatorListItem;
  period: Period;
  measurement: Measurement | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const save = useSaveMeasurement(a);
  const step = useMeasurementStep(a);
  const { fieldErrors, generalError, apply, clear } = useServerErrors(entryFields);
  const [value, setValue] = useState<number | string>(m?.value ?? '');
  const [comment, setComment] = useState(m?.comment ?? '');
  const [evidenceText, setEvidenceText] = useState(m?.evidenceText ?? '');
  const [evidenceUrl, setEvidenceUrl] = useState(m?.evidenceUrl ?? '');
  const isEditable = !m || m.status === 'draft' || m.status === 'rejected';
  const isBusy = save.isPending || step.isPending;
  const unit = indicator.isPercentage ? '%' : indicator.unit;

  async function saveValue(): Promise<Measurement | null> {
    clear();
    const body = {
      indicatorId: indicator.id,
      year: period.year,
      quarter: period.quarter,
      // left empty, the value is sent as missing and the server names the field
      value: (value === '' ? undefined : Number(value)) as number,
      comment,
      evidenceText,
      evidenceUrl: evidenceUrl.trim() || null,
    };
    try {
      return await save.mutateAsync({ id: m?.id, body });
    } catch (error) {
      apply(error);
      return null;
    }
  }

  async function onSave() {
    if (await saveValue()) notifications.show({ color: 'green', message: t('results.entry.saved', { code: indicator.code }) });
  }

  async function onSubmit() {
    const saved = await saveValue();
    if (!saved) return;
    try {
      await step.mutateAsync({ id: saved.id, step: 'submit' });
      notifications.show({ color: 'green', message: t('results.entry.submitted', { code: indicator.code }) });
    } catch (error) {
      apply(error);
    }
  }

  return (
    <Card
      withBorder
      padding="sm"
      role="listitem"
      aria-label={`${indicator.code} — ${indicator.title}`}
      data-indicator-code={indicator.code}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Anchor component={Link} to={paths.resultsIndicator(a, indicator.id)} size="sm" fw={600}>
              {indicator.code}
            </Anchor>
            <Text size="sm">{indicator.title}</Text>
            <Text size="xs" c="dimmed">
              {periodLabel(t, period)} · {unit}
              {m?.deadline ? ` · ${t('results.entry.deadline', { date: formatDate(m.deadline, 'short', locale) })}` : ''}
            </Text>
          </div>
          {m ? (
            <MeasurementStatusBadge status={m.status} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('results.entry.notEntered')}
            </Text>
          )}
        </Group>
        {m?.status === 'rejected' && m.rejectionReason && (
          <Alert color="red" variant="light" p="xs" title={t('results.entry.rejectedBy', { name: m.rejectedBy?.fullName ?? '' })}>
            {m.rejectionReason}
          </Alert>
        )}
        {isEditable ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
              <NumberInput
                label={t('results.entry.value', { unit })}
                value={value}
                onChange={(v) => {
                  setValue(v);
                  clear('value');
                }}
                decimalSeparator={locale === 'fr-FR' ? ',' : '.'}
                thousandSeparator={locale === 'fr-FR' ? ' ' : ','}
                error={fieldErrors.value}
                required
              />
              <TextInput
                label={t('results.entry.comment')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                error={fieldErrors.comment}
              />
              <TextInput
                label={t('results.entry.evidenceText')}
                value={evidenceText}
                onChange={(e) => setEvidenceText(e.currentTarget.value)}
                error={fieldErrors.evidenceText}
              />
              <TextInput
                label={t('results.entry.evidenceUrl')}
                type="url"
                value={evidenceUrl}
                onChange={(e) => {
                  setEvidenceUrl(e.currentTarget.value);
                  clear('evidenceUrl');
                }}
                error={fieldErrors.evidenceUrl}
              />
            </SimpleGrid>
            {generalError && (
              <Text c="red" size="sm" role="alert">
                {generalError}
              </Text>
            )}
            <Group gap="xs" justify="flex-end">
              <Button
                variant="default"
                size="sm"
                onClick={() => void onSave()}
                loading={save.isPending && !step.isPending}
                disabled={isBusy}
              >
                {t('results.entry.save')}
              </Button>
              <Button size="sm" onClick={() => void onSubmit()} loading={isBusy} disabled={isBusy}>
                {t('results.entry.submit')}
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm">
            {t('results.entry.valueIs', { value: `${formatNumber(m!.value, locale)}${indicator.isPercentage ? '\u00a0%' : ''}` })}
            {m!.evidenceText ? ` · ${m!.evidenceText}` : ''}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function AwaitingTab({ a, step }: { a: string; step: 'review' | 'validation' }) {
  const { t } = useTranslation();
  const measurements = useMeasurements(a, { awaiting: step });
  const [rejecting, setRejecting] = useState<Measurement | null>(null);
  if (measurements.isPending) return <PageSkeleton rows={5} />;
  if (measurements.isError) return <ErrorState error={measurements.error} onRetry={() => void measurements.refetch()} />;
  return (
    <Stack gap="sm">
      {measurements.data.items.length === 0 ? (
        <EmptyState title={t(`results.entry.noneAwaiting.${step}`)} />
      ) : (
        <Stack gap="sm" role="list" aria-label={t(`results.entry.tabs.${step}`)}>
          {measurements.data.items.map((m) => (
            <AwaitingRow key={m.id} a={a} measurement={m} step={step} onReject={() => setRejecting(m)} />
          ))}
        </Stack>
      )}
      <RejectModal a={a} measurement={rejecting} onClose={() => setRejecting(null)} />
    </Stack>
  );
}

function AwaitingRow({
  a,
  measurement: m,
  step,
  onReject,
}: {
  a: string;
  measurement: Measurement;
  step: 'review' | 'validation';
  onReject: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const advance = useMeasurementStep(a);
  const [error, setError] = useState<string | null>(null);
  async function onApprove() {
    setError(null);
    try {
      await advance.mutateAsync({ id: m.id, step: step === 'review' ? 'review' : 'validate' });
      notifications.show({
        color: 'green',
        message: t(step === 'review' ? 'results.entry.approved' : 'results.entry.validated', { code: m.indicatorCode }),
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : t('errors.unexpected'));
    }
  }
  return (
    <Card
      withBorder
      padding="sm"
      role="listitem"
      aria-label={`${m.indicatorCode} — ${m.indicatorTitle}`}
      data-indicator-code={m.indicatorCode}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Anchor component={Link} to={paths.resultsIndicator(a, m.indicatorId)} size="sm" fw={600}>
              {m.indicatorCode}
            </Anchor>
            <Text size="sm">{m.indicatorTitle}</Text>
            <Text size="xs" c="dimmed">
              {periodLabel(t, m)}
              {m.enteredBy ? ` · ${t('results.entry.enteredBy', { name: m.enteredBy.fullName })}` : ''}
              {m.submittedAt ? ` · ${formatDate(m.submittedAt, 'datetime', locale)}` : ''}
            </Text>
          </div>
          <MeasurementStatusBadge status={m.status} />
        </Group>
        <Text size="sm">
          <Text span fw={700}>
            {formatNumber(m.value, locale)}
          </Text>
          {m.comment ? ` — ${m.comment}` : ''}
        </Text>
        {(m.evidenceText || m.evidenceUrl) && (
          <Text size="sm" c="dimmed">
            {t('results.indicator.evidence')} : {m.evidenceText}{' '}
            {m.evidenceUrl && (
              <Anchor href={m.evidenceUrl} target="_blank" rel="noreferrer" size="sm">
                {t('results.indicator.evidenceLink')}
              </Anchor>
            )}
          </Text>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" color="red" size="sm" onClick={onReject} disabled={advance.isPending}>
            {t('results.entry.reject')}
          </Button>
          <Button size="sm" onClick={() => void onApprove()} loading={advance.isPending}>
            {step === 'review' ? t('results.entry.approve') : t('results.entry.validate')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function RejectModal({ a, measurement, onClose }: { a: string; measurement: Measurement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectMeasurement(a);
  const [reason, setReason] = useState('');
  const [isReasonMissing, setReasonMissing] = useState(false);
  const { fieldErrors, generalError, apply, clear } = useServerErrors(['reason']);
  const close = () => {
    setReason('');
    setReasonMissing(false);
    clear();
    onClose();
  };
  async function onConfirm() {
    if (!measurement) return;
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    try {
      await reject.mutateAsync({ id: measurement.id, reason: reason.trim() });
      notifications.show({ color: 'orange', message: t('results.entry.rejected', { code: measurement.indicatorCode }) });
      close();
    } catch (error) {
      apply(error);
    }
  }
  return (
    <Modal opened={measurement !== null} onClose={close} title={t('results.entry.rejectTitle', { code: measurement?.indicatorCode ?? '' })}>
      <Stack gap="sm">
        <Textarea
          label={t('results.entry.reason')}
          description={t('results.entry.reasonHelp')}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonMissing(false);
            clear();
          }}
          error={fieldErrors.reason ?? (isReasonMissing ? t('results.entry.reasonRequired') : undefined)}
          required
          autosize
          minRows={3}
          data-autofocus
        />
        {generalError && (
          <Text c="red" size="sm" role="alert">
            {generalError}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void onConfirm()} loading={reject.isPending}>
            {t('results.entry.confirmReject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
