// Directives per structure or period as stacked bars: done, open on time, overdue. Horizontal bars for
// structures (long names), vertical for periods (a time axis). ECharts comes with this page only.
import { Box, Card, Text } from '@mantine/core';
import ReactECharts from 'echarts-for-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, intlLocale } from '../../ui/format';
import type { Indicators } from './followup.types';

type Group = Indicators['groups'][number] & { label: string };

const colors = { done: '#2f9e44', onTime: '#1c7ed6', overdue: '#e03131' };

export function IndicatorsChart({ groups, isByPeriod }: { groups: Group[]; isByPeriod: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const title = t('followup.indicators.chart');
  const option = useMemo(() => {
    // the first structure reads at the top
    const ordered = isByPeriod ? groups : [...groups].reverse();
    const categories = ordered.map((g) => g.label);
    const series = (
      [
        ['done', (g: Group) => g.done],
        ['onTime', (g: Group) => g.open - g.overdue],
        ['overdue', (g: Group) => g.overdue],
      ] as const
    ).map(([name, value]) => ({
      name: t(`followup.indicators.${name}`),
      type: 'bar',
      stack: 'all',
      barMaxWidth: 28,
      itemStyle: { color: colors[name] },
      label: { show: true, formatter: (p: { value: number }) => (p.value ? formatNumber(p.value, locale, 0) : '') },
      data: ordered.map(value),
    }));
    const categoryAxis = { type: 'category', data: categories, axisLabel: { width: 140, overflow: 'truncate' } };
    const valueAxis = { type: 'value', minInterval: 1 };
    return {
      // the figures change with the selectors: redraw at once rather than morph one grouping into another
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
      xAxis: isByPeriod ? categoryAxis : valueAxis,
      yAxis: isByPeriod ? valueAxis : categoryAxis,
      series,
    };
  }, [groups, isByPeriod, locale, t]);
  const height = isByPeriod ? 340 : Math.max(240, 34 * groups.length + 110);

  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <Box role="img" aria-label={title}>
        <ReactECharts
          option={option}
          notMerge
          style={{ height, width: '100%' }}
          opts={{ renderer: 'canvas', locale: locale === 'fr-FR' ? 'FR' : 'EN' }}
        />
      </Box>
    </Card>
  );
}
