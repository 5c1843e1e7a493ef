// Tableau de bord des résultats, for the head of the administration and the DC: year to date up to the
// chosen quarter, compared with the same quarter of last year. Every number comes from the server.
import { Anchor, Card, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatMoney, intlLocale } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { DashboardChart } from './chart-card';
import { FollowUpSection } from './follow-up-figures';
import { IndicatorResultsTable } from './indicator-results-table';
import { useHeadDashboard } from './results.api';
import { periodLabel } from './results.labels';
import { Figure, PeriodSelect, usePeriodParams, useFormatRate } from './results-parts';
import type { HeadDashboard } from './results.types';

export function ResultsDashboardPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const [asked, setPeriod] = usePeriodParams();
  const dashboard = useHeadDashboard(a, asked);
  const data = dashboard.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('results.dashboard.title')}
        description={
          data
            ? t('results.dashboard.periodHelp', { period: periodLabel(t, data.period), compared: periodLabel(t, data.comparedWith) })
            : undefined
        }
        actions={data && <PeriodSelect value={data.period} onChange={setPeriod} />}
      />
      {dashboard.isPending ? (
        <PageSkeleton rows={8} />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : data!.indicators.indicatorCount === 0 && data!.programmes.length === 0 ? (
        <EmptyState title={t('results.dashboard.empty')} description={t('results.dashboard.emptyHelp')} />
      ) : (
        <DashboardContent a={a} data={data!} />
      )}
      {data && <FollowUpSection a={a} period={asked} />}
    </Stack>
  );
}

function DashboardContent({ a, data }: { a: string; data: HeadDashboard }) {
  const { t } = useTranslation();
  const formatRate = useFormatRate();
  const { byStatus } = data.indicators;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Card withBorder padding="sm">
          <Figure
            label={t('results.dashboard.achievement')}
            value={formatRate(data.indicators.achievementRate)}
            hint={t('results.dashboard.lastYear', { value: formatRate(data.indicators.lastYear.achievementRate) })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.dashboard.onTarget')}
            value={`${byStatus.reached + byStatus.on_track} / ${data.indicators.indicatorCount}`}
            hint={t('results.dashboard.behindCount', { count: byStatus.behind + byStatus.critical })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.dashboard.physical')}
            value={formatRate(data.plan.execution.physicalRate)}
            hint={t('results.dashboard.expected', { value: formatRate(data.plan.execution.expectedPhysicalRate) })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.dashboard.reporting')}
            value={formatRate(data.reporting.completeness === null ? null : data.reporting.completeness)}
            hint={t('results.dashboard.timeliness', { value: formatRate(data.reporting.timeliness) })}
          />
        </Card>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <DashboardChart a={a} chartId="indicator-status" period={data.period} />
        <DashboardChart a={a} chartId="programme-achievement" period={data.period} />
        <DashboardChart a={a} chartId="programme-execution" period={data.period} />
        <DashboardChart a={a} chartId="reporting" period={data.period} categoryCount={data.reporting.byStructure.length} />
      </SimpleGrid>

      <ProgrammesTable a={a} data={data} />

      <Stack gap="xs" component="section" aria-labelledby="most-behind">
        <Title order={3} id="most-behind" fz="lg">
          {t('results.dashboard.mostBehind')}
        </Title>
        {data.attention.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('results.dashboard.noneBehind')}
          </Text>
        ) : (
          <IndicatorResultsTable a={a} indicators={data.attention.slice(0, 10)} caption={t('results.dashboard.mostBehind')} />
        )}
      </Stack>
    </Stack>
  );
}

export function ProgrammesTable({ a, data }: { a: string; data: HeadDashboard }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const query = `?annee=${data.period.year}&trimestre=${data.period.quarter}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby="programmes-title">
      <Title order={3} id="programmes-title" fz="lg">
        {t('results.programmes.title')}
      </Title>
      <ScrollArea type="auto">
        <Table striped highlightOnHover fz="sm" miw={720} verticalSpacing="xs" aria-label={t('results.programmes.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.programmes.programme')}</Table.Th>
              <Table.Th ta="right">{t('results.programmes.achievement')}</Table.Th>
              <Table.Th ta="right">{t('results.programmes.physical')}</Table.Th>
              <Table.Th ta="right">{t('results.programmes.expected')}</Table.Th>
              <Table.Th ta="right">{t('results.programmes.spending')}</Table.Th>
              <Table.Th ta="right">{t('results.programmes.budget')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.programmes.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td maw={340}>
                  <Anchor component={Link} to={`${paths.resultsProgramme(a, p.id)}${query}`} fw={500} size="sm">
                    {p.code} — {p.title}
                  </Anchor>
                  {p.manager && (
                    <Text size="xs" c="dimmed">
                      {p.manager.holderName ? `${p.manager.title} : ${p.manager.holderName}` : p.manager.title}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatRate(p.summary.achievementRate)}
                  <Text size="xs" c="dimmed">
                    {t('results.dashboard.lastYear', { value: formatRate(p.summary.lastYear.achievementRate) })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatRate(p.execution.physicalRate)}</Table.Td>
                <Table.Td ta="right">{formatRate(p.execution.expectedPhysicalRate)}</Table.Td>
                <Table.Td ta="right">{formatRate(p.execution.spendingRate)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={0} justify="flex-end">
                    <Text size="sm">{formatMoney(p.execution.spent, data.currency, locale)}</Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('results.programmes.ofAllotted', { amount: formatMoney(p.execution.allotted, data.currency, locale) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
