// One draft: its latest generation (a progress bar while the job runs, the files once ready, the error if it
// failed), regenerate and finalise (asked first: the files and data are then frozen as a numbered version).
import { Alert, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
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
  const programme = report.programme ? t('reports.programmeLabel', { code: report.programme.code, title: report.programme.title }) : null;
  const period = periodLabel(report.year, report.quarter, report.kind);
  const label = [report.title, programme, period].filter(Boolean).join(' — ');
  // a generation is finalised once: regenerate to finalise the next version
  const finalisedVersion = run?.finalisedVersion ?? null;

  return (
    <Paper withBorder p="md" component="article" aria-label={label} data-report-id={report.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Text fw={600}>{report.title}</Text>
            {programme && (
              <Text size="sm" fw={500}>
                {programme}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {period} · {t('reports.draft.createdAt', { date: formatDate(report.createdAt, 'datetime', intlLocale(i18n.language)) })}
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

        {run ? (
          <RunState key={run.id} administrationId={a} reportId={report.id} run={run} />
        ) : (
          <Text size="sm">{t('reports.run.none')}</Text>
        )}

        {canManage && finalisedVersion !== null && (
          <Text size="sm" c="dimmed">
            {t('reports.draft.finalised', { version: finalisedVersion })}
          </Text>
        )}

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
              disabled={run?.status !== 'done' || finalisedVersion !== null}
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
  // keyed by run: a new generation starts polling again; one seen running keeps its bar, full, once done
  const run = useReportRun(a, reportId, initial);
  const [wasRunning] = useState(isRunning(initial));
  const status = { 'data-run-id': run.id, 'data-run-status': run.status };
  const bar = (
    <Progress.Root size="lg">
      <Progress.Section
        value={run.status === 'done' ? 100 : Math.max(run.progress, 3)}
        animated={isRunning(run)}
        color={run.status === 'done' ? 'green' : undefined}
        aria-label={t('reports.run.progress')}
      />
    </Progress.Root>
  );
  if (isRunning(run)) {
    return (
      <Stack gap={4} {...status}>
        <Text size="sm">
          {run.status === 'queued' ? t('reports.run.queued') : t('reports.run.running')} {run.progress} %
        </Text>
        {bar}
      </Stack>
    );
  }
  if (run.status === 'failed') {
    return (
      <Alert color="red" variant="light" title={t('reports.run.failed')} role="alert" {...status}>
        {run.error}
      </Alert>
    );
  }
  return (
    <Stack gap={6} {...status}>
      {wasRunning && bar}
      <Text size="sm" c="dimmed">
        {wasRunning
          ? t('reports.run.ready')
          : t('reports.run.done', { date: formatDate(run.finishedAt, 'datetime', intlLocale(i18n.language)) })}
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
