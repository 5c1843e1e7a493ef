// Activities of the year with their physical progress against the schedule and their spending
// (programme and structure dashboards).
import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, intlLocale } from '../../ui/format';
import { useFormatRate } from './results-parts';
import type { ProgrammeDashboard } from './results.types';

type ActivityLine = ProgrammeDashboard['activities'][number];

export function ActivitiesTable({
  activities,
  currency,
  caption,
}: {
  activities: ActivityLine[];
  currency: ProgrammeDashboard['currency'];
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <ScrollArea type="auto">
      <Table striped fz="sm" miw={720} verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.programmes.activity')}</Table.Th>
            <Table.Th>{t('results.indicator.responsible')}</Table.Th>
            <Table.Th ta="right">{t('results.programmes.physical')}</Table.Th>
            <Table.Th ta="right">{t('results.programmes.expected')}</Table.Th>
            <Table.Th ta="right">{t('results.programmes.spent')}</Table.Th>
            <Table.Th ta="right">{t('results.programmes.allotted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((act) => (
            <Table.Tr key={act.id}>
              <Table.Td maw={320}>
                <Text size="sm" fw={500}>
                  {act.code}
                </Text>
                <Text size="sm">{act.title}</Text>
              </Table.Td>
              <Table.Td>{act.responsibleStructureName}</Table.Td>
              <Table.Td ta="right">{formatRate(act.state.physicalProgress)}</Table.Td>
              <Table.Td ta="right">{formatRate(act.state.expectedProgress)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(act.state.budgetSpent)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(act.budgetAllotted)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
