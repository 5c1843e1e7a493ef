// A dashboard chart drawn from the option the server serves (the one reports draw too), with its data
// as a table a click away and a PNG export.
import { Box, Button, Card, Group, ScrollArea, Table, Text } from '@mantine/core';
import ReactECharts from 'echarts-for-react';
import type { EChartsInstance } from 'echarts-for-react/lib/types';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, intlLocale } from '../../ui/format';
import { IconDownload } from '../../ui/icons';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { chartToTable } from './chart-table';
import { useHeadChart } from './results.api';
import type { ChartId, Period } from './results.types';

export type Option = Record<string, unknown> & { title?: Record<string, unknown>; grid?: Record<string, unknown> };

type Label = Record<string, unknown> & { show?: boolean };
type SeriesOption = Record<string, unknown> & { label?: Label };

// The card shows the title as a heading; the chart keeps it for the PNG only. Numbers read the user's
// way ("76,1"): the server's option is plain JSON, so formatters are added here.
function forDisplay(option: Option, format: (value: unknown) => string): Option {
  const series = Array.isArray(option.series) ? (option.series as SeriesOption[]) : [];
  return {
    ...option,
    title: { ...option.title, show: false },
    grid: { ...option.grid, top: 16 },
    tooltip: { ...(option.tooltip as Record<string, unknown>), valueFormatter: format },
    series: series.map((s) => (s.label?.show ? { ...s, label: { ...s.label, formatter: (p: { value: unknown }) => format(p.value) } } : s)),
  };
}

// A chart of the head's dashboard: the option the server serves for it.
export function DashboardChart({
  a,
  chartId,
  period,
  categoryCount,
}: {
  a: string;
  chartId: ChartId;
  period: Period;
  categoryCount?: number;
}) {
  const { t, i18n } = useTranslation();
  const chart = useHeadChart(a, chartId, period, i18n.language);
  const option = chart.data?.option as Option | undefined;
  return (
    <ChartCard
      chartId={chartId}
      option={option}
      title={typeof option?.title?.text === 'string' ? option.title.text : t(`results.dashboard.charts.${chartId}`)}
      fileName={`${chartId}-${period.year}-T${period.quarter}`}
      categoryCount={categoryCount}
      state={chart.isPending ? 'pending' : chart.isError ? { error: chart.error, retry: () => void chart.refetch() } : 'ready'}
    />
  );
}

type ChartState = 'pending' | 'ready' | { error: unknown; retry: () => void };

// Any chart: the option (with its title for the PNG), its table a click away, its PNG export.
export function ChartCard({
  chartId,
  option,
  title,
  fileName,
  categoryCount,
  state = 'ready',
}: {
  chartId: string;
  option: Option | undefined;
  title: string;
  fileName: string;
  categoryCount?: number;
  state?: ChartState;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const instance = useRef<EChartsInstance | null>(null);
  const [isTableShown, setTableShown] = useState(false);
  const displayed = useMemo(
    () => (option ? forDisplay(option, (v) => (typeof v === 'number' ? formatNumber(v, locale, 1) : '—')) : undefined),
    [option, locale],
  );
  const table = useMemo(() => (option ? chartToTable(option) : null), [option]);
  // horizontal bar charts grow with their categories so that labels stay readable on a phone
  const height = categoryCount ? Math.max(260, 36 * categoryCount + 110) : 300;

  function exportPng() {
    const chartInstance = instance.current;
    if (!chartInstance || !option) return;
    chartInstance.setOption({ title: { show: true }, grid: { top: option.grid?.top ?? 56 } });
    const url = chartInstance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    chartInstance.setOption({ title: { show: false }, grid: { top: 16 } });
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.png`;
    link.click();
  }

  return (
    <Card withBorder padding="sm" component="section" aria-label={title} data-chart-id={chartId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Text fw={600} style={{ flex: '1 1 220px' }}>
          {title}
        </Text>
        <Group gap={4} className="no-print">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setTableShown((v) => !v)}
            disabled={!table}
            aria-expanded={isTableShown}
          >
            {isTableShown ? t('results.dashboard.hideTable') : t('results.dashboard.showTable')}
          </Button>
          <Button size="compact-sm" variant="subtle" leftSection={<IconDownload size={14} />} onClick={exportPng} disabled={!displayed}>
            {t('results.dashboard.exportPng')}
          </Button>
        </Group>
      </Group>
      {state === 'pending' ? (
        <PageSkeleton rows={4} />
      ) : state !== 'ready' ? (
        <ErrorState error={state.error} onRetry={state.retry} />
      ) : (
        <>
          <Box role="img" aria-label={title}>
            <ReactECharts
              option={displayed}
              notMerge
              style={{ height, width: '100%' }}
              opts={{ renderer: 'canvas', locale: locale === 'fr-FR' ? 'FR' : 'EN' }}
              onChartReady={(ready) => {
                instance.current = ready;
              }}
            />
          </Box>
          {isTableShown && table && (
            <ScrollArea type="auto" mt="xs">
              <Table striped withTableBorder fz="sm" miw={320} aria-label={title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{table.categoryHeader}</Table.Th>
                    {table.columns.map((c) => (
                      <Table.Th key={c} ta="right">
                        {c}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.rows.map((row) => (
                    <Table.Tr key={row.category}>
                      <Table.Th scope="row" fw={500}>
                        {row.category}
                      </Table.Th>
                      {row.values.map((v, i) => (
                        <Table.Td key={table.columns[i]} ta="right">
                          {v === null ? '—' : formatNumber(v, locale, 1)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </>
      )}
    </Card>
  );
}
