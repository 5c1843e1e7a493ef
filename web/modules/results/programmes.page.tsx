// Programmes of the administration with their achievement and execution for the chosen quarter.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { ExportXlsxButton } from '../../ui/export-button';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { ProgrammesTable } from './dashboard.page';
import { useHeadDashboard } from './results.api';
import { periodLabel } from './results.labels';
import { PeriodSelect, usePeriodParams } from './results-parts';

export function ProgrammesPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const [asked, setPeriod] = usePeriodParams();
  const dashboard = useHeadDashboard(a, asked);
  const data = dashboard.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('results.programmes.pageTitle')}
        description={data ? t('results.programmes.periodHelp', { period: periodLabel(t, data.period) }) : undefined}
        back={{ to: paths.results(a), label: t('results.backToDashboard') }}
        actions={
          data && (
            <>
              <PeriodSelect value={data.period} onChange={setPeriod} />
              <ExportXlsxButton
                path={`/api/administrations/${a}/planning/activities/export.xlsx`}
                query={{ year: data.period.year, asOfQuarter: data.period.quarter }}
              />
            </>
          )
        }
      />
      {dashboard.isPending ? (
        <PageSkeleton rows={6} />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : data!.programmes.length === 0 ? (
        <EmptyState title={t('results.programmes.empty')} />
      ) : (
        <ProgrammesTable a={a} data={data!} />
      )}
    </Stack>
  );
}
