// Agenda: the head's events in day, week or month views, clashes marked, an event opens in a drawer.
// The view and the date are in the URL (?vue=semaine&date=2026-11-23) so a link shows the same week.
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAdministration, useCan } from '../../app/administration';
import { paths } from '../../app/paths';
import { IconAlert, IconChevronRight, IconPlus, IconSearch } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header';
import { ErrorState } from '../../ui/states';
import { formatEventTime, localDay } from './agenda-dates';
import { useEvents, useSearchEvents, useSummary } from './agenda.api';
import { eventKinds, kindHex, kindLabel } from './agenda.labels';
import { AgendaCalendar, type CalendarHandle, type CalendarRange, type CalendarViewName } from './calendar-view';
import { EventDrawer } from './event-drawer';
import { InternalRequestButton } from './internal-request';

const viewByParam: Record<string, CalendarViewName> = { jour: 'timeGridDay', semaine: 'timeGridWeek', mois: 'dayGridMonth' };
const paramByView: Record<CalendarViewName, string> = { timeGridDay: 'jour', timeGridWeek: 'semaine', dayGridMonth: 'mois' };
const isDay = (value: string | null): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

export function AgendaPage() {
  const { t, i18n } = useTranslation();
  const a = useAdministration().administrationId;
  const canManage = useCan('agenda.manage');
  const navigate = useNavigate();
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [searchParams, setSearchParams] = useSearchParams();
  const calendar = useRef<CalendarHandle>(null);
  const [range, setRange] = useState<CalendarRange | null>(null);
  const [openEventId, setOpenEventId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const initial = useMemo(
    () => ({
      view: viewByParam[searchParams.get('vue') ?? ''] ?? (isPhone ? 'timeGridDay' : 'timeGridWeek'),
      date: isDay(searchParams.get('date')) ? searchParams.get('date')! : localDay(new Date()),
    }),
    // the calendar reads these once; later changes come from the calendar itself
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const query = range ? { from: range.from, to: range.to } : null;
  const events = useEvents(a, query);
  const summary = useSummary(a, query);
  const found = useSearchEvents(a, debouncedSearch);
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';

  const onRangeChange = useCallback(
    (next: CalendarRange) => {
      setRange(next);
      setSearchParams({ vue: paramByView[next.view], date: next.date }, { replace: true });
    },
    [setSearchParams],
  );
  const clashing = (events.data?.items ?? []).filter((e) => e.clashes.length > 0);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('agenda.title')}
        description={t('agenda.description')}
        actions={
          <>
            {canManage && (
              <Button component={Link} to={paths.agendaEventNew(a)} leftSection={<IconPlus size={16} />}>
                {t('agenda.newEvent')}
              </Button>
            )}
            <InternalRequestButton a={a} />
          </>
        }
      />

      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <ActionIcon variant="default" size="lg" onClick={() => calendar.current?.prev()} aria-label={t('agenda.previous')}>
            <IconChevronRight size={18} style={{ transform: 'rotate(180deg)' }} />
          </ActionIcon>
          <Button variant="default" onClick={() => calendar.current?.today()}>
            {t('agenda.today')}
          </Button>
          <ActionIcon variant="default" size="lg" onClick={() => calendar.current?.next()} aria-label={t('agenda.next')}>
            <IconChevronRight size={18} />
          </ActionIcon>
          <Title order={3} fz="h4" ml="xs" aria-live="polite" data-testid="agenda-title">
            {range?.title ?? ''}
          </Title>
        </Group>
        <SegmentedControl
          aria-label={t('agenda.viewLabel')}
          value={range?.view ?? initial.view}
          onChange={(value) => calendar.current?.changeView(value as CalendarViewName)}
          data={[
            { value: 'timeGridDay', label: t('agenda.views.day') },
            { value: 'timeGridWeek', label: t('agenda.views.week') },
            { value: 'dayGridMonth', label: t('agenda.views.month') },
          ]}
        />
      </Group>

      {events.isError && <ErrorState error={events.error} onRetry={() => void events.refetch()} />}
      {clashing.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlert />} title={t('agenda.clashesTitle', { count: clashing.length })}>
          <Stack gap={4}>
            {clashing.slice(0, 6).map((e) => (
              <Anchor key={e.id} component="button" type="button" size="sm" ta="left" onClick={() => setOpenEventId(e.id)}>
                {formatEventTime(e, locale)} — {e.title} ({t('agenda.clashWith', { titles: e.clashes.map((c) => c.title).join(' ; ') })})
              </Anchor>
            ))}
          </Stack>
        </Alert>
      )}

      <div className="agenda-layout">
        <Card withBorder padding="xs" className="agenda-calendar-card">
          <AgendaCalendar
            ref={calendar}
            initialView={initial.view}
            initialDate={initial.date}
            language={i18n.language}
            events={events.data?.items ?? []}
            labels={{ clash: t('agenda.clash'), represented: t('agenda.represented') }}
            onRangeChange={onRangeChange}
            onEventClick={setOpenEventId}
            onDateClick={canManage ? (day, time) => void navigate(paths.agendaEventNew(a, day, time)) : undefined}
          />
          <Group gap="sm" mt="xs" wrap="wrap" aria-label={t('agenda.legend')}>
            {eventKinds.map((kind) => (
              <Group key={kind} gap={4} wrap="nowrap">
                <span className="agenda-legend-swatch" style={{ background: kindHex[kind] }} />
                <Text size="xs">{kindLabel(t, kind)}</Text>
              </Group>
            ))}
            <Group gap={4} wrap="nowrap">
              <span className="agenda-clash-marker">⚠</span>
              <Text size="xs">{t('agenda.clash')}</Text>
            </Group>
          </Group>
        </Card>

        <Stack gap="md" className="agenda-side">
          <TextInput
            label={t('agenda.search')}
            placeholder={t('agenda.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
          />
          {debouncedSearch.length >= 2 && (
            <Card withBorder padding="sm">
              {(found.data?.items ?? []).length === 0 ? (
                <Text size="sm" c="dimmed">
                  {found.isFetching ? t('states.loading') : t('common.noResult')}
                </Text>
              ) : (
                <Stack gap={6}>
                  {found.data!.items.map((e) => (
                    <Anchor key={e.id} component={Link} to={paths.agendaEvent(a, e.id)} size="sm">
                      {e.title}
                      <Text span size="xs" c="dimmed" display="block">
                        {formatEventTime(e, locale)}
                      </Text>
                    </Anchor>
                  ))}
                </Stack>
              )}
            </Card>
          )}
          {summary.data && (
            <Card withBorder padding="sm">
              <Title order={3} fz="h5" mb="xs">
                {t('agenda.summary.title')}
              </Title>
              <SimpleGrid cols={2} spacing="xs">
                <Text size="sm">{t('agenda.summary.total', { count: summary.data.total })}</Text>
                <Text size="sm" c={summary.data.clashing > 0 ? 'red' : undefined}>
                  {t('agenda.summary.clashing', { count: summary.data.clashing })}
                </Text>
                {eventKinds
                  .filter((kind) => (summary.data.byKind[kind] ?? 0) > 0)
                  .map((kind) => (
                    <Text key={kind} size="xs" c="dimmed">
                      {kindLabel(t, kind)} : {summary.data.byKind[kind]}
                    </Text>
                  ))}
              </SimpleGrid>
              {summary.data.missingBriefings !== null && (
                <Stack gap={6} mt="sm">
                  <ManagerLink
                    to={paths.agendaBriefings(a, 'manquantes')}
                    label={t('agenda.summary.missingBriefings')}
                    count={summary.data.missingBriefings}
                    color="red"
                  />
                  <ManagerLink
                    to={paths.agendaAudiences(a)}
                    label={t('agenda.summary.pendingRequests')}
                    count={summary.data.pendingAudienceRequests ?? 0}
                    color="yellow"
                  />
                </Stack>
              )}
            </Card>
          )}
        </Stack>
      </div>

      <EventDrawer a={a} eventId={openEventId} onClose={() => setOpenEventId(null)} />
    </Stack>
  );
}

function ManagerLink({ to, label, count, color }: { to: string; label: string; count: number; color: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <span>{label}</span>
        <Badge color={count > 0 ? color : 'gray'} variant={count > 0 ? 'filled' : 'light'}>
          {count}
        </Badge>
      </Group>
    </Anchor>
  );
}
