// Indicators with their year-to-date value, target, rate and status band (dashboard, programme page).
import { Anchor, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatNumber, intlLocale } from '../../ui/format';
import { IndicatorStatusBadge, useFormatRate } from './results-parts';
import type { IndicatorResult } from './results.types';

export function IndicatorResultsTable({ a, indicators, caption }: { a: string; indicators: IndicatorResult[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const value = (v: number | null, unit: string) => (v === null ? '—' : `${formatNumber(v, locale)}${unit === '%' ? '\u00a0%' : ''}`);
  return (
    <ScrollArea type="auto">
      <Table striped highlightOnHover fz="sm" miw={640} verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.indicator.indicator')}</Table.Th>
            <Table.Th>{t('results.indicator.status')}</Table.Th>
            <Table.Th ta="right">{t('results.indicator.rate')}</Table.Th>
            <Table.Th ta="right">{t('results.indicator.value')}</Table.Th>
            <Table.Th ta="right">{t('results.indicator.target')}</Table.Th>
            <Table.Th ta="right">{t('results.indicator.lastYearRate')}</Table.Th>
            <Table.Th>{t('results.indicator.responsible')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((i) => (
            <Table.Tr key={i.id} data-indicator-code={i.code}>
              <Table.Td miw={200} maw={360}>
                <Anchor component={Link} to={paths.resultsIndicator(a, i.id)} size="sm" fw={500}>
                  {i.code}
                </Anchor>
                <Text size="sm">{i.title}</Text>
                {i.current.missingQuarters.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('results.indicator.missingQuarters', { quarters: i.current.missingQuarters.map((q) => `T${q}`).join(', ') })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <IndicatorStatusBadge status={i.current.status} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
                {formatRate(i.current.rate)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {value(i.current.value, i.unit)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {value(i.current.target, i.unit)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} c="dimmed">
                {formatRate(i.lastYear.rate)}
              </Table.Td>
              <Table.Td>{i.responsibleStructureName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
