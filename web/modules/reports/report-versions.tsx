// Finalised reports: each frozen version with who finalised it and when, its files and their SHA-256.
import { Anchor, CopyButton, Group, Paper, Stack, Table, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, intlLocale } from '../../ui/format';
import { EmptyState } from '../../ui/states';
import { usePeriodLabel } from './period-label';
import { reportFiles } from './reports.api';
import type { ReportVersion } from './reports.types';

export function ReportVersions({ administrationId: a, versions }: { administrationId: string; versions: ReportVersion[] }) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-versions-title">
      <Stack gap="sm">
        <Title order={3} fz="lg" id="report-versions-title">
          {t('reports.versions.title')}
        </Title>
        {versions.length === 0 ? (
          <EmptyState title={t('reports.versions.empty')} description={t('reports.versions.emptyHelp')} />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" striped aria-labelledby="report-versions-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.versions.report')}</Table.Th>
                  <Table.Th>{t('reports.versions.version')}</Table.Th>
                  <Table.Th>{t('reports.versions.finalisedBy')}</Table.Th>
                  <Table.Th>{t('reports.versions.files')}</Table.Th>
                  <Table.Th>{t('reports.versions.sha256')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((v) => (
                  <Table.Tr key={v.id} data-version-id={v.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {v.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {periodLabel(v.year, v.quarter, v.kind)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('reports.versions.number', { version: v.version })}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{v.finalisedBy.fullName}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDate(v.finalisedAt, 'datetime', intlLocale(i18n.language))}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {(['docx', 'pdf'] as const).map((format) => (
                          <Anchor
                            key={format}
                            href={reportFiles.version(a, v.reportId, v.version, format)}
                            download
                            size="sm"
                            aria-label={t('reports.versions.download', {
                              format: format.toUpperCase(),
                              version: v.version,
                              title: v.title,
                            })}
                          >
                            {format.toUpperCase()}
                          </Anchor>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Hash label="PDF" value={v.pdfSha256} />
                        <Hash label="DOCX" value={v.docxSha256} />
                        <Hash label={t('reports.versions.data')} value={v.snapshotSha256} />
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

// The first characters, the whole hash on hover and copied on click.
function Hash({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('common.copied') : value} withArrow>
          <UnstyledButton onClick={copy} aria-label={`${label} SHA-256 ${value}`}>
            <Text size="xs" ff="monospace">
              {label} {value.slice(0, 12)}…
            </Text>
          </UnstyledButton>
        </Tooltip>
      )}
    </CopyButton>
  );
}
