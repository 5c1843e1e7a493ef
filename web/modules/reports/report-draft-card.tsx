// One draft: its latest generation (a progress bar while the job runs, the files once ready, the error if it
// failed), regenerate and finalise (asked first: the files and data are then frozen as a numbered version).
import { Alert, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/confirm-button';
import { formatDate, intlLocale } from '../../ui/format';
import { IconDownload } from '../../ui/icons';
import { errorMessage } from '../../ui/states';
import { isRunning, reportFiles, useFinaliseReport, useRegenerateReport, useReportRun } from './reports.api';
import type { ReportRun, ReportSummary } from './reports.types';
import { usePeriodLabel } from './period-label';

type Props = { administrationId: string; report: ReportSummary; versionCount: number; canManage: boolean };

export function ReportDraftCard({ administrationId: a, report, versionCount, canManage }: Props) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const regenerate = useRegenerateReport(a);
  const finalise = useFinaliseReport(a);
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, t('errors.unexpected')) });
  const run = report.latestRun;
  const label = `${report.title} — ${periodLabel(report.year, report.quarter)}`;

  return (
    <Paper withBorder p="md" component="article" aria-label={label} data-report-id={report.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Text fw={600}>{report.title}</Text>
            <Text size="sm" c="dimmed">
              {periodLabel(report.year, report.quarter)} ·{' '}
              {t('reports.draft.createdAt', { date: formatDate(report.createdAt, 'datetime', intlLocale(i18n.language)) })}
            </Text>
          </div>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {t('reports.draft.badge')}
            </Badge>
            {versionCount > 0 && (
              <Badge variant="light" color="green">
                {t('reports.draft.versions', { count: versionCount })}
              </Badge>
            )}
          </Group>
        </Group>

        {run ? <RunState administrationId={a} reportId={report.id} run={run} /> : <Text size="sm">{t('reports.run.none')}</Text>}

        {canManage && (
          <Group gap="xs">
            <Button
              variant="default"
              size="sm"
              loading={regenerate.isPending}
              disabled={isRunning(run)}
              onClick={() => regenerate.mutate(report.id, { onError })}
            >
              {t('reports.draft.regenerate')}
            </Button>
            <ConfirmButton
              size="sm"
              disabled={run?.status !== 'done'}
              loading={finalise.isPending}
              title={t('reports.finalise.title')}
              message={t('reports.finalise.message', { title: label, version: versionCount + 1 })}
              confirmLabel={t('reports.finalise.confirm')}
              onConfirm={() =>
                finalise.mutate(report.id, {
                  onSuccess: (v) => notifications.show({ color: 'green', message: t('reports.finalise.done', { version: v.version }) }),
                  onError,
                })
              }
            >
              {t('reports.draft.finalise')}
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function RunState({ administrationId: a, reportId, run: initial }: { administrationId: string; reportId: string; run: ReportRun }) {
  const { t, i18n } = useTranslation();
  // keyed by run: a new generation starts polling again
  const { data: run = initial } = useReportRun(a, reportId, initial);
  if (isRunning(run)) {
    return (
      <Stack gap={4}>
        <Text size="sm">{run.status === 'queued' ? t('reports.run.queued') : t('reports.run.running')}</Text>
        <Progress value={Math.max(run.progress, 3)} animated aria-label={t('reports.run.progress')} aria-valuenow={run.progress} />
      </Stack>
    );
  }
  if (run.status === 'failed') {
    return (
      <Alert color="red" variant="light" title={t('reports.run.failed')} role="alert">
        {run.error}
      </Alert>
    );
  }
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        {t('reports.run.done', { date: formatDate(run.finishedAt, 'datetime', intlLocale(i18n.language)) })}
      </Text>
      <Group gap="xs">
        {(['docx', 'pdf'] as const).map((format) => (
          <Button
            key={format}
            component="a"
            href={reportFiles.draft(a, reportId, format)}
            download
            variant="light"
            size="sm"
            leftSection={<IconDownload size={16} />}
          >
            {t('reports.download', { format: format.toUpperCase() })}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
