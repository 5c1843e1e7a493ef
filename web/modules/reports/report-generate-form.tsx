// Generate a report: a kind and a period (a quarter, or the year for annual kinds). The draft appears below
// with its progress bar.
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { useCreateReport } from './reports.api';
import type { ReportKind, ReportTemplate } from './reports.types';

// By default the last quarter that has ended.
function defaultPeriod(now = new Date()) {
  const quarter = Math.floor(now.getMonth() / 3);
  return quarter === 0 ? { year: now.getFullYear() - 1, quarter: 4 } : { year: now.getFullYear(), quarter };
}

export function ReportGenerateForm({ administrationId: a, templates }: { administrationId: string; templates: ReportTemplate[] }) {
  const { t } = useTranslation();
  const create = useCreateReport(a);
  const initial = defaultPeriod();
  const [kind, setKind] = useState<ReportKind>(templates[0]?.kind ?? 'cabinet_quarterly');
  const [year, setYear] = useState(initial.year);
  const [quarter, setQuarter] = useState(initial.quarter);
  const template = templates.find((tpl) => tpl.kind === kind);
  const isAnnual = template?.isAnnual ?? false;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

  const submit = () =>
    create.mutate(
      { kind, year, ...(isAnnual ? {} : { quarter }), highlights: '', difficulties: '', outlook: '' },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('reports.generate.started') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, t('errors.unexpected')) }),
      },
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-generate-title">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="lg" id="report-generate-title">
            {t('reports.generate.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.generate.help')}
          </Text>
        </div>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('reports.generate.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ReportKind)}
            data={templates.map((tpl) => ({ value: tpl.kind, label: tpl.title }))}
            style={{ flex: '3 1 260px' }}
          />
          <NativeSelect
            label={t('reports.generate.year')}
            value={String(year)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
            data={years.map(String)}
            style={{ flex: '1 1 100px' }}
          />
          {!isAnnual && (
            <NativeSelect
              label={t('reports.generate.quarter')}
              value={String(quarter)}
              onChange={(e) => setQuarter(Number(e.currentTarget.value))}
              data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t(`reports.quarters.${q as 1 | 2 | 3 | 4}`) }))}
              style={{ flex: '1 1 140px' }}
            />
          )}
          <Button onClick={submit} loading={create.isPending} style={{ flex: '0 0 auto' }}>
            {t('reports.generate.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
