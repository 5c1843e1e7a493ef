// The opening of an operational dialogue de gestion: its programme's indicators behind or critical at the
// latest quarter with validated values, as the results dashboards compute them.
import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatNumber, intlLocale } from '../../ui/format';
import { IndicatorStatusBadge, useFormatRate } from '../results/results-parts';
import type { MeetingDetail } from './followup.types';

type Behind = NonNullable<MeetingDetail['indicatorsBehind']>;
type Item = Behind['items'][number];

export function IndicatorsBehindCard({ a, programmeId, behind }: { a: string; programmeId: string; behind: Behind }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const figure = (i: Item, v: number | null) =>
    v === null ? '—' : `${formatNumber(v, locale)}${i.isPercentage ? '\u00a0%' : i.unit ? `\u00a0${i.unit}` : ''}`;
  const name = (i: Item) => (
    <Anchor component={Link} to={paths.resultsIndicator(a, i.id)} size="sm" fw={600}>
      {i.code} — {i.title}
    </Anchor>
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="behind-title">
      <Title order={3} size="h4" id="behind-title">
        {t('followup.meeting.indicatorsBehind', { quarter: behind.period.quarter, year: behind.period.year })}
      </Title>
      <Anchor component={Link} to={paths.resultsProgramme(a, programmeId)} size="sm" mb="sm" display="block">
        {t('followup.meeting.programmeDashboard')}
      </Anchor>
      {behind.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('followup.meeting.noIndicatorBehind')}
        </Text>
      ) : isPhone ? (
        <Stack gap="xs">
          {behind.items.map((i) => (
            <Card key={i.id} withBorder padding="sm" data-indicator-id={i.id}>
              {name(i)}
              <Group gap="xs" mt={4}>
                <IndicatorStatusBadge status={i.status} />
                <Text size="xs" c="dimmed">
                  {t('followup.meeting.indicatorFigures', {
                    value: figure(i, i.value),
                    target: figure(i, i.target),
                    rate: formatRate(i.rate),
                  })}
                </Text>
              </Group>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followup.meeting.indicator')}</Table.Th>
                <Table.Th>{t('followup.meeting.responsible')}</Table.Th>
                <Table.Th ta="right">{t('followup.meeting.value')}</Table.Th>
                <Table.Th ta="right">{t('followup.meeting.target')}</Table.Th>
                <Table.Th ta="right">{t('followup.meeting.rate')}</Table.Th>
                <Table.Th>{t('followup.list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {behind.items.map((i) => (
                <Table.Tr key={i.id} data-indicator-id={i.id}>
                  <Table.Td>{name(i)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{i.responsibleStructureName}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{figure(i, i.value)}</Table.Td>
                  <Table.Td ta="right">{figure(i, i.target)}</Table.Td>
                  <Table.Td ta="right">{formatRate(i.rate)}</Table.Td>
                  <Table.Td>
                    <IndicatorStatusBadge status={i.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
