// Generate a report: a kind, a period (a quarter, or the year for annual kinds) and, for the programme kinds
// (RAP, dialogue de gestion), the budget programme. The draft appears below with its progress bar.
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { useProgrammes } from '../results/results.api';
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
  const [programmeId, setProgrammeId] = useState('');
  const [programmeError, setProgrammeError] = useState<string | null>(null);
  const template = templates.find((tpl) => tpl.kind === kind);
  const isAnnual = template?.isAnnual ?? false;
  const isProgrammeScoped = template?.isProgrammeScoped ?? false;
  const programmes = useProgrammes(a, isProgrammeScoped);
  const programmeItems = programmes.data?.items ?? [];
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

  const submit = () => {
    if (isProgrammeScoped && !programmeId) {
      setProgrammeError(t('reports.generate.programmeRequired'));
      return;
    }
    create.mutate(
      {
        kind,
        year,
        ...(isAnnual ? {} : { quarter }),
        ...(isProgrammeScoped ? { programmeId } : {}),
        highlights: '',
        difficulties: '',
        outlook: '',
      },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('reports.generate.started') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, t('errors.unexpected')) }),
      },
    );
  };

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
        {/* aligned on the top, the button level with the fields: an error under a field leaves the row in line */}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('reports.generate.kind')}
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as ReportKind);
              setProgrammeError(null);
            }}
            data={templates.map((tpl) => ({ value: tpl.kind, label: tpl.title }))}
            style={{ flex: '3 1 260px' }}
          />
          {isProgrammeScoped && (
            <NativeSelect
              label={t('reports.generate.programme')}
              required
              value={programmeId}
              onChange={(e) => {
                setProgrammeId(e.currentTarget.value);
                setProgrammeError(null);
              }}
              data={[
                { value: '', label: t('reports.generate.programmePlaceholder'), disabled: true },
                ...programmeItems.map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` })),
              ]}
              error={programmeError ?? (programmes.isSuccess && programmeItems.length === 0 ? t('reports.generate.noProgramme') : null)}
              style={{ flex: '3 1 260px' }}
            />
          )}
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
          <Button
            onClick={submit}
            loading={create.isPending}
            style={{ flex: '0 0 auto', marginTop: 'calc(var(--mantine-font-size-sm) * var(--mantine-line-height))' }}
          >
            {t('reports.generate.submit')}
          </Button>
        </Group>
        {kind === 'management_dialogue' && (
          <Text size="sm" c="dimmed">
            {t('reports.generate.dialogueHelp', { year, pastYear: year - 1 })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
