// Notes de préparation: those asked of me (or of my structure), and for those who run the agenda, the
// missing ones (due date passed, nothing written, event still to come).
import { Anchor, Button, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, ErrorState, PageSkeleton } from '../../ui/states';
import { formatEventTime } from './agenda-dates';
import { useBriefings } from './agenda.api';
import type { BriefingWithEvent } from './agenda.types';
import { BriefingStatus } from './briefing-list';

export function BriefingsPage({ scope: asked }: { scope: 'mine' | 'missing' }) {
  const { t } = useTranslation();
  const a = useAdministration().administrationId;
  const canManage = useCan('agenda.manage');
  const navigate = useNavigate();
  const scope = asked === 'missing' && canManage ? 'missing' : 'mine';
  const briefings = useBriefings(a, scope);
  return (
    <Stack gap="md" maw={1000}>
      <PageHeader
        title={t('agenda.briefings.pageTitle')}
        description={t('agenda.briefings.pageHelp')}
        back={{ to: paths.agenda(a), label: t('agenda.backToAgenda') }}
      />
      {canManage && (
        <Tabs value={scope} onChange={(value) => void navigate(paths.agendaBriefings(a, value === 'missing' ? 'manquantes' : undefined))}>
          <Tabs.List>
            <Tabs.Tab value="mine">{t('agenda.briefings.mine')}</Tabs.Tab>
            <Tabs.Tab value="missing">{t('agenda.briefings.missing')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
      )}
      {briefings.isPending ? (
        <PageSkeleton rows={5} />
      ) : briefings.isError ? (
        <ErrorState error={briefings.error} onRetry={() => void briefings.refetch()} />
      ) : briefings.data.items.length === 0 ? (
        <EmptyState title={scope === 'missing' ? t('agenda.briefings.noneMissing') : t('agenda.briefings.noneMine')} />
      ) : (
        <Stack gap="sm">
          {briefings.data.items.map((b) => (
            <BriefingCard key={b.id} a={a} briefing={b} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function BriefingCard({ a, briefing: b }: { a: string; briefing: BriefingWithEvent }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return (
    <Card withBorder padding="md" component="article" aria-label={b.event.title}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} miw={0} style={{ flex: '1 1 260px' }}>
          <Anchor component={Link} to={paths.agendaEvent(a, b.event.id)} fw={600}>
            {b.event.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {formatEventTime(b.event, locale)}
          </Text>
          <Text size="sm">
            {t('agenda.briefings.askedOf', { name: b.requestedFrom.name })} ·{' '}
            {t('agenda.briefings.dueOn', { date: formatDate(b.dueOn, 'long', locale) })}
          </Text>
          {b.instructions && (
            <Text size="sm" c="dimmed" fs="italic">
              {b.instructions}
            </Text>
          )}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <BriefingStatus status={b.status} />
          {b.canWrite && (
            <Button size="xs" component={Link} to={paths.agendaBriefing(a, b.id)}>
              {b.content ? t('agenda.briefings.rewrite') : t('agenda.briefings.write')}
            </Button>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
