// Vue de tutelle: an oversight body (e.g. a Ministry of Finance team) sees the administrations it
// accompanies side by side, read-only: indicators by status, programmes' achievement, execution rates.
import { Anchor, Badge, Card, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { ChartCard } from './chart-card';
import { barOption, seriesHex, statusBarsOption } from './chart-options';
import { useOversightDashboard } from './results.api';
import { periodLabel } from './results.labels';
import { PeriodSelect, usePeriodParams, useFormatRate } from './results-parts';
import type { OversightDashboard } from './results.types';

type Overseen = OversightDashboard['administrations'][number];

export function OversightPage() {
  const { t } = useTranslation();
  const administration = useAdministration();
  const [asked, setPeriod] = usePeriodParams();
  const oversight = useOversightDashboard(administration.administrationId, asked);
  const items = oversight.data?.administrations ?? [];
  const shown = asked.year && asked.quarter ? { year: asked.year, quarter: asked.quarter } : items[0]?.period;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('results.oversight.title')}
        description={t('results.oversight.help', { body: administration.name })}
        actions={shown && <PeriodSelect value={shown} onChange={setPeriod} />}
      />
      {oversight.isPending ? (
        <PageSkeleton rows={6} />
      ) : oversight.isError ? (
        <ErrorState error={oversight.error} onRetry={() => void oversight.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('results.oversight.empty')} description={t('results.oversight.emptyHelp')} />
      ) : (
        <OversightContent items={items} />
      )}
    </Stack>
  );
}

function OversightContent({ items }: { items: Overseen[] }) {
  const { t } = useTranslation();
  const formatRate = useFormatRate();
  const file = (chart: string) => `${chart}-${items.map((x) => x.code).join('-')}`;
  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="comparison-title">
        <Title order={3} id="comparison-title" fz="lg">
          {t('results.oversight.comparison')}
        </Title>
        <ScrollArea type="auto">
          <Table striped withTableBorder fz="sm" miw={860} verticalSpacing="xs" aria-label={t('results.oversight.comparison')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.oversight.administration')}</Table.Th>
                <Table.Th>{t('results.oversight.period')}</Table.Th>
                <Table.Th ta="right">{t('results.oversight.indicators')}</Table.Th>
                <Table.Th ta="right">{t('results.dashboard.achievement')}</Table.Th>
                <Table.Th ta="right">{t('results.oversight.onTarget')}</Table.Th>
                <Table.Th ta="right">{t('results.oversight.behind')}</Table.Th>
                <Table.Th ta="right">{t('results.programmes.physical')}</Table.Th>
                <Table.Th ta="right">{t('results.programmes.spending')}</Table.Th>
                <Table.Th ta="right">{t('results.structure.completeness')}</Table.Th>
                <Table.Th ta="right">{t('results.structure.timeliness')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((x) => (
                <Table.Tr key={x.id} data-administration={x.code}>
                  <Table.Td maw={260}>
                    <Anchor component={Link} to={paths.results(x.id)} fw={500} size="sm">
                      {x.shortName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {x.name}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodLabel(t, x.period)}</Table.Td>
                  <Table.Td ta="right">{x.indicators.indicatorCount}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatRate(x.indicators.achievementRate)}
                  </Table.Td>
                  <Table.Td ta="right">{x.indicators.byStatus.reached + x.indicators.byStatus.on_track}</Table.Td>
                  <Table.Td ta="right">{x.indicators.byStatus.behind + x.indicators.byStatus.critical}</Table.Td>
                  <Table.Td ta="right">{formatRate(x.plan.physicalRate)}</Table.Td>
                  <Table.Td ta="right">{formatRate(x.plan.spendingRate)}</Table.Td>
                  <Table.Td ta="right">{formatRate(x.reporting.completeness)}</Table.Td>
                  <Table.Td ta="right">{formatRate(x.reporting.timeliness)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Stack>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          chartId="oversight-status"
          title={t('results.structure.charts.status')}
          fileName={file('indicateurs')}
          categoryCount={items.length}
          option={statusBarsOption(
            t,
            t('results.structure.charts.status'),
            items.map((x) => ({ label: x.shortName, byStatus: x.indicators.byStatus })),
            t('results.oversight.administration'),
          )}
        />
        <ChartCard
          chartId="oversight-rates"
          title={t('results.oversight.chartRates')}
          fileName={file('taux')}
          option={barOption({
            title: t('results.oversight.chartRates'),
            categoryName: t('results.oversight.administration'),
            categories: items.map((x) => x.shortName),
            max: 100,
            series: [
              { name: t('results.dashboard.achievement'), color: seriesHex.current, data: items.map((x) => x.indicators.achievementRate) },
              { name: t('results.programmes.physical'), color: seriesHex.timeliness, data: items.map((x) => x.plan.physicalRate) },
              { name: t('results.programmes.spending'), color: seriesHex.spending, data: items.map((x) => x.plan.spendingRate) },
            ],
          })}
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {items.map((x) => (
          <ProgrammesCard key={x.id} item={x} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ProgrammesCard({ item }: { item: Overseen }) {
  const { t } = useTranslation();
  const formatRate = useFormatRate();
  const caption = t('results.oversight.programmesOf', { name: item.shortName });
  return (
    <Card withBorder padding="sm" component="section" aria-label={caption}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Text fw={600}>{caption}</Text>
        <Badge variant="light">{periodLabel(t, item.period)}</Badge>
      </Group>
      {item.programmes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('results.programmes.empty')}
        </Text>
      ) : (
        <ScrollArea type="auto">
          <Table fz="sm" miw={340} verticalSpacing={4} aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.programmes.programme')}</Table.Th>
                <Table.Th ta="right">{t('results.programmes.achievement')}</Table.Th>
                <Table.Th ta="right">{t('results.programmes.physical')}</Table.Th>
                <Table.Th ta="right">{t('results.programmes.spending')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.programmes.map((p) => (
                <Table.Tr key={p.code}>
                  <Table.Td maw={240}>
                    {p.code} — {p.title}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatRate(p.achievementRate)}
                  </Table.Td>
                  <Table.Td ta="right">{formatRate(p.physicalRate)}</Table.Td>
                  <Table.Td ta="right">{formatRate(p.spendingRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Card>
  );
}
