// Indicateurs de suivi: completion rate, average delay, overdue count and the oldest overdue item, per
// structure or per period of the due date, from GET /directives/indicators (within what the caller may
// see; computed by the server for its own today).
import { Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdministration } from '../../app/administration';
import { formatDate, formatNumber, formatPercent, intlLocale, todayIso } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { Figure } from '../results/results-parts';
import { useFollowupIndicators } from './followup-edit.api';
import type { IndicatorValues, IndicatorsQuery, Indicators } from './followup.types';
import { IndicatorsChart } from './indicators-chart';

type GroupBy = 'structure' | 'period';
type Granularity = 'month' | 'quarter' | 'year';

// The chosen year (and quarter) as a range of due dates.
export function dueRange(year: string | null, quarter: string | null): { dueFrom?: string; dueTo?: string } {
  if (!year) return {};
  if (!quarter) return { dueFrom: `${year}-01-01`, dueTo: `${year}-12-31` };
  const q = Number(quarter);
  const last = new Date(Date.UTC(Number(year), q * 3, 0)).getUTCDate();
  return { dueFrom: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, dueTo: `${year}-${String(q * 3).padStart(2, '0')}-${last}` };
}

export function FollowupIndicatorsPage() {
  const { t, i18n } = useTranslation();
  const { administrationId: a } = useAdministration();
  const locale = intlLocale(i18n.language);
  const thisYear = Number(todayIso().slice(0, 4));
  const [groupBy, setGroupBy] = useState<GroupBy>('structure');
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const [year, setYear] = useState<string | null>(String(thisYear));
  const [quarter, setQuarter] = useState<string | null>(null);
  const query: IndicatorsQuery = { groupBy, ...(groupBy === 'period' ? { period: granularity } : {}), ...dueRange(year, quarter) };
  const indicators = useFollowupIndicators(a, query);
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map(String);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('followup.indicators.title')}
        description={
          indicators.data ? t('followup.indicators.help', { date: formatDate(indicators.data.asOf, 'long', locale) }) : undefined
        }
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="indicators-group-by">
            {t('followup.indicators.groupBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="indicators-group-by"
            value={groupBy}
            onChange={(v) => setGroupBy(v as GroupBy)}
            data={[
              { value: 'structure', label: t('followup.indicators.byStructure') },
              { value: 'period', label: t('followup.indicators.byPeriod') },
            ]}
          />
        </Stack>
        <Select
          label={t('followup.indicators.year')}
          data={[{ value: '', label: t('followup.indicators.allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
          value={year ?? ''}
          onChange={(v) => {
            setYear(v || null);
            if (!v) setQuarter(null);
          }}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('followup.indicators.quarter')}
          data={[
            { value: '', label: t('followup.indicators.wholeYear') },
            ...[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('followup.indicators.quarterN', { n }) })),
          ]}
          value={quarter ?? ''}
          onChange={(v) => setQuarter(v || null)}
          allowDeselect={false}
          disabled={!year}
          w={150}
        />
        {groupBy === 'period' && (
          <Select
            label={t('followup.indicators.granularity')}
            data={(['month', 'quarter', 'year'] as const).map((g) => ({ value: g, label: t(`followup.indicators.granularities.${g}`) }))}
            value={granularity}
            onChange={(v) => v && setGranularity(v as Granularity)}
            allowDeselect={false}
            w={150}
          />
        )}
      </Group>
      {indicators.isPending ? (
        <PageSkeleton rows={6} />
      ) : indicators.isError ? (
        <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : indicators.data.totals.total === 0 ? (
        <EmptyState title={t('followup.indicators.empty')} description={t('followup.indicators.emptyHelp')} />
      ) : (
        <IndicatorsContent data={indicators.data} />
      )}
    </Stack>
  );
}

function IndicatorsContent({ data }: { data: Indicators }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const isByPeriod = data.groupBy === 'period';
  const groups = data.groups.map((g) => ({
    ...g,
    label: isByPeriod ? periodLabel(g.key, locale, (n) => t('followup.indicators.quarterN', { n })) : g.label,
  }));
  const v = useValueFormats();
  const totals = data.totals;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Card withBorder padding="sm">
          <Figure
            label={t('followup.indicators.completionRate')}
            value={v.rate(totals.completionRate)}
            hint={t('followup.indicators.ofTotal', { count: totals.total })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure label={t('followup.indicators.averageDelay')} value={v.days(totals.averageDelayDays)} />
        </Card>
        <Card withBorder padding="sm">
          <Figure label={t('followup.indicators.overdue')} value={formatNumber(totals.overdue, locale, 0)} />
        </Card>
        <Card withBorder padding="sm">
          <Figure label={t('followup.indicators.oldestOverdue')} value={v.days(totals.oldestOverdueDays)} />
        </Card>
      </SimpleGrid>
      <IndicatorsChart groups={groups} isByPeriod={isByPeriod} />
      <IndicatorsTable groups={groups} totals={totals} />
    </Stack>
  );
}

function useValueFormats() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return {
    rate: (r: number | null) => (r === null ? t('followup.indicators.none') : formatPercent(r, locale)),
    days: (d: number | null) =>
      d === null ? t('followup.indicators.none') : t('followup.indicators.days', { count: d, value: formatNumber(d, locale, 1) }),
  };
}

// "2026-Q3" → "T3 2026", "2026-05" → "mai 2026", "2026" → "2026".
function periodLabel(key: string, locale: string, quarterName: (n: string) => string): string {
  const quarter = /^(\d{4})-Q(\d)$/.exec(key);
  if (quarter) return `${quarterName(quarter[2]!)} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)),
    );
  }
  return key;
}

function IndicatorsTable({ groups, totals }: { groups: (Indicators['groups'][number] & { label: string })[]; totals: IndicatorValues }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const v = useValueFormats();
  const n = (x: number) => formatNumber(x, locale, 0);
  const cells = (row: IndicatorValues) => [
    n(row.total),
    n(row.open),
    n(row.done),
    n(row.overdue),
    n(row.awaitingConfirmation),
    v.rate(row.completionRate),
    v.days(row.averageDelayDays),
    v.days(row.oldestOverdueDays),
  ];
  const headers = ['total', 'open', 'done', 'overdue', 'awaiting', 'completionRate', 'averageDelay', 'oldestOverdue'] as const;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="indicators-table">
      <Text fw={600} mb="xs" id="indicators-table">
        {t('followup.indicators.table')}
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table striped verticalSpacing="xs" fz="sm" aria-labelledby="indicators-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.indicators.group')}</Table.Th>
              {headers.map((h) => (
                <Table.Th key={h} ta="right">
                  {t(`followup.indicators.${h}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.key}>
                <Table.Th scope="row" fw={500}>
                  {g.label}
                </Table.Th>
                {cells(g).map((c, i) => (
                  <Table.Td key={headers[i]} ta="right" c={headers[i] === 'overdue' && g.overdue > 0 ? 'red.8' : undefined}>
                    {c}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('followup.indicators.total')}</Table.Th>
              {cells(totals).map((c, i) => (
                <Table.Th key={headers[i]} ta="right">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
