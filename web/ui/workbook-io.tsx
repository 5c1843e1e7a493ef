// The parts of an Excel import / export page: a card to download a file, and the form that sends a filled
// workbook and lists the refused rows with their reasons (imports are all or nothing).
import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api/api-error';
import { IconAlert, IconDownload, IconFileSpreadsheet, IconUpload } from './icons';
import { errorMessage } from './states';

export type ImportRefusal = { sheet: string; row: number; field: string; message: string };

export function refusedRows(error: unknown): ImportRefusal[] {
  if (!isApiError(error) || error.code !== 'import_refused') return [];
  const refused = (error.details as { refused?: unknown } | undefined)?.refused;
  return Array.isArray(refused) ? (refused as ImportRefusal[]) : [];
}

export function DownloadCard({
  title,
  help,
  href,
  label,
  isTemplate = false,
  children,
}: {
  title: string;
  help: string;
  href: string;
  label: string;
  isTemplate?: boolean;
  children?: ReactNode;
}) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" h="100%">
        <Title order={3} fz="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          {help}
        </Text>
        {children}
        <Group>
          <Button
            component="a"
            href={href}
            download
            variant={isTemplate ? 'default' : 'filled'}
            leftSection={isTemplate ? <IconFileSpreadsheet size={16} /> : <IconDownload size={16} />}
          >
            {label}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

// The form, the error and the refused rows; what an accepted import reports is the page's (renderResult).
export function WorkbookImportForm<TResult>({
  title,
  help,
  upload,
  onImported,
  renderResult,
  children,
}: {
  title: string;
  help: string;
  upload: UseMutationResult<TResult, unknown, File>;
  onImported?: (result: TResult) => void;
  renderResult: (result: TResult) => ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<TResult | null>(null);
  const [fileKey, setFileKey] = useState(0);
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
        onImported?.(data);
      },
    });
  }

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {help}
          </Text>
          {children}
          <Group align="flex-end" gap="sm">
            {/* A native file input, visually replaced by a button in the interface language; it keeps its label
                for assistive technologies and tests. */}
            <Stack gap={4} style={{ flex: '1 1 280px' }} maw={480}>
              <Text component="label" htmlFor={inputId} size="sm" fw={600}>
                {t('workbook.file')}
              </Text>
              <Group gap="sm">
                <input
                  key={fileKey}
                  id={inputId}
                  type="file"
                  className="file-input"
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  onChange={(e: ChangeEvent<HTMLInputElement>) => {
                    setFile(e.currentTarget.files?.[0] ?? null);
                    upload.reset();
                    setResult(null);
                  }}
                />
                <Button component="label" htmlFor={inputId} variant="default" leftSection={<IconFileSpreadsheet size={16} />}>
                  {t('workbook.chooseFile')}
                </Button>
                <Text size="sm" c={file ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                  {file ? file.name : t('workbook.noFile')}
                </Text>
              </Group>
            </Stack>
            <Button type="submit" disabled={!file} loading={upload.isPending} leftSection={<IconUpload size={16} />}>
              {t('workbook.import')}
            </Button>
          </Group>
        </Stack>
      </form>

      {upload.isError && (
        <Alert color="red" variant="light" icon={<IconAlert />} title={t('workbook.refusedTitle')} mt="md" role="alert">
          {errorMessage(upload.error, t('errors.unexpected'))}
        </Alert>
      )}
      {refused.length > 0 && <RefusedRowsTable refused={refused} />}
      {result !== null && (
        <Stack gap="xs" mt="md">
          <Alert color="green" variant="light" title={t('workbook.imported')} role="status">
            {t('workbook.importedHelp')}
          </Alert>
          {renderResult(result)}
        </Stack>
      )}
    </Card>
  );
}

function RefusedRowsTable({ refused }: { refused: ImportRefusal[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560} mt="sm">
      <Table striped withTableBorder fz="sm" aria-label={t('workbook.refusedTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workbook.sheet')}</Table.Th>
            <Table.Th>{t('workbook.row')}</Table.Th>
            <Table.Th>{t('workbook.field')}</Table.Th>
            <Table.Th>{t('workbook.message')}</Table.Th>
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
  );
}
