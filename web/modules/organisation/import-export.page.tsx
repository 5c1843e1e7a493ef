// Import / export: the organisation as an Excel workbook, the empty template, and the import of a filled one.
import { SimpleGrid, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAdministration, useCan } from '../../app/administration';
import { PageHeader } from '../../ui/page-header';
import { DownloadCard, WorkbookImportForm } from '../../ui/workbook-io';
import { orgFiles, useImportWorkbook } from './organisation.api';

const countKeys = ['ranks', 'structures', 'posts', 'attributions', 'persons', 'assignments', 'interims'] as const;

export function ImportExportPage() {
  const { t } = useTranslation();
  const administration = useAdministration();
  const a = administration.administrationId;
  const canManage = useCan('organisation.manage');
  const upload = useImportWorkbook(a);

  return (
    <Stack gap="md" maw={1000}>
      <PageHeader title={t('org.io.title')} description={t('org.io.help', { administration: administration.name })} />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DownloadCard
          title={t('org.io.exportTitle')}
          help={t('org.io.exportHelp')}
          href={orgFiles.exportXlsx(a)}
          label={t('org.io.export')}
        />
        <DownloadCard
          title={t('org.io.templateTitle')}
          help={t('org.io.templateHelp')}
          href={orgFiles.templateXlsx(a)}
          label={t('org.io.template')}
          isTemplate
        />
      </SimpleGrid>

      {canManage && (
        <WorkbookImportForm
          title={t('org.io.importTitle')}
          help={t('org.io.importHelp')}
          upload={upload}
          onImported={() => notifications.show({ color: 'green', message: t('org.io.imported') })}
          renderResult={(result) => (
            <Table.ScrollContainer minWidth={360}>
              <Table striped withTableBorder fz="sm" aria-label={t('org.io.countsTable')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.io.entity')}</Table.Th>
                    <Table.Th ta="right">{t('org.io.created')}</Table.Th>
                    <Table.Th ta="right">{t('org.io.updated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {countKeys.map((key) => (
                    <Table.Tr key={key}>
                      <Table.Td>{t(`org.io.entities.${key}`)}</Table.Td>
                      <Table.Td ta="right">{result.counts[key].created}</Table.Td>
                      <Table.Td ta="right">{result.counts[key].updated}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        />
      )}
    </Stack>
  );
}
