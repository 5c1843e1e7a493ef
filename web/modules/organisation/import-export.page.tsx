// Import / export: the organisation as an Excel workbook, the empty template, and the import of a filled one.
import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/api-error';
import { useAdministration, useCan } from '../../app/administration';
import { IconAlert, IconDownload, IconFileSpreadsheet, IconUpload } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { errorMessage } from '../../ui/states';
import { orgFiles, useImportWorkbook } from './organisation.api';
import type { ImportRefusal, ImportResult } from './organisation.types';

const countKeys = ['ranks', 'structures', 'posts', 'attributions', 'persons', 'assignments', 'interims'] as const;

function refusedRows(error: unknown): ImportRefusal[] {
  if (!isApiError(error) || error.code !== 'import_refused') return [];
  const refused = (error.details as { refused?: unknown } | undefined)?.refused;
  return Array.isArray(refused) ? (refused as ImportRefusal[]) : [];
}

export function ImportExportPage() {
  const { t } = useTranslation();
  const administration = useAdministration();
  const a = administration.administrationId;
  const canManage = useCan('organisation.manage');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const upload = useImportWorkbook(a);
  const refused = refusedRows(upload.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setResult(null);
    upload.mutate(file, {
      onSuccess: (data) => {
        setResult(data);
        setFile(null);
        setFileKey((k) => k + 1);
        notifications.show({ color: 'green', message: t('org.io.imported') });
      },
    });
  }

  return (
    <Stack gap="md" maw={1000}>
      <PageHeader title={t('org.io.title')} description={t('org.io.help', { administration: administration.name })} />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg">
          <Stack gap="sm" h="100%">
            <Title order={3} fz="h4">
              {t('org.io.exportTitle')}
            </Title>
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              {t('org.io.exportHelp')}
            </Text>
            <Group>
              <Button component="a" href={orgFiles.exportXlsx(a)} download leftSection={<IconDownload size={16} />}>
                {t('org.io.export')}
              </Button>
            </Group>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm" h="100%">
            <Title order={3} fz="h4">
              {t('org.io.templateTitle')}
            </Title>
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              {t('org.io.templateHelp')}
            </Text>
            <Group>
              <Button
                component="a"
                href={orgFiles.templateXlsx(a)}
                download
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} />}
              >
                {t('org.io.template')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </SimpleGrid>

      {canManage && (
        <Card withBorder padding="lg">
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Title order={3} fz="h4">
                {t('org.io.importTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('org.io.importHelp')}
              </Text>
              <Group align="flex-end" gap="sm">
                {/* A native file input, visually replaced by a button in the interface language; it keeps its label
                    for assistive technologies and tests. */}
                <Stack gap={4} style={{ flex: '1 1 280px' }} maw={480}>
                  <Text component="label" htmlFor="import-file" size="sm" fw={600}>
                    {t('org.io.file')}
                  </Text>
                  <Group gap="sm">
                    <input
                      key={fileKey}
                      id="import-file"
                      type="file"
                      className="file-input"
                      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                      onChange={(e: ChangeEvent<HTMLInputElement>) => {
                        setFile(e.currentTarget.files?.[0] ?? null);
                        upload.reset();
                        setResult(null);
                      }}
                    />
                    <Button component="label" htmlFor="import-file" variant="default" leftSection={<IconFileSpreadsheet size={16} />}>
                      {t('org.io.chooseFile')}
                    </Button>
                    <Text size="sm" c={file ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                      {file ? file.name : t('org.io.noFile')}
                    </Text>
                  </Group>
                </Stack>
                <Button type="submit" disabled={!file} loading={upload.isPending} leftSection={<IconUpload size={16} />}>
                  {t('org.io.import')}
                </Button>
              </Group>
            </Stack>
          </form>

          {upload.isError && (
            <Alert color="red" variant="light" icon={<IconAlert />} title={t('org.io.refusedTitle')} mt="md" role="alert">
              {errorMessage(upload.error, t('errors.unexpected'))}
            </Alert>
          )}
          {refused.length > 0 && (
            <Table.ScrollContainer minWidth={560} mt="sm">
              <Table striped withTableBorder fz="sm" aria-label={t('org.io.refusedTable')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('org.io.sheet')}</Table.Th>
                    <Table.Th>{t('org.io.row')}</Table.Th>
                    <Table.Th>{t('org.io.field')}</Table.Th>
                    <Table.Th>{t('org.io.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {refused.map((r, i) => (
                    <Table.Tr key={`${r.sheet}-${r.row}-${r.field}-${i}`}>
                      <Table.Td>{r.sheet}</Table.Td>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>{r.field}</Table.Td>
                      <Table.Td>{r.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}

          {result && (
            <Stack gap="xs" mt="md">
              <Alert color="green" variant="light" title={t('org.io.imported')} role="status">
                {t('org.io.importedHelp')}
              </Alert>
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
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}
