// /audience/suivi/:token: the requester follows their audience request through its private link.
import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailList } from '../../ui/detail-list';
import { formatDate } from '../../ui/format';
import { ErrorState, FullPageLoader } from '../../ui/states';
import { formatEventTime, localDay } from './agenda-dates';
import { useTracking } from './agenda.api';
import { statusColors, statusLabel } from './agenda.labels';
import { PublicShell } from './public-shell';

export function PublicTrackingPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const tracking = useTracking(token);
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  useDocumentTitle(`${t('audience.tracking.title')} — Pilotage`);
  if (tracking.isPending) return <FullPageLoader />;
  if (tracking.isError)
    return (
      <PublicShell>
        <ErrorState error={tracking.error} />
      </PublicShell>
    );
  const r = tracking.data;
  return (
    <PublicShell administrationName={r.administration.name}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2}>{t('audience.tracking.heading', { reference: r.reference })}</Title>
          <Badge size="lg" color={statusColors[r.status]} data-testid="tracking-status">
            {statusLabel(t, r.status)}
          </Badge>
        </Group>
        <Alert color={statusColors[r.status]} variant="light" role="status">
          {r.status === 'accepted' && r.slot
            ? t('audience.tracking.accepted', {
                head: r.administration.headTitle,
                when: formatEventTime(
                  {
                    isAllDay: false,
                    startsAt: r.slot.startsAt,
                    endsAt: r.slot.endsAt,
                    startDate: localDay(r.slot.startsAt),
                    endDate: localDay(r.slot.endsAt),
                  },
                  locale,
                ),
              })
            : r.status === 'redirected'
              ? t('audience.tracking.redirected', { structure: r.redirectedTo ?? '' })
              : t(`audience.tracking.${r.status}`, { head: r.administration.headTitle })}
          {r.slot?.place && (
            <Text size="sm" mt={4}>
              {t('audience.tracking.place', { place: r.slot.place })}
            </Text>
          )}
          {r.note && (
            <Text size="sm" mt={4} fs="italic">
              {r.note}
            </Text>
          )}
        </Alert>
        <DetailList
          items={[
            { label: t('audience.form.name'), value: r.requesterName },
            { label: t('audience.tracking.requestedOn'), value: formatDate(r.createdAt, 'datetime', locale) },
            { label: t('audience.form.subject'), value: r.subject },
            { label: t('audience.tracking.preferredDates'), value: r.preferredDates.map((d) => formatDate(d, 'long', locale)).join(', ') },
            ...(r.decidedAt ? [{ label: t('audience.tracking.decidedOn'), value: formatDate(r.decidedAt, 'datetime', locale) }] : []),
          ]}
        />
      </Stack>
    </PublicShell>
  );
}
