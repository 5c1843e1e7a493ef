// Demandes d'audience: the private office triages them: accept with a slot, redirect, or decline.
import { Anchor, Badge, Button, Card, CopyButton, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatDate } from '../../ui/format';
import { ExportXlsxButton } from '../../ui/export-button';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { formatEventTime, localDay } from './agenda-dates';
import { useAudienceRequests } from './agenda.api';
import { audienceStatuses, statusColors, statusLabel } from './agenda.labels';
import type { AudienceRequest, AudienceStatus } from './agenda.types';
import { TriageActions } from './audience-triage';

const isStatus = (value: string | null): value is AudienceStatus => (audienceStatuses as readonly string[]).includes(value ?? '');

export function AudienceRequestsPage() {
  const { t } = useTranslation();
  const administration = useAdministration();
  const a = administration.administrationId;
  const canManage = useCan('agenda.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('statut');
  const status: AudienceStatus = isStatus(statusParam) ? statusParam : 'pending';
  const requests = useAudienceRequests(a, status);
  const publicUrl = `${window.location.origin}${paths.publicAudience(administration.code)}`;

  if (!canManage)
    return (
      <>
        <PageHeader title={t('agenda.audiences.title')} />
        <EmptyState title={t('errors.forbiddenTitle')} description={t('agenda.audiences.forbidden')} />
      </>
    );

  return (
    <Stack gap="md" maw={1100}>
      <PageHeader
        title={t('agenda.audiences.title')}
        description={t('agenda.audiences.description')}
        back={{ to: paths.agenda(a), label: t('agenda.backToAgenda') }}
        actions={<ExportXlsxButton path={`/api/administrations/${a}/audiences/export.xlsx`} query={{ status }} />}
      />
      <Card withBorder padding="sm">
        <Group justify="space-between" gap="xs">
          <Stack gap={0} miw={0}>
            <Text size="sm" fw={500}>
              {t('agenda.audiences.publicPage')}
            </Text>
            <Anchor href={publicUrl} size="sm" target="_blank" style={{ wordBreak: 'break-all' }}>
              {publicUrl}
            </Anchor>
          </Stack>
          <CopyButton value={publicUrl}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Card>

      <Tabs value={status} onChange={(value) => setSearchParams(value && value !== 'pending' ? { statut: value } : {}, { replace: true })}>
        <Tabs.List>
          {audienceStatuses.map((s) => (
            <Tabs.Tab
              key={s}
              value={s}
              rightSection={
                requests.data ? (
                  <Badge size="sm" variant="light" color={statusColors[s]}>
                    {requests.data.counts[s]}
                  </Badge>
                ) : undefined
              }
            >
              {statusLabel(t, s)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      {requests.isPending ? (
        <PageSkeleton rows={6} />
      ) : requests.isError ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.items.length === 0 ? (
        <EmptyState title={t('agenda.audiences.empty', { status: statusLabel(t, status).toLowerCase() })} />
      ) : (
        <Stack gap="sm">
          {requests.data.items.map((r) => (
            <RequestCard key={r.id} a={a} request={r} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function RequestCard({ a, request: r }: { a: string; request: AudienceRequest }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return (
    <Card
      withBorder
      padding="md"
      data-request-reference={r.reference}
      component="article"
      aria-label={`${r.reference} — ${r.requesterName}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Stack gap={0} miw={0} style={{ flex: '1 1 260px' }}>
          <Text fw={600}>
            {r.requesterName}
            {r.organisation && (
              <Text span c="dimmed" fw={400}>
                {' '}
                — {r.organisation}
              </Text>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {r.reference} · {t(`agenda.audiences.sources.${r.source}`)} ·{' '}
            {t('agenda.audiences.receivedOn', { date: formatDate(r.createdAt, 'datetime', locale) })}
          </Text>
        </Stack>
        <Badge color={statusColors[r.status]}>{statusLabel(t, r.status)}</Badge>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {r.subject}
      </Text>
      <Group gap="lg" mt="xs" wrap="wrap">
        <Text size="xs">
          {t('agenda.audiences.preferredDates')} : {r.preferredDates.map((d) => formatDate(d, 'long', locale)).join(', ')}
        </Text>
        <Text size="xs">
          <Anchor href={`mailto:${r.email}`} size="xs">
            {r.email}
          </Anchor>
          {r.phone ? ` · ${r.phone}` : ''}
        </Text>
      </Group>
      {r.event && (
        <Text size="sm" mt="xs">
          {t('agenda.audiences.slot')} :{' '}
          <Anchor component={Link} to={paths.agendaEvent(a, r.event.id)} size="sm">
            {formatEventTime(
              {
                isAllDay: false,
                startsAt: r.event.startsAt,
                endsAt: r.event.endsAt,
                startDate: localDay(r.event.startsAt),
                endDate: localDay(r.event.endsAt),
              },
              locale,
            )}
          </Anchor>
          {r.event.place ? ` — ${r.event.place}` : ''}
        </Text>
      )}
      {r.redirectedTo && (
        <Text size="sm" mt="xs">
          {t('agenda.audiences.redirectedTo', { name: r.redirectedTo.name })}
        </Text>
      )}
      {r.decisionNote && (
        <Text size="sm" mt="xs" c="dimmed" fs="italic">
          {r.decisionNote}
        </Text>
      )}
      {r.status === 'pending' && <TriageActions a={a} request={r} />}
    </Card>
  );
}
