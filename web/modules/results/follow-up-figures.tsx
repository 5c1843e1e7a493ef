// After the results, the follow-up figures of the other modules on the head's and the DC's dashboard:
// directives due in the period, dossiers, missing briefing notes. The server counts only what the reader
// may see; a block the reader has no access to is absent.
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDate, formatNumber, intlLocale } from '../../ui/format';
import { IconNotes } from '../../ui/icons';
import { ErrorState, PageSkeleton } from '../../ui/states';
import { useFollowUpFigures } from './results.api';
import { Figure, useFormatRate } from './results-parts';
import type { FollowUpFigures, Period } from './results.types';

function useFormatDays() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (days: number | null) => (days === null ? '—' : t('results.followUp.days', { count: days, value: formatNumber(days, locale, 1) }));
}

// Without a period asked, the server takes the current year to date (the follow-up lives in the present).
export function FollowUpSection({ a, period }: { a: string; period: Partial<Period> }) {
  const { t } = useTranslation();
  const figures = useFollowUpFigures(a, period);
  const data = figures.data;
  if (figures.isPending) return <PageSkeleton rows={3} />;
  if (figures.isError) return <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />;
  if (!data || (!data.directives && !data.dossiers && !data.briefings)) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="follow-up-title" data-testid="follow-up">
      <Title order={3} id="follow-up-title" fz="lg">
        {t('results.followUp.title')}
      </Title>
      {data.briefings && <MissingBriefingsTile a={a} missing={data.briefings.missing} />}
      {data.directives && <DirectiveFigures a={a} data={data} directives={data.directives} />}
      {data.dossiers && <DossierFigures a={a} data={data} dossiers={data.dossiers} />}
    </Stack>
  );
}

function MissingBriefingsTile({ a, missing }: { a: string; missing: number }) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      component={Link}
      to={paths.agendaBriefings(a, 'manquantes')}
      className="quick-link"
      data-testid="missing-briefings"
      style={missing > 0 ? { borderColor: 'var(--mantine-color-orange-6)' } : undefined}
    >
      <Group wrap="nowrap" gap="sm">
        <IconNotes size={28} color={missing > 0 ? 'var(--mantine-color-orange-7)' : undefined} aria-hidden />
        <Figure label={t('results.followUp.missingBriefings')} value={String(missing)} hint={t('results.followUp.missingHint')} />
      </Group>
    </Card>
  );
}

function DirectiveFigures({
  a,
  data,
  directives,
}: {
  a: string;
  data: FollowUpFigures;
  directives: NonNullable<FollowUpFigures['directives']>;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatRate = useFormatRate();
  const formatDays = useFormatDays();
  return (
    <Stack gap="xs" data-testid="directive-figures">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t('results.followUp.directives')}</Text>
        <Anchor component={Link} to={paths.directives(a)} size="sm">
          {t('results.followUp.seeDirectives')}
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed">
        {t('results.followUp.directivesHelp', {
          from: formatDate(data.range.from, 'short', locale),
          to: formatDate(data.range.to, 'short', locale),
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Card withBorder padding="sm">
          <Figure
            label={t('results.followUp.completion')}
            value={formatRate(directives.completionRate === null ? null : directives.completionRate * 100)}
            hint={t('results.followUp.doneOf', { count: directives.done, total: directives.total })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.followUp.overdue')}
            value={String(directives.overdue)}
            hint={t('results.followUp.openCount', { count: directives.open })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.followUp.oldest')}
            value={formatDays(directives.oldestOverdueDays)}
            hint={t('results.followUp.oldestHint')}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure
            label={t('results.followUp.averageDelay')}
            value={formatDays(directives.averageDelayDays)}
            hint={t('results.followUp.averageDelayHint')}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function DossierFigures({ a, data, dossiers }: { a: string; data: FollowUpFigures; dossiers: NonNullable<FollowUpFigures['dossiers']> }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const formatDays = useFormatDays();
  return (
    <Stack gap="xs" data-testid="dossier-figures">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t('results.followUp.dossiers')}</Text>
        <Anchor component={Link} to={paths.dossiers(a)} size="sm">
          {t('results.followUp.seeDossiers')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Card withBorder padding="sm">
          <Figure
            label={t('results.followUp.awaitingDecision')}
            value={String(dossiers.awaitingDecision)}
            hint={t('results.followUp.openDossiers', { count: dossiers.open })}
          />
        </Card>
        <Card withBorder padding="sm">
          <Figure label={t('results.followUp.late')} value={String(dossiers.late)} hint={t('results.followUp.today')} />
        </Card>
        <Card withBorder padding="sm" style={{ gridColumn: 'span 2' }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('results.followUp.stepTimes')}
          </Text>
          <Table fz="sm" verticalSpacing={4} aria-label={t('results.followUp.stepTimes')}>
            <Table.Tbody>
              {dossiers.steps.map((s) => (
                <Table.Tr key={s.status}>
                  <Table.Td>{t(`results.followUp.steps.${s.status}`)}</Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {formatDays(s.averageDays)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('results.followUp.stepTimesHelp', { count: dossiers.receivedInPeriod, from: formatDate(data.range.from, 'short', locale) })}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
