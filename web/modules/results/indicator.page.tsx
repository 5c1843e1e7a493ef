// An indicator: its definition, targets and validated or pending values per period (table and line
// chart), the year-to-date status band of each period, and the evidence given for each value.
import { Anchor, Card, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import ReactECharts from 'echarts-for-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatNumber, intlLocale } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { useIndicator } from './results.api';
import { periodLabel } from './results.labels';
import { IndicatorStatusBadge, MeasurementStatusBadge, useFormatRate } from './results-parts';
import type { IndicatorDetail } from './results.types';

export function IndicatorPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const { indicatorId = '' } = useParams();
  const indicator = useIndicator(a, indicatorId);
  const data = indicator.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={data ? `${data.code} — ${data.title}` : t('results.indicator.indicator')}
        back={
          data?.programme
            ? { to: paths.resultsProgramme(a, data.programme.id), label: `${data.programme.code} — ${data.programme.title}` }
            : { to: paths.resultsIndicators(a), label: t('results.indicators.title') }
        }
      />
      {indicator.isPending ? (
        <PageSkeleton rows={8} />
      ) : indicator.isError ? (
        <ErrorState error={indicator.error} onRetry={() => void indicator.refetch()} />
      ) : (
        <IndicatorContent data={data!} />
      )}
    </Stack>
  );
}

type Row = {
  key: string;
  year: number;
  quarter: number;
  target: number | null;
  measurement: IndicatorDetail['measurements'][number] | null;
  result: IndicatorDetail['results'][number] | null;
};

// One row per period having a target, a value or a result, most recent first.
function periodRows(data: IndicatorDetail): Row[] {
  const rows = new Map<string, Row>();
  const row = (year: number, quarter: number) => {
    const key = `${year}-${quarter}`;
    if (!rows.has(key)) rows.set(key, { key, year, quarter, target: null, measurement: null, result: null });
    return rows.get(key)!;
  };
  for (const target of data.targets) row(target.year, target.quarter).target = target.value;
  for (const m of data.measurements) row(m.year, m.quarter).measurement = m;
  for (const r of data.results) row(r.year, r.quarter).result = r;
  return [...rows.values()].sort((x, y) => y.year - x.year || y.quarter - x.quarter);
}

function IndicatorContent({ data }: { data: IndicatorDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const rows = useMemo(() => periodRows(data), [data]);
  const unit = data.isPercentage || data.unit === '%' ? '\u00a0%' : '';
  const value = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatNumber(v, locale)}${unit}`);
  // the status of the latest period with a validated value (later periods repeat it, year to date)
  const latest = rows.find((r) => r.result && r.measurement?.status === 'validated');
  // a quarterly indicator's chart shows quarters; its yearly target (quarter 0) stays in the table
  const chronological = useMemo(
    () => [...rows].reverse().filter((r) => (data.periodicity === 'annual' ? r.quarter === 0 : r.quarter !== 0)),
    [rows, data.periodicity],
  );
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: chronological.map((r) => periodLabel(t, r)) },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'line',
          name: t('results.indicator.target'),
          color: '#90a4ae',
          lineStyle: { type: 'dashed' },
          data: chronological.map((r) => r.target),
        },
        {
          type: 'line',
          name: t('results.indicator.value'),
          color: '#1565c0',
          connectNulls: false,
          data: chronological.map((r) => r.measurement?.value ?? null),
        },
      ],
    }),
    [chronological, t],
  );
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md">
          <Stack gap="xs">
            {latest?.result && (
              <Group gap="xs" data-testid="indicator-current-status">
                <Text size="sm" fw={600}>
                  {t('results.indicator.statusAt', { period: periodLabel(t, latest) })}
                </Text>
                <IndicatorStatusBadge status={latest.result.status} />
                <Text size="sm">{formatRate(latest.result.rate)}</Text>
              </Group>
            )}
            {data.definition && <Text size="sm">{data.definition}</Text>}
            <dl className="results-dl">
              <Text component="dt" size="xs" c="dimmed">
                {t('results.indicator.responsible')}
              </Text>
              <Text component="dd" size="sm">
                {data.responsibleStructureName}
              </Text>
              <Text component="dt" size="xs" c="dimmed">
                {t('results.indicator.unit')}
              </Text>
              <Text component="dd" size="sm">
                {data.unit} · {t(`results.levels.${data.level}`)} · {t(`results.periodicities.${data.periodicity}`)} ·{' '}
                {t(`results.directions.${data.direction}`)}
              </Text>
              {data.baselineValue !== null && (
                <>
                  <Text component="dt" size="xs" c="dimmed">
                    {t('results.indicator.baseline')}
                  </Text>
                  <Text component="dd" size="sm">
                    {value(data.baselineValue)}
                    {data.baselineYear ? ` (${data.baselineYear})` : ''}
                  </Text>
                </>
              )}
              {data.dataSource && (
                <>
                  <Text component="dt" size="xs" c="dimmed">
                    {t('results.indicator.dataSource')}
                  </Text>
                  <Text component="dd" size="sm">
                    {data.dataSource}
                  </Text>
                </>
              )}
              {data.expectedResult && (
                <>
                  <Text component="dt" size="xs" c="dimmed">
                    {t('results.indicator.expectedResult')}
                  </Text>
                  <Text component="dd" size="sm">
                    {data.expectedResult.code} — {data.expectedResult.title}
                  </Text>
                </>
              )}
            </dl>
          </Stack>
        </Card>
        <Card withBorder padding="sm" component="section" aria-label={t('results.indicator.chart')}>
          <Text fw={600} mb="xs">
            {t('results.indicator.chart')}
          </Text>
          <div role="img" aria-label={t('results.indicator.chart')}>
            <ReactECharts option={option} notMerge style={{ height: 280, width: '100%' }} />
          </div>
        </Card>
      </SimpleGrid>

      <Stack gap="xs" component="section">
        <Title order={3} fz="lg">
          {t('results.indicator.periods')}
        </Title>
        <ScrollArea type="auto">
          <Table striped fz="sm" miw={760} verticalSpacing="xs" aria-label={t('results.indicator.periods')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.indicator.period')}</Table.Th>
                <Table.Th ta="right">{t('results.indicator.target')}</Table.Th>
                <Table.Th ta="right">{t('results.indicator.value')}</Table.Th>
                <Table.Th>{t('results.indicator.valueStatus')}</Table.Th>
                <Table.Th ta="right">{t('results.indicator.ytdRate')}</Table.Th>
                <Table.Th>{t('results.indicator.status')}</Table.Th>
                <Table.Th>{t('results.indicator.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key} data-period={r.key}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodLabel(t, r)}</Table.Td>
                  <Table.Td ta="right">{value(r.target)}</Table.Td>
                  <Table.Td ta="right">{value(r.measurement?.value)}</Table.Td>
                  <Table.Td>
                    {r.measurement && <MeasurementStatusBadge status={r.measurement.status} reason={r.measurement.rejectionReason} />}
                  </Table.Td>
                  <Table.Td ta="right">{r.result ? formatRate(r.result.rate) : '—'}</Table.Td>
                  <Table.Td>{r.result && <IndicatorStatusBadge status={r.result.status} />}</Table.Td>
                  <Table.Td maw={260}>
                    {r.measurement?.evidenceText && <Text size="sm">{r.measurement.evidenceText}</Text>}
                    {r.measurement?.evidenceUrl && (
                      <Anchor href={r.measurement.evidenceUrl} target="_blank" rel="noreferrer" size="sm">
                        {t('results.indicator.evidenceLink')}
                      </Anchor>
                    )}
                    {r.measurement?.comment && (
                      <Text size="xs" c="dimmed">
                        {r.measurement.comment}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Stack>
    </Stack>
  );
}
