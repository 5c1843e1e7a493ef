// Import / export Excel of the results: the whole framework (plans, programmes, actions, activities,
// indicators, targets) and the measurements of a quarter. Imports are all or nothing: a refused row is
// listed with its reason and nothing is written.
import { Group, Select, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdministration, useCan } from '../../app/administration';
import { PageHeader } from '../../ui/page-header';
import { DownloadCard, WorkbookImportForm } from '../../ui/workbook-io';
import { resultsFiles, useImportFramework, useImportMeasurements, useMyStructures } from './results.api';
import { PeriodSelect } from './results-parts';
import type { FrameworkImportResult, Period } from './results.types';

const frameworkRows = ['planning', 'indicators'] as const;

function defaultPeriod(): Period {
  const now = new Date();
  const ended = Math.floor(now.getMonth() / 3);
  return ended === 0 ? { year: now.getFullYear() - 1, quarter: 4 } : { year: now.getFullYear(), quarter: ended };
}

export function ResultsImportExportPage() {
  const { t } = useTranslation();
  const administration = useAdministration();
  const a = administration.administrationId;
  const canManage = useCan('results.manage');
  const canEnter = useCan('measurements.enter');
  const importFramework = useImportFramework(a);
  const importMeasurements = useImportMeasurements(a);
  const mine = useMyStructures(a);
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const [structureId, setStructureId] = useState<string | null>(null);
  const structure = structureId ?? mine.data?.items.find((s) => s.isFocalPoint)?.id ?? null;
  const imported = () => notifications.show({ color: 'green', message: t('workbook.imported') });

  return (
    <Stack gap="lg" maw={1000}>
      <PageHeader title={t('results.io.title')} description={t('results.io.help')} />

      <Stack gap="sm" component="section" aria-labelledby="framework-io">
        <Title order={3} id="framework-io" fz="lg">
          {t('results.io.framework')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <DownloadCard
            title={t('results.io.exportTitle')}
            help={t('results.io.exportHelp')}
            href={resultsFiles.frameworkExport(a)}
            label={t('results.io.export')}
          />
          <DownloadCard
            title={t('results.io.templateTitle')}
            help={t('results.io.templateHelp')}
            href={resultsFiles.frameworkTemplate(a)}
            label={t('results.io.template')}
            isTemplate
          />
        </SimpleGrid>
        {canManage && (
          <WorkbookImportForm
            title={t('results.io.importFramework')}
            help={t('results.io.importFrameworkHelp')}
            upload={importFramework}
            onImported={imported}
            renderResult={(result) => <FrameworkCounts result={result} />}
          />
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="measurements-io">
        <Title order={3} id="measurements-io" fz="lg">
          {t('results.io.measurements')}
        </Title>
        <DownloadCard
          title={t('results.io.sheetTitle')}
          help={t('results.io.sheetHelp')}
          href={resultsFiles.measurementsSheet(a, period, structure)}
          label={t('results.io.sheet')}
        >
          <Group gap="sm" align="flex-end">
            <PeriodSelect value={period} onChange={setPeriod} />
            <Select
              label={t('results.io.structure')}
              placeholder={t('results.io.allStructures')}
              data={(mine.data?.items ?? []).map((s) => ({ value: s.id, label: s.acronym ? `${s.name} (${s.acronym})` : s.name }))}
              value={structure}
              onChange={setStructureId}
              clearable
              w={{ base: '100%', sm: 320 }}
              size="sm"
            />
          </Group>
        </DownloadCard>
        {canEnter && (
          <WorkbookImportForm
            title={t('results.io.importMeasurements')}
            help={t('results.io.importMeasurementsHelp')}
            upload={importMeasurements}
            onImported={imported}
            renderResult={(result) => (
              <CountsTable
                caption={t('results.io.countsTable')}
                rows={[
                  { label: t('results.io.rows.measurements'), created: result.created, updated: result.updated, other: result.skipped },
                ]}
                otherHeader={t('results.io.skipped')}
              />
            )}
          />
        )}
      </Stack>
    </Stack>
  );
}

function FrameworkCounts({ result }: { result: FrameworkImportResult }) {
  const { t } = useTranslation();
  return (
    <CountsTable
      caption={t('results.io.countsTable')}
      otherHeader={t('results.io.unchanged')}
      rows={[
        ...frameworkRows.map((key) => ({ label: t(`results.io.rows.${key}`), ...result[key], other: result[key].unchanged })),
        { label: t('results.io.rows.targets'), created: result.targets, updated: null, other: null },
      ]}
    />
  );
}

type CountRow = { label: string; created: number; updated: number | null; other: number | null };

function CountsTable({ caption, rows, otherHeader }: { caption: string; rows: CountRow[]; otherHeader: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped withTableBorder fz="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.io.entity')}</Table.Th>
            <Table.Th ta="right">{t('results.io.created')}</Table.Th>
            <Table.Th ta="right">{t('results.io.updated')}</Table.Th>
            <Table.Th ta="right">{otherHeader}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{r.created}</Table.Td>
              <Table.Td ta="right">{r.updated ?? '—'}</Table.Td>
              <Table.Td ta="right">{r.other ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
