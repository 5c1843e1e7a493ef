// A programme for a quarter: its achievement and execution, its actions, their indicators and activities.
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatMoney, intlLocale } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { ActivitiesTable } from './activities-table';
import { IndicatorResultsTable } from './indicator-results-table';
import { useProgrammeDashboard } from './results.api';
import { periodLabel } from './results.labels';
import { Figure, PeriodSelect, usePeriodParams, useFormatRate } from './results-parts';
import type { ProgrammeDashboard } from './results.types';

export function ProgrammePage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const { programmeId = '' } = useParams();
  const [asked, setPeriod] = usePeriodParams();
  const dashboard = useProgrammeDashboard(a, programmeId, asked);
  const data = dashboard.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={data ? `${data.programme.code} — ${data.programme.title}` : t('results.programmes.programme')}
        description={
          data
            ? t('results.dashboard.periodHelp', { period: periodLabel(t, data.period), compared: periodLabel(t, data.comparedWith) })
            : undefined
        }
        back={{ to: paths.resultsProgrammes(a), label: t('results.programmes.backToList') }}
        actions={data && <PeriodSelect value={data.period} onChange={setPeriod} />}
      />
      {dashboard.isPending ? (
        <PageSkeleton rows={8} />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <ProgrammeContent a={a} data={data!} />
      )}
    </Stack>
  );
}

function ProgrammeContent({ a, data }: { a: string; data: ProgrammeDashboard }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const money = (amount: number) => formatMoney(amount, data.currency, locale);
  return (
    <Stack gap="lg">
      {data.programme.objective && <Text size="sm">{data.programme.objective}</Text>}
      {data.programme.manager && (
        <Text size="sm" c="dimmed">
          {t('results.programmes.manager')} : {data.programme.manager.title}
          {data.programme.manager.holderName ? ` (${data.programme.manager.holderName})` : ''}
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
            label={t('results.dashboard.physical')}
            value={formatRate(data.execution.physicalRate)}
            hint={t('results.dashboard.expected', { value: formatRate(data.execution.expectedPhysicalRate) })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.programmes.spending')}
            value={formatRate(data.execution.spendingRate)}
            hint={t('results.programmes.commitment', { value: formatRate(data.execution.commitmentRate) })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.programmes.budget')}
            value={money(data.execution.spent)}
            hint={t('results.programmes.ofAllotted', { amount: money(data.execution.allotted) })}
          />
        </Card>
      </SimpleGrid>

      {data.indicators.length > 0 && (
        <Stack gap="xs" component="section">
          <Title order={3} fz="lg">
            {t('results.programmes.programmeIndicators')}
          </Title>
          <IndicatorResultsTable a={a} indicators={data.indicators} caption={t('results.programmes.programmeIndicators')} />
        </Stack>
      )}

      {data.actions.map((action) => (
        <Stack gap="xs" component="section" key={action.id} aria-label={`${action.code} — ${action.title}`}>
          <Title order={3} fz="lg">
            {t('results.programmes.action')} {action.code} — {action.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('results.programmes.actionSummary', {
              achievement: formatRate(action.summary.achievementRate),
              physical: formatRate(action.execution.physicalRate),
              spending: formatRate(action.execution.spendingRate),
            })}
          </Text>
          {action.indicators.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('results.programmes.noIndicator')}
            </Text>
          ) : (
            <IndicatorResultsTable a={a} indicators={action.indicators} caption={`${action.code} — ${action.title}`} />
          )}
        </Stack>
      ))}

      {data.activities.length > 0 && (
        <Stack gap="xs" component="section">
          <Title order={3} fz="lg">
            {t('results.programmes.activities')}
          </Title>
          <ActivitiesTable activities={data.activities} currency={data.currency} caption={t('results.programmes.activities')} />
        </Stack>
      )}
    </Stack>
  );
}
