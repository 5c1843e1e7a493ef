// Small pieces shared by the results pages: status badges, the period selector, rates.
import { Badge, Group, Select, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatNumber, intlLocale } from '../../ui/format';
import { indicatorStatusColors, indicatorStatusLabel, measurementStatusColors, measurementStatusLabel } from './results.labels';
import type { IndicatorStatus, MeasurementStatus, Period } from './results.types';

export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={indicatorStatusColors[status]} variant={status === 'no_data' ? 'outline' : 'filled'} data-status={status}>
      {indicatorStatusLabel(t, status)}
    </Badge>
  );
}

export function MeasurementStatusBadge({ status, reason }: { status: MeasurementStatus; reason?: string | null }) {
  const { t } = useTranslation();
  const badge = (
    <Badge color={measurementStatusColors[status]} variant="light" data-status={status}>
      {measurementStatusLabel(t, status)}
    </Badge>
  );
  return reason ? <Tooltip label={reason}>{badge}</Tooltip> : badge;
}

// A rate in % as the server computed it (85.3 → "85,3 %"); "—" without a rate.
export function useFormatRate() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${formatNumber(rate, locale, 1)}\u00a0%`);
}

// The period in the URL (?annee=2024&trimestre=2); absent, the server chooses and the selector shows its choice.
export function usePeriodParams(): [Partial<Period>, (period: Period) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('annee')) || undefined;
  const quarter = Number(params.get('trimestre')) || undefined;
  const set = (period: Period) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('annee', String(period.year));
        next.set('trimestre', String(period.quarter));
        return next;
      },
      { replace: true },
    );
  return [{ year, quarter }, set];
}

export function PeriodSelect({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const first = Math.min(value.year, thisYear) - 4;
  const years = Array.from({ length: Math.max(value.year, thisYear) - first + 1 }, (_, i) => String(first + i)).reverse();
  return (
    <Group gap="xs" wrap="nowrap" className="no-print">
      <Select
        label={t('results.period.yearLabel')}
        data={years}
        value={String(value.year)}
        onChange={(v) => v && onChange({ ...value, year: Number(v) })}
        allowDeselect={false}
        w={110}
        size="sm"
      />
      <Select
        label={t('results.period.quarterLabel')}
        data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('results.period.quarterShort', { quarter: q }) }))}
        value={String(value.quarter)}
        onChange={(v) => v && onChange({ ...value, quarter: Number(v) })}
        allowDeselect={false}
        w={110}
        size="sm"
      />
    </Group>
  );
}

export function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="clamp(18px, 5.5vw, 26px)" fw={700} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}
