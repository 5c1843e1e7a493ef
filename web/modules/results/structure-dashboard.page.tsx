// A structure's dashboard: its indicators by status, its activities' execution, the completeness and
// timeliness of its reporting quarter by quarter (with the structures under it, unless unticked).
// /resultats/ma-structure opens the structure the user heads (or belongs to).
import { Card, Checkbox, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatMoney, intlLocale } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { ActivitiesTable } from './activities-table';
import { ChartCard } from './chart-card';
import { barOption, seriesHex, statusBarsOption } from './chart-options';
import { IndicatorResultsTable } from './indicator-results-table';
import { useMyStructures, useStructureDashboard } from './results.api';
import { periodLabel } from './results.labels';
import { Figure, PeriodSelect, usePeriodParams, useFormatRate } from './results-parts';
import type { StructureDashboard } from './results.types';

export function MyStructureRedirect() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const mine = useMyStructures(a);
  if (mine.isPending) return <PageSkeleton rows={4} />;
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  const first = mine.data.items[0];
  if (!first) return <EmptyState title={t('results.structure.noneMine')} description={t('results.structure.noneMineHelp')} />;
  return <Navigate to={paths.resultsStructure(a, first.id)} replace />;
}

export function StructureDashboardPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const { structureId = '' } = useParams();
  const [asked, setPeriod] = usePeriodParams();
  const [params, setParams] = useSearchParams();
  const withSubstructures = params.get('seule') !== 'oui';
  const dashboard = useStructureDashboard(a, structureId, asked, withSubstructures);
  const data = dashboard.data;
  const name = data ? (data.structure.acronym ? `${data.structure.name} (${data.structure.acronym})` : data.structure.name) : '';
  return (
    <Stack gap="md">
      <PageHeader
        title={data ? t('results.structure.title', { name }) : t('results.structure.pageTitle')}
        description={
          data
            ? t('results.dashboard.periodHelp', { period: periodLabel(t, data.period), compared: periodLabel(t, data.comparedWith) })
            : undefined
        }
        back={{ to: paths.structure(a, structureId), label: t('results.structure.backToStructure') }}
        actions={data && <PeriodSelect value={data.period} onChange={setPeriod} />}
      />
      <Checkbox
        className="no-print"
        label={t('results.structure.withSubstructures')}
        checked={withSubstructures}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (checked) next.delete('seule');
              else next.set('seule', 'oui');
              return next;
            },
            { replace: true },
          );
        }}
      />
      {dashboard.isPending ? (
        <PageSkeleton rows={8} />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <StructureContent a={a} data={data!} />
      )}
    </Stack>
  );
}

function StructureContent({ a, data }: { a: string; data: StructureDashboard }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const money = (amount: number) => formatMoney(amount, data.currency, locale);
  const { byStatus } = data.summary;
  const fileName = (chart: string) => `${chart}-${data.structure.acronym ?? 'structure'}-${data.period.year}-T${data.period.quarter}`;
  const quarterLabel = (quarter: number) => periodLabel(t, { year: data.period.year, quarter });
  const activities = data.activities.slice().sort((x, y) => x.code.localeCompare(y.code, 'fr'));
  return (
    <Stack gap="lg">
      {data.structures.length > 1 && (
        <Text size="sm" c="dimmed">
          {t('results.structure.counted', { count: data.structures.length })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Card withBorder padding="sm">
          <Figure
            label={t('results.dashboard.achievement')}
            value={formatRate(data.summary.achievementRate)}
            hint={t('results.dashboard.lastYear', { value: formatRate(data.summary.lastYear.achievementRate) })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.dashboard.onTarget')}
            value={`${byStatus.reached + byStatus.on_track} / ${data.summary.indicatorCount}`}
            hint={t('results.dashboard.behindCount', { count: byStatus.behind + byStatus.critical })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.dashboard.physical')}
            value={formatRate(data.execution.physicalRate)}
            hint={t('results.dashboard.expected', { value: formatRate(data.execution.expectedPhysicalRate) })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.programmes.spending')}
            value={formatRate(data.execution.spendingRate)}
            hint={t('results.programmes.ofAllotted', { amount: money(data.execution.allotted) })}
          />
        </Card>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          chartId="structure-indicator-status"
          title={t('results.structure.charts.status')}
          fileName={fileName('indicateurs')}
          categoryCount={2}
          option={statusBarsOption(
            t,
            t('results.structure.charts.status'),
            [
              { label: periodLabel(t, data.period), byStatus },
              { label: periodLabel(t, data.comparedWith), byStatus: data.summary.lastYear.byStatus },
            ],
            t('results.structure.period'),
          )}
        />
        <ChartCard
          chartId="structure-reporting"
          title={t('results.structure.charts.reporting')}
          fileName={fileName('rapportage')}
          option={barOption({
            title: t('results.structure.charts.reporting'),
            categoryName: t('results.structure.quarter'),
            categories: data.reporting.map((r) => quarterLabel(r.quarter)),
            max: 100,
            series: [
              { name: t('results.structure.completeness'), color: seriesHex.current, data: data.reporting.map((r) => r.completeness) },
              { name: t('results.structure.timeliness'), color: seriesHex.timeliness, data: data.reporting.map((r) => r.timeliness) },
            ],
          })}
        />
        {activities.length > 0 && (
          <ChartCard
            chartId="structure-activities"
            title={t('results.structure.charts.activities')}
            fileName={fileName('activites')}
            categoryCount={activities.length}
            option={barOption({
              title: t('results.structure.charts.activities'),
              categoryName: t('results.programmes.activity'),
              categories: activities.map((x) => x.code),
              isHorizontal: true,
              max: 100,
              series: [
                {
                  name: t('results.programmes.expected'),
                  color: seriesHex.expected,
                  data: activities.map((x) => x.state.expectedProgress),
                },
                { name: t('results.programmes.physical'), color: seriesHex.current, data: activities.map((x) => x.state.physicalProgress) },
                { name: t('results.programmes.spending'), color: seriesHex.spending, data: activities.map((x) => x.state.spendingRate) },
              ],
            })}
          />
        )}
      </SimpleGrid>

      <Stack gap="xs" component="section" aria-labelledby="structure-indicators">
        <Title order={3} id="structure-indicators" fz="lg">
          {t('results.structure.indicators')}
        </Title>
        {data.indicators.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('results.structure.noIndicator')}
          </Text>
        ) : (
          <IndicatorResultsTable a={a} indicators={data.indicators} caption={t('results.structure.indicators')} />
        )}
      </Stack>

      {activities.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="structure-activities">
          <Title order={3} id="structure-activities" fz="lg">
            {t('results.programmes.activities')}
          </Title>
          <ActivitiesTable activities={activities} currency={data.currency} caption={t('results.programmes.activities')} />
        </Stack>
      )}
    </Stack>
  );
}
