// The indicators of the administration, searchable, each leading to its page.
import { Anchor, Badge, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdministration } from '../../app/administration';
import { paths } from '../../app/paths';
import { IconSearch } from '../../ui/icons';
import { ExportXlsxButton } from '../../ui/export-button';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { useIndicators } from './results.api';

export function IndicatorsPage() {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const indicators = useIndicators(a, q);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('results.indicators.title')}
        back={{ to: paths.results(a), label: t('results.backToDashboard') }}
        actions={
          <ExportXlsxButton
            path={`/api/administrations/${a}/indicators/export.xlsx`}
            query={{ q: q.trim(), isActive: 'true', sort: 'code' }}
          />
        }
      />
      <TextInput
        label={t('results.indicators.search')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      {indicators.isPending ? (
        <PageSkeleton rows={8} />
      ) : indicators.isError ? (
        <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : indicators.data.items.length === 0 ? (
        <EmptyState title={t('results.indicators.empty')} />
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover fz="sm" miw={640} verticalSpacing="xs" aria-label={t('results.indicators.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.indicator.indicator')}</Table.Th>
                <Table.Th>{t('results.indicator.responsible')}</Table.Th>
                <Table.Th>{t('results.indicator.level')}</Table.Th>
                <Table.Th>{t('results.indicator.periodicity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicators.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td maw={420}>
                    <Anchor component={Link} to={paths.resultsIndicator(a, i.id)} size="sm" fw={500}>
                      {i.code}
                    </Anchor>
                    <Text size="sm">{i.title}</Text>
                  </Table.Td>
                  <Table.Td>{i.responsibleStructureName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`results.levels.${i.level}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t(`results.periodicities.${i.periodicity}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}
